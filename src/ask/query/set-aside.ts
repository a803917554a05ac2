// "Not the reserves, the resources: …", "Setting reserves aside, how big …", "Nicht die Reserven, sondern
// die Ressourcen": an attribute put aside at the start of the question is not what it asks, when it asks
// another one. Only at the start: "China is setting quotas", "why does China not export" put nothing
// aside. Words in data/vocabulary.yaml (grammar.set_aside). Beside them, attribute words that are only a
// possessor ("a supplier's slide"), which name no figure asked either.
import type { PhraseHit } from './phrases.js';
import { phraseAt } from './text.js';
import type { DatasetIndexes } from '../../dataset/lookup.js';
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

/**
 * "Our supplier's deck says … reserves": an attribute word as an English possessor names whose thing it
 * is, not what is asked, when another attribute is asked. Found in the text as typed (the words lose
 * the "'s"); a function word after it makes the "'s" a verb ("which city's got it"), and a word of the
 * question vocabulary or a name after it is what is asked ("the world's rare-earth output"). Most questions
 * have no "'s", so the scan is skipped without one.
 */
export function withoutPossessors<T extends { id: string }>(hits: readonly PhraseHit<T>[], words: readonly string[], text: string, plain: (w: string) => boolean): PhraseHit<T>[] {
  if (hits.length < 2 || !/['’]s\s/.test(text)) return [...hits];
  const lower = text.toLowerCase().replace(/’/g, "'");
  const owns = (h: PhraseHit<T>): boolean => {
    const last = words[h.start + h.words - 1];
    const at = last === undefined ? -1 : lower.indexOf(`${last}'s `);
    const next = at < 0 ? undefined : /^\p{L}+/u.exec(lower.slice(at + last!.length + 3))?.[0];
    return next !== undefined && !plain(next);
  };
  const owner = hits.find(owns);
  if (!owner) return [...hits];
  const kept = hits.filter((h) => !owns(h));
  return kept.some((h) => h.value.id !== owner.value.id) ? kept : [...hits];
}

/** Whether a word opens the name of a country, mineral or element. */
export function namesFirst(idx: DatasetIndexes, w: string): boolean {
  return idx.country.firstWords.has(w) || idx.mineral.firstWords.has(w) || idx.element.firstWords.has(w);
}
