// The fuzzy side of the lookup indexes (src/dataset/lookup.ts, text-match.ts): the bit-parallel
// distance scan must give exactly editDistance's figures, and an index must answer every lookup as
// the plain scan over all keys with a DP table per key did (the reference below), ties, prefixes and
// suggestion order included.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EntityIndex, type LookupResult } from '../../src/dataset/lookup.js';
import { LEADING_ARTICLES, charMask, compact, editDistance, normalize, normalizeAscii, normalizeTranslit, scanDistances, typoBudget } from '../../src/dataset/text-match.js';

// Few letters, so random strings share letters, swap neighbours and tie often; "ü" and "ß" fold.
const word = (max: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'ü', 'ß', ' '), maxLength: max });

describe('scanDistances', () => {
  // editDistance gives up with max + 1 as soon as a row exceeds the bound, else the exact distance
  // (which may exceed it); either way, beyond the bound only "more than max" counts.
  const capped = (d: number, max: number): number => Math.min(d, max + 1);

  it('gives editDistance for every text and bound', () => {
    fc.assert(fc.property(word(14), fc.array(word(16), { maxLength: 8 }), fc.integer({ min: 0, max: 6 }), (p, texts, max) => {
      const got: number[] = [];
      scanDistances(p, texts, max, (i, d) => (got[i] = d));
      expect(got).toEqual(texts.map((t) => capped(editDistance(p, t, max), max)));
    }), { numRuns: 2_000 });
  });

  it('visits only the texts within the bound when asked to', () => {
    fc.assert(fc.property(word(14), fc.array(word(16), { maxLength: 8 }), fc.integer({ min: 0, max: 6 }), (p, texts, max) => {
      const got: number[] = [];
      scanDistances(p, texts, max, (i, d) => (got[i] = d), { within: true, masks: Int32Array.from(texts, charMask) });
      const want: number[] = [];
      texts.forEach((t, i) => {
        const d = editDistance(p, t, max);
        if (d <= max) want[i] = d;
      });
      expect(got).toEqual(want);
    }), { numRuns: 2_000 });
  });

  it('handles the longest bit-parallel pattern and longer ones', () => {
    const long = 'abcdefghijklmnopqrstuvwxyzabcde';
    for (const p of [long, `${long}f`, `${long}fghij`]) {
      const texts = [p, p.slice(1), `x${p}`, p.replace('c', 'dc').replace('cd', ''), 'abc', ''];
      const got: number[] = [];
      scanDistances(p, texts, 4, (i, d) => (got[i] = d));
      expect(got).toEqual(texts.map((t) => capped(editDistance(p, t, 4), 4)));
    }
  });
});

describe('normalizeAscii', () => {
  // The regular-expression passes it replaces.
  const passes = (s: string): string => s.toLowerCase().replace(/['`]s(?=\s|$|[^a-z0-9])/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

  it('gives the passes\' result for any ASCII text', () => {
    const ascii = fc.string({ unit: fc.constantFrom('a', 'S', 's', 'z', '0', '9', ' ', "'", '`', '-', '.', '\t', '!'), maxLength: 14 });
    fc.assert(fc.property(ascii, (s) => {
      expect(normalizeAscii(s.toLowerCase())).toBe(passes(s));
    }), { numRuns: 5_000 });
    for (let c = 0; c < 128; c++) {
      for (const s of [String.fromCharCode(c), `a${String.fromCharCode(c)}b`, `x's${String.fromCharCode(c)}y`]) expect(normalizeAscii(s.toLowerCase())).toBe(passes(s));
    }
  });
});

/** The lookup as it was: every key scanned, a DP distance each, stable sort over all items. */
class ReferenceIndex {
  readonly exact = new Map<string, number>();
  readonly keys: { key: string; item: number; code: boolean }[] = [];

  add(item: number, text: string, code: boolean): void {
    for (const form of new Set([normalize(text), normalizeTranslit(text)])) {
      if (!form) continue;
      const c = compact(form);
      if (!this.exact.has(c)) this.exact.set(c, item);
      this.keys.push({ key: c, item, code });
    }
  }

  lookup(text: string, maxSuggestions = 3): LookupResult<number> {
    const q = compact(normalize(text).replace(LEADING_ARTICLES, ''));
    if (!q) return { kind: 'none', typed: text, suggestions: [] };
    const hit = this.exact.get(q);
    if (hit !== undefined) return { kind: 'exact', item: hit, typed: text };
    const budget = typoBudget(q.length);
    const cap = Math.max(budget, 4);
    const best = new Map<number, number>();
    const prefixHits = new Set<number>();
    for (const k of this.keys) {
      if (q.length >= 4 && !k.code && k.key.startsWith(q)) prefixHits.add(k.item);
      const d = k.code ? (k.key === q ? 0 : cap + 1) : editDistance(q, k.key, cap);
      if (!best.has(k.item) || d < best.get(k.item)!) best.set(k.item, d);
    }
    const ranked = [...best.entries()].sort((a, b) => a[1] - b[1]);
    const [first, second] = ranked;
    if (first && first[1] <= budget && (!second || second[1] > first[1])) return { kind: 'fuzzy', item: first[0], typed: text, matched: `#${first[0]}` };
    if (prefixHits.size === 1 && (!first || first[1] > budget)) {
      const only = [...prefixHits][0]!;
      return { kind: 'fuzzy', item: only, typed: text, matched: `#${only}` };
    }
    const suggestions = [...prefixHits];
    for (const [item, d] of ranked) {
      if (suggestions.length >= maxSuggestions || d > cap) break;
      if (!suggestions.includes(item)) suggestions.push(item);
    }
    return { kind: 'none', typed: text, suggestions: suggestions.slice(0, maxSuggestions) };
  }
}

describe('EntityIndex lookups', () => {
  it('answer as the full scan did: exact, typo, prefix, ties and suggestions', () => {
    const entry = fc.record({ item: fc.integer({ min: 0, max: 12 }), text: word(10), code: fc.boolean() });
    fc.assert(fc.property(fc.array(entry, { maxLength: 30 }), fc.array(word(12), { minLength: 1, maxLength: 10 }), (entries, queries) => {
      const idx = new EntityIndex<number>((n) => `#${n}`);
      const ref = new ReferenceIndex();
      for (const e of entries) {
        idx.add(e.item, e.text, e.code);
        ref.add(e.item, e.text, e.code);
      }
      for (const q of queries) {
        expect(idx.lookup(q)).toEqual(ref.lookup(q));
        // Kind only (argument binding): the same verdict, no suggestions.
        expect(idx.lookup(q, 0)).toEqual(ref.lookup(q, 0));
      }
    }), { numRuns: 1_500 });
  });

  it('binds no argument to a typo two names are equally near, nor to a prefix of two names', () => {
    const idx = new EntityIndex<number>((n) => `#${n}`);
    idx.add(1, 'abcde');
    idx.add(2, 'abcdf');
    idx.add(3, 'bcdeaxyz');
    expect(idx.lookup('abcdg', 0)).toEqual({ kind: 'none', typed: 'abcdg', suggestions: [] });
    expect(idx.lookup('abcd', 0)).toEqual({ kind: 'none', typed: 'abcd', suggestions: [] });
    expect(idx.lookup('bcdeaxy', 0)).toEqual({ kind: 'fuzzy', item: 3, typed: 'bcdeaxy', matched: '#3' });
    expect(idx.lookup('bcdea', 0)).toEqual({ kind: 'fuzzy', item: 3, typed: 'bcdea', matched: '#3' });
  });
});
