import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../src/util/matches.js';

// matchesOf stands in for [...text.matchAll(re)] on the question path: the same matches, in order,
// with their groups and indexes, and the pattern's lastIndex left as it was.
describe('matchesOf', () => {
  const patterns = [/\d+/g, /(\p{L}+)-\p{L}/gu, /x*/g, /x*/gu, /(?<![\p{L}])(?:when|wann)(?![\p{L}])/giu, /\b/g, /[\p{L}\d]+/gu, /(?:)/gu];
  const texts = ['', 'a', 'When, and when?', 'Oktober-Maßnahmen und April-Liste', '22.000 oder 20.000 t', 'x😀x😀', '😀', 'xx yx', 'wann WANN wannsee'];

  it('finds what matchAll finds', () => {
    for (const re of patterns) {
      for (const text of texts) {
        const want = [...text.matchAll(re)].map((m) => [m.index, [...m]]);
        expect(matchesOf(re, text).map((m) => [m.index, [...m]])).toEqual(want);
      }
    }
  });

  it('starts at lastIndex, as matchAll does, and leaves it', () => {
    const re = /\d/g;
    re.lastIndex = 2;
    expect(matchesOf(re, '1234').map((m) => m[0])).toEqual([...'1234'.matchAll(re)].map((m) => m[0]));
    expect(re.lastIndex).toBe(2);
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => matchesOf(/a/, 'a')).toThrow(TypeError);
  });
});
