// parsePeriod's calendar: days that exist and month lengths, leap years included, as Date reads them
// (the arithmetic replaced a Date and its ISO string per date read).
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/commands/dates.js';

describe('parsePeriod', () => {
  it('reads days that exist and no others', () => {
    expect(parsePeriod('2024-02-29')).toEqual({ start: '2024-02-29', end: '2024-02-29' });
    expect(parsePeriod('2000-02-29')).toEqual({ start: '2000-02-29', end: '2000-02-29' });
    expect(parsePeriod('2025-02-29')).toBeUndefined();
    expect(parsePeriod('2100-02-29')).toBeUndefined();
    expect(parsePeriod('31.04.2025')).toBeUndefined();
    expect(parsePeriod('30.04.2025')).toEqual({ start: '2025-04-30', end: '2025-04-30' });
    expect(parsePeriod('1899-12-31')).toBeUndefined();
  });

  it('ends a month on its last day', () => {
    expect(parsePeriod('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(parsePeriod('2025-02')).toEqual({ start: '2025-02-01', end: '2025-02-28' });
    expect(parsePeriod('2025-11')).toEqual({ start: '2025-11-01', end: '2025-11-30' });
  });

  it('agrees with Date on every day of two centuries', () => {
    const pad = (n: number): string => String(n).padStart(2, '0');
    for (let y = 1900; y <= 2100; y += 1) {
      for (let m = 1; m <= 12; m++) {
        for (const d of [28, 29, 30, 31, 32]) {
          const exists = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
          const iso = `${y}-${pad(m)}-${pad(d)}`;
          expect(parsePeriod(iso)).toEqual(exists ? { start: iso, end: iso } : undefined);
        }
      }
    }
  });
});
