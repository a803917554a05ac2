// "In welchem Monat gab es die schweren Grenzkämpfe …?", "after the heavy fighting": a word of a class
// of elements (heavy, light, schwer, leicht) is an adjective, and before a noun nothing in the dataset
// or the vocabulary knows it describes that noun, not rare earths. Before a name, a word of the
// vocabulary or nothing ("Which rare earths are heavy?") it stays the class.
import type { PhraseHit } from './phrases.js';
import type { VocabIndex } from './vocab.js';

export function withoutStrayClassWords<T extends { answer: object }>(hits: readonly PhraseHit<T>[], words: readonly string[], v: VocabIndex): readonly PhraseHit<T>[] {
  const stray = (h: PhraseHit<T>): boolean => {
    if (h.words !== 1 || !('element' in h.value.answer) || h.value.answer.element !== 'class') return false;
    const next = words[h.start + 1];
    return next !== undefined && !/\d/.test(next) && !v.stop.has(next) && !v.known.has(next) && !v.parts.has(next);
  };
  return hits.some(stray) ? hits.filter((h) => !stray(h)) : hits;
}
