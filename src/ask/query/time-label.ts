// A month or day can name a measure rather than the time asked: "Did China suspend the October 2025
// control on holmium?" asks of the control issued in October whether it was suspended (in November),
// not whether anything happened in October.
import { normalize } from '../../dataset/lookup.js';
import { isMonthWord } from './time.js';
import { phraseAt } from './text.js';
import type { TimeRef } from './types.js';
import type { Element, Mineral } from '../../dataset/schema.js';
import type { VocabIndex } from './vocab.js';

/** Where the question's words name its time: [first, after last], or undefined. */
export function timeSpanIn(normWords: readonly string[], time: TimeRef): [number, number] | undefined {
  const typed = normalize(time.text).split(' ');
  const at = normWords.findIndex((_, i) => phraseAt(normWords, i, typed));
  if (at >= 0) return [at, at + typed.length];
  // A German month is read in English ("Oktober 2025" as "October 2025"): then the month word typed and the numbers after it.
  const month = normWords.findIndex(isMonthWord);
  if (month < 0) return undefined;
  let end = month + 1;
  while (/^\d+$/.test(normWords[end] ?? '')) end++;
  return [month, end];
}

/**
 * Whether the time the question names stands for a measure (grammar.measure_words): right before its
 * word ("the October 2025 control", "the April rules") or after it and a word of whose or whence
 * ("the controls of October 2025", "die Kontrollen vom Oktober").
 */
/** `about`: the words of the minerals and elements the question names, which may stand between the time and the measure word. */
export function timeNamesMeasure(normWords: readonly string[], time: TimeRef, v: VocabIndex, about: ReadonlySet<string> = new Set()): boolean {
  if (time.relative || time.kind === 'latest') return false;
  const span = timeSpanIn(normWords, time);
  if (!span) return false;
  const [at, end] = span;
  // "im Juni 2025 Exportkontrollen verhängt": after a word of place or time the month says when, as German
  // word order puts it before the object.
  const before = normWords[at - 1] ?? '';
  if (v.locatives.has(before) || v.articleLocatives.has(before) || v.timeClauses.has(before)) return false;
  // "Hat China 2026 neue Exportkontrollen verhängt?": a year right after the subject says when; one naming a
  // measure follows an article or a possessive ("the 2025 controls", "China's 2025 controls").
  if (time.kind === 'year' && before && !v.stop.has(before) && !/s$/.test(before)) return false;
  if (v.measureWords.has(normWords[end] ?? '')) return true;
  // "the October 9 rare earth rules": words naming what the measure is about may stand between, no word of the
  // sentence's own ("October 9 and the rules").
  for (let k = end + 1; k <= end + 3 && k < normWords.length; k++) {
    const w = normWords[k - 1]!;
    if ((v.stop.has(w) && !about.has(w)) || v.locatives.has(w)) break;
    if (v.measureWords.has(normWords[k]!)) return true;
  }
  const link = normWords[at - 1] ?? '';
  return (v.genitiveOf.has(link) || v.originWords.includes(link)) && v.measureWords.has(normWords[at - 2] ?? '');
}

/** The words of the names of the minerals and elements a question names ("rare earth"), for timeNamesMeasure. */
export function subjectWords(minerals: readonly Mineral[], elements: readonly Element[]): Set<string> {
  return new Set([...minerals, ...elements].flatMap((x) => normalize([x.name.en, x.name.de, ...('aliases' in x ? x.aliases : [])].join(' ')).split(' ')));
}
