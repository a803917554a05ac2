// Words of a question: split, normalised (case, accents), stemmed and German compounds split.
//
// Stemming uses the Snowball algorithms (snowball-stemmers, the JS port of the reference stemmers
// for English and German): "reserves" ~ "reserve", "Förderung" ~ "fördern", "Verwendungen" ~
// "Verwendung". Snowball does not split compounds, and a general German decompounder needs a large
// dictionary; ours splits only on parts the dataset itself knows (names, aliases, vocabulary words
// and data/vocabulary.yaml's compound_parts), which is what matters for finding records:
// "Seltenerdexporte" = Seltenerd(en) + Exporte, "Neodymoxid" = Neodym + Oxid.
import snowball from 'snowball-stemmers';
import type { Locale } from '../../reply/model.js';
import { editDistance, normalize } from '../../dataset/lookup.js';
import { isDatasetWord } from '../../dataset/text-match.js';

const STEMMERS = { en: snowball.newStemmer('english'), de: snowball.newStemmer('german') };
// Stems of the dataset's own words, kept once computed; a word only a user typed is stemmed anew
// every time (no memory keyed by input: the reply cache alone remembers questions).
const datasetStems = { en: new Map<string, string>(), de: new Map<string, string>() };

/** The Snowball stem of a normalised word in one language (digits and short words unchanged). */
/** A text without the editions it cites ("USGS MCS 2025", "mcs 2025"): their years are no figure's year. */
export const withoutEditions = (text: string): string => text.replace(/\bmcs \d{4}\b/gi, ' ');

/** Whether a string holds an ASCII digit, as /\d/ tests it, without a regular expression (stem runs on every word of a question, twice). */
function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

export function stem(word: string, lang: Locale): string {
  if (word.length < 4 || hasDigit(word)) return word;
  const table = datasetStems[lang];
  let s = table.get(word);
  if (s === undefined) {
    s = STEMMERS[lang].stem(word);
    // German Snowball takes a superlative's "-st-" with its ending ("höchsten" → "hoch"), so "wie
    // hoch" would read as "am höchsten": the superlative keeps its mark ("hochst").
    if (lang === 'de' && word.length > s.length + 2 && word.startsWith(`${s}st`)) s = `${s}st`;
    if (isDatasetWord(word)) table.set(word, s);
  }
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

/** Raw words of a text (letters and digits, with "0.1" and "2%" kept whole). */
export function rawWords(text: string): string[] {
  return text.replace(/['’`´]s(?=\s|$|[^\p{L}\p{N}])/gu, '').match(/\d+(?:[.,]\d+)?%?|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
}

// German linking elements between compound parts ("Verteidigung-s-ausgaben", "Seltenerd-" of "Seltenerden").
const LINKS = ['', 's', 'es'];
const COMPLETIONS = ['', 'en', 'e', 'n'];

/**
 * Splits a normalised word into known parts, or returns undefined. `known` holds normalised single
 * words (names, aliases, vocabulary, compound parts). Each part is returned in its known form.
 */
export function splitCompound(word: string, known: ReadonlySet<string>, depth = 2, heads?: ReadonlySet<string>): string[] | undefined {
  if (word.length < 7 || known.has(word) || depth === 0 || /\d/.test(word)) return undefined;
  const asKnown = (part: string): string | undefined => {
    for (const c of COMPLETIONS) if (part.length + c.length >= 3 && known.has(part + c)) return part + c;
    return undefined;
  };
  // Longest known first part wins ("seltenerdexporte": "seltenerd" before "selten").
  for (let i = word.length - 3; i >= 3; i--) {
    const rightWord = word.slice(i);
    for (const link of LINKS) {
      const leftWord = word.slice(0, i);
      if (link && !leftWord.endsWith(link)) continue;
      const left = asKnown(leftWord.slice(0, leftWord.length - link.length));
      if (!left) continue;
      const right = asKnown(rightWord) ?? splitCompound(rightWord, known, depth - 1)?.join(' ');
      if (right) return [left, ...right.split(' ')];
    }
  }
  return depth === 2 ? misspeltTail(word, known, asKnown) ?? (heads && misspeltHead(word, heads, asKnown)) : undefined;
}

/**
 * The known word of six letters or more one edit from `part` (same first letter). Of several, the one
 * sharing the longest start ("fordern" for "forderng" before "forderung"); a tie is no reading.
 */
function oneEditFrom(part: string, known: ReadonlySet<string>): string | undefined {
  let hit: string | undefined;
  let hitPrefix = -1;
  let tie = false;
  for (const k of known) {
    if (k.length < 6 || k[0] !== part[0] || Math.abs(k.length - part.length) > 1 || editDistance(part, k, 1) > 1) continue;
    let p = 0;
    while (p < k.length && k[p] === part[p]) p++;
    if (p > hitPrefix) { hit = k; hitPrefix = p; tie = false; } else if (p === hitPrefix) tie = true;
  }
  return tie ? undefined : hit;
}

/**
 * A compound whose last part is misspelt ("Seltenerdreseven"): a known first part of five letters or
 * more, then a part of six or more one edit from exactly one known part.
 */
function misspeltTail(word: string, known: ReadonlySet<string>, asKnown: (part: string) => string | undefined): string[] | undefined {
  for (let i = word.length - 6; i >= 5; i--) {
    const left = asKnown(word.slice(0, i));
    if (!left) continue;
    const hit = oneEditFrom(word.slice(i), known);
    if (hit) return [left, hit];
  }
  return undefined;
}

/**
 * A compound whose first part is a misspelt name ("Nikelförderung", "Litiumreserven"): a part one edit
 * from exactly one of `heads` (mineral and element names of six letters or more), then a known last
 * part of four or more. Only names: "Weiterverarbeitung" is no "Wetter". Tried after every other
 * reading, and only at cuts whose last part is known, so few cuts are scanned.
 */
function misspeltHead(word: string, heads: ReadonlySet<string>, asKnown: (part: string) => string | undefined): string[] | undefined {
  for (let i = word.length - 4; i >= 5; i--) {
    const right = asKnown(word.slice(i));
    if (!right) continue;
    const hit = oneEditFrom(word.slice(0, i), heads);
    if (hit) return [hit, right];
  }
  return undefined;
}

/** Whether the phrase's words stand in `words` from position `i` on. */
export function phraseAt(words: readonly string[], i: number, phrase: readonly string[]): boolean {
  // A loop, not phrase.every with a closure: the years, thresholds and terms readers ask it about
  // every word of a question for every phrase of their lists, about 220 calls per question.
  for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) return false;
  return true;
}

// Phrase tests on normalised text (single spaces, none at either end) without building padded
// copies of it: ` ${text} `.startsWith(` ${phrase} `) was made once per phrase of a list.

/** Whether normalised text opens with a phrase as whole words: ` ${text} `.startsWith(` ${phrase} `). */
export function opensWith(text: string, phrase: string): boolean {
  return text.startsWith(phrase) && (text.length === phrase.length || text.charCodeAt(phrase.length) === 32);
}

/** Whether normalised text closes with a phrase as whole words: ` ${text} `.endsWith(` ${phrase} `). */
export function closesWith(text: string, phrase: string): boolean {
  return text.endsWith(phrase) && (text.length === phrase.length || text.charCodeAt(text.length - phrase.length - 1) === 32);
}

/** A literal for a RegExp source: the characters that mean something in a pattern, escaped. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
