// Answer classes of the offline question path (issue 10), thirty-seventh part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a place in a ranking asked beside the country ahead of it, with no ranking word ("second place behind China")', () => {
  it('asks the ranking without that country', () => {
    expect(lead('Runner-up on cobalt reserves after Congo (Kinshasa)?', 'en')).toMatch(/^Australia ranks second for reserves of cobalt/);
    expect(lead('Platz zwei bei der Lithiumförderung hinter Australien?', 'de')).toMatch(/^Platz 2 bei Bergwerksförderung \(Lithium\)[^\n]*China/);
  });
  it('leaves an ordinal before a noun of its own alone', () => {
    // Guard: "the second meeting after Busan" ranks no country.
    expect(lead('Second round of talks after Kuala Lumpur: where was it?', 'en')).not.toMatch(/ranks second/);
  });
});

describe('a country left out with "leaving … out"', () => {
  it('puts the country out of the ranking', () => {
    expect(lead('Leaving Australia out, who mines the most lithium?', 'en')).toMatch(/^China ranks second/);
  });
  it('does not read "out" after a verb as leaving anything out', () => {
    // Guard: "rolled out" puts no country out.
    expect(lead('Which country rolled out the largest rare-earth output?', 'en')).toMatch(/China/);
  });
});

describe('"who led world …", "leads the world in …" as a ranking asked of one mineral', () => {
  it('gives the country first, not the world total', () => {
    expect(lead('Who led world cobalt mining in 2024?', 'en')).toMatch(/^Largest mine production of cobalt[^\n]*1\. Congo/);
  });
});

describe('"versprach", "sagte zu" as words of what was agreed', () => {
  it('is no word the dataset lacks', () => {
    expect(lead('Wer versprach die Kirschbäume?', 'de')).toMatch(/^Am 28. Oktober 2025[^\n]*Kirschbäume/);
  });
});
