// Numbers, quantities, dates and USGS marks, written the way each locale writes them:
// EN 3,500,000 t / 3.5 million t; DE 3.500.000 t / 3,5 Mio. t. Formatters are created once.
import type { Locale } from './model.js';

const INTL_TAG: Record<Locale, string> = { en: 'en-US', de: 'de-DE' };

const fullFormat: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat(INTL_TAG.en, { maximumFractionDigits: 2 }),
  de: new Intl.NumberFormat(INTL_TAG.de, { maximumFractionDigits: 2 }),
};

// Intl formatting is slow next to a Map hit, and answers format the same few hundred figures.
const formatted: Record<Locale, Map<number, string>> = { en: new Map(), de: new Map() };

/** 3500000 → "3,500,000" (en) / "3.500.000" (de). */
export function formatNumber(n: number, locale: Locale): string {
  const memo = formatted[locale];
  let s = memo.get(n);
  if (s === undefined) {
    s = fullFormat[locale].format(n);
    if (memo.size >= 10_000) memo.clear();
    memo.set(n, s);
  }
  return s;
}

// Intl puts no-break and thin spaces into compact numbers and ranges; answers are quoted, searched and
// checked against tool results as plain text, so they use ordinary spaces throughout.
const plainSpaces = (s: string): string => s.replace(/[\u00a0\u2009\u202f]/g, ' ');

// Compact forms from Intl: English spells the scale out ("3.5 million"), German uses the newsroom
// abbreviations ("3,5 Mio.", "2,5 Mrd.") that Intl's short German compact form produces.
const compactFormat: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat(INTL_TAG.en, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }),
  de: new Intl.NumberFormat(INTL_TAG.de, { notation: 'compact', compactDisplay: 'short', maximumFractionDigits: 2 }),
};

// The compact forms kept as formatNumber keeps the full ones: Intl's compact notation and the space
// pass after it ran for every large figure of every answer (bench/core.ts, --cpu-prof).
const compacted: Record<Locale, Map<number, string>> = { en: new Map(), de: new Map() };

/** 3500000 → "3.5 million" (en) / "3,5 Mio." (de); below a million the full number. */
export function formatCompact(n: number, locale: Locale): string {
  if (Math.abs(n) < 1e6) return formatNumber(n, locale);
  const memo = compacted[locale];
  let s = memo.get(n);
  if (s === undefined) {
    s = plainSpaces(compactFormat[locale].format(n));
    if (memo.size >= 10_000) memo.clear();
    memo.set(n, s);
  }
  return s;
}

const QUALIFIER: Record<'>' | '<' | '~', Record<Locale, string>> = {
  '>': { en: 'more than ', de: 'mehr als ' },
  '<': { en: 'less than ', de: 'weniger als ' },
  '~': { en: 'about ', de: 'etwa ' },
};

export type Qualifier = keyof typeof QUALIFIER;

/** "3,500,000 t", with "more than" for USGS ">" values. */
export function formatQuantity(value: number, unit: string, locale: Locale, qualifier?: Qualifier): string {
  return `${qualifier ? QUALIFIER[qualifier][locale] : ''}${formatNumber(value, locale)} ${unit}`;
}

/** "3.5 million t" (en) / "3,5 Mio. t" (de); small values stay in full. */
export function formatQuantityShort(value: number, unit: string, locale: Locale, qualifier?: Qualifier): string {
  return `${qualifier ? QUALIFIER[qualifier][locale] : ''}${formatCompact(value, locale)} ${unit}`;
}

/** Both forms when they differ: "3,500,000 t (3.5 million t)". */
export function formatQuantityBoth(value: number, unit: string, locale: Locale, qualifier?: Qualifier): string {
  const full = formatQuantity(value, unit, locale, qualifier);
  if (Math.abs(value) < 1e6) return full;
  return `${full} (${formatQuantityShort(value, unit, locale)})`;
}

export type MarkCode = 'e' | 'NA' | 'W' | 'zero';

const MARKS: Record<MarkCode, Record<Locale, string>> = {
  e: { en: 'estimated', de: 'geschätzt' },
  NA: { en: 'not available', de: 'nicht verfügbar' },
  W: { en: 'withheld', de: 'nicht veröffentlicht (Firmendaten)' },
  zero: { en: 'none', de: 'keine' },
};

export function markLabel(mark: MarkCode, locale: Locale): string {
  return MARKS[mark][locale];
}

/**
 * A USGS cell as text: "45,000 t (estimated)", "not available", "withheld", "none".
 * `short` uses the compact form for large values.
 */
export function formatFigureValue(
  f: { value: number | null; mark?: MarkCode | undefined; qualifier?: Qualifier | undefined },
  unit: string,
  locale: Locale,
  style: 'full' | 'short' | 'both' = 'full',
): string {
  if (f.mark === 'NA' || f.mark === 'W') return markLabel(f.mark, locale);
  if (f.mark === 'zero' || f.value === 0) return markLabel('zero', locale);
  if (f.value === null) return markLabel('NA', locale);
  const fmt = style === 'short' ? formatQuantityShort : style === 'both' ? formatQuantityBoth : formatQuantity;
  const text = fmt(f.value, unit, locale, f.qualifier);
  return f.mark === 'e' ? `${text} (${markLabel('e', locale)})` : text;
}

// One date style per locale, from Intl: "28 Oct 2025" (en-GB order, the newsroom style) and
// "28. Okt. 2025" (de-DE). UTC, because dataset dates are calendar dates, not instants.
const DAY_MONTH_YEAR: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  de: new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

const parseIso = (iso: string): Date | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? undefined : d;
};

// en-GB writes "Sept"; the newsroom style keeps three letters for every month ("Sep").
const enStyle = (s: string, locale: Locale): string => (locale === 'en' ? s.replace(/\bSept\b/g, 'Sep') : s);

const dates: Record<Locale, Map<string, string>> = { en: new Map(), de: new Map() };

/** "2025-10-28" → "28 Oct 2025" (en) / "28. Okt. 2025" (de). Unparseable input is returned as is. */
export function formatDate(iso: string, locale: Locale): string {
  const memo = dates[locale];
  let s = memo.get(iso);
  if (s === undefined) {
    const d = parseIso(iso);
    s = d ? plainSpaces(enStyle(DAY_MONTH_YEAR[locale].format(d), locale)) : iso;
    if (memo.size >= 10_000) memo.clear();
    memo.set(iso, s);
  }
  return s;
}

/** "31 Oct – 1 Nov 2025", "25–26 Oct 2025"; a single date when there is no end. */
export function formatDateRange(start: string, end: string | undefined, locale: Locale): string {
  if (!end || end === start) return formatDate(start, locale);
  // Intl's formatRange is slow (tens of µs) and timelines repeat the same ranges: remember them.
  const memo = ranges[locale];
  const key = `${start}/${end}`;
  let s = memo.get(key);
  if (s === undefined) {
    const a = parseIso(start);
    const b = parseIso(end);
    s = !a || !b ? `${start} – ${end}` : plainSpaces(enStyle(DAY_MONTH_YEAR[locale].formatRange(a, b), locale)).replace(/^(\d+) – (\d+ )/, '$1–$2');
    if (memo.size >= 10_000) memo.clear();
    memo.set(key, s);
  }
  return s;
}

const ranges: Record<Locale, Map<string, string>> = { en: new Map(), de: new Map() };

const MONTH_YEAR: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  de: new Intl.DateTimeFormat('de', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** "2026-03-01" → "March 2026" (en) / "März 2026" (de). Unparseable input is returned as is. */
export function formatMonth(iso: string, locale: Locale): string {
  const d = parseIso(iso);
  return d ? MONTH_YEAR[locale].format(d) : iso;
}

const LISTS: Record<Locale, Intl.ListFormat> = {
  en: new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }),
  de: new Intl.ListFormat('de', { style: 'long', type: 'conjunction' }),
};

/** A list joined the locale's way: "a, b and c" / "a, b und c". */
export function formatList(items: readonly string[], locale: Locale): string {
  return LISTS[locale].format(items);
}

const PLURALS: Record<Locale, Intl.PluralRules> = { en: new Intl.PluralRules('en'), de: new Intl.PluralRules('de') };

/** "1 event" / "13 events", "1 Ereignis" / "13 Ereignisse": the count in the locale's digits and the noun's right form. */
export function formatCount(n: number, forms: { one: string; other: string }, locale: Locale): string {
  // An integer (every count) is "one" in English and German when it is 1 or -1 alone (CLDR: i = 1,
  // v = 0), which PluralRules.select, slow for what it answers, was asked on every count; other numbers ask it.
  const one = Number.isInteger(n) ? Math.abs(n) === 1 : PLURALS[locale].select(n) === 'one';
  const form = one ? forms.one : forms.other;
  return `${formatNumber(n, locale)} ${form}`;
}
