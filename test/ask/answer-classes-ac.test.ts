// Answer classes of the offline question path (issue 10), twenty-ninth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('an English statement with a closing tag claims its negation too', () => {
  it('answers a figure denied in a tagged statement by whether the denial holds', () => {
    expect(lead("China doesn't have 44 million t of reserves, right?", 'en')).toMatch(/^No — China — reserves/);
    expect(lead('Canada produces no rare earths according to USGS, right?', 'en')).toMatch(/^Yes — Canada — mine production.*none/);
    expect(lead("Australia doesn't mine any rare earths, correct?", 'en')).toMatch(/^No — Australia — mine production.*29,000 t/);
  });
  it('answers a place in a ranking denied in a tagged statement by whether the denial holds', () => {
    expect(lead("Russia isn't among the top five countries by rare earth reserves, correct?", 'en')).toMatch(/^No — /);
    expect(lead("China isn't the largest producer, right?", 'en')).toMatch(/^No — /);
  });
  it('while a tag of the verb ("…, did it?") or a question opened by its verb asks the fact, and German answers it "Doch"', () => {
    expect(lead('Australia didn’t mine more than 100,000 tonnes of lithium in 2025, did it?', 'en')).toMatch(/^No — Australia/);
    expect(lead("Isn't Russia among the top five countries by reserves?", 'en')).toMatch(/^Yes — /);
    expect(lead("Doesn't Canada produce rare earths?", 'en')).toMatch(/^No — Canada/);
    expect(lead('Gehört Russland nicht zu den fünf Ländern mit den größten Reserven?', 'de')).toMatch(/^Doch — /);
    expect(lead('Russland gehört nicht zu den fünf Ländern mit den größten Reserven, oder?', 'de')).toMatch(/^Doch — /);
  });
});

describe('a figure denied by "no" or a negation after its verb', () => {
  it('reads "produces no", "fördert keine" as the absence claimed', () => {
    expect(lead('Does Canada produce no rare earths?', 'en')).toMatch(/^Yes — Canada/);
    expect(lead('Fördert China keine Seltenen Erden?', 'de')).toMatch(/^Doch — China/);
    expect(lead('Kanada fördert keine Seltenen Erden, oder?', 'de')).toMatch(/^Ja — Kanada/);
  });
  it('but not across a word joining another figure, nor from a sentence of context', () => {
    expect(lead('Does China have reserves but no production?', 'en')).toMatch(/^Yes — China — reserves/);
    expect(lead('Malaysia stand in der MCS 2025 noch ohne Reserven da. Hat die USGS das in der Ausgabe 2026 geändert?', 'de')).toMatch(/^Ja — /);
  });
});

describe('a share of a world total rounded down to the country\'s own figure', () => {
  it('is taken of the countries\' figures, so others producing leave no 100 %', () => {
    expect(lead('Does China account for 99% of world gallium production?', 'en')).toMatch(/^Yes — China — share of world mine production of gallium 2025: 99% \(900,000 kg, /);
    expect(lead('Welchen Anteil hat China an der weltweiten Galliumförderung 2025?', 'de')).toMatch(/99 %/);
  });
  it('while a world total above the country\'s stays the denominator', () => {
    expect(lead('Welchen Anteil hat der Kongo an der weltweiten Kobaltförderung 2025?', 'de')).toMatch(/74 % \(230\.000 t von weltweit 310\.000 t/);
  });
});

describe('an edition\'s name in a share fact states no year of figures', () => {
  it('computes the share of the year asked rather than calling the fact another year\'s', () => {
    expect(lead('What share of world gallium production did China have in 2025?', 'en')).toMatch(/^China — share of world mine production of gallium 2025: 99%/);
  });
});

describe('a day after "of" in a record\'s text names other documents', () => {
  it('and a day naming the measures ("the Oct 9 announcements") does not answer with that clause', () => {
    expect(lead('confirm: No. 70 froze how many of the Oct 9 announcements?', 'en')).not.toMatch(/^9 Oct 2025: Only/);
  });
});

describe('a place that also speaks for a record\'s people ("at the White House")', () => {
  it('is the place asked of the event the question names', () => {
    expect(lead('Was the US-Australia framework signed at the White House?', 'en')).toMatch(/^Yes — US–Australia framework/);
    expect(lead('Was the US-Australia framework signed at the White House on 20 October 2025?', 'en')).toMatch(/^Yes — US–Australia framework/);
  });
});

describe('a percentage asked as the value now, which a text states as the value before a change', () => {
  it('is no, with the change ("von 57 % auf 47 %")', () => {
    expect(lead('Liegen die US-Zölle auf chinesische Waren jetzt bei 57 %?', 'de')).toMatch(/^Nein — .*von 57 % auf 47 %/);
  });
  it('is not taken for a "now" claimed of the event\'s day', () => {
    expect(lead('Is the overall US tariff on Chinese goods 47% now?', 'en')).not.toMatch(/^No — 30 Oct 2025/);
  });
});

describe('a country after a word joining people ("… with Cambodia") is the other side', () => {
  it('so a person of the one side who signed with it is a yes', () => {
    expect(lead('Did Anutin Charnvirakul sign the declaration with Cambodia?', 'en')).toMatch(/^Yes — /);
    expect(lead('Hat Anutin Charnvirakul die Erklärung mit Kambodscha unterzeichnet?', 'de')).toMatch(/^Ja — /);
  });
  it('while the other side\'s office claimed of him is still a no', () => {
    expect(lead('Was Anutin the Cambodian prime minister?', 'en')).toMatch(/^No — /);
  });
});

describe('"neither light nor heavy" claims the third class', () => {
  it('is yes for scandium and no for yttrium, in both languages', () => {
    expect(lead('Under USGS classification, is scandium neither light nor heavy?', 'en')).toMatch(/^Yes — Scandium/);
    expect(lead('Is yttrium neither light nor heavy?', 'en')).toMatch(/^No — Yttrium is a heavy/);
    expect(lead('Ist Scandium weder leicht noch schwer?', 'de')).toMatch(/^Ja — /);
    expect(lead('Ist Yttrium weder leicht noch schwer?', 'de')).toMatch(/^Nein — /);
  });
});

describe('an end claimed after "bis zum", and German dates the replies write ("1. Nov. 2025")', () => {
  it('reads "bis zum 10. November 2026" as the end, not as a day of the fact sheet', () => {
    expect(lead('Wurden die Section-301-Ausnahmen bis zum 10. November 2026 verlängert?', 'de')).toMatch(/^Ja — /);
  });
  it('keeps a German ordinal day before a short month name in its sentence', () => {
    expect(lead('Wurden die Ausnahmen nach Section 301 bis 10. November 2026 verlängert?', 'de')).not.toMatch(/^Ja — Nov\./);
  });
});

describe('two labels each claimed with a number ("mining quota 270,000 t and the separation quota also 270,000 t")', () => {
  it('is no when one label\'s number is another\'s, in both languages', () => {
    expect(lead("Was China's 2024 mining quota 270,000 t and the separation quota also 270,000 t?", 'en')).toMatch(/^No — /);
    expect(lead('Lag Chinas Abbauquote 2024 bei 270.000 t und die Trennquote bei 270.000 t?', 'de')).toMatch(/^Nein — /);
  });
  it('while the right pairs are no "no"', () => {
    expect(lead("Was China's 2024 mining quota 270,000 t and the separation quota 250,000 t?", 'en')).not.toMatch(/^No — /);
  });
});

describe('guards from the review of this part\'s classes', () => {
  it('a tag of truth after a negative statement leaves sentences checked clause by clause alone', () => {
    expect(lead("The Busan meeting didn't last more than two hours, right?", 'en')).not.toMatch(/^No — /);
  });
  it('a tag of the verb ("…, does it?") and a question opened by its verb ask the fact', () => {
    expect(lead("China doesn't have 44 million t of reserves, does it?", 'en')).toMatch(/^Yes — China/);
    expect(lead("Japan doesn't produce gallium, does it?", 'en')).toMatch(/^Yes — Japan/);
    expect(lead('Does China not produce rare earths?', 'en')).toMatch(/^Yes — China/);
  });
  it('a negation after the attribute qualifies it and denies nothing', () => {
    expect(lead('Does Canada have reserves not yet mined?', 'en')).toMatch(/^Yes — Canada/);
  });
  it('a later stage of a numbered document on its own day, and an event asked of today, keep their answers', () => {
    expect(lead('Was Announcement No. 61 suspended on 7 November 2025?', 'en')).toMatch(/^Yes — /);
    expect(lead('Did licensing under No. 57 start on 8 November 2025?', 'en')).toMatch(/^Yes — /);
    expect(lead('Is the APEC summit today?', 'en')).toMatch(/^No — /);
  });
  it('a value before the meeting is no value now', () => {
    expect(lead('Betrug der Fentanyl-Zoll vor dem Treffen 20 %?', 'de')).not.toMatch(/^Nein — /);
  });
  it('"light and not heavy" claims no third class; a partner the record lacks is still a no', () => {
    expect(lead('Is neodymium light and not heavy?', 'en')).toMatch(/^Yes — /);
    expect(lead('Did Albanese sign the framework with Japan?', 'en')).toMatch(/^No — /);
  });
});

describe('readers\' words for a ban ("Lieferstopp", "Embargo") and "Richtung" as a preposition', () => {
  it('date the ban by the sentence stating it, not by its suspension', () => {
    expect(lead('Wann verhängte China den Lieferstopp für Germanium in die USA?', 'de')).toMatch(/^Dezember 2024: China verbot/);
    expect(lead('Chinas Lieferstopp für Gallium Richtung USA – seit wann gilt der?', 'de')).not.toMatch(/^9\. Nov\. 2025/);
  });
});

describe('the elements asked to be neither light nor heavy', () => {
  it('are listed as the third class, scandium', () => {
    expect(lead('Which elements are neither light nor heavy?', 'en')).toMatch(/^Neither light nor heavy under the USGS convention: Scandium \(Sc\)\./);
    expect(lead('Welche Elemente sind weder leicht noch schwer?', 'de')).toMatch(/^Weder leicht noch schwer nach USGS-Konvention: Scandium \(Sc\)\./);
  });
  it('while both classes asked without a negation list both', () => {
    expect(lead('Which rare earths are light and which are heavy?', 'en')).toMatch(/^8 light rare earths .* heavy rare earths/);
  });
});
