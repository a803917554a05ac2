// Edit distance for lookups: a bounded optimal-string-alignment distance, one pattern scanned
// against many texts bit-parallel, and the typo budget by length. Apart from normalisation
// (text-match.ts, which re-exports these) so each file stays readable.

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
