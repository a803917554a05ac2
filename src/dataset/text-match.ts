// Text matching for lookups: normalisation (case, diacritics, umlaut transliteration, articles)
// and a bounded edit distance with a typo budget by length.

// ---------------------------------------------------------------------------------------------
// Normalisation

const UMLAUT_TRANSLIT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'ae', Ö: 'oe', Ü: 'ue' };

/**
 * Lower case, no diacritics, ß → ss, possessive 's dropped, punctuation to single spaces.
 * "Brazil's" → "brazil", "Volksrepublik  China" → "volksrepublik china", "Förderung" → "forderung".
 */
const normalized = new Map<string, string>();

export function normalize(s: string): string {
  // Short strings (names, words, command lines) repeat endlessly; remember them.
  if (s.length > 64) return normalizeUncached(s);
  let n = normalized.get(s);
  if (n === undefined) {
    n = normalizeUncached(s);
    if (normalized.size >= 20_000) normalized.clear();
    normalized.set(s, n);
  }
  return n;
}

function normalizeUncached(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/['’`´]s(?=\s|$|[^\p{L}\p{N}])/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** German spelling without umlauts ("Oesterreich"), indexed beside the plain form. */
export function normalizeTranslit(s: string): string {
  return normalize(s.replace(/[äöüÄÖÜ]/g, (c) => UMLAUT_TRANSLIT[c] ?? c));
}

export const compact = (s: string): string => s.replace(/ /g, '');

export const LEADING_ARTICLES = /^(the|der|die|das|den|dem|des|le|la)\s+/;

// ---------------------------------------------------------------------------------------------
// Edit distance

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
  let prevPrev = new Array<number>(lb + 1).fill(0);
  let prev = Array.from({ length: lb + 1 }, (_, j) => j);
  let cur = new Array<number>(lb + 1).fill(0);
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, prevPrev[j - 2]! + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return prev[lb]!;
}

/** Typos tolerated for a typed string of this length: none for codes, more for long names. */
export function typoBudget(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  if (length <= 9) return 2;
  return 3;
}
