// Phrases with a country's adjective put inside them ("Which Korean city …"). Split from parse.ts:
// the question's operators and attributes are read a second time only when an adjective names a country.
import type { Country } from '../../dataset/schema.js';
import { normalize } from '../../dataset/lookup.js';
import type { Found } from '../offline/entities.js';
import type { PhraseHit, Stems } from './phrases.js';

/**
 * "Which Korean city …", "In welcher südkoreanischen Stadt …": a question phrase read across the country
 * adjective put inside it, as if it were not there. The hits as they were when no adjective splits one.
 */
export function withAdjectivesInside<T>(hits: PhraseHit<T>[], countries: readonly Found<Country>[], words: readonly string[], stems: Stems,
  match: (words: readonly string[], stems: Stems) => PhraseHit<T>[]): PhraseHit<T>[] {
  const inside = new Set<number>();
  for (const f of countries) {
    if (!f.adjective || f.at === undefined || f.at === 0) continue;
    const n = normalize(f.typed).split(' ').length;
    for (let k = f.at; k < f.at + n; k++) inside.add(k);
  }
  return acrossWords(hits, inside, words, stems, match);
}

/**
 * "Which exact day …", "An welchem genauen Tag …": a question phrase read across a word sharpening it
 * from inside (grammar.intensifiers), as if it were not there.
 */
export function withIntensifiersInside<T>(hits: PhraseHit<T>[], intensifiers: ReadonlySet<string>, words: readonly string[], stems: Stems,
  match: (words: readonly string[], stems: Stems) => PhraseHit<T>[]): PhraseHit<T>[] {
  const inside = new Set<number>();
  for (let i = 1; i < words.length; i++) if (intensifiers.has(words[i]!)) inside.add(i);
  return acrossWords(hits, inside, words, stems, match);
}

/** The hits with those added that a phrase makes when the words at `inside` are left out, spanning one of them. */
function acrossWords<T>(hits: PhraseHit<T>[], inside: ReadonlySet<number>, words: readonly string[], stems: Stems,
  match: (words: readonly string[], stems: Stems) => PhraseHit<T>[]): PhraseHit<T>[] {
  if (!inside.size) return hits;
  const kept: number[] = [];
  for (let i = 0; i < words.length; i++) if (!inside.has(i)) kept.push(i);
  const pick = (list: readonly string[]): string[] => kept.map((i) => list[i]!);
  const across = match(pick(words), { en: pick(stems.en), de: pick(stems.de) })
    .map((h) => ({ value: h.value, start: kept[h.start]!, words: kept[h.start + h.words - 1]! - kept[h.start]! + 1 }))
    .filter((h) => h.words > 1 && [...inside].some((k) => k > h.start && k < h.start + h.words) && !hits.some((x) => x.value === h.value));
  return across.length ? [...hits, ...across].sort((a, b) => a.start - b.start) : hits;
}
