// Continents and parts of them a question names ("Latin American", "Nord- und Mittelamerika").
import type { Dataset } from '../../dataset/dataset.js';
import type { Country } from '../../dataset/schema.js';
import type { VocabIndex } from './vocab.js';

// The first words of the region phrases, per vocabulary: parse and findEntities ask at every word of
// a question, and a word that starts none was a slice and join per phrase length for nothing.
const firstWordsOf = new WeakMap<VocabIndex, ReadonlySet<string>>();

function regionFirstWords(v: VocabIndex): ReadonlySet<string> {
  let first = firstWordsOf.get(v);
  if (!first) firstWordsOf.set(v, (first = new Set([...v.regions.keys()].map((k) => k.split(' ')[0]!))));
  return first;
}

/** The longest region phrase starting at word i, with its region id and length in words. */
export function regionPhraseAt(words: readonly string[], i: number, v: VocabIndex): { id: string; words: number } | undefined {
  if (!regionFirstWords(v).has(words[i]!)) return undefined;
  for (let n = Math.min(v.regionWords, words.length - i); n >= 1; n--) {
    const id = v.regions.get(n === 1 ? words[i]! : words.slice(i, i + n).join(' '));
    if (id !== undefined) return { id, words: n };
  }
  return undefined;
}

/** Whether a country lies in a region: its own continent or sub-region, or one the region covers. */
export function inRegion(ds: Dataset, country: Country | undefined, region: string): boolean {
  if (!country) return false;
  if (country.region === region || country.subregion === region) return true;
  const covers = ds.vocabulary?.grammar.regions[region]?.covers ?? [];
  return (country.region !== undefined && covers.includes(country.region)) || (country.subregion !== undefined && covers.includes(country.subregion));
}

/**
 * The first region phrase of a question outside the countries' names ("South Africa" names no
 * continent): its region id and the index of its first word.
 */
export function regionNamed(words: readonly string[], v: VocabIndex, names: readonly { at?: number; typed: string }[]): { r: string; i: number } | undefined {
  for (let i = 0; i < words.length; i++) {
    if (names.some((f) => f.at !== undefined && i >= f.at && i < f.at + f.typed.split(' ').length)) continue;
    const r = regionPhraseAt(words, i, v);
    if (r) return { r: r.id, i };
  }
  return undefined;
}
