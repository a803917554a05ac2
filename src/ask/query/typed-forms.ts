// How readers type what the vocabulary holds as words: signs between two things ("US output > Myanmar?"),
// a ranking word glued to its number ("top3") and figures spelled out ("dreihunderttausend Tonnen").
// Rewritten before the parser reads the words.
import type { Locale } from '../../reply/model.js';
import type { VocabIndex } from './vocab.js';
import { normalize } from '../../dataset/text-match.js';
import { SCALE } from './quantities.js';

// A ">" or "<" standing between words, not in an arrow ("->", "=>") or "<=".
const SIGN = /(?<![-=<>])\s*([<>])\s*(?![-=<>])/g;

// A "%" after no number ("what % of …"): after one it is the figure's unit, read with the number.
const PERCENT = /(?<![\d\s]|\d\s)\s*%/g;

/**
 * "US output 2025 > Myanmar?" as "… more than Myanmar?" (grammar.greater_sign / less_sign); "what % of
 * the world's mining" as "what percent …" (grammar.percent_sign).
 */
export function signsAsWords(q: string, v: VocabIndex, locale: Locale): string {
  const g = v.vocabulary.grammar;
  const percent = g.percent_sign[locale][0];
  if (percent && q.includes('%')) q = q.replace(PERCENT, ` ${percent}`);
  if (!q.includes('>') && !q.includes('<')) return q;
  const more = g.greater_sign[locale][0];
  const less = g.less_sign[locale][0];
  return more && less ? q.replace(SIGN, (_m, sign: string) => ` ${sign === '>' ? more : less} `) : q;
}

/**
 * A ranking word typed together with its number ("top3", "Top5") as two words; the same array when
 * none is. `isTop` says whether a word is one of the vocabulary's ranking operators.
 */
export function splitGluedRanks(raws: readonly string[], isTop: (w: string) => boolean): readonly string[] {
  let out: string[] | undefined;
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i]!;
    const last = r.charCodeAt(r.length - 1);
    const m = last >= 48 && last <= 57 ? /^(\p{L}+)(\d{1,2})$/u.exec(r) : null;
    if (m && isTop(m[1]!.toLowerCase())) (out ??= raws.slice(0, i)).push(m[1]!, m[2]!);
    else out?.push(r);
  }
  return out ?? raws;
}

// Spelled figures above a hundred are rare in questions, and no maintained library reads both English
// and German number words (words-to-numbers reads English only); the number words are the vocabulary's.
interface SpelledWords {
  numbers: ReadonlyMap<string, number>; hundred: ReadonlySet<string>; thousand: ReadonlySet<string>; one: ReadonlySet<string>; joins: ReadonlySet<string>;
  /** The hundred and thousand words together, for the one scan each question gets. */
  keys: readonly string[];
}
const spelledCache = new WeakMap<VocabIndex, SpelledWords>();
const WORD = /\p{L}+/gu;
// The scales of a million and more, as the parser reads them after a number (quantities.ts's SCALE).
const large = (w: string): number | undefined => ((SCALE[w] ?? 0) >= 1e6 ? SCALE[w] : undefined);

function spelledWords(v: VocabIndex): SpelledWords {
  let s = spelledCache.get(v);
  if (!s) {
    const g = v.vocabulary.grammar;
    const set = (l: { en: readonly string[]; de: readonly string[] }) => new Set([...l.en, ...l.de].map((w) => normalize(w)));
    const hundred = set(g.hundred_words);
    const thousand = set(g.thousand_words);
    s = { numbers: v.numbers, hundred, thousand, one: new Set(v.range.one), joins: set(g.range.join), keys: [...hundred, ...thousand] };
    spelledCache.set(v, s);
  }
  return s;
}

/** "dreihundertzwölf", "zweitausendfünfhundert": a German number written as one word, or undefined. */
function compoundNumber(w: string, s: SpelledWords): number | undefined {
  const below100 = (x: string): number | undefined => (x === '' ? 0 : s.numbers.get(x));
  const below1000 = (x: string): number | undefined => {
    for (const h of s.hundred) {
      const at = x.indexOf(h);
      if (at < 0) continue;
      const head = x.slice(0, at);
      const n = head === '' || head === 'ein' ? 1 : s.numbers.get(head);
      const tail = below100(x.slice(at + h.length));
      return n !== undefined && n >= 1 && n <= 9 && tail !== undefined ? n * 100 + tail : undefined;
    }
    return below100(x);
  };
  for (const t of s.thousand) {
    const at = w.lastIndexOf(t);
    if (at < 0) continue;
    const head = w.slice(0, at);
    const n = head === '' || head === 'ein' ? 1 : below1000(head);
    const tail = below1000(w.slice(at + t.length));
    return n !== undefined && n >= 1 && tail !== undefined ? n * 1000 + tail : undefined;
  }
  return [...s.hundred].some((h) => w.includes(h)) ? below1000(w) : undefined;
}

type Tok = { w: string; start: number; end: number };

/**
 * The number spelled from token `i` on ("two thousand nine hundred", "one million six hundred thousand",
 * "eine Million neunhunderttausend"), with the index of its last token; undefined when the words there
 * are no figure above a hundred. Read as one counts aloud: a hundred multiplies what stands before it,
 * a thousand or a million closes a group.
 */
function spelledAt(tokens: readonly Tok[], i: number, s: SpelledWords): { n: number; last: number } | undefined {
  let total = 0;
  let group = 0;
  let last = -1;
  let above = false;
  for (let j = i; j < tokens.length; j++) {
    // Whether the token before belongs to the figure.
    const joined = j > i && last === j - 1;
    const w = tokens[j]!.w;
    const next = tokens[j + 1]?.w ?? '';
    const scaleNext = s.hundred.has(next) || s.thousand.has(next) || large(next) !== undefined;
    const small = s.numbers.get(w);
    const compound = small === undefined && !s.hundred.has(w) && !s.thousand.has(w) ? compoundNumber(w, s) : undefined;
    if (small !== undefined && small >= 1) {
      // "forty five": a unit after a ten joins it; any other number after a number ends the figure.
      if (joined && group % 100 !== 0 && !(group % 10 === 0 && group % 100 >= 20 && small < 10)) break;
      group += small;
    } else if (compound !== undefined) {
      group += compound;
      above = true;
    } else if (s.one.has(w) && scaleNext && !joined) {
      group += 1;
    } else if (s.hundred.has(w) && joined) {
      group = (group || 1) * 100;
      above = true;
    } else if (s.thousand.has(w) && joined) {
      total += (group || 1) * 1000;
      group = 0;
      above = true;
    } else if (large(w) !== undefined && joined) {
      total += (group || 1) * large(w)!;
      group = 0;
    } else if (s.joins.has(w) && joined && s.numbers.has(next) && group >= 100) {
      continue;
    } else {
      break;
    }
    last = j;
  }
  if (last < i) return undefined;
  // A scale closing the figure with nothing above a hundred spelled ("ten million") stays as it is read now.
  const n = total + group;
  if (!above && !(total > 0 && group > 0)) return undefined;
  return { n, last };
}

// A year of the beat spelled out ("zweitausendfünfundzwanzig") is written as a year; any other figure with
// its thousands grouped, as the parser reads "2,100 dollars" (a bare "2100" reads as no price).
const digits = (n: number): string => (n >= 1990 && n <= 2039 ? String(n) : n.toLocaleString('en-US'));

/**
 * Spelled figures above a hundred in digits, as the parser reads figures: "above three hundred
 * thousand tonnes" as "above 300,000 tonnes", "über dreihunderttausend Tonnen" as "über 300,000 Tonnen",
 * "one million six hundred thousand" as "1,600,000" (grammar.hundred_words, thousand_words). Smaller
 * number words stay words: the parser reads them (and "one" may be a pronoun); so do a bare "hundred"
 * or "tausend" ("hundreds of", "tausend Tonnen") and a number before a scale alone ("ten million").
 */
export function spelledFiguresAsDigits(q: string, v: VocabIndex): string {
  const s = spelledWords(v);
  // Most questions spell no such figure: one scan of the lower-cased text spares them the word split.
  const lower = q.toLowerCase();
  if (!s.keys.some((h) => lower.includes(h))) return q;
  const tokens: Tok[] = [...q.matchAll(WORD)].map((m) => ({ w: normalize(m[0]), start: m.index, end: m.index + m[0].length }));
  let out = '';
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    // A bare "thousand" or "hundred" opens no figure.
    if (s.hundred.has(tokens[i]!.w) || s.thousand.has(tokens[i]!.w)) continue;
    const found = spelledAt(tokens, i, s);
    if (!found) continue;
    out += q.slice(from, tokens[i]!.start) + digits(found.n);
    from = tokens[found.last]!.end;
    i = found.last;
  }
  return from === 0 ? q : out + q.slice(from);
}
