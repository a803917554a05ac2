import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/dataset/dataset.js';
import { editDistance, lookup, normalize, searchEvents } from '../../src/dataset/lookup.js';
import { realDataset } from './helpers.js';

let ds: Dataset;
beforeAll(async () => {
  ds = await realDataset();
});

describe('normalize and editDistance', () => {
  it('folds case, diacritics, ß, possessives and punctuation', () => {
    expect(normalize("Brazil's")).toBe('brazil');
    expect(normalize('Förderung  Süd-Korea')).toBe('forderung sud korea');
    expect(normalize('Straße')).toBe('strasse');
  });

  it('counts transpositions as one edit and gives up beyond the cap', () => {
    expect(editDistance('chnia', 'china')).toBe(1);
    expect(editDistance('chna', 'china')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
  });
});

describe('lookup', () => {
  const id = (kind: 'country' | 'mineral' | 'element', s: string) => {
    const r = lookup(ds, kind, s);
    return r.kind === 'none' ? 'none' : `${r.kind}:${(r.item as { id?: string; symbol?: string }).id ?? (r.item as { symbol: string }).symbol}`;
  };

  it('countries by name, ISO alpha-2/alpha-3, German name, alias, case and diacritics', () => {
    for (const s of ['china', 'CN', 'cn', 'CHN', 'Volksrepublik China', 'VOLKSREPUBLIK CHINA']) expect(id('country', s)).toBe('exact:CN');
    expect(id('country', 'Brasilien')).toBe('exact:BR');
    expect(id('country', 'Sudafrika')).toBe('exact:ZA');
    expect(id('country', 'Burma')).toBe('exact:MM');
    expect(id('country', 'the United States')).toBe('exact:US');
  });

  it('typos within the budget resolve fuzzily; ambiguous or far ones do not', () => {
    expect(id('country', 'chna')).toBe('fuzzy:CN');
    expect(id('country', 'Brazill')).toBe('fuzzy:BR');
    expect(id('country', 'south')).toBe('none');
    expect(id('country', 'xq')).toBe('none');
    const r = lookup(ds, 'country', 'south');
    expect(r.kind === 'none' && r.suggestions.map((c) => c.id)).toEqual(expect.arrayContaining(['ZA', 'KR']));
  });

  it('elements by symbol, English and German name; minerals by alias', () => {
    for (const s of ['Nd', 'nd', 'neodym', 'Neodymium']) expect(id('element', s)).toBe('exact:Nd');
    expect(id('mineral', 'seltene Erden')).toBe('exact:rare-earths');
    expect(id('mineral', 'REE')).toBe('exact:rare-earths');
    expect(id('mineral', 'Kobalt')).toBe('exact:cobalt');
  });

  it('countries outside the dataset resolve to themselves, not to a near neighbour', () => {
    expect(id('country', 'Austria')).toBe('exact:AT');
    expect(id('country', 'Niger')).toBe('exact:NE');
    expect(id('country', 'Nigeria')).toBe('exact:NG');
  });

  it('events by words of titles, aliases, places and participants', () => {
    expect(searchEvents(ds, 'trump xi').map((e) => e.id)).toEqual(['trump-xi-busan']);
    expect(searchEvents(ds, 'takaichi trump').map((e) => e.id)).toContain('us-japan-framework');
    expect(searchEvents(ds, 'weather')).toEqual([]);
  });
});
