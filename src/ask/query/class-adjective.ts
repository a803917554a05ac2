// "In welchem Monat gab es die schweren Grenzkämpfe …?", "after the heavy fighting": a word of a class
// of elements (heavy, light, schwer, leicht) is an adjective, and before a noun nothing in the dataset
// or the vocabulary knows (or only a synonym group, as "Grenzgefechte") it describes that noun, not rare
// earths. Before a name, a word of the vocabulary or nothing ("Which rare earths are heavy?") it stays the class.
import type { PhraseHit } from './phrases.js';
import type { VocabIndex } from './vocab.js';

/**
 * "How much rare earth oxide does the US have in reserves?": a hit made of a tonnage's form alone
 * (grammar.units.oxide) beside a figure asked names the unit, not a price.
 */
export function withoutUnitOnly<T extends { answer: object }>(hits: readonly PhraseHit<T>[], words: readonly string[], v: VocabIndex): readonly PhraseHit<T>[] {
  const formOnly = (h: PhraseHit<T>): boolean => !('figure' in h.value.answer) && words.slice(h.start, h.start + h.words).every((w) => v.oxideWords.has(w));
  // Unless other words ask that attribute too ("what did lanthanum oxide cost").
  const unitOnly = (h: PhraseHit<T>): boolean => formOnly(h) && !hits.some((o) => o.value === h.value && !formOnly(o));
  return hits.some(unitOnly) && hits.some((h) => 'figure' in h.value.answer) ? hits.filter((h) => !unitOnly(h)) : hits;
}

// "light nor heavy", "schweren SE": a class word before a negation, a joining word or a short name of the
// minerals is the class, not a word of another thing.
export function withoutStrayClassWords<T extends { answer: object }>(hits: readonly PhraseHit<T>[], words: readonly string[], v: VocabIndex): readonly PhraseHit<T>[] {
  const stray = (h: PhraseHit<T>): boolean => {
    if (h.words !== 1 || !('element' in h.value.answer) || h.value.answer.element !== 'class') return false;
    const next = words[h.start + 1];
    return next !== undefined && !/\d/.test(next) && !v.stop.has(next) && !v.negations.has(next) && !v.known.has(next) && (!v.parts.has(next) || v.synonymWords.has(next)) && !v.heads.has(next);
  };
  return hits.some(stray) ? hits.filter((h) => !stray(h)) : hits;
}
