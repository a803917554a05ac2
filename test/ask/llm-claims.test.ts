// The figure and date checker: normalisation of EN/DE numbers, scales, percentages, years and
// dates, and the removal of unsupported sentences.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Evidence, extractClaims, readNumber } from '../../src/ask/llm/claims.js';
import { checkAnswer, countUnsupported, splitSentences } from '../../src/ask/llm/grounding.js';

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

describe('evidence', () => {
  const ev = new Evidence('Vietnam: 3.5 Mt (USGS MCS 2025, published 2025-01-31), down from 22,000,000 t in MCS 2024. APEC 31 Oct–1 Nov 2025. Share 76%.', 'en');
  const supported = (text: string, locale: 'en' | 'de' = 'en'): boolean[] => extractClaims(text, locale).map((c) => ev.supports(c));

  it('supports the same figure written another way', () => {
    expect(supported('3,5 Mio. t', 'de')).toEqual([true]);
    expect(supported('3.500.000 t', 'de')).toEqual([true]);
    expect(supported('22 million tonnes')).toEqual([true]);
    expect(supported('3.5')).toEqual([true]);
    expect(supported('76 percent')).toEqual([true]);
  });

  it('supports dates, years and the first day of a range', () => {
    expect(supported('31 January 2025')).toEqual([true]);
    expect(supported('31. Oktober 2025', 'de')).toEqual([true]);
    expect(supported('November 1')).toEqual([true]);
    expect(supported('in 2024')).toEqual([true]);
  });

  it('does not let a scaled figure pass with the wrong unit, or a day pass as a quantity', () => {
    expect(supported('3.5 t')).toEqual([false]);
    expect(supported('22 kt')).toEqual([false]);
    expect(supported('31 t')).toEqual([false]);
    expect(supported('31')).toEqual([true]);
    expect(supported('$76')).toEqual([false]);
  });

  it('does not support a different figure, date or a percentage that was only a number', () => {
    expect(supported('23 Mt')).toEqual([false]);
    expect(supported('3.6 million')).toEqual([false]);
    expect(supported('2 November 2025')).toEqual([false]);
    expect(supported('in 2030')).toEqual([false]);
    expect(supported('22%')).toEqual([false]);
  });
});

describe('checking an answer', () => {
  const ev = [new Evidence('China: 44,000,000 t (MCS 2025).', 'en'), new Evidence('Brazil: 21,000,000 t (MCS 2025).', 'en')];

  it('keeps supported sentences, removes the others, and says which evidence was used', () => {
    const r = checkAnswer('China holds 44 Mt (MCS 2025). No. 1 is China. Brazil has 30 Mt.\nThis is all.', ev, 'en');
    expect(r.paragraphs).toEqual(['China holds 44 Mt (MCS 2025).', 'This is all.']);
    expect(r.removed).toEqual(['No. 1 is China.', 'Brazil has 30 Mt.']);
    expect(r.unsupportedClaims).toEqual(['1', '30 Mt']);
    expect([...r.usedEvidence]).toEqual([0, 1]);
    expect(countUnsupported(r.paragraphs.join(' '), ev, 'en')).toBe(0);
  });

  it('splits sentences without breaking decimals or abbreviations', () => {
    expect(splitSentences('The U.S. Geological Survey says 3.5 Mt. Oct. 28 was a Tuesday. Next one!')).toEqual([
      ['The U.S. Geological Survey says 3.5 Mt.', 'Oct. 28 was a Tuesday.', 'Next one!'],
    ]);
  });

  it('never throws and never keeps an unsupported figure, whatever the text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), fc.constantFrom('en' as const, 'de' as const), (text, locale) => {
      const r = checkAnswer(text, ev, locale);
      expect(countUnsupported(r.paragraphs.join('\n'), ev, locale)).toBe(0);
    }), { numRuns: 300 });
  });
});
