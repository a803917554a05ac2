// Answer classes of the offline question path (issue 10), twentieth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a heading of any length before a colon, the question after it naming its own subject', () => {
  it('only says what the reader needs the answer for: the figure asked is answered', () => {
    expect(lead('Angebot für den Kunden mit dem neuen Windpark: Durchschnittspreis Dysprosiumoxid 2024, Dollar je kg?', 'de')).toMatch(/Dysprosiumoxid 260/);
    expect(lead('Slides for our customer workshop on spare generators: average price of terbium oxide in 2024?', 'en')).toMatch(/terbium oxide 810/i);
  });
  it('keeps the heading\'s words when the question points back at them ("there", "dort")', () => {
    expect(lead('Seabed mud near the island of Minamitorishima in the Pacific: how much rare earth is there?', 'en')).toMatch(/no figure/);
    expect(lead('Der Tiefseeschlamm vor der Insel Minamitorishima im Pazifik: wie viel Seltene Erden liegen dort?', 'de')).toMatch(/keine Zahl/);
  });
});
