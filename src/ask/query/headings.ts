// Headings before a colon ("Sachstand Reserven: …", "Briefing on nickel-cobalt: …"): which of their words
// only label the message, and how many words they take. Split from parse.ts, which reads the question with them.
import type { VocabIndex } from './vocab.js';
import { decompound } from './decompound.js';
import { rawWords } from './text.js';

/** The most words a heading before a colon has ("Sachstand Reserven:", "Thesis footnote:"). */
export const MAX_HEADING = 3;

/**
 * "Sachstand Reserven: welches Land …?", "Desk note: the task force …": a short heading before a colon
 * labels the message. Its words that name no attribute and stand in no text of the dataset are no topic
 * it must hold; an attribute it names ("Reserven") is still asked, and so is a thing the texts hold
 * ("Magnete für Offshore-Windräder: welche zwei …?").
 */
export function headingLabels(q: string, context: string, words: readonly string[], cutAt: number, hits: readonly { start: number; words: number }[], known: (w: string) => boolean): Set<string> | undefined {
  if (q[context.length] !== ':') return undefined;
  const labels = new Set(words.slice(0, cutAt).filter((w) => !known(w)));
  for (const h of hits) for (let i = h.start; i < h.start + h.words; i++) labels.delete(words[i]!);
  for (const w of words.slice(cutAt)) labels.delete(w);
  return labels.size ? labels : undefined;
}

/** The number of words before a heading's colon ("Briefing on nickel-cobalt: …"); 0 without one. */
export function headingWords(q: string, v: VocabIndex): number {
  const colon = q.indexOf(': ');
  return colon < 0 ? 0 : decompound(rawWords(q.slice(0, colon)), v.parts, v.heads, v.synonyms, v.regions, v.tails).split(' ').length;
}
