// Times in a question: dates and months with or without a year ("30 October", "am 7. November",
// "im April 2025"), and years ("in 2024"). Dates are read by chrono-node's English and German
// parsers (a maintained parser for both languages; hand-written date patterns were the source of
// the old router's misses). A date without a year takes its year from the dataset's calendar:
// the year in which the dataset has events in that month (else the year of its newest event).
import * as chrono from 'chrono-node';
import type { Dataset } from '../../dataset/dataset.js';
import type { TimeRef } from './types.js';

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Years (newest first) in which the dataset has an event in month `m` (1–12), or else every event year. */
function calendarYears(ds: Dataset, m: number): number[] {
  const all = new Set<number>();
  const inMonth = new Set<number>();
  for (const e of ds.events) {
    const y = Number(e.date.slice(0, 4));
    all.add(y);
    const from = Number(e.date.slice(5, 7));
    const to = Number((e.end_date ?? e.date).slice(5, 7));
    if (m >= from && m <= to) inMonth.add(y);
  }
  return [...(inMonth.size ? inMonth : all)].sort((a, b) => b - a);
}

// chrono-node's German parser reads "am 9. Oktober" but not a month on its own ("im Oktober 2025");
// German month names (from Intl, not a hand-kept table) are given to the English parser in English.
const MONTHS_DE_EN: [RegExp, string][] = Array.from({ length: 12 }, (_, i) => {
  const d = new Date(Date.UTC(2025, i, 15));
  const de = new Intl.DateTimeFormat('de', { month: 'long', timeZone: 'UTC' }).format(d);
  const en = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(d);
  return [new RegExp(`(?<![\\p{L}])${de}(?![\\p{L}])`, 'giu'), en];
});

const MONTH_WORDS = new Set(Array.from({ length: 12 }, (_, i) => ['de', 'en'].map((l) => new Intl.DateTimeFormat(l, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2025, i, 15))).toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, ''))).flat());

/** Whether a normalised word is a month name (English or German). */
export const isMonthWord = (w: string): boolean => MONTH_WORDS.has(w);

const englishMonths = (text: string): string => MONTHS_DE_EN.reduce((s, [re, en]) => s.replace(re, en), text);

/** The first date, month or year the question names, or undefined. */
export function findTime(text: string, ds: Dataset): TimeRef | undefined {
  // The reference instant is the dataset's as-of date, so "April" is never read against today's clock.
  const ref = new Date(`${ds.meta.as_of}T12:00:00Z`);
  const results = [...chrono.en.parse(text, ref), ...chrono.de.parse(text, ref), ...chrono.en.parse(englishMonths(text), ref)]
    .filter((r) => r.start.isCertain('month'))
    .sort((a, b) => (b.start.isCertain('day') ? 1 : 0) - (a.start.isCertain('day') ? 1 : 0) || a.index - b.index);
  const r = results[0];
  if (r) {
    const m = r.start.get('month')!;
    const hasYear = r.start.isCertain('year');
    const y = hasYear ? r.start.get('year')! : calendarYears(ds, m)[0] ?? r.start.get('year')!;
    const typed = r.text.trim();
    if (r.start.isCertain('day')) {
      const d = r.start.get('day')!;
      const endComp = r.end;
      const end = endComp?.isCertain('day') ? `${y}-${pad(endComp.get('month')!)}-${pad(endComp.get('day')!)}` : `${y}-${pad(m)}-${pad(d)}`;
      return { kind: 'day', start: `${y}-${pad(m)}-${pad(d)}`, end, text: typed, ...(hasYear ? {} : { yearInferred: true }) };
    }
    return { kind: 'month', start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-${pad(lastDay(y, m))}`, text: typed, ...(hasYear ? {} : { yearInferred: true }) };
  }
  const year = /\b(19[5-9]\d|20\d{2})\b/.exec(text);
  if (year) return { kind: 'year', start: `${year[1]}-01-01`, end: `${year[1]}-12-31`, text: year[1]! };
  return undefined;
}
