// A commodity without a USGS table (germanium) answers from the fact of its topic that carries the
// asked measure, year and country; anything else it does not hold stays an honest "no figure".
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);


describe('a figure held only in a fact of its topic', () => {
  it('answers the asked measure, year and country from that fact, in both languages', () => {
    expect(lead('What was Canada\'s germanium output in 2022?')).toMatch(/^World primary germanium production was 210 t in 2022, .*Canada 20 t/);
    expect(lead('Germaniumproduktion Russland 2022', 'de')).toMatch(/^Die weltweite Primärproduktion von Germanium betrug 2022 210 t;.*6 t auf Russland/);
  });

  it('says "no figure" for a measure, year or country the fact does not hold, never the neighbouring figure', () => {
    for (const q of ['germanium reserves of China', 'world germanium reserves', 'germanium production in 2024', 'How much germanium does Japan produce?']) {
      const l = lead(q);
      expect(l, q).toMatch(/^The dataset has no figure/);
      expect(l, q).not.toMatch(/210 t|180 t/);
    }
    expect(lead('Germaniumreserven Chinas', 'de')).toMatch(/^Dazu hat der Datensatz keine Zahl/);
  });
});
