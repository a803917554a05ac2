// What a question says about a ranking: the place asked ("second", "zweitgrößte", "Platz zwei") and the
// countries put out of it ("after China", "außer den USA"). Split from parse.ts by what it reads.
import type { Locale } from '../../reply/model.js';
import type { Country } from '../../dataset/schema.js';
import { normalize } from '../../dataset/lookup.js';
import type { PhraseHit } from './phrases.js';
import { stem } from './text.js';
import type { OperatorWord, VocabIndex } from './vocab.js';

/** Whether a word (stemmed, in the question's language) is a ranking word. */
function topWord(v: VocabIndex, locale: Locale, w: string): boolean {
  return v.operators.byLang[locale].get(stem(w, locale)) === 'top' || v.operators.byLang[locale].get(w) === 'top';
}

/**
 * The place in a ranking a question asks for: an ordinal ("second", "dritter", "3rd") or a German
 * ordinal glued to a ranking word ("zweitgrößte", "drittwichtigste"), or a number after a place word
 * ("Platz zwei"); those two are ranking words themselves (`glued`).
 */
export function rankOf(words: readonly string[], stems: readonly string[], ordinals: ReadonlyMap<string, number>, locale: Locale, v: VocabIndex,
  placeWords: ReadonlySet<string>, numbers: ReadonlyMap<string, number>): { rank: number; glued: boolean } | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "Platz zwei", "rank 2": a number after a place word.
    const next = words[i + 1] ?? '';
    const num = /^\d{1,2}$/.test(next) ? Number(next) : numbers.get(next);
    if (placeWords.has(w) && num !== undefined) return { rank: num, glued: true };
    const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(w);
    if (digits) return { rank: Number(digits[1]), glued: false };
    const n = ordinals.get(stems[i]!);
    if (n !== undefined) return { rank: n, glued: false };
    if (locale !== 'de' || w.length < 8) continue;
    for (const [st, value] of ordinals) {
      if (st.length >= 4 && w.startsWith(st) && w.length - st.length >= 4 && topWord(v, locale, w.slice(st.length))) return { rank: value, glued: true };
    }
  }
  return undefined;
}

/** The countries named right after a word that puts them out of a ranking ("after China", "außer den USA"). */
export function afterCountries(words: readonly string[], opHits: readonly PhraseHit<OperatorWord>[], countries: readonly Country[], stop: ReadonlySet<string>): Country[] {
  const out: Country[] = [];
  for (const h of opHits.filter((x) => x.value === 'after')) {
    let j = h.start + h.words;
    // "after China and the United States": each country of a list joined by function words.
    for (;;) {
      while (j < words.length && stop.has(words[j]!) && !countries.some((c) => namesOf(c).has(words[j]!))) j++;
      let len = 0;
      const c = countries.find((x) => [3, 2, 1].some((n) => {
        const g = words.slice(j, j + n).join(' ');
        len = n;
        return namesOf(x).has(g) || (g.endsWith('s') && namesOf(x).has(g.slice(0, -1)));
      }));
      if (!c) break;
      if (!out.includes(c)) out.push(c);
      j += len;
    }
  }
  return out;
}

const namesCache = new WeakMap<Country, Set<string>>();
function namesOf(c: Country): Set<string> {
  let set = namesCache.get(c);
  if (!set) namesCache.set(c, (set = new Set([c.name.en, c.name.de, ...c.aliases].map((n) => normalize(n)))));
  return set;
}
