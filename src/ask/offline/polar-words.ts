// Word tests judge (polar.ts) makes of a sentence against a yes/no question: another form of an asked
// verb, an undoing the question does not ask, and a word of its own beside the attribute's words.
import { nameWordsOfAll } from './event-names.js';
import type { ParsedQuery } from '../query/types.js';
import type { Locale } from '../../reply/model.js';
import type { vocabIndex } from '../query/vocab.js';
import { normalize } from '../../dataset/lookup.js';
import { stem, typedCapitalised } from '../query/text.js';
import { holdsPhrase, paddedQuestion } from '../query/question-text.js';
import { matchedWords } from '../query/matched-words.js';

/** Whether the sentence's words hold another form of the verb `w` (grammar.verb_forms: "verboten" for "verbieten"). */
export function sameVerb(v: ReturnType<typeof vocabIndex>, w: string, words: readonly string[]): boolean {
  const family = v.verbFamily.get(w);
  return family !== undefined && words.some((x) => v.verbFamily.get(x) === family);
}

/**
 * The sentence undoes something (grammar.undoing) and the question holds no word of undoing or lifting
 * (one the sentence holds too is a name's word: "end users").
 */
export function undoes(v: ReturnType<typeof vocabIndex>, sentence: string, p: ParsedQuery): boolean {
  if (!v.undoing.length || holdsPhrase(paddedQuestion(p), v.undoing)) return false;
  // "Was there a 100% tariff threat?": a plan or threat asked was one, though undone later; not the thing
  // planned asked as done ("Was the planned 100% tariff imposed?").
  if (holdsPhrase(paddedQuestion(p), v.intentWords) && !p.words.some((w) => v.imposing.has(w))) return false;
  // Another form of the same verb asks the undoing itself ("Did the US drop …?" against "was dropped").
  const lang = p.locale;
  const asked = new Set(p.words.map((w) => stem(w, lang)));
  if (v.undoing.some((u) => !u.includes(' ') && asked.has(stem(u, lang)))) return false;
  const padded = ` ${normalize(sentence)} `;
  if (!holdsPhrase(padded, v.undoing) || p.words.some((w) => v.lifting.has(w) && !padded.includes(` ${w} `))) return false;
  // Of a sentence of clauses ("…; military end users denied in principle; …"), the undoing must stand in one
  // holding a word asked, when any does.
  const clauses = sentence.split(/;\s+/).map((c) => ` ${normalize(c)} `);
  const holding = clauses.filter((c) => c.split(' ').some((w) => w.length > 2 && !v.stop.has(w) && asked.has(stem(w, lang))));
  return holding.length === 0 || holding.some((c) => holdsPhrase(c, v.undoing));
}

/** Whether the sentence holds a content word no attribute hit of the question covers, when there is one. */
export function holdsOwnWord(p: ParsedQuery, content: readonly string[], lifting: ReadonlySet<string>, held: ReadonlySet<string>): boolean {
  const attributeWords = new Set(matchedWords(p.attributes));
  // Nor does a word of ending a measure ("schafft … ab"), which is judged against the sentence below.
  const own = content.filter((w) => !attributeWords.has(w) && !lifting.has(w));
  // A name only says what the sentence is about ("Was anyone killed in Busan?"): a word beside it must
  // be held (in English, where a capital marks a name).
  // So does a word of the name of an event the question names ("Is the US–Japan framework binding?").
  const titles = nameWordsOfAll(p.subjects.namedEvents);
  const said = own.filter((w) => !(p.locale === 'en' && typedCapitalised(p.text, w)) && !titles.has(w));
  return !own.length || (said.length ? said : own).some((w) => held.has(w));
}

/**
 * A question asking whether something happened before ("ever", "zuvor", "schon einmal") and a sentence
 * stating a first of what it asks ("the first woman in the office" for "a woman prime minister before?",
 * the word after the first being one the question asks) that holds all else it asks: no. Not a first
 * since a year ("the first meeting since 2019" says they met before), nor a first the question asks
 * about itself. (The words of the prior phrases need not be in the sentence.)
 */
export function firstDeniesPrior(v: ReturnType<typeof vocabIndex>, p: ParsedQuery, sentence: string, content: readonly string[], held: ReadonlySet<string>): boolean {
  const q = paddedQuestion(p);
  if (!holdsPhrase(q, v.priorWords) || holdsPhrase(q, v.firstWords)) return false;
  const asked = new Set(content.map((w) => stem(w, p.locale)));
  const since = v.wordLists.sinceYear[p.locale];
  const firstOf = firstsIn(v, sentence).some((after) => asked.has(stem(after[0] ?? '', p.locale)) && !after.slice(0, 4).some((x) => since.has(x)));
  return firstOf && content.every((w) => held.has(w) || v.priorWordParts.has(w));
}

/**
 * The words after each first the sentence states (grammar.first_words, as a phrase of its own), up to six:
 * read on the sentence as written, where a possessive ("Japan's first female …") is a first's article too.
 */
function firstsIn(v: ReturnType<typeof vocabIndex>, sentence: string): string[][] {
  const lower = sentence.toLowerCase().replace(/[’']s\b/g, ' s');
  const out: string[][] = [];
  for (const f of v.firstWords) {
    for (let at = lower.indexOf(`${f} `); at >= 0; at = lower.indexOf(`${f} `, at + 1)) {
      if (at > 0 && /\p{L}/u.test(lower[at - 1]!)) continue;
      out.push(lower.slice(at + f.length).split(/[^\p{L}\d]+/u).filter(Boolean).slice(0, 6));
    }
  }
  return out;
}

/**
 * "Was Busan the first meeting between Trump and Xi?" against "their first in-person meeting since 2019":
 * a first asked outright is denied by a sentence whose first is only one since a year (there were earlier
 * ones). Not when the question itself says since when ("the first since 2019?").
 */
export function firstSinceYear(v: ReturnType<typeof vocabIndex>, p: ParsedQuery, sentence: string): boolean {
  const since = v.wordLists.sinceYear[p.locale];
  const q = paddedQuestion(p);
  if (!holdsPhrase(q, v.firstWords) || p.words.some((w) => since.has(w))) return false;
  return firstsIn(v, sentence).some((after) => {
    const i = after.findIndex((x) => since.has(x));
    return i >= 0 && /^(?:19|20)\d\d$/.test(after[i + 1] ?? '');
  });
}

/**
 * Whether a sentence's words hold `w` turned to its opposite by a pair of word parts (grammar.opposites:
 * "importer" → "exporter"), as written: by stems, "exporter" would find "import reliance" turned.
 */
export function turnedIn(pairs: readonly (readonly [string, string])[], w: string, words: readonly string[]): boolean {
  return pairs.some(([a, b]) => [[a, b], [b, a]].some(([x, y]) => w.includes(x!) && words.includes(w.replace(x!, y!))));
}

/** Whether a sentence's words hold `w` negated by a prefix (grammar.negation_prefixes: "verbindlich" in "unverbindlich"). */
export function negatedByPrefix(v: ReturnType<typeof vocabIndex>, w: string, words: readonly string[], lang: Locale): boolean {
  return v.negationPrefixes.some((pre) => words.some((x) => x.startsWith(pre) && stem(x.slice(pre.length), lang) === stem(w, lang)));
}
