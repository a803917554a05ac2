// Words of a message that name nothing the dataset must hold: a teller, an equative and the reader's
// own sentences beside the one that asks.
// "Guy at the cannery says yttrium is a light rare earth. Right?", "Ein Gast bei der Weinprobe hat
// behauptet, …": who told the reader a claim opens the message, before a verb of hearsay
// (grammar.hearsay_verbs). The teller's words are none the dataset's texts hold, so they ask nothing;
// read as content they left the claim unsettled. A teller the texts know ("Trump said …") stays: what
// a person of the news said is itself a question.
import type { Locale } from '../../reply/model.js';
import type { VocabIndex } from './vocab-types.js';
import { isDatasetWord } from '../../dataset/text-match.js';
import { normalize } from '../../dataset/lookup.js';

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

// A sentence ends at ".", "!" or "?" before a capital (not "No. 61", "U.S.", "z. B."); a lone letter before
// the stop is an initial or an abbreviation, and one or two digits a German ordinal ("am 24. Oktober").
// Our own pattern: Intl.Segmenter's sentence mode splits "z. B." and "am 24. Oktober" in two.
const SENTENCE_END = /(?<![\s.]\p{L})(?<!(?:^|\D)\d{1,2})([.!?…]+)\s+(?=[\p{Lu}"„'])/gu;

/**
 * Words only the reader's own sentences hold, beside the sentence that asks: "Hon, I skipper a tug in
 * Baltimore harbor. What'd a kilo of dysprosium oxide run you in 2024?", "Ceroxid 2024 pro kg? Hab damit
 * früher Linsen poliert, ich." A sentence that does not end in "?" and holds a word of the reader
 * speaking of themselves (grammar.first_person), an exclamation ("Servus aus'm Allgäu!", "Tach
 * auch!") or a question naming nothing before the last ("Is it ok to ask?") says who asks. Its words the dataset lacks ask nothing; read as content they made a figure
 * held "not in the dataset". Names it holds stay subjects. Undefined when the message is one sentence,
 * or the sentence that asks names no country, mineral or element (`names`, their words).
 */
export function readerSentenceWords(text: string, v: VocabIndex, locale: Locale, names: ReadonlySet<string>): Set<string> | undefined {
  if (!/[.!?…]\s+\S/u.test(text)) return undefined;
  const sentences: { words: string[]; end: string }[] = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    sentences.push({ words: normalize(text.slice(from, m.index)).split(' ').filter(Boolean), end: m[1]! });
    from = m.index + m[0].length;
  }
  const tail = text.slice(from).trim();
  sentences.push({ words: normalize(tail).split(' ').filter(Boolean), end: /[?]\s*$/.test(tail) ? '?' : '.' });
  if (sentences.length < 2) return undefined;
  const mine = v.wordLists.firstPerson[locale];
  // A name, or a word opening with one ("Dysprosiumoxid", "Vietnams").
  const long = [...names].filter((n) => n.length >= 4);
  const naming = (s: { words: string[] }): boolean => s.words.some((w) => names.has(w) || long.some((n) => w.startsWith(n)));
  // The last sentence with "?" asks (with none, the last: "… I tune pianos. Tell me the terbium price."),
  // and so does an earlier one naming something; one naming nothing ("Is it ok to ask?") is a courtesy.
  const last = sentences.findLastIndex((s) => s.end.includes('?'));
  const asking = sentences.filter((s, i) => i === (last < 0 ? sentences.length - 1 : last) || (s.end.includes('?') && naming(s)));
  // "Which one?", "Stimmt das?", "What's the metal going for?": a question naming nothing asks of the
  // sentences before it, which are then no aside.
  if (!asking.some(naming)) return undefined;
  const told = sentences.filter((s) => !asking.includes(s) && (s.end.includes('!') || s.end.includes('?') || s.words.some((w) => mine.has(w))));
  if (!told.length) return undefined;
  const asked = new Set(asking.flatMap((s) => s.words));
  const out = new Set(told.flatMap((s) => s.words).filter((w) => !asked.has(w)));
  return out.size ? out : undefined;
}

/**
 * "Don't mean to pester you - I tune pianos round Leeds. Europium oxide, what was the 2024 average?", "Is it
 * ok to ask? I run a farm. How large are China's reserves?": a yes/no word opening the message opens a
 * sentence before the last one that asks, which does not open with one (`yesNo`); it makes no yes/no question.
 */
export function askedAfterOpening(text: string, yesNo: (w: string) => boolean): boolean {
  if (!/\?\s*$/.test(text)) return false;
  let from = -1;
  for (const m of text.matchAll(SENTENCE_END)) from = m.index + m[0].length;
  if (from < 0) return false;
  const first = normalize(text.slice(from)).split(' ')[0] ?? '';
  return !yesNo(first);
}

/** A teller's words and the reader's own sentences' words together, either or both. */
export function readersOwnWords(teller: Set<string> | undefined, own: Set<string> | undefined): Set<string> | undefined {
  return teller && own ? new Set([...teller, ...own]) : teller ?? own;
}
