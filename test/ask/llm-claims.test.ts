// Reading figures and dates in tool results: normalisation of EN/DE numbers, scales,
// percentages, years and dates (the values references are bound to), and sentence splitting.
import { describe, expect, it } from 'vitest';
import { extractClaims, readNumber } from '../../src/ask/llm/claims.js';
import { splitSentences } from '../../src/ask/llm/grounding.js';

const values = (text: string, locale: 'en' | 'de' = 'en'): (number[] | string)[] =>
  extractClaims(text, locale).map((c) => (c.kind === 'date' ? JSON.stringify(c.date) : c.values));

describe('reading figures', () => {
  it.each([
    ['3.5 million', 'en', [3.5e6]],
    ['3,5 Mio.', 'de', [3.5e6]],
    ['3,500,000', 'en', [3.5e6]],
    ['3.500.000', 'de', [3.5e6]],
    ['22 Mt', 'en', [22e6]],
    ['390 kt', 'en', [390e3]],
    ['US$8.5 bn', 'en', [8.5e9]],
    ['8,5 Mrd.', 'de', [8.5e9]],
    ['2 Billionen', 'de', [2e12]],
    ['2 billion', 'en', [2e9]],
    ['¥9.9 tn', 'en', [9.9e12]],
    ['seventeen', 'en', [17]],
    ['siebzehn', 'de', [17]],
  ] as const)('%s (%s)', (text, locale, expected) => {
    expect(values(text, locale)).toEqual([expected]);
  });

  it('keeps both readings of an ambiguous separator, the locale\'s first', () => {
    expect(readNumber('3.500', 'de')).toEqual([3500, 3.5]);
    expect(readNumber('3.500', 'en')).toEqual([3.5, 3500]);
    expect(readNumber('1,9', 'de')).toEqual([1.9]);
    expect(readNumber('1,234.5', 'en')).toEqual([1234.5]);
    expect(readNumber('1.234,5', 'de')).toEqual([1234.5]);
  });

  it('reads percentages apart from plain numbers', () => {
    expect(extractClaims('76% and 20 percent and 10 Prozent and 5 %', 'en').map((c) => c.kind)).toEqual(['pct', 'pct', 'pct', 'pct']);
  });

  it('reads dates in English and German formats to one value', () => {
    const all = ['28 Oct 2025', 'October 28, 2025', '2025-10-28', '28. Oktober 2025', '28.10.2025', 'Oct. 28th, 2025'];
    for (const d of all) expect(values(d, 'de')).toEqual([JSON.stringify(d === '2025-10-28' || d === '28.10.2025' ? { y: 2025, m: 10, d: 28 } : { m: 10, d: 28, y: 2025 })]);
    expect(values('in October 2025', 'en')).toEqual([JSON.stringify({ m: 10, y: 2025 })]);
  });

  it('does not read ids, codes or words as figures', () => {
    expect(extractClaims('MCS2025, S28, NdFeB, Y2O3 and the key figures', 'en')).toEqual([]);
  });
});

describe('sentences', () => {
  it('splits sentences without breaking decimals or abbreviations', () => {
    expect(splitSentences('The U.S. Geological Survey says 3.5 Mt. Oct. 28 was a Tuesday. Next one!')).toEqual([
      ['The U.S. Geological Survey says 3.5 Mt.', 'Oct. 28 was a Tuesday.', 'Next one!'],
    ]);
  });
});
