// src/reply/format.ts: numbers, quantities, marks and dates, EN and DE.
import { describe, expect, it } from 'vitest';
import {
  formatCompact, formatDate, formatDateRange, formatFigureValue, formatList, formatNumber, formatQuantityBoth, formatQuantityShort,
} from '../../src/reply/format.js';

describe('format', () => {
  it('numbers and compact quantities per locale', () => {
    expect(formatNumber(3_500_000, 'en')).toBe('3,500,000');
    expect(formatNumber(3_500_000, 'de')).toBe('3.500.000');
    expect(formatCompact(3_500_000, 'en')).toBe('3.5 million');
    expect(formatCompact(3_500_000, 'de')).toBe('3,5 Mio.');
    expect(formatQuantityShort(44_000_000, 't', 'de')).toBe('44 Mio. t');
    expect(formatQuantityBoth(3_500_000, 't', 'en')).toBe('3,500,000 t (3.5 million t)');
    expect(formatQuantityBoth(390_000, 't', 'en')).toBe('390,000 t');
    expect(formatCompact(1_200_000_000, 'de')).toBe('1,2 Mrd.');
  });

  it('USGS marks and qualifiers', () => {
    expect(formatFigureValue({ value: 45_000, mark: 'e' }, 't', 'en')).toBe('45,000 t (estimated)');
    expect(formatFigureValue({ value: null, mark: 'NA' }, 't', 'en')).toBe('not available');
    expect(formatFigureValue({ value: null, mark: 'W' }, 't', 'en')).toBe('withheld');
    expect(formatFigureValue({ value: 0, mark: 'zero' }, 't', 'de')).toBe('keine');
    expect(formatFigureValue({ value: 90_000_000, qualifier: '>' }, 't', 'en', 'short')).toBe('more than 90 million t');
    expect(formatFigureValue({ value: 90_000_000, qualifier: '>' }, 't', 'de', 'short')).toBe('mehr als 90 Mio. t');
  });

  it('dates, ranges and lists', () => {
    expect(formatDate('2025-10-28', 'en')).toBe('28 Oct 2025');
    expect(formatDate('2025-10-28', 'de')).toBe('28. Okt. 2025');
    expect(formatDateRange('2025-10-31', '2025-11-01', 'en')).toBe('31 Oct – 1 Nov 2025');
    expect(formatDateRange('2025-10-25', '2025-10-26', 'de')).toBe('25.–26. Okt. 2025');
    expect(formatDate('not a date', 'en')).toBe('not a date');
    expect(formatList(['a', 'b', 'c'], 'de')).toBe('a, b und c');
  });
});
