// How readers type what the vocabulary holds as words: signs between two things ("US output > Myanmar?")
// and a ranking word glued to its number ("top3"). Rewritten before the parser reads the words.
import type { Locale } from '../../reply/model.js';
import type { VocabIndex } from './vocab.js';

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
