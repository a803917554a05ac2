// A month or day can name a measure rather than the time asked: "Did China suspend the October 2025
// control on holmium?" asks of the control issued in October whether it was suspended (in November),
// not whether anything happened in October.
import { normalize } from '../../dataset/lookup.js';
import { isMonthWord } from './time.js';
import type { TimeRef } from './types.js';
import type { VocabIndex } from './vocab.js';

/** Where the run `part` starts in `words`, or -1. */
function runAt(words: readonly string[], part: readonly string[]): number {
  for (let i = 0; i + part.length <= words.length; i++) if (part.every((w, j) => words[i + j] === w)) return i;
  return -1;
}

/**
 * Whether the time the question names stands for a measure (grammar.measure_words): right before its
 * word ("the October 2025 control", "the April rules") or after it and a word of whose or whence
 * ("the controls of October 2025", "die Kontrollen vom Oktober").
 */
export function timeNamesMeasure(normWords: readonly string[], time: TimeRef, v: VocabIndex): boolean {
  if (time.relative || time.kind === 'latest') return false;
  const typed = normalize(time.text).split(' ');
  // A German month is read in English ("Oktober 2025" as "October 2025"): then the month word typed and the numbers after it.
  let at = runAt(normWords, typed);
  let end = at + typed.length;
  if (at < 0) {
    at = normWords.findIndex(isMonthWord);
    if (at < 0) return false;
    for (end = at + 1; /^\d+$/.test(normWords[end] ?? ''); end++);
  }
  if (v.measureWords.has(normWords[end] ?? '')) return true;
  const link = normWords[at - 1] ?? '';
  return (v.genitiveOf.has(link) || v.originWords.includes(link)) && v.measureWords.has(normWords[at - 2] ?? '');
}
