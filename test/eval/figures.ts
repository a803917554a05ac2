// Reading figures and dates out of reply text, in English and German formats, for the question-set
// scoring: "21 million t", "21 Mio. t", "3,5 Mio.", "11,000,000 t", "11.000.000 t", "900,000 kg"
// (→ 900 t), "70%", "70 %", "$56/kg", "56 Dollar", "$260 million"; dates via chrono-node (en, de).
import * as chrono from 'chrono-node';

export type Unit = 't' | 'percent' | 'usd' | 'count';

export interface Found {
  value: number;
  /** undefined: a bare number (no unit next to it). */
  unit?: Exclude<Unit, 'count'>;
  /** Offset in the text. */
  at: number;
}

const SCALE: Record<string, number> = {
  million: 1e6, millionen: 1e6, mio: 1e6, 'mio.': 1e6, mn: 1e6, billion: 1e9, bn: 1e9, milliarden: 1e9, mrd: 1e9, 'mrd.': 1e9,
  thousand: 1e3, tausend: 1e3, trillion: 1e12, billionen: 1e12,
};

const NUMBER = /(US\$|\$|USD\s?)?(\d{1,3}(?:[,.\u00a0\u202f](?:\d{3}))+(?![\d])|\d+(?:[.,]\d+)?)(?:\s?(million|millionen|mio\.?|mn|billion|billionen|bn|milliarden|mrd\.?|thousand|tausend|trillion)\b\.?)?(?:\s?(t\b|tonnes?\b|tons?\b|tonnen\b|kg\b|%|percent\b|per cent\b|prozent\b|us-dollar\b|dollars?\b|usd\b|\$))?/giu;

/** A number as written in either language: "11,000,000" / "11.000.000" (groups of three) or "3.5" / "3,5". */
export function parseNumber(s: string): number {
  const compact = s.replace(/[\u00a0\u202f]/g, ',');
  if (/^\d{1,3}([,.]\d{3})+$/.test(compact)) return Number(compact.replace(/[,.]/g, ''));
  return Number(compact.replace(',', '.'));
}

/** Every number in a text with its unit, normalised to base units (t, percent, usd). */
export function findFigures(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const [, cur, num, scale, unitWord] = m;
    let value = parseNumber(num!);
    if (!Number.isFinite(value)) continue;
    if (scale) value *= SCALE[scale.toLowerCase().replace(/\.$/, '')] ?? SCALE[scale.toLowerCase()] ?? 1;
    const u = unitWord?.toLowerCase();
    let unit: Found['unit'];
    if (cur || u === '$' || u === 'usd' || u?.startsWith('dollar') || u === 'us-dollar') unit = 'usd';
    else if (u === '%' || u === 'percent' || u === 'per cent' || u === 'prozent') unit = 'percent';
    else if (u === 'kg') {
      unit = 't';
      value /= 1000;
    } else if (u) unit = 't';
    out.push({ value, ...(unit ? { unit } : {}), at: m.index ?? 0 });
  }
  return out;
}

export const close = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 0.005);

const UNIT_HINT: Record<Exclude<Unit, 'count'>, RegExp> = {
  usd: /\$|dollar|usd/i,
  percent: /%|percent|prozent/i,
  t: /\bt\b|tonne|tonnen|\bkg\b/i,
};

// "No. 12", "Nr. 70": the dot of a number label ends no sentence (a reply's "ranks No. 12 with 300 t"
// was cut from its country, and the figure counted as the lead's countries').
const LABEL = /(?:^|[^\p{L}])(?:No|Nos|Nr|Nrn)$/u;
// "U.S. Geological Survey": the dot of an initialism ends no sentence either.
const INITIALISM = /(?:^|[^\p{L}])\p{Lu}\.\p{Lu}$/u;
const endsSentence = (text: string, dot: number): boolean => !(LABEL.test(text.slice(Math.max(0, dot - 4), dot)) && /\d/.test(text[dot + 2] ?? ''))
  && !INITIALISM.test(text.slice(Math.max(0, dot - 4), dot));

/** Sentences of a text (for a bare number: is its unit named in the same sentence, "in US dollars per kilogram: … 56"?). */
export const sentenceAround = (text: string, at: number): string => {
  let dotBefore = text.lastIndexOf('. ', at);
  while (dotBefore >= 0 && !endsSentence(text, dotBefore)) dotBefore = text.lastIndexOf('. ', dotBefore - 1);
  let endDot = text.indexOf('. ', at);
  while (endDot >= 0 && !endsSentence(text, endDot)) endDot = text.indexOf('. ', endDot + 1);
  const start = Math.max(dotBefore, text.lastIndexOf('\n', at)) + 1;
  const endNl = text.indexOf('\n', at);
  const end = [endDot, endNl].filter((x) => x >= 0).sort((a, b) => a - b)[0] ?? text.length;
  return text.slice(start, end);
};

// Counts written as words, as newsroom style writes small numbers ("seven letters of interest", "sieben
// Elemente"); from three up, as "one" and "two" stand in too much prose to count as an answer.
const COUNT_WORDS: readonly (readonly string[])[] = [
  [], [], [], ['three', 'drei'], ['four', 'vier'], ['five', 'fünf'], ['six', 'sechs'],
  ['seven', 'sieben'], ['eight', 'acht'], ['nine', 'neun'], ['ten', 'zehn'], ['eleven', 'elf'], ['twelve', 'zwölf'],
];

/** Whether the text states `value` in `unit` (a bare number counts when its sentence names the unit; counts are bare, or words up to twelve). */
export function hasFigure(text: string, value: number, unit: Unit): boolean {
  if (unit === 'count' && value >= 3 && value < COUNT_WORDS.length && new RegExp(`(?<![\\p{L}])(${COUNT_WORDS[value]!.join('|')})(?![\\p{L}])`, 'iu').test(text)) return true;
  return findFigures(text).some((f) => {
    if (!close(f.value, value)) return false;
    if (unit === 'count') return f.unit === undefined;
    if (f.unit === unit) return true;
    return f.unit === undefined && UNIT_HINT[unit].test(sentenceAround(text, f.at));
  });
}

// German month names, full and as the replies abbreviate them: chrono's German parsers read a month
// only with a day ("28. Okt."), so "Dezember 2024" (a month asked) was not found.
const DE_MONTHS = Array.from({ length: 12 }, (_, m) => {
  const d = Date.UTC(2000, m, 15);
  return [new Intl.DateTimeFormat('de', { month: 'long', timeZone: 'UTC' }).format(d), new Intl.DateTimeFormat('de', { month: 'short', timeZone: 'UTC' }).format(d).replace(/\.$/, '')];
});

function hasGermanMonth(text: string, expected: string): boolean {
  const [y, m] = expected.split('-');
  const names = DE_MONTHS[Number(m) - 1]!.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}])(?:${names.join('|')})\\.?\\s+${y}(?!\\d)`, 'u').test(text);
}

/** Whether the text names a date ("2025-10-28") or month ("2025-10") in English or German, ranges included. */
export function hasDate(text: string, expected: string): boolean {
  if (text.includes(expected)) return true;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(expected);
  if (!day && hasGermanMonth(text, expected)) return true;
  const ref = new Date(`${expected.slice(0, 7)}-15T12:00:00Z`);
  const pad = (n: number): string => String(n).padStart(2, '0');
  for (const r of [...chrono.en.parse(text, ref), ...chrono.de.parse(text, ref)]) {
    const s = r.start;
    if (!s.isCertain('month')) continue;
    const iso = (c: chrono.ParsedComponents): string => `${c.get('year')}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
    if (!day) {
      if (iso(s).startsWith(expected) || (r.end && iso(r.end).startsWith(expected))) return true;
      continue;
    }
    if (!s.isCertain('day')) continue;
    const from = iso(s);
    const to = r.end?.isCertain('day') ? iso(r.end) : from;
    if (from <= expected && expected <= to) return true;
  }
  return false;
}
