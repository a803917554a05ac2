// Answer classes of the offline question path (issue 10), forty-fifth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a measure asked as ended that its record says was paused or cut', () => {
  it('is no, with the sentence saying so first', () => {
    expect(lead('Has the Affiliates rule been abolished?', 'en')).toMatch(/^No — .*one-year suspension of the Affiliates \(50%\) rule/);
    // The fentanyl tariff's fate is a detail the sources give differently: the dispute leads (below).
    expect(lead('Did Washington scrap the fentanyl tariff?', 'en')).toMatch(/^Sources differ: MOFCOM says/);
    expect(lead('Was the 24 percent reciprocal tariff revoked in Busan?', 'en')).toMatch(/^No — Trump–Xi meeting in Busan .*extends the suspension of the 24% reciprocal tariff/);
    expect(lead('Wurde die Affiliates-Regel abgeschafft?', 'de')).toMatch(/^Nein — .*einjährige Aussetzung der Affiliates-Regel/);
  });
  it('not when the question offers the pause itself, nor when a source says it was removed', () => {
    // Guard: the options are answered by the record, not by a verdict.
    expect(lead('Affiliates rule: scrapped or suspended?', 'en')).not.toMatch(/^No/);
    // Guard: MOFCOM says "remove the 10-percent … fentanyl tariffs", Trump "from 20% to 10%": the sources differ.
    expect(lead('Did Washington get rid of the fentanyl tariff?', 'en')).not.toMatch(/^No — /);
  });
});

describe('a suspended measure asked as lifted', () => {
  it('is no: suspended only until its end', () => {
    expect(lead('Has Beijing lifted Announcement No. 58?', 'en')).toMatch(/^No — .*suspended on 7 Nov 2025 only until 10 Nov 2026/);
    expect(lead('Wurde die Bekanntmachung Nr. 61 aufgehoben?', 'de')).toMatch(/^Nein — .*nur bis zum 10\. Nov\. 2026 ausgesetzt/);
  });
});

describe("an element's control asked as suspended by someone", () => {
  it("answers from the element's own measure", () => {
    expect(lead('Did Beijing suspend its export licensing for samarium?', 'en')).toMatch(/^No — Samarium is covered by China's export controls on seven/);
    expect(lead('Did China suspend the export control on thulium?', 'en')).toMatch(/^Yes — Thulium was covered by .*suspended it until 10 Nov 2026/);
  });
});

describe('a day claimed as an end', () => {
  it("is checked against the end the record gives, not the day the record was made", () => {
    expect(lead('Did the suspension of the October measures end on 10 November 2026?', 'en')).toMatch(/^Yes — Until 10 Nov 2026: /);
    expect(lead('Did the suspension end on 10 November 2025?', 'en')).toMatch(/^No — Until 10 Nov 2026: /);
    expect(lead("Did the APEC leaders' meeting end on 31 October 2025?", 'en')).toMatch(/^No — 1 Nov 2025: 32nd APEC/);
    expect(lead('Endete die Aussetzung der Oktober-Kontrollen am 10. November 2026?', 'de')).toMatch(/^Ja — Bis zum 10\. Nov\. 2026: /);
  });
});

describe('a newer edition printing a row without a figure', () => {
  it('lists the country without one, rather than not listing it', () => {
    const { ask } = offlineAsker(dataset);
    const en = ask('Thailand reserves per MCS 2025?', 'en');
    expect(en).toMatch(/USGS MCS 2026 \(v1\.0\) lists Thailand without a figure \(NA\)/);
    expect(en).not.toMatch(/does not list Thailand/);
    expect(ask('Indiens Reserven laut Ausgabe 2025?', 'de')).toMatch(/USGS MCS 2026 \(v1\.0\) führt Indien ohne Zahl \(NA\)/);
  });
});

describe('"unter den Top 3"', () => {
  it('asks among the largest, not the smallest', () => {
    expect(lead('Ist Brasilien unter den Top 3 bei den Reserven?', 'de')).toMatch(/^Ja — Größte Reserven/);
    // Guard: "unter" before a number is still a bound.
    expect(lead('Hat Kanada unter 1 Mio. t Seltenerdreserven?', 'de')).toMatch(/^Ja — /);
  });
});

describe('a suspension asked beside a name several measures share', () => {
  it("asks of the suspension's own state", () => {
    expect(lead('Is the export control suspension still in effect?', 'en')).toMatch(/^The suspension ran until 10 Nov 2026/);
    // Guard: a mineral of its own tells its measure apart.
    expect(lead("Is the suspension of the gallium ban to America still in effect?", 'en')).toMatch(/27 Nov 2026/);
  });
});

describe('a yes/no on a property the record never states', () => {
  it('gives no verdict when only the name of the event is found', () => {
    expect(lead('Is the US–Japan framework legally binding?', 'en')).not.toMatch(/^(Yes|No)\b/);
    // Guard: the MoUs' record says they are non-binding.
    expect(lead('Is the US–Thailand MoU binding?', 'en')).toMatch(/^No — /);
  });
});

describe('a count asked of one thing that the record counts of another', () => {
  it('does not give the number of another noun', () => {
    expect(lead('How many leaders attended APEC in 2025?', 'en')).not.toMatch(/^21/);
    // Guard: the member economies are counted.
    expect(lead('How many economies are in APEC?', 'en')).toMatch(/21 member economies/);
  });
});

describe('who signed, when the record lists witnesses too', () => {
  it('leads with the sentence saying who signed', () => {
    expect(lead('Who signed the Kuala Lumpur Peace Accord?', 'en')).toMatch(/^Thai Prime Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet signed a document, witnessed by Trump/);
    expect(lead('Wer unterzeichnete das Friedensabkommen von Kuala Lumpur?', 'de')).toMatch(/^Thailands Premierminister Anutin Charnvirakul und Kambodschas Premierminister Hun Manet unterzeichneten/);
  });
});

describe('a "no" asked in the past tense of a time past the record', () => {
  it('is no verdict, with how far the record goes', () => {
    const { ask } = offlineAsker(dataset);
    const a = ask('Did the Busan agreement get extended in 2026?', 'en');
    expect(a.split('\n')[0]).not.toMatch(/^No/);
    expect(a).toMatch(/The dataset's record runs to 6 Feb 2026/);
  });
});

describe('whether one person was in one country', () => {
  it('is read off the places of their records', () => {
    expect(lead('Has Trump ever been to China?', 'en')).toMatch(/^China: the dataset \(as of 6 Feb 2026\) records no stay of Donald Trump there\. Its records of Donald Trump: United States \(20 Oct 2025\); Malaysia/);
    expect(lead('Was Xi in South Korea?', 'en')).toMatch(/^Yes — Trump–Xi meeting in Busan \(30 Oct 2025/);
    expect(lead('War Takaichi schon in den USA?', 'de')).toMatch(/^Vereinigte Staaten: Einen Aufenthalt von Sanae Takaichi dort verzeichnet der Datensatz/);
  });
  it('not when something else is asked of them there', () => {
    // Guard: a deal signed there is another question.
    expect(lead('Did Trump sign a deal in Japan?', 'en')).not.toMatch(/^Japan:/);
  });
});

describe('a code review of this part', () => {
  it('a day claimed as an end without its year is of the record\'s year', () => {
    expect(lead('Did the suspension end on November 10?', 'en')).toMatch(/^Yes — Until 10 Nov 2026/);
  });
  it('a figure edition\'s "no" of 2026 stays', () => {
    // Guard: MCS 2026 is in the dataset; the note on the record's end is of event records only.
    expect(lead("Did the USGS raise Vietnam's reserves again in 2026?", 'en')).toMatch(/^No — Vietnam/);
  });
  it('a visit asked as a plan is the plan', () => {
    expect(lead('Will Trump go to China?', 'en')).not.toMatch(/records no stay/);
    expect(lead('Wird Trump China besuchen?', 'de')).not.toMatch(/verzeichnet der Datensatz .* nicht/);
  });
  it('one person listed with a note on their part is one person', () => {
    expect(lead('Was Lee Jae Myung in Japan?', 'en')).toMatch(/^Japan: the dataset .* records no stay of Lee Jae Myung there/);
  });
  it('a property denied by a prefix is still a property the record states', () => {
    expect(lead('Ist das Malaysia-MoU rechtlich verbindlich?', 'de')).toMatch(/^Nein — /);
  });
  it('more words of ending, and German rates written as words', () => {
    expect(lead('Did the US abolish the Section 301 shipbuilding measures?', 'en')).toMatch(/^No — .*Section 301 shipbuilding measures for one year/);
    expect(lead('Wurde der 24-Prozent-Zoll abgeschafft?', 'de')).toMatch(/^Nein — .*24-prozentigen Gegenzolls/);
  });
  it('people counted as signing are not records counted', () => {
    expect(lead('How many people signed the US–Japan framework?', 'en')).not.toMatch(/^1:/);
  });
  it('a place among a group of no stated size is no first place', () => {
    expect(lead('Is Australia among the biggest rare-earth miners?', 'en')).not.toMatch(/^No/);
    // Guard: with its size stated, it is checked.
    expect(lead('Is Australia among the top 3 rare-earth miners?', 'en')).toMatch(/^Yes — /);
    expect(lead('Kobalt 2025: Platz eins und zwei unter den Förderländern?', 'de')).toMatch(/Demokratische Republik Kongo mit 230\.000 t/);
  });
});

describe('element lists asked with their atomic numbers, and a head count', () => {
  it('give each element its number', () => {
    expect(lead('What are the atomic numbers of the heavy rare earths (USGS)?', 'en')).toMatch(/Terbium \(Tb, 65\)/);
    // Guard: the word "Element" alone asks no number.
    expect(lead('Welche Elemente zählen zu den schweren Seltenen Erden?', 'de')).not.toMatch(/\(Tb, 65\)/);
  });
  it('"head count" counts', () => {
    expect(lead('Cambodian prisoners freed under the KL accord: head count?', 'en')).toMatch(/18 Cambodian prisoners of war/);
  });
});

describe('an on-topic question the scope note would turn away', () => {
  it('is answered by the one record holding its rare word, or stating its number', () => {
    expect(lead('Fireworks from Japan — what was offered?', 'en')).toMatch(/^US–Japan framework on critical minerals and rare earths \(28 Oct 2025\): .*Akita fireworks/);
    expect(lead("What was the earlier deadline for Japan's 2% target?", 'en')).toMatch(/^Takaichi's first policy speech.*instead of fiscal 2027/);
  });
  it('while a question off the beat is still refused', () => {
    // Guard: "Tokyo" is a name, not a word of the texts' own.
    expect(lead('Any good ramen spots around Tokyo Station?', 'en')).toMatch(/^Sorry, that is outside what I cover/);
  });
  it('questions about what the bot covers and how current it is get the overview', () => {
    expect(lead('How current is the data?', 'en')).toMatch(/^Hello! I am Lodestone/);
    expect(lead('Wie aktuell ist der Datensatz?', 'de')).toMatch(/^Hallo! Ich bin Lodestone/);
    expect(lead('Welches Feuerwerk bot Japan an?', 'de')).toMatch(/Feuerwerk/);
  });
});

describe("one word of the reader's own beside a mineral and a ranking or comparison", () => {
  it('is the reader\'s verb, not a topic the dataset lacks', () => {
    expect(lead('Welches Land hockt auf dem meisten Nickel?', 'de')).toMatch(/^Größte Reserven \(Nickel\)/);
    expect(lead('Canada against Finland on cobalt output in 2025 — who pipped it?', 'en')).toMatch(/^Mine production \(Cobalt\): Canada .* against Finland/);
  });
  it('not two such words, nor a yes/no question', () => {
    // Guard: two words of its own may be a topic the dataset lacks.
    expect(lead('Which country hoards the most nickel in bonded warehouses?', 'en')).not.toMatch(/^Largest reserves/);
  });
});
