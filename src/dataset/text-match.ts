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
  return known.get(s) ?? normalizeUncached(s);
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
const LATIN1: (string | undefined)[] = Array.from({ length: 256 }, (_, c) => {
  if (c < 128) return undefined;
  // Beyond ASCII, what is no letter or digit is a separator.
  const folded = String.fromCharCode(c).normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/ß/g, 'ss')
    .replace(/(?![\p{ASCII}])[^\p{L}\p{N}]/gu, ' ');
  return ASCII.test(folded) ? folded : undefined;
});

/** Latin-1 text folded to lower-case ASCII (see LATIN1), or undefined when a character has no ASCII fold. */
function foldLatin1(s: string): string | undefined {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) continue;
    const fold = c < 256 ? LATIN1[c] : undefined;
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

// ---------------------------------------------------------------------------------------------
// Edit distance

// Three DP rows reused across calls: a lookup scans hundreds of keys per typed word, and fresh arrays
// per call were the largest cost of the uncached answer path (bench/core.ts, --cpu-prof).
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal-string-alignment Damerau–Levenshtein distance, giving up (returning max + 1) as soon as
 * the distance must exceed `max`, so scanning a few hundred keys stays cheap.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0) return lb;
  if (lb === 0) return la;
  if (rows[0]!.length <= lb) rows = [new Int32Array(lb + 1), new Int32Array(lb + 1), new Int32Array(lb + 1)];
  let prevPrev = rows[0]!;
  let prev = rows[1]!;
  let cur = rows[2]!;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    const pa = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = prev[j - 1]! + (ca === cb ? 0 : 1);
      const del = prev[j]! + 1;
      if (del < v) v = del;
      const ins = cur[j - 1]! + 1;
      if (ins < v) v = ins;
      if (j > 1 && ca === b.charCodeAt(j - 2) && pa === cb) {
        const t = prevPrev[j - 2]! + 1;
        if (t < v) v = t;
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const spare = prevPrev;
    prevPrev = prev;
    prev = cur;
    cur = spare;
  }
  return prev[lb]!;
}

// Pattern bit masks per UTF-16 code unit, reused: set for one pattern, cleared after its scan.
const peq = new Int32Array(65_536);

/**
 * editDistance(pattern, text, max) of one typed pattern against many texts (max + 1 for every
 * distance beyond max), in one pass over each
 * text: Hyyrö's bit-parallel optimal-string-alignment algorithm ("A bit-vector algorithm for
 * computing Levenshtein and Damerau edit distances", 2003), a column of the DP table per word
 * operation, so a lookup over every name of the dataset costs a few operations per character instead
 * of a table per name. Patterns longer than 31 code units use the table. No maintained package offers
 * the bounded OSA distance this way (the popular ones are Levenshtein only, which counts a swap of
 * two letters as two typos); test/dataset/text-match.test.ts checks it against editDistance.
 */
export function scanDistances(
  pattern: string,
  texts: readonly string[],
  max: number,
  visit: (index: number, d: number) => void,
  window?: ScanWindow,
): void {
  const m = pattern.length;
  const from = window?.from ?? 0;
  const to = window?.to ?? texts.length;
  const all = !window?.within;
  if (m === 0 || m > 31) {
    for (let i = from; i < to; i++) {
      const d = editDistance(pattern, texts[i]!, max);
      if (all || d <= max) visit(i, d);
    }
    return;
  }
  const masks = window?.masks;
  const pmask = masks ? charMask(pattern) : 0;
  for (let i = 0; i < m; i++) peq[pattern.charCodeAt(i)]! |= 1 << i;
  try {
    const top = 1 << (m - 1);
    for (let t = from; t < to; t++) {
      const text = texts[t]!;
      const n = text.length;
      if (Math.abs(m - n) > max) {
        if (all) visit(t, max + 1);
        continue;
      }
      if (masks && (popcount(pmask & ~masks[t]!) > max || popcount(masks[t]! & ~pmask) > max)) {
        if (all) visit(t, max + 1);
        continue;
      }
      if (text === pattern) {
        visit(t, 0);
        continue;
      }
      let vp = -1;
      let vn = 0;
      let d0 = 0;
      let pmOld = 0;
      let score = m;
      for (let j = 0; j < n; j++) {
        const pm = peq[text.charCodeAt(j)]!;
        const tr = (((~d0) & pm) << 1) & pmOld;
        d0 = ((((pm & vp) + vp) ^ vp) | pm | vn | tr);
        let hp = vn | ~(d0 | vp);
        let hn = d0 & vp;
        if (hp & top) score++;
        else if (hn & top) score--;
        hp = (hp << 1) | 1;
        hn = hn << 1;
        vp = hn | ~(d0 | hp);
        vn = hp & d0;
        pmOld = pm;
      }
      if (score <= max) visit(t, score);
      else if (all) visit(t, max + 1);
    }
  } finally {
    for (let i = 0; i < m; i++) peq[pattern.charCodeAt(i)] = 0;
  }
}

/**
 * Part of a scan: texts [from, to) only (the caller knows the others are too long or too short),
 * and optionally each text's charMask, to skip texts that cannot be within `max` (see charMask).
 */
export interface ScanWindow {
  from?: number;
  to?: number;
  masks?: Int32Array;
  /**
   * Visit only the texts within `max`: a caller that ignores the others saves a call per text out of
   * reach, most of a scan (bench/core-check.ts prof).
   */
  within?: boolean;
}

/**
 * The characters a string holds, one bit per character (a–z, 0–9 folded onto the remaining bits).
 * A character of one string that the other lacks needs an edit of its own (one edit changes one
 * position), and folding only merges bits, so the count of bits one side has and the other lacks
 * never exceeds the edit distance: a lower bound that rules most names out before any distance.
 */
export function charMask(s: string): number {
  let mask = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    mask |= 1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6));
  }
  return mask;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Typos tolerated for a typed string of this length: none for codes, more for long names. */
export function typoBudget(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  if (length <= 9) return 2;
  return 3;
}
