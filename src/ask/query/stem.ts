// Stemming of a question's words (Snowball, see text.ts), with the stems of the dataset's own words
// kept and those of typed words kept for one question only. Split from text.ts.
import snowball from 'snowball-stemmers';
import type { Locale } from '../../reply/model.js';
import { normalize } from '../../dataset/lookup.js';
import { isDatasetWord } from '../../dataset/text-match.js';

const STEMMERS = { en: snowball.newStemmer('english'), de: snowball.newStemmer('german') };
// Stems of the dataset's own words, kept once computed; a word only a user typed is stemmed anew
// for every question (no memory keyed by input outlives it: the reply cache alone remembers questions).
const datasetStems = { en: new Map<string, string>(), de: new Map<string, string>() };

// Stems of typed words no dataset text holds, kept while one question is answered (inQuestionScope)
// and dropped with it. The parser and the plans stem such a word about ten times per question (the
// eval sets: 10.7 Snowball calls per question for one or two such words), and Snowball costs about
// 4 µs a word; the dataset's own words are in datasetStems already.
let scopes = 0;
let typedStems: Record<Locale, Map<string, string>> | undefined;

/** Runs `answer` with the stems of typed words kept until it returns (nested calls share them). */
export function inQuestionScope<T>(answer: () => T): T {
  scopes++;
  try {
    return answer();
  } finally {
    if (--scopes === 0) typedStems = undefined;
  }
}

/** Whether a string holds an ASCII digit, as /\d/ tests it, without a regular expression (stem runs on every word of a question, twice). */
export function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** The Snowball stem of a normalised word in one language (digits and short words unchanged). */
export function stem(word: string, lang: Locale): string {
  if (word.length < 4 || hasDigit(word)) return word;
  const table = datasetStems[lang];
  let s = table.get(word);
  if (s !== undefined) return s;
  const typed = scopes > 0 ? (typedStems ??= { en: new Map(), de: new Map() })[lang] : undefined;
  s = typed?.get(word);
  if (s !== undefined) return s;
  s = STEMMERS[lang].stem(word);
  // German Snowball takes a superlative's "-st-" with its ending ("höchsten" → "hoch"), so "wie
  // hoch" would read as "am höchsten": the superlative keeps its mark ("hochst").
  if (lang === 'de' && word.length > s.length + 2 && word.startsWith(`${s}st`)) s = `${s}st`;
  if (isDatasetWord(word)) table.set(word, s);
  else typed?.set(word, s);
  return s;
}

/**
 * A German verb form's common stem: Snowball keeps the participle's "ge-" and the "-t" of the third
 * person, so "geschenkt", "schenkt" and "schenken" meet only here ("schenk"). Other words and
 * English: the Snowball stem.
 */
export function verbStem(word: string, lang: Locale): string {
  if (lang !== 'de') return stem(word, lang);
  const bare = word.length >= 7 && word.startsWith('ge') && /(t|en)$/.test(word) ? word.slice(2) : word;
  const s = stem(bare, lang);
  return s.length >= 5 && s.endsWith('t') ? s.slice(0, -1) : s;
}

/** A phrase's stems in one language, space-joined ("rare earth reserves" → "rare earth reserv"). */
export function stemPhrase(phrase: string, lang: Locale): string {
  return normalize(phrase).split(' ').filter(Boolean).map((w) => stem(w, lang)).join(' ');
}
