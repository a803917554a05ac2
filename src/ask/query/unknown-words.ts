// The words of a question the dataset does not hold (they make an honest "not in the dataset"), and
// whether a term it names is asked to be defined. Split from parse.ts, whose one function had grown past
// what a reader can hold; both run on what the parser has already read.
import type { Locale } from '../../reply/model.js';
import type { Dataset } from '../../dataset/dataset.js';
import { normalize } from '../../dataset/lookup.js';
import { eventWordHits, factKeyword, type RouterIndex } from '../offline/scoring.js';
import { heldCompounds } from './parse-words.js';
import { isMonthWord } from './time.js';
import { stem } from './text.js';
import type { DefinedTerm } from './terms.js';
import type { VocabIndex } from './vocab-types.js';
import type { AttributeHit, Operator } from './types.js';

/** Words read elsewhere in the question, which ask or name something known. */
export interface ReadWords {
  purposeOnly?: ReadonlySet<string> | undefined;
  /** A date is asked ("when", "wann"): a word of publishing then asks when a source came out ("erschien"). */
  dateAsked?: boolean;
  asking?: ReadonlySet<string> | undefined;
  tag?: ReadonlySet<string> | undefined;
  spanWords?: ReadonlySet<string> | undefined;
  matched: ReadonlySet<string>;
  ops: ReadonlySet<string>;
  time: ReadonlySet<string>;
  /** A word naming the world as a whole ("weltweit"), which is no country the dataset lacks. */
  world: (w: string) => boolean;
  /** German nouns typed with a capital, which the stopword list may hold ("Menschen"). */
  nounsTyped: ReadonlySet<string>;
}

export function unknownWords(rest: readonly string[], seen: ReadWords, ds: Dataset, raws: readonly string[], words: readonly string[], ri: RouterIndex, v: VocabIndex, locale: Locale): string[] {
  const unknown: string[] = [];
  let held: string[] | undefined;
  for (const w of rest) {
    if (w.length < 3 || seen.purposeOnly?.has(w) || seen.asking?.has(w) || seen.tag?.has(w) || seen.spanWords?.has(w) || seen.world(w) || /\d/.test(w) || v.stop.has(w) || (v.functionWords[locale].has(w) && !seen.nounsTyped.has(w)) || v.negations.has(w) || v.reporting.has(w) || v.citing.has(w) || (seen.dateAsked && v.publishedWordSet.has(w))) continue;
    // Stemmed once for both tests.
    const st = stem(w, locale);
    if (v.stopStems[locale].has(st) || seen.matched.has(w) || seen.ops.has(w) || v.changeWords.has(w) || seen.time.has(w) || isMonthWord(w) || v.regions.has(w) || v.greetings.has(w) || v.weekdays.has(w)
      || v.numbers.has(w) || v.ordinals[locale].has(st) || v.placeWords.has(w) || v.editionWords.has(w) || v.lifting.has(w) || v.imposing.has(w) || v.remaining.has(w) || eventWordHits(ri, w) || factKeyword(ri, w)) continue;
    // "Primärproduktion" split into "primär produktion": a part of a compound the texts hold whole is no word they lack.
    held ??= heldCompounds(ds, raws, words, locale);
    if (held.some((c) => c.includes(w))) continue;
    unknown.push(w);
  }
  return unknown;
}

/**
 * A term that is also a subject's name ("rare earths") asks its meaning only when nothing else is asked of it ("… used for").
 * "Wer ist der Größte bei Seltenen Erden?" ranks and "When is APEC?" asks a date; neither asks a meaning.
 * "What is the next APEC?": a term inside a longer phrase of an attribute ("next apec") is that attribute's, not asked to be defined.
 */
export function termAsked(defines: DefinedTerm | undefined, attributes: readonly AttributeHit[], names: ReadonlySet<string>, operator: Operator, v: VocabIndex): boolean {
  if (!defines || operator === 'top' || operator === 'compare' || operator === 'when') return false;
  const termWords = normalize(defines.term).split(' ');
  // Its other words must say something: "what does reo" is the term asked, "next apec" another thing.
  const inPhrase = attributes.some((h) => h.matched.some((m) => {
    const ws = m.split(' ');
    return termWords.every((w) => ws.includes(w)) && ws.some((w) => !termWords.includes(w) && !v.stop.has(w) && !v.questionWords.has(w));
  }));
  return !inPhrase && !(attributes.length > 0 && termWords.every((w) => names.has(w)));
}
