// Answer classes of the offline question path (issue 10), twenty-fourth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a place the dataset holds nothing of, beside the words of a fact of another place ("the EU" and imports)', () => {
  it('says plainly that nothing is held, never the US figures', () => {
    for (const [q, locale] of [
      ['How dependent is the EU on Chinese rare earths?', 'en'],
      ['What share of its rare earths does the European Union import from China?', 'en'],
      ['Wie viel Prozent ihrer Seltenen Erden bezieht die EU aus China?', 'de'],
    ] as const) {
      const l = lead(q, locale);
      expect(l).toMatch(/European Union|Europäische Union/);
      expect(l).not.toMatch(/70|80 ?%/);
    }
  });
  it('while an element\'s symbol of the same letters is the element ("Nd oxide or Eu oxide?")', () => {
    expect(lead('Which cost more per kilo in 2024, Nd oxide or Eu oxide?', 'en')).toMatch(/europium oxide 27/);
  });
});
