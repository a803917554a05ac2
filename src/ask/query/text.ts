// Words of a question: split, normalised (case, accents), stemmed and German compounds split.
//
// Stemming uses the Snowball algorithms (snowball-stemmers, the JS port of the reference stemmers
// for English and German): "reserves" ~ "reserve", "Förderung" ~ "fördern", "Verwendungen" ~
// "Verwendung". Snowball does not split compounds, and a general German decompounder needs a large
// dictionary; ours splits only on parts the dataset itself knows (names, aliases, vocabulary words
// and data/vocabulary.yaml's compound_parts), which is what matters for finding records:
// "Seltenerdexporte" = Seltenerd(en) + Exporte, "Neodymoxid" = Neodym + Oxid.
import type { Locale } from '../../reply/model.js';
import { editDistance, normalize } from '../../dataset/lookup.js';

export { hasDigit, inQuestionScope, stem, stemPhrase, verbStem } from './stem.js';

/** A text without the editions it cites ("USGS MCS 2025", "mcs 2025"): their years are no figure's year. */
export const withoutEditions = (text: string): string => text.replace(/\bmcs \d{4}\b/gi, ' ');

/** The data years a text states outside editions' names, a span ("2021–2023") with the years inside it. */
export function yearsStated(text: string): string[] {
  const out = new Set<string>();
  for (const m of withoutEditions(text).matchAll(/\b((?:19|20)\d\d)(?:\s?[–-]\s?((?:19|20)\d\d))?\b/g)) {
    const [a, b] = [Number(m[1]), Number(m[2] ?? m[1])];
    if (b > a && b - a < 20) for (let y = a; y <= b; y++) out.add(String(y));
    else out.add(m[1]!);
  }
  return [...out];
}

/** Whether a Latin-1 code unit is a letter or digit as \p{L} and \p{N} read it: ASCII letters and digits, ª µ º, ² ³ ¹ ¼ ½ ¾, and À–ÿ but × and ÷. */
export const isLatin1Word = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
  || (c >= 0xc0 ? c <= 0xff && c !== 0xd7 && c !== 0xf7 : c === 0xaa || c === 0xb5 || c === 0xba || c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0xbc && c <= 0xbe));

const POSSESSIVE = /['’`´]s(?=\s|$|[^\p{L}\p{N}])/gu;

/**
 * The runs of letters and digits of a text with possessive "'s" dropped, as
 * `text.replace(/['’`´]s(?=\s|$|[^\p{L}\p{N}])/gu, '').match(/[\p{L}\p{N}]+/gu) ?? []` gives them:
 * by code unit for Latin-1 text (English and German questions), by the patterns for the rest. The
 * Unicode patterns were most of the cost of splitting a question for its names and its terms.
 */
export function wordRuns(text: string): string[] {
  const out: string[] = [];
  let from = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return text.replace(POSSESSIVE, '').match(/[\p{L}\p{N}]+/gu) ?? [];
    if (isLatin1Word(c)) {
      if (from < 0) from = i;
      continue;
    }
    if (from >= 0) {
      out.push(text.slice(from, i));
      from = -1;
    }
    // "'s" before a non-word (or the end) is dropped: the apostrophe ends the run, the "s" is skipped.
    if ((c === 39 || c === 96 || c === 0xb4) && text.charCodeAt(i + 1) === 115) {
      // A code unit past Latin-1 after it sends the whole text to the patterns on the next turn.
      if (i + 2 >= text.length || !isLatin1Word(text.charCodeAt(i + 2))) i++;
    }
  }
  if (from >= 0) out.push(text.slice(from));
  return out;
}

// How the last text asked about writes its words: callers test the words of one question in turn, and
// reading the text anew for each word made the work grow with the square of its length
// (test/commands/input-cost.test.ts).
let typed: { text: string; capitalised: Set<string>; names: Set<string> } | undefined;
function typedWords(text: string): { capitalised: Set<string>; names: Set<string> } {
  if (typed?.text !== text) {
    const capitalised = new Set<string>();
    const names = new Set<string>();
    for (const r of rawWords(text)) {
      if (r.charAt(0) !== r.charAt(0).toLowerCase()) capitalised.add(normalize(r));
      if (/^\p{Lu}\p{Ll}{2,}$/u.test(r)) names.add(normalize(r));
    }
    typed = { text, capitalised, names };
  }
  return typed;
}

/** Whether the text holds the (normalised) word typed with a capital first letter, as a name is in English. */
export function typedCapitalised(text: string, w: string): boolean {
  return typedWords(text).capitalised.has(w);
}

/** Whether `w` stands in the text written as a name: one capital, then lower case ("Kishida", not "MoU"). */
export function typedAsName(text: string, w: string): boolean {
  return typedWords(text).names.has(w);
}

/** A German genitive's name without its -s ("trumps" → "trump"); undefined for other words and in English. */
export function genitiveBase(w: string, lang: Locale): string | undefined {
  return lang === 'de' && w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : undefined;
}

/** Raw words of a text (letters and digits, with "0.1" and "2%" kept whole). */
export function rawWords(text: string): string[] {
  const t = /['’`´]/.test(text) ? text.replace(POSSESSIVE, '') : text;
  return latin1RawWords(t) ?? t.match(/\d+(?:[.,]\d+)?%?|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * rawWords' match (`/\d+(?:[.,]\d+)?%?|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*\/gu`) by code unit, for
 * Latin-1 text; undefined for other text. The Unicode pattern was a fiftieth of parsing a question.
 */
function latin1RawWords(t: string): string[] | undefined {
  const out: string[] = [];
  const n = t.length;
  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (c > 0xff) return undefined;
    let j = i + 1;
    if (isDigit(c)) {
      // A number, with one decimal part and a percent sign.
      while (j < n && isDigit(t.charCodeAt(j))) j++;
      const sep = t.charCodeAt(j);
      if ((sep === 46 || sep === 44) && isDigit(t.charCodeAt(j + 1))) for (j += 2; j < n && isDigit(t.charCodeAt(j));) j++;
      if (t.charCodeAt(j) === 37) j++;
    } else if (isLatin1Word(c)) {
      // A word, with its hyphenated parts.
      for (;;) {
        while (j < n && isLatin1Word(t.charCodeAt(j))) j++;
        if (t.charCodeAt(j) === 45 && isLatin1Word(t.charCodeAt(j + 1))) j += 2;
        else break;
      }
    } else {
      i = j;
      continue;
    }
    out.push(t.slice(i, j));
    i = j;
  }
  return out;
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

/** Where in `words` the first of the phrases (normalised and split) stands first, or -1. */
export function firstPhraseAt(words: readonly string[], phrases: readonly (readonly string[])[]): number {
  for (let i = 0; i < words.length; i++) for (const p of phrases) if (phraseAt(words, i, p)) return i;
  return -1;
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
/**
 * Whether a text names one of `names`: at a word's start ("Japans" names Japan), or as a whole word
 * (`whole`: a symbol such as "Y" must not be read in "year").
 */
export function namesAny(text: string, names: readonly string[], whole = false): boolean {
  const padded = ` ${normalize(text)} `;
  return names.some((n) => padded.includes(` ${normalize(n)}${whole ? ' ' : ''}`));
}

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words as one regex alternation, longest first so a longer phrase wins over a word inside it. */
export const alternation = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

/** An English past form ("attended", "signed"): after "how many people" it is the verb, not the thing counted. */
export function englishPastForm(w: string): boolean {
  return /^[a-z]{3,}ed$/.test(w);
}
