// The question parser on classes of questions: attribute before entity, several subjects, dates
// without a year, German compounds and verbless fragments.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import { parseQuestion } from '../../src/ask/query/parse.js';
import { splitCompound } from '../../src/ask/query/text.js';

let ds: Dataset;
beforeAll(async () => {
  const r = await loadDataset();
  if (!r.ok) throw new Error('dataset invalid');
  ds = r.dataset;
});

const parse = (q: string, locale: 'en' | 'de' = 'en') => parseQuestion(q, ds, locale);

describe('parseQuestion', () => {
  it('finds the asked attribute even when a country is named', () => {
    const p = parse('How much of US rare-earth imports come from China?');
    expect(p.attributes[0]?.attribute.id).toBe('import-sources');
    expect(p.subjects.countries.map((c) => c.id)).toEqual(['US', 'CN']);
  });

  it('reads two subjects as a comparison, in English and German', () => {
    expect(parse('China vs US production')).toMatchObject({ operator: 'compare' });
    expect(parse('China vs US production').attributes[0]?.attribute.id).toBe('production');
    const de = parse('Hat Indien oder Australien größere Reserven?', 'de');
    expect(de.operator).toBe('compare');
    expect(de.subjects.countries.map((c) => c.id)).toEqual(['IN', 'AU']);
  });

  it('reads top-N with its number, also as a word', () => {
    expect(parse('top 3 countries by rare earth reserves')).toMatchObject({ operator: 'top', topN: 3 });
    expect(parse('the three largest producers of lithium')).toMatchObject({ operator: 'top', topN: 3 });
  });

  it('gives a date without a year the year of the dataset calendar', () => {
    expect(parse('what happened on 30 October?').time).toMatchObject({ kind: 'day', start: '2025-10-30', yearInferred: true });
    expect(parse('Was geschah am 7. November?', 'de').time).toMatchObject({ kind: 'day', start: '2025-11-07', yearInferred: true });
    expect(parse('world production in 2024').time).toMatchObject({ kind: 'year', start: '2024-01-01' });
    expect(parse('What happened in October 2025?').time).toMatchObject({ kind: 'month', start: '2025-10-01', end: '2025-10-31' });
  });

  it('splits German compounds on parts the dataset knows', () => {
    const p = parse('Was kostet Neodymoxid?', 'de');
    expect(p.subjects.elements.map((e) => e.symbol)).toEqual(['Nd']);
    expect(p.attributes[0]?.attribute.id).toBe('price');
    expect(parse('Lithiumreserven Chile', 'de').subjects.minerals.map((m) => m.id)).toEqual(['lithium']);
    expect(splitCompound('seltenerdexporte', new Set(['seltenerden', 'exporte']))).toEqual(['seltenerden', 'exporte']);
    expect(splitCompound('verteidigungsausgaben', new Set(['verteidigung', 'ausgaben']))).toEqual(['verteidigung', 'ausgaben']);
    expect(splitCompound('neodym', new Set(['neo', 'dym']))).toBeUndefined();
  });

  it('understands verbless fragments', () => {
    const p = parse('Lanthan Verwendung', 'de');
    expect(p.attributes[0]?.attribute.id).toBe('uses');
    expect(p.subjects.elements.map((e) => e.symbol)).toEqual(['La']);
  });

  it('keeps words it cannot place as unknown (for the retrieval stage and honest "none")', () => {
    expect(parse('What is the capital of Mongolia?').unknown).toContain('capital');
  });
});
