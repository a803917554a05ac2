// "Not the reserves, the resources: …", "Setting reserves aside, how big …", "Nicht die Reserven, sondern
// die Ressourcen": an attribute put aside at the start of the question is not what it asks, when it asks
// another one. Only at the start: "China is setting quotas", "why does China not export" put nothing
// aside. Words in data/vocabulary.yaml (grammar.set_aside).
import type { PhraseHit } from './phrases.js';
import { phraseAt } from './text.js';
import type { VocabIndex } from './vocab.js';

/**
 * A phrase before the attribute opening the question ("not the reserves"), or one after an attribute
 * within the question's first two words ("reserves aside", "setting reserves aside"). A module
 * function: under tsx a named closure made per question also calls esbuild's __name.
 */
function aside(h: PhraseHit<unknown>, words: readonly string[], { before, after }: VocabIndex['setAside']): boolean {
  return before.some((p) => p.length === h.start && phraseAt(words, 0, p))
    || (h.start <= 1 && after.some((p) => phraseAt(words, h.start + h.words, p)));
}

/** The hits without those put aside, unless every attribute hit would go. */
export function withoutSetAside<T extends { id: string }>(hits: readonly PhraseHit<T>[], words: readonly string[], v: VocabIndex): PhraseHit<T>[] {
  // Most questions put nothing aside: found so without the arrays of a filter.
  if (!hits.some((h) => aside(h, words, v.setAside))) return [...hits];
  const put = hits.filter((h) => aside(h, words, v.setAside));
  const kept = hits.filter((h) => !aside(h, words, v.setAside) && !put.some((x) => x.value.id === h.value.id));
  return kept.length ? kept : [...hits];
}
