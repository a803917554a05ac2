// What a question says about a ranking: the place asked ("second", "zweitgrößte", "Platz zwei") and the
// countries put out of it ("after China", "außer den USA"). Split from parse.ts by what it reads.
import type { Locale } from '../../reply/model.js';
import type { Country } from '../../dataset/schema.js';
import { normalize } from '../../dataset/lookup.js';
import type { PhraseHit } from './phrases.js';
import { firstPhraseAt, stem } from './text.js';
import { isScaleWord } from './thresholds.js';
import { firstRead } from './parse-words.js';
import type { OperatorWord, VocabIndex } from './vocab.js';

/** Whether a word (stemmed, in the question's language) is a ranking word. */
function topWord(v: VocabIndex, locale: Locale, w: string): boolean {
  return v.operators.byLang[locale].get(stem(w, locale)) === 'top' || v.operators.byLang[locale].get(w) === 'top';
}

// The ordinal stems of four letters or more, as an array per vocabulary: iterating the Map's entries
// made an iterator and an entry array per ordinal for every long German word of a question.
const gluable = new WeakMap<ReadonlyMap<string, number>, [string, number][]>();

function gluableOrdinals(ordinals: ReadonlyMap<string, number>): [string, number][] {
  let list = gluable.get(ordinals);
  if (!list) gluable.set(ordinals, (list = [...ordinals].filter(([st]) => st.length >= 4)));
  return list;
}

/**
 * The place in a ranking a question asks for: an ordinal ("second", "dritter", "3rd") or a German
 * ordinal glued to a ranking word ("zweitgrößte", "drittwichtigste"), or a number after a place word
 * ("Platz zwei"); those two are ranking words themselves (`glued`).
 */
/** The letters after a digit that make it an ordinal ("1st", "7th"), split off by normalize. */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

export function rankOf(words: readonly string[], stems: readonly string[], ordinals: ReadonlyMap<string, number>, locale: Locale, v: VocabIndex,
  placeWords: ReadonlySet<string>, numbers: ReadonlyMap<string, number>): { rank: number; glued: boolean; at: number } | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "Platz zwei", "rank 2": a number after a place word.
    const next = words[i + 1] ?? '';
    const num = /^\d{1,2}$/.test(next) ? Number(next) : numbers.get(next);
    // "the reserve number, 1.9 million": a number going on (its decimals, a scale word) is a quantity, no place.
    const after = words[i + 2] ?? '';
    if (placeWords.has(w) && num !== undefined && !/^\d/.test(after) && !isScaleWord(after)) return { rank: num, glued: true, at: i };
    const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(w);
    if (digits) return { rank: Number(digits[1]), glued: false, at: i };
    // "7th" as the normalised question writes it: "7" "th".
    if (/^\d{1,2}$/.test(w) && ORDINAL_SUFFIXES.has(next)) return { rank: Number(w), glued: false, at: i };
    const n = ordinals.get(stems[i]!);
    if (n !== undefined) return { rank: n, glued: false, at: i };
    if (locale !== 'de' || w.length < 8) continue;
    for (const [st, value] of gluableOrdinals(ordinals)) {
      if (w.startsWith(st) && w.length - st.length >= 4 && topWord(v, locale, w.slice(st.length))) return { rank: value, glued: true, at: i };
    }
  }
  return undefined;
}

/**
 * A second place asked beside the first ("Platz vier und fünf", "third and fourth"), or the last of a list or
 * range of places ("second, third and fourth", "zwei bis vier"): an ordinal or number right after a joining word.
 */
export function nextRankOf(words: readonly string[], stems: readonly string[], at: number, ordinals: ReadonlyMap<string, number>, numbers: ReadonlyMap<string, number>): number | undefined {
  const rankAt = (j: number): number | undefined => {
    const w = words[j]!;
    const digits = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(w);
    return digits ? Number(digits[1]) : ordinals.get(stems[j]!) ?? numbers.get(w);
  };
  // "second and third", "Platz vier und fünf", and the last of a list or range ("second, third and fourth",
  // "Platz zwei, drei und vier", "Plätze zwei bis vier"): one word may stand between the first and the list.
  for (let j = at + 1; j <= at + 6 && j + 1 < words.length; j++) {
    if (JOINS.has(words[j]!)) return rankAt(j + 1);
    if (j > at + 1 && rankAt(j) === undefined && !ORDINAL_SUFFIXES.has(words[j]!)) return undefined;
  }
  return undefined;
}
const JOINS = new Set(['and', 'und', '&', 'to', 'bis', 'through']);

/** The country whose name (or a plural of it) the words from `j` on spell, and how many words that took. */
function countryAt(words: readonly string[], j: number, countries: readonly Country[]): { c: Country; len: number } | undefined {
  for (const x of countries) {
    for (const n of [3, 2, 1]) {
      const g = words.slice(j, j + n).join(' ');
      if (namesOf(x).has(g) || (g.endsWith('s') && namesOf(x).has(g.slice(0, -1)))) return { c: x, len: n };
    }
  }
  return undefined;
}

/**
 * "Indonesia, Australia, Brazil - then who?", "China leads, Brazil follows. Which country comes next?": the
 * countries named before a phrase asking who follows them (grammar.next_in_ranking), in the order named; none
 * when a country stands after the phrase ("next after China" is read by the exclusion words) or none before it, or
 * when the phrase stands before the last `withinLast` words.
 */
export function listedBeforeNext(words: readonly string[], countries: readonly Country[], phrases: readonly string[][], withinLast?: number): Country[] {
  const at = firstPhraseAt(words, phrases);
  if (at < 0 || (withinLast !== undefined && at < words.length - withinLast)) return [];
  const out: Country[] = [];
  for (let j = 0; j < words.length; j++) {
    const found = countryAt(words, j, countries);
    if (!found) continue;
    if (j >= at) return [];
    if (!out.includes(found.c)) out.push(found.c);
    j += found.len - 1;
  }
  return out;
}

/**
 * The countries put out of a ranking: named right after an exclusion word ("after China", "außer den
 * USA") or right before one that follows them ("Congo and Indonesia aside", "China ausgenommen").
 */
export function afterCountries(words: readonly string[], opHits: readonly PhraseHit<OperatorWord>[], countries: readonly Country[], stop: ReadonlySet<string>,
  regionWordsAt: (i: number) => number = () => 0, joiners: ReadonlySet<string> = new Set()): Country[] {
  const out: Country[] = [];
  const add = (c: Country): void => { if (!out.includes(c)) out.push(c); };
  const isName = (w: string): boolean => countries.some((c) => namesOf(c).has(w));
  for (const h of opHits) {
    if (h.value === 'after' || h.value === 'except') {
      let j = h.start + h.words;
      // "after China and the United States": each country of a list joined by function words.
      for (;;) {
        while (j < words.length && stop.has(words[j]!) && !isName(words[j]!)) j++;
        const found = countryAt(words, j, countries);
        // A continent in the list ("outside Africa and Australia") is put out by the region test; the list goes on after it.
        const region = found || (j !== h.start + h.words && !joiners.has(words[j - 1] ?? '')) ? 0 : regionWordsAt(j);
        if (region) { j += region; continue; }
        if (!found) break;
        add(found.c);
        j += found.len;
      }
    } else if (h.value === 'aside') {
      // Walk back over the list before the word: "Leaving Congo and Indonesia aside".
      let end = h.start;
      for (;;) {
        while (end > 0 && stop.has(words[end - 1]!) && !isName(words[end - 1]!)) end--;
        const found = [3, 2, 1].map((n) => (end - n >= 0 ? { n, hit: countryAt(words, end - n, countries) } : undefined))
          .find((x) => x?.hit && x.hit.len === x.n);
        if (!found?.hit) break;
        add(found.hit.c);
        end -= found.n;
      }
    }
  }
  return out;
}

const namesCache = new WeakMap<Country, Set<string>>();
function namesOf(c: Country): Set<string> {
  let set = namesCache.get(c);
  // Its people too: "behind the Chinese and the Brazilians" puts both countries out.
  if (!set) namesCache.set(c, (set = new Set([c.name.en, c.name.de, c.id, ...c.aliases, ...(c.adjectives?.en ?? [])].map((n) => normalize(n)))));
  return set;
}

/** The country named right after a word of comparison ("more than Vietnam", "als Vietnam"): what the other is measured against. */
export function comparedAgainst(words: readonly string[], opHits: readonly PhraseHit<OperatorWord>[], countries: readonly Country[], stop: ReadonlySet<string>): Country | undefined {
  let found: Country | undefined;
  for (const h of opHits) {
    if (h.value !== 'compare' && h.value !== 'less') continue;
    let j = h.start + h.words;
    while (j < words.length && stop.has(words[j]!) && !countries.some((c) => namesOf(c).has(words[j]!))) j++;
    const at = countryAt(words, j, countries);
    if (at) found = at.c;
  }
  return found;
}

/**
 * "Myanmar hinter Australien?", "Is India behind Brazil on reserves?": a country named, then an order
 * word ("behind", "after", "hinter") and the second country claims the first is the smaller of the two.
 */
export function behindClaimed(words: readonly string[], opHits: readonly PhraseHit<OperatorWord>[], countries: readonly Country[], stop: ReadonlySet<string>): boolean {
  const isName = (w: string): boolean => countries.some((c) => namesOf(c).has(w));
  return opHits.some((h) => {
    if (h.value !== 'after') return false;
    let j = h.start + h.words;
    while (j < words.length && stop.has(words[j]!) && !isName(words[j]!)) j++;
    const next = countryAt(words, j, countries)?.c;
    // "Liegt Australien bei der Förderung hinter Myanmar?": the other country anywhere before the word.
    return next !== undefined && words.slice(0, h.start).some((_, i) => { const c = countryAt(words, i, countries)?.c; return c !== undefined && c !== next; });
  });
}

/** The count a word writes ("3", "three", "drei"); 0 when it writes none. */
export function countAt(w: string | undefined, numbers: ReadonlyMap<string, number>): number {
  if (w === undefined) return 0;
  return /^\d{1,2}$/.test(w) ? Number(w) : numbers.get(w) ?? 0;
}

/** The places a ranking question asks: how many ("top 3"), which ("third") and up to which ("third to fifth"). */
export interface PlacesAsked { topN?: number; rank?: number; nextRank?: number }

export function placesAsked(words: readonly string[], stems: readonly string[], ranked: { rank: number; at: number } | undefined, v: VocabIndex, locale: Locale): PlacesAsked {
  const out: PlacesAsked = {};
  // "one of the largest" is one of a set (grammar.partitive_one), no top 1.
  const n = firstRead(words, (w, i) => (v.placeWords.has(words[i - 1] ?? '') || ORDINAL_SUFFIXES.has(words[i + 1] ?? '') || (v.numbers.get(w) === 1 && v.partitiveOne.has(words[i + 1] ?? '')) ? undefined : /^\d{1,2}$/.test(w) ? Number(w) : v.numbers.get(w)), (x) => x >= 1 && x <= 20);
  if (n !== undefined) out.topN = n;
  if (ranked && ranked.rank <= 10) {
    out.rank = ranked.rank;
    const next = nextRankOf(words, stems, ranked.at, v.ordinals[locale], v.numbers);
    if (next !== undefined && next > ranked.rank && next <= 10) out.nextRank = next;
  }
  return out;
}
