// Finds the figures and dates in a tool result and normalises them, so that "3,5 Mio. t",
// "3.5 million" or "3,500,000" all read as 3,500,000 and "28. Oktober", "Oct 28, 2025" and
// "2025-10-28" as one date. refs.ts marks each one found as a reference and binds its value; where
// a written number is ambiguous ("3.500" is 3.5 in English and 3500 in German) every reading is kept.
import type { Locale } from '../../reply/model.js';

export interface DateValue {
  y?: number;
  m: number;
  d?: number;
}

export type Claim =
  /** `absolute`: written with a scale or a unit ("3.5 Mt", "45,000 t", "$260"), so it is a whole quantity, not a bare mantissa. */
  | { kind: 'num'; values: number[]; text: string; index: number; absolute?: boolean }
  | { kind: 'pct'; values: number[]; text: string; index: number }
  | { kind: 'date'; date: DateValue; text: string; index: number };

const MONTHS: [RegExp, number][] = [
  [/^(jan|january|januar|jänner|jaenner)$/, 1],
  [/^(feb|february|februar)$/, 2],
  [/^(mar|march|märz|maerz|mrz)$/, 3],
  [/^(apr|april)$/, 4],
  [/^(may|mai)$/, 5],
  [/^(jun|june|juni)$/, 6],
  [/^(jul|july|juli)$/, 7],
  [/^(aug|august)$/, 8],
  [/^(sep|sept|september)$/, 9],
  [/^(oct|october|okt|oktober)$/, 10],
  [/^(nov|november)$/, 11],
  [/^(dec|december|dez|dezember)$/, 12],
];
const MONTH_WORD =
  'jan(?:uary|uar)?|j(?:ä|ae)nner|feb(?:ruary|ruar)?|mar(?:ch)?|m(?:ä|ae)rz|mrz|apr(?:il)?|may|mai|jun[ei]?|jul[iy]?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?';

function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.find(([re]) => re.test(w))?.[1];
}

const WORD_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  zwei: 2, drei: 3, vier: 4, 'fünf': 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, 'zwölf': 12,
  zwoelf: 12, dreizehn: 13, vierzehn: 14, 'fünfzehn': 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20,
};

const NUM = String.raw`\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const SCALE = String.raw`\s?%|\s?(?:per\s?cent|percent|prozent|mt|kt|millions?|millionen|mio\.?|mn|billions?|bn|milliarden?|mrd\.?|billionen|trillions?|tn|thousand|tausend|k)(?![\p{L}])`;
const ORD = String.raw`(?:st|nd|rd|th|\.)?`;
const YEAR = String.raw`(?:1[89]\d{2}|20\d{2}|2100)`;

// Order matters: dates first, so their day and year are not read again as plain numbers.
const TOKEN = new RegExp(
  [
    String.raw`(?<iso>(?<![\p{L}\p{N}])(?<isoY>${YEAR})-(?<isoM>\d{2})-(?<isoD>\d{2})(?!\d))`,
    String.raw`(?<dmy>(?<![\p{L}\p{N}.,])(?<dmyD>\d{1,2})\.(?<dmyM>\d{1,2})\.(?<dmyY>${YEAR})(?!\d))`,
    String.raw`(?<dm>(?<![\p{L}\p{N}.,])(?<dmD>\d{1,2})${ORD}\s+(?:of\s+)?(?<dmM>${MONTH_WORD})\.?(?![\p{L}])(?:,?\s+(?<dmY>${YEAR})(?!\d))?)`,
    String.raw`(?<md>(?<![\p{L}])(?<mdM>${MONTH_WORD})\.?\s+(?<mdD>\d{1,2})${ORD}(?![\d])(?:,?\s+(?<mdY>${YEAR})(?!\d))?)`,
    String.raw`(?<my>(?<![\p{L}])(?<myM>${MONTH_WORD})\.?\s+(?<myY>${YEAR})(?!\d))`,
    String.raw`(?<num>(?<![\p{L}\p{N}])(?<numV>${NUM})(?<numS>${SCALE})?)`,
    String.raw`(?<word>(?<![\p{L}])(?<wordV>${Object.keys(WORD_NUMBERS).join('|')})(?![\p{L}]))`,
  ].join('|'),
  'giu',
);

/** Every plausible value of a written number: "3.500" is 3.5 (en) or 3500 (de); "1,900" 1900 or 1.9. */
export function readNumber(raw: string, locale: Locale): number[] {
  const hasDot = raw.includes('.');
  const hasComma = raw.includes(',');
  if (!hasDot && !hasComma) return [Number(raw)];
  if (hasDot && hasComma) {
    const decimal = raw.lastIndexOf('.') > raw.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    return [Number(raw.split(group).join('').replace(decimal, '.'))];
  }
  const sep = hasDot ? '.' : ',';
  const parts = raw.split(sep);
  const grouped = parts.slice(1).every((p) => p.length === 3);
  const asGroups = Number(parts.join(''));
  if (parts.length > 2) return grouped ? [asGroups] : [];
  const asDecimal = Number(parts.join('.'));
  if (!grouped) return [asDecimal];
  // One separator followed by exactly three digits: the locale decides, the other reading stays possible.
  const localeGroups = (locale === 'de') === (sep === '.');
  return localeGroups ? [asGroups, asDecimal] : [asDecimal, asGroups];
}

function scaleOf(rawScale: string | undefined, locale: Locale): { factor: number; pct: boolean } {
  if (!rawScale) return { factor: 1, pct: false };
  const s = rawScale.trim();
  const l = s.toLowerCase().replace(/\s/g, '');
  if (l === '%' || l === 'percent' || l === 'prozent') return { factor: 1, pct: true };
  if (l === 'kt' || l === 'thousand' || l === 'tausend' || l === 'k') return { factor: 1e3, pct: false };
  if (l === 'mt' || l.startsWith('million') || l.startsWith('mio') || l === 'mn') return { factor: 1e6, pct: false };
  if (l.startsWith('milliard') || l.startsWith('mrd') || l === 'bn') return { factor: 1e9, pct: false };
  if (l.startsWith('billion')) {
    // German "Billion(en)" is 10^12; the English billion is 10^9.
    const german = l === 'billionen' || (locale === 'de' && s.startsWith('B'));
    return { factor: german ? 1e12 : 1e9, pct: false };
  }
  if (l.startsWith('trillion') || l === 'tn') return { factor: 1e12, pct: false };
  return { factor: 1, pct: false };
}

// A unit right after a number, or a currency right before it, makes it a whole quantity.
const UNIT_AFTER = /^\s?(?:t|tonnes?|tons?|tonnen|kg|g|metric tons?)(?![\p{L}])|^\s?\//iu;
const CURRENCY_BEFORE = /[$¥€£]\s?$/;

const validDate = (d: DateValue): boolean =>
  d.m >= 1 && d.m <= 12 && (d.d === undefined || (d.d >= 1 && d.d <= 31));

export function extractClaims(text: string, locale: Locale): Claim[] {
  const claims: Claim[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const g = m.groups ?? {};
    const index = m.index ?? 0;
    const at = { text: m[0], index };
    let date: DateValue | undefined;
    if (g.iso) date = { y: Number(g.isoY), m: Number(g.isoM), d: Number(g.isoD) };
    else if (g.dmy) date = { y: Number(g.dmyY), m: Number(g.dmyM), d: Number(g.dmyD) };
    else if (g.dm) date = { m: monthOf(g.dmM!) ?? 0, d: Number(g.dmD), ...(g.dmY ? { y: Number(g.dmY) } : {}) };
    else if (g.md) date = { m: monthOf(g.mdM!) ?? 0, d: Number(g.mdD), ...(g.mdY ? { y: Number(g.mdY) } : {}) };
    else if (g.my) date = { m: monthOf(g.myM!) ?? 0, y: Number(g.myY) };
    if (date) {
      if (validDate(date)) claims.push({ kind: 'date', date, ...at });
      else if (date.y !== undefined) claims.push({ kind: 'num', values: [date.y], ...at });
      continue;
    }
    if (g.num) {
      const { factor, pct } = scaleOf(g.numS, locale);
      const values = readNumber(g.numV!, locale).filter(Number.isFinite).map((v) => v * factor);
      if (!values.length) continue;
      if (pct) {
        claims.push({ kind: 'pct', values, ...at });
      } else {
        const after = text.slice(index + m[0].length, index + m[0].length + 12);
        const before = text.slice(Math.max(0, index - 3), index);
        const absolute = Boolean(g.numS) || UNIT_AFTER.test(after) || CURRENCY_BEFORE.test(before);
        claims.push({ kind: 'num', values, ...at, ...(absolute ? { absolute } : {}) });
      }
      continue;
    }
    if (g.word) claims.push({ kind: 'num', values: [WORD_NUMBERS[g.word.toLowerCase()] ?? NaN], ...at });
  }
  return claims;
}
