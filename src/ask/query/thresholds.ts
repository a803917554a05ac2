// The numbers a question compares with: a quantity in tonnes ("more than 50,000 t", "22 Mt"), a share
// ("more than half", "über 60 %") and a price ("over $100/kg"). Split from parse.ts by what it reads.
import type { VocabIndex } from './vocab.js';
import { phraseAt } from './text.js';
import { normalize } from '../../dataset/lookup.js';
import { alternation } from './text.js';
import { matchesOf } from '../../util/matches.js';
import { SCALE } from './quantities.js';

/** A word scaling a number ("million", "Mio"), which only a quantity follows. */
export const isScaleWord = (w: string): boolean => w in SCALE;

// "250k tonnes": a thousand, read only glued to a tonnage (a bare "k" is no scale word).
const GLUED_SCALE: Record<string, number> = { ...SCALE, k: 1e3 };

/** A number as typed in digits: groups of three are thousands ("3,000", "1.600"), else a decimal ("1.5", "2,5"). */
function digitsValue(raw: string): number | undefined {
  const digits = raw.replace(/[\u00a0 ]/g, '');
  const n = /^\d{1,3}([.,]\d{3})+$/.test(digits) ? Number(digits.replace(/[.,]/g, '')) : Number(digits.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

const rangeCache = new WeakMap<VocabIndex, RegExp>();

/** A number as typed ("3,000", "1.5", "zwei", "einer"), or undefined. */
function numberOf(raw: string, v: VocabIndex): number | undefined {
  // The number words are normalised ("dreissig" for "dreißig").
  const w = normalize(raw);
  if (v.range.one.includes(w)) return 1;
  const word = v.numbers.get(w);
  if (word !== undefined) return word;
  return digitsValue(raw);
}

/**
 * A range of tonnes the question asks about ("between 3,000 and 4,000 tonnes", "zwischen einer und zwei
 * Millionen Tonnen"): low and high, a scale after the second number applying to both. Only with a
 * scale or a unit, so "between 2024 and 2025" is no range.
 */
export function rangeOf(q: string, v: VocabIndex): [number, number] | undefined {
  if (!v.range.open.length) return undefined;
  let re = rangeCache.get(v);
  if (!re) {
    const num = `(\\d{1,3}(?:[.,\\u00a0 ]\\d{3})+|\\d+(?:[.,]\\d+)?|${alternation([...v.numbers.keys(), ...v.range.one])})`;
    const scale = `(${alternation(Object.keys(SCALE))})?\\.?`;
    const unit = `(${alternation([...v.tonneWords])})?`;
    re = new RegExp(`(?<![\\p{L}])(?:${alternation(v.range.open)})\\s+${num}\\s*${scale}\\s*${unit}\\s+(?:${alternation(v.range.join)})\\s+${num}\\s*${scale}\\s*${unit}(?![\\p{L}])`, 'iu');
    rangeCache.set(v, re);
  }
  const m = re.exec(q);
  if (!m || !(m[5] || m[6])) return undefined;
  const lo = numberOf(m[1]!, v);
  const hi = numberOf(m[4]!, v);
  if (lo === undefined || hi === undefined) return undefined;
  const s2 = m[5] ? SCALE[m[5].toLowerCase()]! : 1;
  // "zwischen einer und zwei Millionen": the second scale is the first's too; "zwischen 500.000 und
  // einer Million": a first number already larger than the second has none.
  const s1 = m[2] ? SCALE[m[2].toLowerCase()]! : lo < hi ? s2 : 1;
  const [a, b] = [lo * s1, hi * s2];
  return a <= b ? [a, b] : [b, a];
}

// \d, which is ASCII whatever a pattern's flags: a text without one states no number in digits.
const DIGIT = /[0-9]/;

/** Whether the words from `i` on state a quantity: a number, then within two words a scale or a unit of tonnes ("2 million tonnes", "40 Mt"). */
export function quantityAt(words: readonly string[], i: number, numbers: ReadonlyMap<string, number>, tonnes: ReadonlySet<string>): boolean {
  const w = words[i] ?? '';
  if (!/^\d/.test(w) && !numbers.has(w)) return false;
  return words.slice(i + 1, i + 3).some((x) => x in SCALE || tonnes.has(x) || x === 'mt' || x === 'kt');
}

/** The number normalised words spell at `i` ("ninety", "forty four": tens then a unit read as one), with the words it takes. */
export function spelledNumberAt(words: readonly string[], i: number, numbers: ReadonlyMap<string, number>): { n: number; len: number } | undefined {
  const n = numbers.get(words[i] ?? '');
  if (n === undefined) return undefined;
  const unit = n >= 20 && n % 10 === 0 ? numbers.get(words[i + 1] ?? '') : undefined;
  return unit !== undefined && unit < 10 ? { n: n + unit, len: 2 } : { n, len: 1 };
}

/** A quantity the question compares with ("more than 50,000 t", "über 1 Mio. t", "zehn Millionen Tonnen"), in tonnes. */
export function thresholdOf(q: string, words: readonly string[], numbers: ReadonlyMap<string, number>, tonnes: ReadonlySet<string>, one: readonly string[] = []): number | undefined {
  // A number word, then a scale or a unit ("ten million tonnes", "zehn Millionen Tonnen"); "one" or an
  // article before a scale is one ("a million tonnes", "eine Million Tonnen").
  for (const [i, w] of words.entries()) {
    // "zero rare earths", "bei null": nought needs no unit to be the figure claimed.
    if (numbers.get(w) === 0) return 0;
    const spelled = spelledNumberAt(words, i, numbers);
    const joined = spelled ? spelled.len - 1 : 0;
    const n = spelled?.n ?? (one.includes(w) && SCALE[words[i + 1] ?? ''] ? 1 : undefined);
    // "mehr als tausend Tonnen": a thousand needs no "one" before it (a bare "Millionen" is "millions of", no figure).
    if (n === undefined && SCALE[w] === 1e3 && !numbers.has(words[i - 1] ?? '') && !/^\d/.test(words[i - 1] ?? '') && tonnes.has(words[i + 1] ?? '')) return 1e3;
    if (n === undefined) continue;
    const scale = SCALE[words[i + 1 + joined] ?? ''];
    if (tonnes.has(words[i + joined + (scale ? 2 : 1)] ?? '')) return n * (scale ?? 1);
  }
  // Both patterns below start with a digit: most questions have none, and the scans cost more than that test.
  if (!DIGIT.test(q)) return undefined;
  // "22 Mt", "890 kt": the unit symbols with their scale.
  const sym = /(\d+(?:[.,]\d+)?)\s*(Mt|kt)\b/u.exec(q);
  if (sym) return Number(sym[1]!.replace(',', '.')) * (sym[2] === 'Mt' ? 1e6 : 1e3);
  const t = tonnagesIn(q)[0]?.t;
  if (t !== undefined) return t;
  // "more than 1,000,000 kg of gallium": the tables of gallium count kilograms; in tonnes, as every bound.
  const kg = KILOGRAMS.exec(q);
  const n = kg ? digitsValue(kg[1]!) : undefined;
  return n === undefined ? undefined : (n * (kg![2] ? SCALE[kg![2].toLowerCase()] ?? 1 : 1)) / 1000;
}


// A number and a scale word (SCALE's), then no digit to the end.
const BARE_SCALE_AT_END = new RegExp(`(\\d+(?:[.,]\\d+)?)\\s*(${Object.keys(SCALE).join('|')})\\b\\.?([^\\d]*)$`, 'iu');

/**
 * "Are Brazil's reserves still 21 million?", "1.9 million, right?": a number with a scale word and no
 * unit, closing the question (only function words or a closing tag after it), claims the figure asked,
 * in its unit; the caller asks this only of a yes/no question about a figure in tonnes.
 */
export function bareScaleAtEnd(q: string, v: VocabIndex): number | undefined {
  const m = BARE_SCALE_AT_END.exec(q);
  if (!m) return undefined;
  const tail = normalize(m[3]!);
  const tags = [...v.polarTags.closing.en, ...v.polarTags.closing.de];
  if (tail && !tail.split(' ').every((w) => v.stop.has(w)) && !tags.includes(tail)) return undefined;
  const n = digitsValue(m[1]!);
  return n === undefined ? undefined : n * SCALE[m[2]!.toLowerCase()]!;
}

/** Whether the word at `at` is part of a fraction phrase ("two thirds", "ein Drittel"), no ordinal place. */
export function inFraction(words: readonly string[], at: number, v: VocabIndex): boolean {
  return v.fractions.some((f) => f.words.some((_, k) => at - k >= 0 && phraseAt(words, at - k, f.words)));
}

/** A share the question compares with: a fraction ("more than half", "zwei Drittel") or a percentage ("über 60 %"), and which of them. */
export function shareThresholdOf(q: string, words: readonly string[], v: VocabIndex): { value: number; percent: boolean } | undefined {
  for (let i = 0; i < words.length; i++) {
    const f = v.fractions.find((x) => phraseAt(words, i, x.words));
    if (f) return { value: f.value, percent: false };
  }
  // The sign after a number ("60 %"), else a number before a percent word of the vocabulary ("60 Prozent").
  const sign = /(\d+(?:[.,]\d+)?)\s*%/u.exec(q);
  const i = sign ? -1 : words.findIndex((w, k) => /^\d+$/.test(w) && v.percentWords.some((ph) => phraseAt(words, k + 1, ph)));
  const n = sign ? Number(sign[1]!.replace(',', '.')) : i >= 0 ? Number(words[i]) : NaN;
  return n > 0 && n <= 100 ? { value: n / 100, percent: true } : undefined;
}

/** A price the question compares with, in US dollars ("teurer als 500 Dollar pro Kilo", "over $100/kg", "more than two dollars"). */
export function priceThresholdOf(q: string, words: readonly string[] = [], numbers: ReadonlyMap<string, number> = new Map()): number | undefined {
  // A number word before a dollar word ("zwei Dollar", "two dollars"), as the tonne thresholds read "zehn Millionen Tonnen".
  for (const [i, w] of words.entries()) {
    const n = numbers.get(w);
    // "zwei US-Dollar": "us" before the dollar word.
    const next = words[i + 1] === 'us' ? words[i + 2] : words[i + 1];
    if (n !== undefined && DOLLAR_WORDS.has(next ?? '')) return n;
  }
  if (!DIGIT.test(q)) return undefined;
  // Thousands grouped as typed ("$2,000", "2.000 Dollar") are thousands, not a decimal.
  const m = /(?:US\$|\$)\s?(\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)|(\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)\s*(?:US-Dollar|Dollar|dollars?|USD|\$)/iu.exec(q);
  return m ? digitsValue((m[1] ?? m[2])!) : undefined;
}
// The dollar words of the pattern below, as single words.
const DOLLAR_WORDS = new Set(['dollar', 'dollars', 'usd']);

// A global pattern made once: matchesOf reads it from its lastIndex and leaves that as it was.
// Not from inside another number ("2025 230k t" is no 25,230k t).
// A number as typed: groups of three, or digits with a decimal part (read by digitsValue).
const NUMBER = '(\\d{1,3}(?:[.,\\u00a0 ]\\d{3})+|\\d+(?:[.,]\\d+)?)';
const LEADING_NUMBER = new RegExp(`^${NUMBER}`, 'u');
// The number before a word of grammar.change_to, made once per vocabulary.
const changeToCache = new WeakMap<VocabIndex, RegExp>();
const TONNAGE = new RegExp(`(?<![\\d.,])(\\d{1,3}(?:[.,\\u00a0 ]\\d{3})+|\\d+(?:[.,]\\d+)?)\\s*(${Object.keys(GLUED_SCALE).join('|')})?\\.?[\\s-]*(t|tonnes?|tons?|tonnen|mt|kt|kg)(?![\\p{L}])`, 'giu');
// "10 Mt", "230 kt": the unit carries the scale; "372 kg" is 0.372 t, as a bound in kg is read.
const UNIT_SCALE: Record<string, number> = { mt: 1e6, kt: 1e3, kg: 1e-3 };

// Kilograms, as the gallium tables count them ("more than 1,000,000 kg").
const KILOGRAMS = /(?<![\d.,])(\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d+(?:[.,]\d+)?)\s*(million|millionen|mio)?\.?\s*(?:kg|kilograms?|kilogramm)(?![\p{L}])/iu;

/** Every quantity of tonnes a text states ("3,6 Mio. t", "more than 14 million t"), in tonnes, with where it stands. */
export function tonnagesIn(text: string): { t: number; at: number; end: number }[] {
  const out: { t: number; at: number; end: number }[] = [];
  // Every quantity starts with a digit.
  if (!DIGIT.test(text)) return out;
  for (const m of matchesOf(TONNAGE, text)) {
    const n = digitsValue(m[1]!);
    if (n !== undefined) out.push({ t: n * (m[2] ? GLUED_SCALE[m[2].toLowerCase()] ?? 1 : 1) * (UNIT_SCALE[m[3]!.toLowerCase()] ?? 1), at: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The two tonnages of a change claimed: both with units ("from 10 Mt to 3.8 Mt"), or the first sharing the
 * second's unit, before a word of grammar.change_to ("von 204.000 auf 240.000 t", "von 10 auf 3,8
 * Millionen Tonnen"). A year is no figure changed from ("in der MCS 2025 auf 1,9 Mio. t").
 */
export function fromToTonnages(text: string, v: VocabIndex): [number, number] | undefined {
  const stated = tonnagesIn(text);
  if (stated.length === 2) return [stated[0]!.t, stated[1]!.t];
  if (stated.length !== 1 || !v.changeTo.length) return undefined;
  const { at, t } = stated[0]!;
  let before = changeToCache.get(v);
  if (!before) changeToCache.set(v, (before = new RegExp(`${NUMBER}\\s+(?:${alternation(v.changeTo)})\\s*$`, 'iu')));
  const first = before.exec(text.slice(0, at));
  const second = LEADING_NUMBER.exec(text.slice(at));
  const from = first ? digitsValue(first[1]!) : undefined;
  const to = second ? digitsValue(second[1]!) : undefined;
  if (from === undefined || !to || /^(?:19|20)\d\d$/.test(first![1]!)) return undefined;
  return [from * (t / to), t];
}
