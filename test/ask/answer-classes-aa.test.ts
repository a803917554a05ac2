// Answer classes of the offline question path (issue 10), twenty-seventh part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('function words of the question\'s language (the stopword package) name no topic the dataset lacks', () => {
  it('answers a question padded with pronouns and particles', () => {
    expect(lead('Grönland soll ja riesige Vorkommen haben – wie viel davon zählt die USGS als Reserven?', 'de')).toMatch(/^Grönland — Reserven .*1,5 Mio\. t/);
  });
  it('while a word naming something the dataset lacks still gets "no figure"', () => {
    expect(lead('Wie viel Lithium wird in Deutschland recycelt?', 'de')).toMatch(/^Dazu (enthält|hat) der Datensatz keine/);
  });
});

describe('a word that is no name in one language may be a country\'s name in the other ("island", "Island")', () => {
  it('reads "Island" in a German question as Iceland, not as the world', () => {
    expect(lead('Island soll ja riesige Vorkommen haben – wie viel davon führt die USGS als Reserven?', 'de')).toMatch(/^Dazu hat der Datensatz keine Zahl: .*für Island/);
  });
  it('while English "island" names no country, and German "NA" is no Namibia', () => {
    expect(lead('Which island holds rare earth reserves?', 'en')).not.toMatch(/Iceland/);
    expect(lead('Früher stand bei Malaysias Seltenerdreserven nur NA. Gibt es inzwischen eine Zahl?', 'de')).not.toMatch(/Namibia/);
  });
});
