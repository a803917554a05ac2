// Dates as the dataset's texts write them ("28 July", "28. Juli", "July 28", with or without a year;
// "July 2025"), read with one pattern compiled once: event-clauses.ts, date-check.ts and weekday.ts
// read days a clause states that datesInDatasetText, which keeps only dates with their year, misses.
import type { Locale } from '../../reply/model.js';

export const MONTHS: Record<Locale, string[]> = {
  en: Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, m, 1)).toLowerCase()),
  de: Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat('de', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, m, 1)).toLowerCase()),
};

/** The month's number (1–12) of an English or German month name, 0 for none. */
export const monthNumber = (name: string): number => (MONTHS.en.indexOf(name.toLowerCase()) + 1) || (MONTHS.de.indexOf(name.toLowerCase()) + 1);

let dateRe: RegExp | undefined;
/** "28 July", "28. Juli", "July 28", each with an optional year (groups 1–3, 4–6); "July 2025" (groups 7–8). */
export function datePattern(): RegExp {
  const months = [...MONTHS.en, ...MONTHS.de].join('|');
  return (dateRe ??= new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s+(${months})\\b(?:\\s+((?:19|20)\\d\\d))?|\\b(${months})\\s+(\\d{1,2})(?!\\d)(?:,?\\s+((?:19|20)\\d\\d))?|\\b(${months})\\s+((?:19|20)\\d\\d)\\b`, 'giu'));
}

/** The days a text writes with their month (ISO), a day without a year being of `year`. */
export function writtenDays(text: string, year: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(datePattern())) {
    const day = m[1] ?? m[5];
    if (day === undefined) continue;
    const month = String(monthNumber(m[2] ?? m[4]!)).padStart(2, '0');
    out.push(`${m[3] ?? m[6] ?? year}-${month}-${day.padStart(2, '0')}`);
  }
  return out;
}
