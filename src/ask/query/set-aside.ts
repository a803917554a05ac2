// "Not the reserves, the resources: …", "Setting reserves aside, how big …", "Nicht die Reserven, sondern
// die Ressourcen": an attribute put aside by the words around it is not what the question asks, when
// the question asks another one. Words in data/vocabulary.yaml (grammar.set_aside).
import type { VocabIndex } from './vocab.js';

interface Hit<T> { value: T; start: number; words: number }

/** Whether `words` hold `phrase` ending right before `end` (or starting at `start`, for `after`). */
function endsAt(words: readonly string[], end: number, phrase: readonly string[]): boolean {
  const from = end - phrase.length;
  return from >= 0 && phrase.every((w, i) => words[from + i] === w);
}

function startsAt(words: readonly string[], start: number, phrase: readonly string[]): boolean {
  return phrase.every((w, i) => words[start + i] === w);
}

/** The hits without those put aside, unless every attribute hit would go. */
export function withoutSetAside<T extends { id: string }>(hits: readonly Hit<T>[], words: readonly string[], v: VocabIndex): Hit<T>[] {
  const { before, after } = v.setAside;
  const aside = (h: Hit<T>): boolean => before.some((p) => endsAt(words, h.start, p)) || after.some((p) => startsAt(words, h.start + h.words, p));
  const put = hits.filter(aside);
  if (!put.length) return [...hits];
  const kept = hits.filter((h) => !aside(h) && !put.some((x) => x.value.id === h.value.id));
  return kept.length ? kept : [...hits];
}
