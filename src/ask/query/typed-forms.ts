// How readers type what the vocabulary holds as words: signs between two things ("US output > Myanmar?")
// and a ranking word glued to its number ("top3"). Rewritten before the parser reads the words.
import type { Locale } from '../../reply/model.js';
import type { VocabIndex } from './vocab.js';
import { normalize } from '../../dataset/text-match.js';

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
interface SpelledWords { numbers: ReadonlyMap<string, number>; hundred: ReadonlySet<string>; thousand: ReadonlySet<string> }
const spelledCache = new WeakMap<VocabIndex, SpelledWords>();
const WORD = /\p{L}+/gu;

function spelledWords(v: VocabIndex): SpelledWords {
  let s = spelledCache.get(v);
  if (!s) {
    const g = v.vocabulary.grammar;
    const set = (l: { en: readonly string[]; de: readonly string[] }) => new Set([...l.en, ...l.de].map((w) => normalize(w)));
    s = { numbers: v.numbers, hundred: set(g.hundred_words), thousand: set(g.thousand_words) };
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

/**
 * Spelled figures above a hundred in digits, as the parser reads figures: "above three hundred
 * thousand tonnes" as "above 300000 tonnes", "über dreihunderttausend Tonnen" as "über 300000 Tonnen"
 * (grammar.hundred_words, thousand_words). Smaller number words stay words: the parser reads them
 * (and "one" may be a pronoun); so does a bare "hundred" or "tausend" ("hundreds of", "tausend Tonnen").
 */
export function spelledFiguresAsDigits(q: string, v: VocabIndex): string {
  const s = spelledWords(v);
  // Most questions spell no such figure: one scan of the lower-cased text spares them the word split.
  const lower = q.toLowerCase();
  if (![...s.hundred, ...s.thousand].some((h) => lower.includes(h))) return q;
  const tokens = [...q.matchAll(WORD)].map((m) => ({ w: normalize(m[0]), start: m.index, end: m.index + m[0].length }));
  let out = '';
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let n: number | undefined;
    let last = i;
    if (!s.thousand.has(t.w) && !s.hundred.has(t.w)) n = compoundNumber(t.w, s);
    const unit = s.numbers.get(t.w);
    if (n === undefined && unit !== undefined && unit >= 1 && unit <= 9 && s.hundred.has(tokens[i + 1]?.w ?? '')) {
      // "three hundred [and] forty[-]five [thousand]"
      n = unit * 100;
      last = i + 1;
      let j = i + 2;
      if (['and', 'und'].includes(tokens[j]?.w ?? '') && s.numbers.has(tokens[j + 1]?.w ?? '')) j++;
      const rest = s.numbers.get(tokens[j]?.w ?? '');
      if (rest !== undefined && rest >= 1) {
        n += rest;
        last = j;
        const one = s.numbers.get(tokens[j + 1]?.w ?? '');
        if (rest >= 20 && rest % 10 === 0 && one !== undefined && one >= 1 && one <= 9) { n += one; last = j + 1; }
      }
    }
    if (n === undefined) continue;
    if (s.thousand.has(tokens[last + 1]?.w ?? '')) { n *= 1000; last++; }
    out += q.slice(from, t.start) + String(n);
    from = tokens[last]!.end;
    i = last;
  }
  return from === 0 ? q : out + q.slice(from);
}
