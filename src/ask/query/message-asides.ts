// Words of a message that name nothing the dataset must hold: a teller and an equative.
// "Guy at the cannery says yttrium is a light rare earth. Right?", "Ein Gast bei der Weinprobe hat
// behauptet, …": who told the reader a claim opens the message, before a verb of hearsay
// (grammar.hearsay_verbs). The teller's words are none the dataset's texts hold, so they ask nothing;
// read as content they left the claim unsettled. A teller the texts know ("Trump said …") stays: what
// a person of the news said is itself a question.
import type { Locale } from '../../reply/model.js';
import type { VocabIndex } from './vocab-types.js';
import { isDatasetWord } from '../../dataset/text-match.js';

/** The verb must come early: a teller is a few words ("My mechanic at the swap station insists"). */
const MAX_TELLER = 8;

/** The teller's own words and the verb (and a "that" after it), or undefined when the message opens with no teller. */
export function tellerWords(words: readonly string[], unknown: readonly string[], v: VocabIndex, locale: Locale): Set<string> | undefined {
  const verbs = v.wordLists.hearsayVerbs[locale];
  if (!verbs.size) return undefined;
  for (let i = 1; i < Math.min(words.length - 2, MAX_TELLER + 1); i++) {
    const n = verbs.has(`${words[i]} ${words[i + 1]}`) ? 2 : verbs.has(words[i]!) ? 1 : 0;
    if (!n) continue;
    const own = words.slice(0, i).filter((w) => w.length >= 3 && !v.stop.has(w));
    // None of the teller's words may stand in the dataset's texts ("Tengku Zafrul sagt …" names a speaker of the news).
    if (!own.length || !own.every((w) => unknown.includes(w) && !isDatasetWord(w))) return undefined;
    return new Set([...own, ...words.slice(i, i + n), ...(v.stop.has(words[i + n]!) && /^(?:that|dass)$/.test(words[i + n]!) ? [words[i + n]!] : [])]);
  }
  return undefined;
}

/** The words of the equatives a question holds ("genauso teuer wie", grammar.equal_words, at_least_words, at_most_words), if any. */
export function equativeWords(norm: string, v: VocabIndex): Set<string> | undefined {
  const padded = ` ${norm} `;
  let out: Set<string> | undefined;
  for (const list of [v.equalWords, v.atLeastWords, v.atMostWords]) {
    for (const phrase of list) {
      if (!phrase.includes(' ') || !padded.includes(` ${phrase} `)) continue;
      for (const w of phrase.split(' ')) (out ??= new Set()).add(w);
    }
  }
  return out;
}
