// Who published what the question cites: the words of countries' names (a publisher named by a country,
// "Government of Malaysia", is no press source) and of the editions' publisher (USGS), and whether a
// question asks if a press publisher got a figure right.
import type { CommandContext } from '../../commands/types.js';
import type { Dataset } from '../../dataset/dataset.js';
import { normalize } from '../../dataset/lookup.js';
import type { ParsedQuery } from '../query/types.js';
import { publisherWords } from './retrieve.js';
import { vocabIndex } from '../query/vocab.js';
import { holdsPhrase, paddedQuestion } from '../query/question-text.js';
import { matchedWords } from '../query/matched-words.js';

const countryWordsCache = new WeakMap<Dataset, Set<string>>();
/** The words of the countries' names and aliases, normalised, built once per dataset. */
export function countryNameWords(ds: Dataset): Set<string> {
  let set = countryWordsCache.get(ds);
  if (!set) countryWordsCache.set(ds, (set = new Set(ds.countries.flatMap((c) => [c.name.en, c.name.de, ...c.aliases]).flatMap((n) => normalize(n).split(' ')))));
  return set;
}

/** Whether a word is one of the publishers of the editions' sources (USGS). */
export function publishesEditions(ds: Dataset, w: string): boolean {
  return ds.editions.some((e) => normalize(e.label).split(' ').includes(w));
}

/**
 * "Does the ZDF article get the reserves right?": whether a publisher (not USGS) was right, asked of nothing
 * but an attribute. A figure card holding the attribute's word does not settle it.
 */
export function publisherRightAsked(ctx: CommandContext, p: ParsedQuery): boolean {
  const ds = ctx.dataset;
  const v = vocabIndex(ds);
  const q = paddedQuestion(p);
  if (!holdsPhrase(q, v.rightWords) && !holdsPhrase(q, v.wrongWords)) return false;
  const publishers = publisherWords(ds);
  const countryWords = countryNameWords(ds);
  if (!p.words.some((w) => publishers.has(w) && !countryWords.has(w) && !v.editionWords.has(w) && !publishesEditions(ds, w))) return false;
  const asked = new Set(matchedWords(p.attributes));
  return p.content.every((w) => asked.has(w) || v.stop.has(w) || publishers.has(w));
}
