// Text matching for lookups: normalisation (case, diacritics, umlaut transliteration, articles)
// and a bounded edit distance with a typo budget by length.

// ---------------------------------------------------------------------------------------------
// Normalisation

const UMLAUT_TRANSLIT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'ae', Ö: 'oe', Ü: 'ue' };

/**
 * Lower case, no diacritics, ß → ss, possessive 's dropped, punctuation to single spaces.
 * "Brazil's" → "brazil", "Volksrepublik  China" → "volksrepublik china", "Förderung" → "forderung".
 */
export function normalize(s: string): string {
  return plainAscii(s) ?? known.get(s) ?? normalizeUncached(s);
}

/**
 * Text that is normal already but for its case (ASCII letters and digits in runs one space apart:
 * most words and names passed here), lower-cased; undefined for anything else. Its normal form is
 * itself in lower case, so it needs neither the scan of normalizeAscii nor a probe of the large
 * table of dataset texts, which each question's words went through three or four times (the
 * largest single line of an uncached question's profile). Long texts (sentences) are left to the table.
 */
function plainAscii(s: string): string | undefined {
  const n = s.length;
  if (n === 0 || n > 48) return undefined;
  let upper = false;
  let space = true;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) space = false;
    else if (c >= 65 && c <= 90) { upper = true; space = false; }
    else if (c === 32 && !space) space = true;
    else return undefined;
  }
  if (space) return undefined;
  return upper ? s.toLowerCase() : s;
}

function normalizeUncached(s: string): string {
  // Plain ASCII (most command lines and names) has no marks, umlauts or ß: skip the Unicode passes.
  if (ASCII.test(s)) return normalizeAscii(s.toLowerCase());
  // Latin-1 (German and most Western text) folds to ASCII letter by letter.
  const folded = foldLatin1(s);
  if (folded !== undefined) return normalizeAscii(folded);
  return unicodePasses(s);
}

/** The passes that define normalize: NFKD, marks dropped, lower case, ß → ss, possessive 's dropped, punctuation to spaces. */
export function unicodePasses(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/['’`´]s(?=\s|$|[^\p{L}\p{N}])/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007f]*$/;

/**
 * What the passes make of each Latin-1 character (U+0080–U+00FF) alone, as ASCII: "Ä" → "a", "ß" →
 * "ss", "²" → "2", a non-letter ("«", NBSP) → " "; undefined where a letter stays non-ASCII ("æ",
 * "ø", "µ"). Derived from the passes themselves at start-up. The passes work character by character
 * on such text (decomposition, mark removal and lower case have no context in Latin-1), so folding
 * each character first and then taking the ASCII route gives their result; NFKD and the Unicode
 * regular expressions were most of the cost of normalising a German question (bench/core.ts,
 * --cpu-prof). test/dataset/text-match.test.ts compares both on random Latin-1 text.
 */
const foldAlone = (c: number): string | undefined => {
  // Beyond ASCII, what is no letter or digit is a separator.
  const folded = String.fromCharCode(c).normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/ß/g, 'ss')
    .replace(/(?![\p{ASCII}])[^\p{L}\p{N}]/gu, ' ');
  return ASCII.test(folded) ? folded : undefined;
};
const LATIN1: (string | undefined)[] = Array.from({ length: 256 }, (_, c) => (c < 128 ? undefined : foldAlone(c)));

// General Punctuation (U+2000–U+206F) folds the same way: the answers' own dashes and quotes ("–",
// "—", "„", "“") sent whole leads through NFKD and the Unicode patterns (bench/core-check.ts prof).
// "’" stays with the passes: their possessive rule reads it before it becomes a separator.
const PUNCTUATION_FROM = 0x2000;
const PUNCTUATION: (string | undefined)[] = Array.from({ length: 0x70 }, (_, i) => (PUNCTUATION_FROM + i === 0x2019 ? undefined : foldAlone(PUNCTUATION_FROM + i)));

/** Latin-1 text and punctuation folded to lower-case ASCII (see LATIN1), or undefined when a character has no ASCII fold. */
function foldLatin1(s: string): string | undefined {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) continue;
    const fold = c < 256 ? LATIN1[c] : c - PUNCTUATION_FROM < PUNCTUATION.length && c >= PUNCTUATION_FROM ? PUNCTUATION[c - PUNCTUATION_FROM] : undefined;
    if (fold === undefined) return undefined;
    out += s.slice(from, i) + fold;
    from = i + 1;
  }
  return (out + s.slice(from)).toLowerCase();
}

const isAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * The ASCII passes in one scan of lower-case text: its runs of a–z and 0–9, space-joined, an "'s" or
 * "`s" that ends a word dropped. The same as
 * `.replace(/['`]s(?=\s|$|[^a-z0-9])/g, '').replace(/[^a-z0-9]+/g, ' ').trim()`, without the
 * three intermediate strings (normalising typed text was a twentieth of an uncached answer's CPU;
 * bench/core.ts, --cpu-prof); test/commands/fuzzy-index.test.ts compares the two.
 */
export function normalizeAscii(lower: string): string {
  let out = '';
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (isAlnum(c)) {
      let j = i + 1;
      while (j < n && isAlnum(lower.charCodeAt(j))) j++;
      out = out ? `${out} ${lower.slice(i, j)}` : lower.slice(i, j);
      i = j;
    } else if ((c === 39 || c === 96) && lower.charCodeAt(i + 1) === 115 && (i + 2 >= n || !isAlnum(lower.charCodeAt(i + 2)))) {
      i += 2;
    } else {
      i++;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The dataset's own texts

/**
 * Normalised forms of the dataset's texts (names, aliases, titles, sentences, vocabulary) and of
 * their words, computed when a dataset is indexed (rememberDatasetTexts): answers compare typed words
 * with the same dataset texts again and again. Only dataset texts are kept, never what a user typed,
 * so an answer that is not in the reply cache pays for normalising its input every time (the core
 * bench's distinct workload measures exactly that). A reload adds only the texts it changed; the
 * bound is a guard, far above any dataset's size.
 */
const known = new Map<string, string>();
/** Normalised words of the dataset's texts: the words whose derived forms (stems) may be kept. */
const knownWords = new Set<string>();
const KNOWN_LIMIT = 200_000;

export function rememberDatasetTexts(texts: Iterable<string>): void {
  if (known.size > KNOWN_LIMIT) {
    known.clear();
    knownWords.clear();
  }
  const add = (t: string): string => {
    let n = known.get(t);
    if (n === undefined) known.set(t, (n = normalizeUncached(t)));
    return n;
  };
  for (const t of texts) {
    for (const w of add(t).split(' ')) if (w) knownWords.add(w);
    if (t.includes(' ')) for (const w of t.split(/\s+/)) if (w) add(w);
  }
}

/** Whether a text is one of the dataset's own (a name, title, sentence…), never only typed input. */
export function isDatasetText(text: string): boolean {
  return known.has(text);
}

/** Whether a normalised word occurs in a remembered dataset text. */
export function isDatasetWord(word: string): boolean {
  return knownWords.has(word);
}

/** German spelling without umlauts ("Oesterreich"), indexed beside the plain form. */
export function normalizeTranslit(s: string): string {
  return normalize(s.replace(/[äöüÄÖÜ]/g, (c) => UMLAUT_TRANSLIT[c] ?? c));
}

export const compact = (s: string): string => s.replace(/ /g, '');

export const LEADING_ARTICLES = /^(the|der|die|das|den|dem|des|le|la)\s+/;

export { charMask, editDistance, scanDistances, typoBudget, type ScanWindow } from './edit-distance.js';
