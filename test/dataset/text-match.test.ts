// normalize (src/dataset/text-match.ts) takes shortcuts for ASCII, Latin-1 and punctuation; each must give
// exactly what the Unicode passes that define it give.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize, unicodePasses } from '../../src/dataset/text-match.js';

const latin1 = Array.from({ length: 128 }, (_, i) => String.fromCharCode(128 + i));
const punctuation = Array.from({ length: 0x70 }, (_, i) => String.fromCharCode(0x2000 + i));
// Apostrophes and "s" (the possessive rule), separators, letters in both cases, digits, all of
// Latin-1 and of General Punctuation, and a few characters beyond them (which take the passes).
const unit = fc.constantFrom("'", '’', '`', '´', 's', 'S', ' ', '\t', '-', '.', '?', 'a', 'Z', 'e', '0', '7', ...latin1, ...punctuation, 'ł', 'İ', 'Σ', 'œ', '€', '⁄');

describe('normalize', () => {
  it('gives the Unicode passes\' result for any text', () => {
    fc.assert(fc.property(fc.string({ unit, maxLength: 16 }), (s) => {
      expect(normalize(s)).toBe(unicodePasses(s));
    }), { numRuns: 20_000 });
  });

  it('folds German and French text as before', () => {
    const cases: [string, string][] = [['Förderung', 'forderung'], ['Straße', 'strasse'], ['Brazil’s', 'brazil'], ['Côte d’Ivoire', 'cote d ivoire'], ['Ærø', 'ærø'], ['½ µg', '1 2 μg']];
    for (const [s, n] of cases) expect(normalize(s), s).toBe(n);
  });
});
