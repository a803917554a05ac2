// Numbers, quantities, dates and USGS marks, written the way each locale writes them:
// EN 3,500,000 t / 3.5 million t; DE 3.500.000 t / 3,5 Mio. t. Formatters are created once.
import type { Locale } from './model.js';

const INTL_TAG: Record<Locale, string> = { en: 'en-US', de: 'de-DE' };

const fullFormat: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat(INTL_TAG.en, { maximumFractionDigits: 2 }),
  de: new Intl.NumberFormat(INTL_TAG.de, { maximumFractionDigits: 2 }),
};
const shortFormat: Record<Locale, Intl.NumberFormat> = {
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

const SCALES: { at: number; en: string; de: string }[] = [
  { at: 1e9, en: 'billion', de: 'Mrd.' },
  { at: 1e6, en: 'million', de: 'Mio.' },
];

/** 3500000 → "3.5 million" (en) / "3,5 Mio." (de); below a million the full number. */
export function formatCompact(n: number, locale: Locale): string {
  for (const s of SCALES) {
    if (Math.abs(n) >= s.at) return `${shortFormat[locale].format(n / s.at)} ${s[locale]}`;
  }
  return formatNumber(n, locale);
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

const MONTHS: Record<Locale, string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  de: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
};

const parseIso = (iso: string): [number, number, number] | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
};

/** "2025-10-28" → "28 Oct 2025" (en) / "28. Okt. 2025" (de). Unparseable input is returned as is. */
export function formatDate(iso: string, locale: Locale): string {
  const p = parseIso(iso);
  if (!p) return iso;
  const [y, m, d] = p;
  const mon = MONTHS[locale][m - 1] ?? String(m);
  return locale === 'de' ? `${d}. ${mon} ${y}` : `${d} ${mon} ${y}`;
}

/** "31 Oct – 1 Nov 2025"; a single date when there is no end. */
export function formatDateRange(start: string, end: string | undefined, locale: Locale): string {
  if (!end || end === start) return formatDate(start, locale);
  const a = parseIso(start);
  const b = parseIso(end);
  if (!a || !b) return `${start} – ${end}`;
  if (a[0] === b[0]) {
    const left = locale === 'de' ? `${a[2]}. ${MONTHS.de[a[1] - 1]}` : `${a[2]} ${MONTHS.en[a[1] - 1]}`;
    if (a[1] === b[1]) return locale === 'de' ? `${a[2]}.–${formatDate(end, locale)}` : `${a[2]}–${formatDate(end, locale)}`;
    return `${left} – ${formatDate(end, locale)}`;
  }
  return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
}

/** A list joined the locale's way: "a, b and c" / "a, b und c". */
export function formatList(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  const and = locale === 'de' ? ' und ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}
