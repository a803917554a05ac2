// Answer classes of the offline question path (issue 10), fortieth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { ask, lead } = offlineAsker(dataset);

describe('a suspension whose record gives no end day, asked as run out or holding', () => {
  it('says the dataset records no end day, of the record named, not of another suspension', () => {
    expect(lead('By this point, is the pause on the 50% rule finished?', 'en'))
      .toMatch(/^The dataset \(as of .*\) records no end day for this suspension and nothing after it: US tariff cut and Affiliates-rule suspension/);
    expect(lead('Gilt die Aussetzung der Affiliates-Regel heute noch?', 'de'))
      .toMatch(/^Ein Enddatum dieser Aussetzung und was danach galt, verzeichnet der Datensatz .* nicht: US-Zollsenkung und Aussetzung der Affiliates-Regel/);
  });
  it('while a suspension asked with no record named is still the one with an end', () => {
    // Guard: the October 2025 controls' suspension records its end.
    expect(lead('Has the suspension lapsed by now?', 'en')).toMatch(/^The suspension ran until 10 Nov 2026/);
  });
});

describe('a suspension named by its number, asked as extended', () => {
  it('says the dataset records no extension, instead of a yes read off the record', () => {
    expect(lead('Did MOFCOM prolong Announcement No. 70?', 'en')).toMatch(/^The dataset \(as of .*\) records no extension: the suspension ran until 10 Nov 2026/);
    expect(lead('Hat China die Bekanntmachung Nr. 70 erneuert?', 'de')).toMatch(/^Eine Verlängerung verzeichnet der Datensatz .* nicht: Die Aussetzung lief bis zum 10\. Nov\. 2026/);
  });
});

describe('a measure in force asked as run out ("lapsed?", "abgelaufen?")', () => {
  it('answers no, with the record of it staying in force', () => {
    expect(lead('Have the export controls of April 2025 run out?', 'en')).toMatch(/^No — China's export controls on seven medium and heavy rare earths/);
    expect(lead('Ist Bekanntmachung Nr. 18 inzwischen ausgelaufen?', 'de')).toMatch(/^Nein — Chinas Exportkontrollen für sieben/);
  });
});

describe('a suspension asked as run out within a time that holds its end', () => {
  it('answers yes, with its end and that what followed is not recorded', () => {
    expect(lead('Did the pause on the gallium ban to the US lapse in November 2026?', 'en'))
      .toMatch(/^Yes — the suspension ran until 27 Nov 2026 .*does not record what followed/);
  });
});

describe('a class word before a short name of rare earths ("schweren SE")', () => {
  it('stays the class asked', () => {
    expect(lead('Gehört Samarium zu den schweren SE?', 'de')).toMatch(/^Nein — Samarium ist nach USGS-Konvention eine leichte Seltene Erde/);
    expect(lead('Is lutetium a heavy REE?', 'en')).toMatch(/^Yes — Lutetium is a heavy rare earth/);
  });
});

describe('a yes or no asked in the past tense of a month past the record, with no record in it', () => {
  it('gives what was planned for it and that the record cannot tell, with neither yes nor no', () => {
    const visit = ask('War Trump im April 2026 zu Besuch in China?', 'de');
    expect(visit.split("\n")[0]).toMatch(/^Treffen von Trump und Xi in Busan \(30\. Okt\. 2025\): .*April 2026 China besuchen/);
    expect(visit).toMatch(/Der Datensatz reicht bis 6\. Feb\. 2026; was im April 2026 geschah, kann er nicht sagen\./);
    expect(lead('Did Xi and Trump hold talks in March 2026?', 'en')).toMatch(/^The dataset's record runs to 6 Feb 2026, so it cannot tell what happened in March 2026\./);
  });
  it('while a plan asked, or a state today, keeps its answer', () => {
    // Guards: "Is … visiting" asks the plan; "now" is a day after the record too, answered by its last word.
    expect(lead('Is Trump going to visit China in April 2026?', 'en')).toMatch(/^Yes — /);
    expect(lead('Under the US deal, can Thailand now export unprocessed rare earths freely?', 'en')).not.toMatch(/cannot tell/);
  });
});

describe('a day claimed for a signing, asked with another form of the verb ("unterschrieben")', () => {
  it('is judged against the record the verb names, not the clause that dates a document', () => {
    expect(lead('Haben die USA und Japan ihr Abkommen am 27. Oktober unterschrieben?', 'de')).toMatch(/^Nein — 28\. Okt\. 2025: Rahmenabkommen zwischen den USA und Japan/);
  });
  it('while the day of the signing still gets no "Nein"', () => {
    // Guard: the day it was signed.
    expect(lead('Haben die USA und Japan ihr Abkommen am 28. Oktober unterschrieben?', 'de')).not.toMatch(/^Nein/);
  });
});

describe('"wie viele" is a question word, not a word to search the texts for', () => {
  it('a count asked of a word the dataset\'s texts hold finds that sentence, not a refusal', () => {
    expect(lead('Und wie viele Vertriebene waren es?', 'de')).toMatch(/300\.000 Vertriebenen/);
  });
});

describe('review of the past-record reading: what it must not take over', () => {
  it('a suspension or measure asked of such a month keeps its state', () => {
    expect(lead('Were the October 2025 controls still suspended in July 2026?', 'en')).toMatch(/^Yes — suspended until 10 Nov 2026/);
  });
  it('one event named outright keeps its own day', () => {
    expect(lead('Did the Gyeongju APEC leaders\' meeting take place in June 2026?', 'en')).not.toMatch(/cannot tell/);
  });
  it('a clause without a plan is not offered as one', () => {
    expect(lead('Did Xi and Trump meet this month?', 'en')).toMatch(/^The dataset's record runs to 6 Feb 2026, so it cannot tell what happened in November 2026\./);
  });
});

describe('a measure named by its number, asked as extended or to be extended', () => {
  it('says the dataset records no extension (and, asked ahead, holds no forecast), not "Yes"', () => {
    expect(lead('Has Announcement No. 18 been prolonged?', 'en')).toMatch(/^The dataset \(as of 6 Feb 2026\) records no extension: China's export controls on seven/);
    expect(lead('Will MOFCOM extend Announcement No. 70?', 'en')).toMatch(/^The dataset holds no forecast, and records no extension up to 6 Feb 2026/);
  });
  it('while a record that speaks of extending still answers from it', () => {
    // Guard: MOFCOM's note on Busan says the US extends the suspension of the 24 % reciprocal tariff.
    expect(lead('Did the US extend the suspension of the 24% reciprocal tariff?', 'en')).toMatch(/^Yes — /);
  });
});

describe('a suspension found by the word alone, beside words of another record', () => {
  it('is not answered with the end of the one suspension that has an end', () => {
    expect(lead('Is the suspension of the Section 301 shipbuilding measures over by now?', 'en')).not.toMatch(/^The suspension ran until 10 Nov 2026/);
  });
});

describe('a suspension named by a word only another record holds, asked as run out', () => {
  it('says that record gives no end day, not the end of Announcement No. 70', () => {
    expect(lead('Ist die Aussetzung des Gegenzolls von 24 Prozent inzwischen vorbei?', 'de')).toMatch(/^Ein Enddatum dieser Aussetzung und was danach galt, verzeichnet der Datensatz .* nicht: Treffen von Trump und Xi in Busan/);
  });
});

describe('a class asked of China ("Does China count … as heavy?")', () => {
  it('is judged by the grouping China\'s export controls use, beside the USGS one', () => {
    expect(lead('Does China treat europium as a heavy rare earth?', 'en')).toMatch(/^Yes — China's export controls count europium among the medium and heavy rare earths .* light rare earth under the USGS convention/);
    expect(lead('Zählt China Lanthan zu den schweren Seltenen Erden?', 'de')).toMatch(/^Nein — Chinas Exportkontrollen führen Lanthan nicht unter den mittelschweren und schweren Seltenen Erden/);
  });
  it('while a class asked with no country keeps the USGS grouping', () => {
    // Guard.
    expect(lead('Is europium a heavy rare earth?', 'en')).toMatch(/^No — Europium is a light rare earth under the USGS convention/);
  });
});

describe('a number claimed that only a record the question\'s words did not find states', () => {
  it('is judged by that record, not "no" from a record silent on it', () => {
    expect(lead('Stimmt es, dass die Zölle auf chinesische Waren auf 47 Prozent sanken?', 'de')).toMatch(/^Ja — .*57 % auf 47 %/);
    const en = lead('Is it true the tariffs were brought down to 47%?', 'en');
    expect(en).toMatch(/57% to 47%/);
    expect(en).not.toMatch(/^No\b/);
  });
  it('while a number no record states keeps its "no"', () => {
    // Guard.
    expect(lead('Were the tariffs cut to 40%?', 'en')).toMatch(/^No — /);
  });
});
