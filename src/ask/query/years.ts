// Years a question names in words rather than digits ("last year", "im vergangenen Jahr"), and a
// year that names an edition ("MCS 2025", "the 2022 USGS edition") rather than the figures' year.
import type { TimeRef } from './types.js';
import { phraseAt } from './text.js';
import type { RelativeYear, VocabIndex } from './vocab.js';

const YEAR = /^(?:19|20)\d\d$/;

/**
 * The words with every occurrence of the phrases blanked, places kept: "2024, edition by edition"
 * names no edition, the words of the phrase only ask for all of them. One a year follows ("in den
 * Ausgaben 2024 bis 2026") names the editions it asks.
 */
export function withoutPhrases(words: readonly string[], phrases: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  // Per question this ran a dozen phrases over every word, slicing the two words after each place
  // before comparing its first word (4 % of an uncached answer's CPU, bench/core.ts): the phrases'
  // words are split once per list, and a place is looked at further only when its first word matches.
  for (const ps of phraseWords(phrases)) {
    const first = ps[0];
    for (let i = 0; i + ps.length <= words.length; i++) {
      if (words[i] !== first) continue;
      let k = 1;
      while (k < ps.length && words[i + k] === ps[k]) k++;
      if (k < ps.length) continue;
      const next = words[i + ps.length];
      const second = words[i + ps.length + 1];
      if ((next !== undefined && YEAR.test(next)) || (second !== undefined && YEAR.test(second))) continue;
      for (let j = 0; j < ps.length; j++) (out ??= [...words])[i + j] = '';
    }
  }
  return out ?? words;
}

// The lists are the vocabulary index's own arrays, made once per dataset: keyed by the array, the
// split words go with it when a reload drops the index.
const splitPhrases = new WeakMap<readonly string[], readonly (readonly string[])[]>();
function phraseWords(phrases: readonly string[]): readonly (readonly string[])[] {
  let parts = splitPhrases.get(phrases);
  if (!parts) splitPhrases.set(phrases, (parts = phrases.map((p) => p.split(' '))));
  return parts;
}

/**
 * The editions a question names by year ("MCS 2023, MCS 2024 und MCS 2025", "Ausgaben 2023 bis 2026",
 * "the 2025 USGS edition"), where they stand: a year right beside an edition word (or one word of the
 * edition's name between), or joined to such a year. "2024 laut MCS 2026" names one edition and a data year.
 */
export function editionYearsNamed(words: readonly string[], v: VocabIndex): { year: number; at: number }[] {
  const found: { year: number; at: number }[] = [];
  const years = new Set<number>();
  const ed = (j: number): boolean => v.editionWords.has(words[j] ?? '');
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!YEAR.test(w)) continue;
    const label = (j: number): boolean => v.editionLabelWords.has(words[j] ?? '');
    // Not a year before an edition word that has its own year after it ("2023 MCS 2025": the data year, then the edition).
    const owned = (j: number): boolean => ed(j) && YEAR.test(words[j + 1] ?? '');
    const beside = ed(i - 1) || (ed(i + 1) && !owned(i + 1)) || (ed(i + 2) && label(i + 1) && !owned(i + 2)) || (ed(i - 2) && label(i - 1));
    // A year joined to an edition's year ("2023 bis 2026", "2023 and 2024") is an edition too.
    const joined = i >= 2 && v.range.join.includes(words[i - 1]!) && years.has(Number(words[i - 2]));
    if (beside || joined) {
      years.add(Number(w));
      found.push({ year: Number(w), at: i });
    }
  }
  return found;
}

/** The year of an edition the question asks for: the year nearest an edition word, at most two words away. */
export function editionYear(words: readonly string[], v: VocabIndex): number | undefined {
  let best: { year: number; distance: number } | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // Both patterns below end in a digit: a word ending otherwise (nearly all) is passed over unscanned.
    const last = w.charCodeAt(w.length - 1);
    if (!(last >= 48 && last <= 57)) continue;
    // "mcs2025" typed as one word.
    const glued = /^([a-z]+)((?:19|20)\d\d)$/.exec(w);
    if (glued && v.editionWords.has(glued[1]!)) return Number(glued[2]);
    if (!YEAR.test(w)) continue;
    // "2024 laut MCS 2025": the year next to the edition word is the edition's.
    // Of two as near, the later: "the 2025 edition had no figure; what does the 2026 edition give?" asks last.
    for (let j = Math.max(0, i - 2); j <= Math.min(words.length - 1, i + 2); j++) {
      const distance = Math.abs(j - i);
      if (j !== i && v.editionWords.has(words[j]!) && (!best || distance <= best.distance)) best = { year: Number(w), distance };
    }
  }
  return best?.year;
}

/** A phrase naming a year relative to today, the longest that occurs (the first of equals), with its offset. */
export function relativeYear(words: readonly string[], v: VocabIndex): RelativeYear | undefined {
  let best: RelativeYear | undefined;
  for (let i = 0; i < words.length; i++) {
    const r = relativeYearAt(words, i, v);
    if (r && (!best || r.words.length > best.words.length)) best = r;
  }
  return best;
}

/** The words with those of every relative year ("last year") blanked, at the same positions. */
export function withoutRelativeYears(words: readonly string[], v: VocabIndex): readonly string[] {
  let out: string[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const r = relativeYearAt(words, i, v);
    if (!r) continue;
    out ??= [...words];
    for (let k = 0; k < r.words.length; k++) out[i + k] = '';
  }
  return out ?? words;
}

/** The longest phrase naming a relative year that starts at word i. */
function relativeYearAt(words: readonly string[], i: number, v: VocabIndex): RelativeYear | undefined {
  return v.relativeYears.get(words[i]!)?.find((r) => phraseAt(words, i, r.words));
}

// The phrases of "the year before" by first word, longest first as in the vocabulary index: most
// words open none, and comparing each word with every phrase was a fiftieth of parsing a question.
const yearBeforeByFirst = new WeakMap<VocabIndex, Map<string, string[][]>>();

/** The longest "year before" phrase starting at word i (the first of equals). */
function yearBeforeAt(words: readonly string[], i: number, v: VocabIndex): string[] | undefined {
  let byFirst = yearBeforeByFirst.get(v);
  if (!byFirst) {
    byFirst = new Map();
    for (const b of v.yearBefore) {
      if (!b.length) continue;
      const list = byFirst.get(b[0]!);
      if (list) list.push(b);
      else byFirst.set(b[0]!, [b]);
    }
    yearBeforeByFirst.set(v, byFirst);
  }
  const list = byFirst.get(words[i]!);
  if (list) for (const b of list) if (phraseAt(words, i, b)) return b;
  return undefined;
}

/**
 * The time asked, with the year a relative phrase gives (`now` is the clock of the question): alone it
 * is that year; beside a date or month without a year ("November 7 last year") it gives the year.
 * An explicit year stands.
 */
export function withRelativeYear(found: TimeRef | undefined, rel: { words: string[]; offset: number } | undefined, now: Date | undefined): TimeRef | undefined {
  if (!rel || !now) return found;
  const y = now.getUTCFullYear() + rel.offset;
  const text = rel.words.join(' ');
  if (!found) return { kind: 'year', start: `${y}-01-01`, end: `${y}-12-31`, text };
  // "this month last year": a month named from today moves back with the years asked.
  if (found.relative) {
    const back = (iso: string): string => `${Number(iso.slice(0, 4)) + rel.offset}${iso.slice(4)}`;
    const { relative: _relative, ...kept } = found;
    return { ...kept, start: back(found.start), end: back(found.end), text: `${found.text} ${text}` };
  }
  if (!found.yearInferred) return found;
  const shift = y - Number(found.start.slice(0, 4));
  const move = (iso: string): string => `${Number(iso.slice(0, 4)) + shift}${iso.slice(4)}`;
  const { yearInferred: _inferred, ...rest } = found;
  return { ...rest, start: move(found.start), end: move(found.end) };
}

/**
 * Two or more years the question sets side by side ("2025 weniger als 2024", "more last year than the
 * year before"), in the order named; undefined for fewer than two. An edition's year is none of them;
 * "the year before" is the year before the nearest other one the question names.
 */
export function comparedYears(words: readonly string[], v: VocabIndex, editions: ReadonlySet<number>, now: Date | undefined): { years: number[]; words: string[] } | undefined {
  const found: { year?: number; before?: true }[] = [];
  const said: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // Every edition named is no year of the figures ("2023 in MCS 2024 and MCS 2025" compares editions, not years).
    if (YEAR.test(w)) {
      if (!editions.has(Number(w))) found.push({ year: Number(w) });
      continue;
    }
    const rel = now ? relativeYearAt(words, i, v) : undefined;
    const before = yearBeforeAt(words, i, v);
    // The longer reading wins: "the year before last" is a year of its own, not the one before another.
    if (before && (!rel || before.length >= rel.words.length)) { found.push({ before: true }); said.push(...before); i += before.length - 1; continue; }
    if (rel) { found.push({ year: now!.getUTCFullYear() + rel.offset }); i += rel.words.length - 1; }
  }
  const years: number[] = [];
  found.forEach((f, k) => {
    const anchor = f.year ?? [...found.slice(0, k)].reverse().find((x) => x.year !== undefined)?.year ?? found.slice(k + 1).find((x) => x.year !== undefined)?.year;
    const y = f.year ?? (anchor !== undefined ? anchor - 1 : undefined);
    if (y !== undefined && !years.includes(y)) years.push(y);
  });
  return years.length >= 2 ? { years, words: said } : undefined;
}
