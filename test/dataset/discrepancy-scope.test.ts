// A discrepancy note is shown under the answers of every mineral it lists: tonnages it quotes must
// say which mineral they are of, or a lithium answer reads rare-earth tonnages as lithium's.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/dataset/dataset.js';
import { DATA_DIR } from './fixture.js';
import { loadDataset } from '../../src/dataset/load.js';

let ds: Dataset;
beforeAll(async () => {
  const r = await loadDataset(DATA_DIR);
  if (!r.ok) throw new Error('dataset invalid');
  ds = r.dataset;
});

const flat = (x: string): string => x.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ');

/** Tonnages written in a text ("240,000 t", "11 Mio. t"). */
const TONNES = /\d[\d.,]*\s*(?:(?:million|Mio\.|Mrd\.)\s*)?t\b/;

describe('discrepancy notes shown under several minerals', () => {
  it('name the mineral of every tonnage they quote, in both languages', () => {
    const unnamed: string[] = [];
    for (const d of ds.discrepancies) {
      if ((d.minerals ?? []).length < 2) continue;
      for (const locale of ['en', 'de'] as const) {
        const text = d.text[locale];
        if (!TONNES.test(text)) continue;
        for (const id of d.minerals ?? []) {
          const m = ds.minerals.find((x) => x.id === id)!;
          // At a word's start, less its ending: German compounds hold the name's stem ("Seltenerdförderung").
          const names = [m.name[locale], ...m.aliases].filter((n) => n.length >= 3).map((n) => flat(n)).map((n) => (n.length >= 6 ? n.slice(0, -2) : n));
          if (!names.some((n) => ` ${flat(text)}`.includes(` ${n}`))) unnamed.push(`${d.id} (${locale}): ${id}`);
        }
      }
    }
    expect(unnamed).toEqual([]);
  });
});
