// Dates as users type them: 2025-10-28, 28.10.2025, 28 Oct 2025, Oct 28 2025, "Oct 2025",
// "Oktober 2025", 2025-10, 2025. A period has a first and last day, so "Oct 2025" as a start
// means 1 Oct and as an end means 31 Oct.
import { normalize } from '../dataset/lookup.js';

export interface Period {
  start: string;
  end: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, januar: 1, janner: 1, jaenner: 1,
  feb: 2, february: 2, februar: 2,
  mar: 3, march: 3, marz: 3, maerz: 3, mrz: 3,
  apr: 4, april: 4,
  may: 5, mai: 5,
  jun: 6, june: 6, juni: 6,
  jul: 7, july: 7, juli: 7,
  aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, okt: 10, oktober: 10,
  nov: 11, november: 11,
  dec: 12, december: 12, dez: 12, dezember: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `m` (1–12) of year `y` as Date.UTC reads it (years 0–99 are 1900–1999), Gregorian. */
function lastDay(year: number, m: number): number {
  const y = year >= 0 && year <= 99 ? 1900 + year : year;
  return m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : DAYS[m - 1]!;
}

/** The ISO date of a day that exists (integers from the patterns below), by arithmetic: a Date and its ISO string per call were most of reading a date. */
function isoOf(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > lastDay(y, m)) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Parses one date or period; undefined when the text is not a date. */
export function parsePeriod(text: string): Period | undefined {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) {
    const iso = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? { start: iso, end: iso } : undefined;
  }
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  if (m) {
    const iso = isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
    return iso ? { start: iso, end: iso } : undefined;
  }
  m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (!isoOf(y, mo, 1)) return undefined;
    return { start: `${y}-${pad(mo)}-01`, end: `${y}-${pad(mo)}-${pad(lastDay(y, mo))}` };
  }
  m = /^(\d{4})$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    return y >= 1900 && y <= 2200 ? { start: `${y}-01-01`, end: `${y}-12-31` } : undefined;
  }
  const words = normalize(s).split(' ').filter(Boolean);
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  for (const w of words) {
    if (/^\d{4}$/.test(w) && year === undefined) year = Number(w);
    else if (/^\d{1,2}$/.test(w) && day === undefined) day = Number(w);
    else if (/^\d{1,2}(st|nd|rd|th)$/.test(w) && day === undefined) day = Number(w.replace(/\D/g, ''));
    else if (MONTHS[w] !== undefined && month === undefined) month = MONTHS[w];
    else return undefined;
  }
  if (month === undefined || year === undefined) return undefined;
  if (day !== undefined) {
    const iso = isoOf(year, month, day);
    return iso ? { start: iso, end: iso } : undefined;
  }
  return { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(lastDay(year, month))}` };
}
