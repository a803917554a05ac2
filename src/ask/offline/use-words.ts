// How a question's word is looked up in the elements' uses, shared by every path that asks about uses
// ("what is used for catalysts", "which rare earth goes into NiMH batteries").
import type { Element } from '../../dataset/schema.js';
import { normalize } from '../../dataset/lookup.js';

/** A word of a use as looked up: an inflection cut ("batteries" → "batter", "färbt" → "farb"). `word` is normalised. */
const cut = (word: string): string => word.replace(/(ies|en|es|st|e|s|n|t)$/, '');

// Per element: the normalised words of its uses in both languages (a reader's "Exporte" may meet the English text).
const useWords = new WeakMap<Element, string[]>();
export function useWordsOf(e: Element): string[] {
  let w = useWords.get(e);
  if (w) return w;
  // Not the element's own name ("aluminium–scandium alloys" among scandium's uses): a reader's "scans" is no use of it.
  const own = new Set(normalize(`${e.name.en} ${e.name.de}`).split(' '));
  useWords.set(e, (w = [...new Set(normalize([...e.uses.en, ...e.uses.de].join(' ')).split(' '))].filter((x) => !own.has(x))));
  return w;
}

/**
 * Whether a normalised word of a use holds a normalised question word: at its start for a stem of four
 * or five letters ("farb" in "farben", not in "entfarben", its opposite), anywhere for six or more
 * ("magnet" in "permanentmagnete"), or the two sharing a last part of eight letters or more (German
 * compounds: "autoabgaskatalysatoren" and "fahrzeugkatalysatoren").
 */
export function useHolds(use: string, word: string): boolean {
  // A short word only as written ("MRI", "PET").
  if (word.length === 3) return use === word;
  const w = cut(word);
  if (w.length >= 6 ? use.includes(w) : w.length >= 4 && use.startsWith(w)) return true;
  let k = 0;
  while (k < use.length && k < word.length && use[use.length - 1 - k] === word[word.length - 1 - k]) k++;
  return k >= 8;
}

/** Whether a use as written holds a normalised question word. */
export function useTextHolds(use: string, word: string): boolean {
  return normalize(use).split(' ').some((u) => useHolds(u, word));
}

/**
 * The first parts of the question's German compounds whose last part a use's word ends in
 * ("aluminium" of "Aluminiumlegierungen" beside "Magnesiumlegierungen"): asked as words of their own, so
 * the element whose uses hold the first part too ("Aluminium-Scandium-Legierungen") scores above those
 * sharing only the last.
 */
export function compoundModifiers(elements: readonly Element[], words: readonly string[]): string[] {
  const useWords = [...new Set(elements.flatMap((e) => useWordsOf(e)))];
  // The shortest last part shared ("legierungen", not "iumlegierungen" of "Magnesiumlegierungen") leaves the whole first part.
  return words.flatMap((w) => {
    const tails = useWords.map((u) => sharedTail(u, w)).filter((k) => k >= 8 && w.length - k >= 4);
    return tails.length ? [w.slice(0, w.length - Math.min(...tails))] : [];
  });
}

/** How many last letters two words share. */
function sharedTail(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
  return k;
}
