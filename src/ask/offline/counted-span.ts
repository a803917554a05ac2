// Whether a number a yes/no question claims counts the same kind of thing in a sentence: "100 cherry trees"
// is not stated by "more than 100 years ago", nor "two years" by "two documents".
import type { VocabIndex } from '../query/vocab-types.js';
import { normalize } from '../../dataset/text-match.js';
import { canonicalNumber } from '../query/quantities.js';

// A number as written (thousands separated or not) and the word right after it.
const NUMBER_WORD = /(\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+(?:[.,]\d+)?)\s*(\p{L}+)?/gu;

/** The words right after each occurrence of the quantity `n` in `text` ('' where none follows). */
function wordsAfter(text: string, n: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NUMBER_WORD)) {
    if (canonicalNumber(m[1]!) === n) out.push(m[2] ? normalize(m[2]) : '');
  }
  return out;
}

/**
 * True when a quantity asked is written before a span of time on one side only, at every place the
 * sentence states it: the two numbers count different things, so the sentence does not state the one asked.
 */
export function spanMismatch(v: VocabIndex, askedText: string, sentence: string, asked: readonly string[]): boolean {
  const isSpan = (w: string): boolean => v.calendarSpans.has(w) || v.durationUnits.has(w);
  for (const n of asked) {
    const mine = wordsAfter(askedText, n).find((w) => w !== '');
    if (mine === undefined) continue;
    const theirs = wordsAfter(sentence, n);
    if (theirs.length && theirs.every((w) => w !== '' && isSpan(w) !== isSpan(mine))) return true;
  }
  return false;
}
