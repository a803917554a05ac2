// Answer classes of the offline question path (issue 10), forty-seventh part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('an office named with a name the record gives no one', () => {
  it('is a no where the record gives the office to another', () => {
    expect(lead('Did Trump meet Emperor Hirohito at the palace in Tokyo?', 'en')).toMatch(/^No — .*Emperor Naruhito/);
    expect(lead('Wurde Trump in Tokio von Kaiser Hirohito empfangen?', 'de')).toMatch(/^Nein — .*Kaiser Naruhito/);
  });
  it('keeps the yes of the holder the record names', () => {
    // Guard: the record's own emperor.
    expect(lead('Did Trump meet Emperor Naruhito at the palace in Tokyo?', 'en')).toMatch(/^Yes — /);
  });
});

describe('a measure asked as put in place at a time', () => {
  it('is settled by the days of the measures naming the element', () => {
    expect(lead("Beijing's terbium controls began in October 2025?", 'en')).toMatch(/^No — Terbium is covered by .*\(4 Apr 2025\)/);
    expect(lead('Pekings Kontrollen für Dysprosium begannen im Oktober 2025?', 'de')).toMatch(/^Nein — /);
  });
  it('is a yes in the month of the measure', () => {
    expect(lead('Were controls on holmium introduced in October 2025?', 'en')).toMatch(/^Yes — /);
  });
});

describe('an edition asked as published that the dataset does not hold', () => {
  it('says which edition is the newest it holds, with no yes or no', () => {
    expect(lead('Has USGS released MCS 2028 already?', 'en')).toMatch(/^The dataset \(as of 6 Feb 2026\) does not hold USGS MCS 2028: the newest edition it has is USGS MCS 2026, published on 6 Feb 2026\./);
    expect(lead('Wann erscheint eigentlich die MCS 2027?', 'de')).toMatch(/^USGS MCS 2027 enthält der Datensatz .* nicht: Die neueste Ausgabe darin ist USGS MCS 2026/);
  });
  it('still dates an edition it holds', () => {
    // Guard.
    expect(lead('When did MCS 2025 come out?', 'en')).toMatch(/^31 Jan 2025: USGS MCS 2025 was published\./);
  });
});

describe('an extension asked past a day', () => {
  it('is not judged against the day of the record', () => {
    expect(lead('Wurde die Aussetzung der Oktober-Kontrollen über den 10. November 2026 hinaus verlängert?', 'de')).not.toMatch(/^(Nein|Ja) — /);
    expect(lead('Was the pause on the October controls extended past 10 November 2026?', 'en')).not.toMatch(/^(No|Yes) — /);
  });
});

describe('an amount judged without a bound', () => {
  it('gets the figure, not a yes from its existing', () => {
    expect(lead('Does India mine much rare earth nowadays?', 'en')).toMatch(/^India — mine production of rare earths in 2025: 2,900 t/);
    expect(lead('Fördert Indien viel Seltene Erden?', 'de')).toMatch(/^Indien — Bergwerksförderung/);
  });
  it('keeps a bound asked', () => {
    // Guard.
    expect(lead('Does Brazil mine more than 1,000 t of rare earths?', 'en')).toMatch(/^Yes — /);
  });
});

describe('a first asked outright, intensified', () => {
  it('is denied by a first only since a year', () => {
    expect(lead('Busan was the first ever meeting of Trump and Xi, right?', 'en')).toMatch(/^No — /);
    expect(lead('War das Treffen in Busan das allererste zwischen Trump und Xi?', 'de')).toMatch(/^Nein — /);
  });
});

describe('a yes read off a country card naming nowhere the one country asked', () => {
  it('is withheld', () => {
    expect(lead('Befindet sich Mountain Pass in Kanada?', 'de')).not.toMatch(/^Ja — /);
  });
  it('keeps a yes where the card names it', () => {
    // Guard.
    expect(lead('Does Australia hold lithium reserves?', 'en')).toMatch(/^Yes — /);
  });
});

describe('an extension asked beyond the day a clause extended something to', () => {
  it('answers with the clause and that no extension beyond it is recorded, no yes or no', () => {
    expect(lead('Did the US extend the Section 301 exclusions beyond 10 November 2026?', 'en')).toMatch(/^The dataset \(as of 6 Feb 2026\) records no extension beyond 10 Nov 2026: Section 301 exclusions were extended to 10 November 2026\./);
    expect(lead('Sind die Section-301-Ausnahmen über den 10. November 2026 hinaus verlängert worden?', 'de')).toMatch(/^Eine Verlängerung über den 10\. Nov\. 2026 hinaus verzeichnet der Datensatz/);
  });
  it('keeps the yes of an extension asked to that day', () => {
    // Guard.
    expect(lead('Were the Section 301 exclusions extended until 10 November 2026?', 'en')).toMatch(/^Yes — /);
  });
});

describe("an element's control asked as in force at a time", () => {
  it('is the state then, from the measures begun by then and not suspended', () => {
    expect(lead('Was terbium already under Chinese export control in February 2025?', 'en')).toMatch(/^No — Terbium is covered by .*\(4 Apr 2025\)/);
    expect(lead('Galten die Kontrollen für Terbium im Oktober 2025 noch?', 'de')).toMatch(/^Ja — Terbium fällt unter/);
    expect(lead('Was erbium still export-controlled in December 2025?', 'en')).toMatch(/^No — /);
  });
  it("keeps a month naming the measure as that measure's list", () => {
    // Guard.
    expect(lead('Was europium already caught by the April 2025 licensing rules?', 'en')).toMatch(/^No — China's export controls on seven/);
  });
});

describe('an edition asked as existing, naming nothing else', () => {
  it('of one not held: the newest held', () => {
    expect(lead('Gibt es inzwischen die MCS 2028?', 'de')).toMatch(/^USGS MCS 2028 enthält der Datensatz .* nicht/);
  });
  it('of one held: yes, with its day', () => {
    expect(lead('Is MCS 2025 out?', 'en')).toMatch(/^Yes — 31 Jan 2025: USGS MCS 2025 was published\./);
  });
  it('not a figure asked after an edition came out', () => {
    // Guard.
    expect(lead('Did the USGS lower world rare earth reserves after the 2026 edition came out?', 'en')).not.toMatch(/was published/);
  });
});

describe("a beginning asked of an element's controls at a time, by a word of dates", () => {
  it("is settled by the element's own measures", () => {
    expect(lead('Begannen die Kontrollen für Terbium im Oktober 2025?', 'de')).toMatch(/^Nein — Terbium fällt unter .*\(4\. Apr\. 2025\)/);
    expect(lead('Begannen Exportkontrollen für Lanthan im April 2025?', 'de')).toMatch(/^Nein — keine chinesische Exportkontrolle im Datensatz nennt Lanthan\./);
  });
  it('is a yes in the month of its measure', () => {
    expect(lead('Begannen die Kontrollen für Yttrium im April 2025?', 'de')).toMatch(/^Ja — Yttrium fällt unter/);
  });
});

describe('a count of elements claimed of one measure named', () => {
  it("is checked against that measure's own list, not all measures' total", () => {
    expect(lead('The April 2025 controls covered 12 elements, didn\'t they?', 'en')).toMatch(/^No — China's export controls on seven .*\(4 Apr 2025\): 7 rare earths — Sm, Gd, Tb, Dy, Lu, Sc, Y\./);
  });
  it('is a yes where the list holds that many', () => {
    expect(lead('Umfassten die Oktober-Kontrollen fünf Seltene Erden?', 'de')).toMatch(/^Ja — .*5 Seltene Erden — Ho, Er, Tm, Eu, Yb\./);
  });
});
