// wordRuns and rawWords (src/ask/query/text.ts) scan Latin-1 text by code unit instead of running
// their Unicode patterns; each must give exactly what the patterns give, for any text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isLatin1Word, rawWords, wordRuns } from '../../src/ask/query/text.js';
import { replaceLongLetterRuns } from '../../src/ask/query/typos.js';

const POSSESSIVE = /['’`´]s(?=\s|$|[^\p{L}\p{N}])/gu;
const latin1 = Array.from({ length: 128 }, (_, i) => String.fromCharCode(128 + i));
// Apostrophes and "s" (the possessive rule), number marks, hyphens, letters, digits, all of Latin-1,
// and a few characters beyond it (which take the patterns).
const unit = fc.constantFrom("'", '’', '`', '´', 's', 'S', ' ', '-', '.', ',', '%', '?', 'a', 'Z', '0', '7', ...latin1, 'ł', 'Σ', '€', '⁄');

describe('Latin-1 word scans', () => {
  it('read letters and digits as \\p{L} and \\p{N} do', () => {
    for (let c = 0; c < 0x10000; c += c < 0x200 ? 1 : 97) expect(isLatin1Word(c), String(c)).toBe(c <= 0xff && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));
  });

  it('wordRuns gives the patterns\' runs', () => {
    fc.assert(fc.property(fc.string({ unit, maxLength: 14 }), (s) => {
      expect(wordRuns(s)).toEqual(s.replace(POSSESSIVE, '').match(/[\p{L}\p{N}]+/gu) ?? []);
    }), { numRuns: 20_000 });
  });

  it('replaceLongLetterRuns replaces what the pattern finds, at the same offsets', () => {
    const fix = (raw: string, at: number): string => (at % 3 === 0 ? raw : `<${raw.toUpperCase()}|${at}>`);
    fc.assert(fc.property(fc.string({ unit: fc.oneof(unit, fc.constantFrom('a', 'b', 'ä', 'ß', 'µ', 'ª')), maxLength: 24 }), (s) => {
      expect(replaceLongLetterRuns(s, fix)).toBe(s.replace(/\p{L}{6,}/gu, fix));
    }), { numRuns: 20_000 });
  });

  it('rawWords gives the patterns\' words', () => {
    fc.assert(fc.property(fc.string({ unit, maxLength: 14 }), (s) => {
      expect(rawWords(s)).toEqual(s.replace(POSSESSIVE, '').match(/\d+(?:[.,]\d+)?%?|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []);
    }), { numRuns: 20_000 });
  });
});
