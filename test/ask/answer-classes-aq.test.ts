// Answer classes of the offline question path (issue 10), forty-third part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('two things asked as one', () => {
  it('gives no yes to a sameness a sentence does not state, in either language', () => {
    expect(lead('Is the production quota in China the same as the production there?', 'en')).not.toMatch(/^(Yes|No) —/);
    expect(lead('Ist Chinas Produktionsquote das Gleiche wie seine tatsächliche Produktion?', 'de')).not.toMatch(/^(Ja|Nein) —/);
    // The sentence holding both words is still the answer.
    expect(lead('Is the production quota in China the same as the production there?', 'en')).toMatch(/quota/);
  });
  it('whatever years the question names', () => {
    expect(lead("Was China's 2024 mining quota the same as its 2024 separation quota?", 'en')).not.toMatch(/^(Yes|No) —/);
  });
  it('while two figures asked as equal are still compared', () => {
    expect(lead("Were Thailand's 2023 and 2024 rare-earth outputs identical?", 'en')).toMatch(/^No — Thailand — mine production of rare earths: 2023/);
    expect(lead('War Indiens Seltenerdförderung 2023 und 2024 identisch?', 'de')).toMatch(/^Ja — Indien — Bergwerksförderung \(Seltene Erden\): 2023 2\.900 t .* gleich groß/);
    // Figures settle sameness by their values ("identical" is a word of equality now).
    expect(lead('Are Vietnam and Brazil identical on rare-earth reserves?', 'en')).toMatch(/^No — Reserves \(Rare earths\): Vietnam/);
    expect(lead('Sind die Seltenerd-Reserven von Vietnam und Brasilien gleich groß?', 'de')).toMatch(/^Nein — /);
  });
});

describe('a figure the dataset lacks from an edition it holds', () => {
  it('says what the dataset lacks, never that the edition prints no such figure', () => {
    const en = lead("Chile's lithium reserves according to MCS 2025?", 'en');
    expect(en).toMatch(/^The dataset has no figure for that: it holds no reserves of lithium for Chile from USGS MCS 2025/);
    expect(en).not.toMatch(/MCS 2025 gives no/);
    const de = lead('Lithiumreserven Chiles nach MCS 2025?', 'de');
    expect(de).toMatch(/^Dazu hat der Datensatz keine Zahl: Aus USGS MCS 2025 enthält er keine Zahl/);
    expect(de).not.toMatch(/nennt für Chile keine/);
  });
  it('nor that USGS gives none in any edition', () => {
    expect(lead('Rare-earth reserves of Japan?', 'en')).toMatch(/^The dataset has no figure for that: it holds no USGS figure for reserves of rare earths in Japan/);
    expect(lead('Rare-earth reserves of Japan?', 'en')).not.toMatch(/USGS gives no figure/);
  });
});

describe('a word asked that the record holds only as its opposite', () => {
  it('answers no when the sentence holds only the turned word', () => {
    expect(lead('Sind die Vereinigten Staaten bei Seltenerdkonzentraten ein Nettoimporteur?', 'de')).toMatch(/^Nein — Bei Seltenerd-Konzentraten sind die USA Nettoexporteur/);
  });
  it('turns only the word as written, not its stem ("exporter" is no turned "import reliance")', () => {
    // Guard: the import-reliance sentence holds "import", not "importer".
    expect(lead('Were the United States a net exporter in 2024?', 'en')).not.toMatch(/^No — /);
  });
  it('and yes when it holds the word itself', () => {
    // Guard: the word as asked is held.
    expect(lead('Sind die Vereinigten Staaten bei Seltenerdkonzentraten ein Nettoexporteur?', 'de')).toMatch(/^Ja — /);
    expect(lead('Are the United States a net exporter of rare-earth concentrates?', 'en')).toMatch(/^Yes — /);
  });
});

describe('a lead or margin asked between two countries', () => {
  it('compares the two and says by how much', () => {
    expect(lead("How big is Australia's lead over Burma in rare-earth mining for 2025?", 'en')).toMatch(/^Mine production \(Rare earths\): Australia 29,000 t .* Australia has 7,000 t more/);
    expect(lead('Wie groß ist der Vorsprung Australiens vor Myanmar bei der Seltenerdförderung 2025?', 'de')).toMatch(/^Bergwerksförderung \(Seltene Erden\): Australien 29\.000 t .* um 7\.000 t vorn/);
  });
});

describe('a regional word for "you"', () => {
  it('reads as "you": a request, and nothing the dataset must hold', () => {
    expect(lead('Can youse tell me the rare-earth reserves of Brazil?', 'en')).toMatch(/^Brazil — reserves of rare earths/);
    expect(lead('Youse got reserves for Canada and South Africa?', 'en')).toMatch(/^Reserves \(Rare earths\): Canada 830,000 t/);
  });
});

describe('end markets and the date of publication asked by its noun', () => {
  it('reads "end markets" and "Endanwendungen" as uses', () => {
    expect(lead('Lanthanum: main end markets?', 'en')).toMatch(/^Lanthanum \(La, 57\) — Uses:/);
    expect(lead('Endanwendungen von Neodym?', 'de')).toMatch(/^Neodym \(Nd, 60\) — Verwendung:/);
  });
  it('answers "Erscheinungsdatum" and "release date" of an edition with the day it was published', () => {
    expect(lead('USGS MCS 2024: Erscheinungsdatum?', 'de')).toMatch(/^31\. Jan\. 2024: USGS MCS 2024 wurde veröffentlicht/);
    expect(lead('What was the release date of MCS 2026?', 'en')).toMatch(/^6 Feb 2026: USGS MCS 2026 \(v1\.0\) was published/);
    // A release the dataset has no date for is said so, with the edition's first release.
    expect(lead('Release date of MCS 2026 version 1.3?', 'en')).toMatch(/^The dataset holds no publication date for USGS MCS 2026 \(v1\.3\); USGS MCS 2026 \(v1\.0\) was published on 6 Feb 2026/);
    expect(lead('Wann erschien die Version 1.3 der MCS 2026?', 'de')).toMatch(/^Ein Veröffentlichungsdatum von USGS MCS 2026 \(v1\.3\) enthält der Datensatz nicht/);
    // Guard: an event's date asked by the noun stays the event's.
    expect(lead('Date of the Busan meeting?', 'en')).toMatch(/^30 Oct 2025: Trump–Xi meeting in Busan/);
  });
});

describe('figures asked added up', () => {
  it('adds two countries\' exact figures, an estimate if one of them is', () => {
    expect(lead('Australia and Burma together: rare-earth mine production 2025?', 'en')).toMatch(/^Mine production \(Rare earths\): Australia 29,000 t \(estimated\) .* and Burma .* — together 51,000 t \(estimated\)\./);
    expect(lead('Reserven von Kanada und Südafrika zusammengerechnet?', 'de')).toMatch(/^Reserven \(Seltene Erden\): Kanada 830\.000 t .* und Südafrika 860\.000 t .* — zusammen 1,69 Mio\. t\./);
  });
  it('makes no sum of a bound, nor of a word inside a hyphenated modifier', () => {
    // Guards: "more than 75 million t" has no sum; "lumped-together" asks none.
    expect(lead('World and China rare-earth reserves combined?', 'en')).not.toMatch(/together/);
    expect(lead('The lumped-together remainder: Congo and Australia cobalt reserves?', 'en')).not.toMatch(/together \d/);
  });
});

describe('a capital standing for its country', () => {
  it('names the country as its government, possessive or subject', () => {
    expect(lead('What does Havana hold in cobalt reserves?', 'en')).toMatch(/^Cuba — reserves of cobalt: 500,000 t/);
    expect(lead('Lima vs Buenos Aires on lithium reserves?', 'en')).toMatch(/^Reserves \(Lithium\): Peru: no figure in the dataset against Argentina 4\.4 million t/);
    expect(lead('Wie groß sind Lissabons Lithiumreserven?', 'de')).toMatch(/^Portugal — Reserven \(Lithium\)/);
  });
  it('while a capital after a word of place stays a place', () => {
    // Guard: "in Jakarta" is where, not who.
    expect(lead('Did Trump and Xi meet in Jakarta?', 'en')).toMatch(/^No — Gimhae Air Base, Busan/);
    // Nor after a copula, ending the question or before a function word: the city is asked about.
    expect(lead('Where is Pretoria?', 'en')).not.toMatch(/South Africa/);
    expect(lead('Is Havana a big cobalt producer?', 'en')).not.toMatch(/^Yes/);
    // Nor does a seat opening places offered as alternatives name its country.
    expect(lead('Manila or Kuala Lumpur: where did the ASEAN summit with Trump take place?', 'en')).not.toMatch(/Philippines/);
  });
});
