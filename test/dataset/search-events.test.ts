// searchEvents (src/dataset/lookup.ts) finds the events of a typed word that is no event word by one
// scan over all event words; it must find what the plain loop with a distance per word found.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import type { Event } from '../../src/dataset/schema.js';
import { editDistance, EVENT_STOPWORDS, indexDataset, normalize, searchEvents, typoBudget } from '../../src/dataset/lookup.js';

let ds: Dataset;
beforeAll(async () => {
  const r = await loadDataset();
  if (!r.ok) throw new Error('dataset invalid');
  ds = r.dataset;
});

/** The loop searchEvents used before. */
function reference(text: string): Event[] {
  const idx = indexDataset(ds);
  const words = normalize(text).split(' ').filter((w) => w.length >= 2 && !EVENT_STOPWORDS.has(w));
  if (!words.length) return [];
  const score = new Map<Event, number>();
  for (const w of words) {
    let hits = idx.eventWords.get(w);
    if (!hits && w.length >= 4) {
      const budget = typoBudget(w.length);
      for (const [k, set] of idx.eventWords) {
        if ((k.length >= 4 && (k.startsWith(w) || w.startsWith(k))) || editDistance(w, k, budget) <= budget) hits = new Set([...(hits ?? []), ...set]);
      }
    }
    for (const e of hits ?? []) score.set(e, (score.get(e) ?? 0) + 1);
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1] || a[0].date.localeCompare(b[0].date));
  const top = ranked[0]?.[1] ?? 0;
  if (top < Math.max(1, Math.ceil(words.length / 2))) return [];
  return ranked.filter(([, s]) => s === top).map(([e]) => e);
}

describe('searchEvents', () => {
  it('finds what the plain loop found, typos and prefixes included', () => {
    const words = [...indexDataset(ds).eventWords.keys()];
    // An event word, cut, with a letter changed, dropped or doubled, or a random word.
    const typed = fc.oneof(
      fc.tuple(fc.constantFrom(...words), fc.nat(), fc.constantFrom('', 'x', 'e', 'ss')).map(([w, i, c]) => {
        const at = i % (w.length + 1);
        return w.slice(0, at) + c + w.slice(at + (c ? 0 : 1));
      }),
      fc.constantFrom(...words).map((w) => w.slice(0, Math.max(4, w.length - 2))),
      fc.string({ unit: fc.constantFrom('a', 'e', 'i', 'n', 'r', 's', 't', 'u'), minLength: 4, maxLength: 9 }),
    );
    fc.assert(fc.property(fc.array(typed, { minLength: 1, maxLength: 3 }), (ws) => {
      const text = ws.join(' ');
      expect(searchEvents(ds, text).map((e) => e.id), text).toEqual(reference(text).map((e) => e.id));
    }), { numRuns: 2_000 });
  });
});
