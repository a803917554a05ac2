// Answer classes of the offline question path (issue 10), thirty-second part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';
import { detectLanguage } from '../../src/ask/offline/language.js';

const dataset = useDataset();
const { lead, ask } = offlineAsker(dataset);

describe('a change asked of a figure that cannot be measured against', () => {
  it('gets no "yes" from the figure merely existing (an edition the dataset does not hold)', () => {
    expect(lead("Have Brazil's rare-earth reserves grown since MCS 2022?", 'en')).not.toMatch(/^(Yes|No)\b/);
    expect(lead('Sind Brasiliens Seltenerdreserven seit der MCS 2022 gewachsen?', 'de')).not.toMatch(/^(Ja|Nein)\b/);
  });
  it('nor from a word the parser does not know, while a plain existence question keeps its "yes"', () => {
    expect(lead('Hat Brasilien Seltenerdreserven?', 'de')).toMatch(/^Ja — Brasilien/);
    expect(lead('Are Brazil\'s rare-earth reserves dwindling?', 'en')).not.toMatch(/^Yes\b/);
  });
  it('reads shrinking and going up as the directions they are', () => {
    expect(lead('Sind Chinas Seltenerdreserven geschrumpft?', 'de')).toMatch(/^Nein — China/);
    expect(lead("Are China's rare-earth reserves shrinking?", 'en')).toMatch(/^No — China/);
    expect(lead("Did Vietnam's rare-earth reserves go down in MCS 2025?", 'en')).toMatch(/^Yes — Vietnam/);
  });
});

describe('function words the stopword lists lack ("obwohl", "during")', () => {
  it('name no topic the dataset must hold', () => {
    expect(lead('How much did neodymium oxide cost during 2025?', 'en')).toMatch(/\$73\/kg/);
    // Guard: with no claim read in an unknown word, an existence question keeps its "yes".
    expect(lead('Hat Kanada Seltenerdreserven, obwohl es keine fördert?', 'de')).toMatch(/^Ja — Kanada/);
  });
});

describe('an end date opening a reply', () => {
  it('reads as an end, not as the day of the act that set it', () => {
    expect(lead("Until when does China's suspension of the October controls run?", 'en')).toMatch(/^Until 10 Nov 2026: /);
    expect(lead('Bis wann gilt Chinas Aussetzung der Oktober-Kontrollen?', 'de')).toMatch(/^Bis zum 10\. Nov\. 2026: /);
    expect(lead('What happened on 10 November 2026?', 'en')).toMatch(/^Until 10 Nov 2026: /);
  });
  it('of a day past the record and before today, says the record holds what was scheduled', () => {
    expect(ask('What happened on 10 November 2026?', 'en')).toMatch(/record runs to 6 Feb 2026: for that time it holds what was scheduled/);
    expect(ask('What happened on 9 November 2025?', 'en')).not.toMatch(/record runs to/);
  });
});

describe('an element named beside a use listed for another element', () => {
  it('is answered for the element named, with no yes from the other element\'s uses', () => {
    const r = ask('Is lutetium used in MRI contrast agents?', 'en');
    expect(r.split('\n')[0]).toMatch(/^Lutetium \(Lu, 71\)/);
    expect(r).toMatch(/Gadolinium: .*MRI contrast agents/);
    expect(lead('Is gadolinium used in MRI contrast agents?', 'en')).toMatch(/^Yes — Gadolinium/);
  });
  it('reads no superlative as a use ("den größten …" is not "größte Abnehmer")', () => {
    expect(lead('Welches Element hat den größten Neutroneneinfangquerschnitt?', 'de')).toMatch(/^Gadolinium/);
  });
});

describe('two years compared in a yes/no question', () => {
  it('is not settled by a sentence holding the question\'s words', () => {
    expect(lead('Was neodymium oxide cheaper in 2025 than in 2024?', 'en')).not.toMatch(/^(Yes|No)\b/);
    expect(lead('Was neodymium oxide dearer in 2025 than in 2024?', 'en')).not.toMatch(/^(Yes|No)\b/);
  });
});

describe('the language of a question', () => {
  it('takes "Was" opening an English question as no German signal, and knows more German words', () => {
    expect(detectLanguage('Was the US–Malaysia critical minerals MoU legally binding?')).toBe('en');
    expect(detectLanguage('Was Anwar Ibrahim the ASEAN chair?')).toBe('en');
    expect(detectLanguage('Findet APEC 2026 in Peking statt?')).toBe('de');
    expect(detectLanguage('Was kostet Neodym?')).toBe('de');
    expect(detectLanguage('Was ist Neodym?')).toBe('de');
  });
});

describe('a German noun asked that the sentence holds as the first part of a compound', () => {
  it('counts as held ("Glasfasern" against "Glasfaserkabeln")', () => {
    expect(lead('Wird Erbium in Glasfasern verwendet?', 'de')).toMatch(/^Ja — Erbium/);
  });
});

describe('the code review of the session\'s rules', () => {
  it('keeps year-on-year verdicts for verbs of several words ("go up", "increase")', () => {
    expect(lead('Did US rare earth production go up in 2025?', 'en')).toMatch(/^Yes — United States/);
    expect(lead("Did Vietnam's rare earth production go down in 2025?", 'en')).toMatch(/^Yes — Vietnam/);
  });
  it('gives a suspended measure the end of the record suspending it', () => {
    expect(lead('Until when is the October export control suspension in effect?', 'en')).toMatch(/^Until 10 Nov 2026: China suspends/);
  });
  it('reads German questions opening with "Was" and a past verb as German', () => {
    expect(detectLanguage('Was kostete Terbiumoxid 2024?')).toBe('de');
    expect(detectLanguage('Was war am 4. April 2025?')).toBe('de');
    expect(detectLanguage('Was passierte am 9.11.?')).toBe('de');
  });
});

describe('a period with no event in which a suspension ends', () => {
  it('answers with that end, not "no event"', () => {
    expect(lead('What expires this month?', 'en')).toMatch(/^The dataset records no event in November 2026; a suspension ends then: China suspends its October 2025 export controls .* until 10 Nov 2026/);
    expect(lead('What happened in March 2026?', 'en')).toMatch(/no event in March 2026/);
  });
});

describe('"diesen Monat", which chrono\'s German parser does not read', () => {
  it('is this month, as "this month" is in English', () => {
    expect(lead('Was läuft diesen Monat aus?', 'de')).toMatch(/^Im November 2026 verzeichnet der Datensatz kein Ereignis; dann endet eine Aussetzung: .*bis zum 10\. Nov\. 2026/);
  });
});

describe('a word of publishing the vocabulary holds ("erschien", "appear")', () => {
  it('asks when the source came out, not a topic the dataset lacks', () => {
    expect(lead('When did the ZDF article appear?', 'en')).toMatch(/^28 Oct 2025: ZDF\/AFP/);
    expect(lead('Wann erschien der ZDF-Artikel?', 'de')).toMatch(/^28\. Okt\. 2025: /);
  });
});

describe('an edition asked in a comparison', () => {
  it('compares that edition\'s figures, not the newest ones', () => {
    expect(lead('Which had more rare-earth reserves in MCS 2024, Vietnam or Brazil?', 'en')).toMatch(/Vietnam 22 million t \(USGS MCS 2024\) against Brazil 21 million t \(USGS MCS 2024\) — Vietnam has more/);
    expect(lead('Vietnam or Brazil: more rare-earth reserves?', 'en')).toMatch(/— Brazil has more/);
  });
});

describe('"the suspension" asked of today, after its end', () => {
  it('says it ran until its end, when it is the one measure found', () => {
    expect(lead('Is the suspension still in effect today?', 'en')).toMatch(/^The suspension ran until 10 Nov 2026/);
    // Guard: beside another suspension found (the gallium ban's), no one measure is read.
    expect(lead('Läuft die Aussetzung des chinesischen Gallium-Exportverbots gegenüber den USA noch? Bis wann gilt sie?', 'de')).not.toMatch(/10\. Nov\. 2026/);
  });
});
