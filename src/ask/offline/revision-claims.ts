// Claims of a revision checked against the editions ("Did USGS revise Vietnam's reserves?", "Did Russia's
// reserves fall from 10 Mt to 3.8 Mt?"). Split from answer-figures.ts, which states the figures.
import type { Dataset } from '../../dataset/dataset.js';
import type { EditionGroup, recordHistory } from '../../commands/figures.js';
import type { ParsedQuery } from '../query/types.js';
import type { Locale } from '../../reply/model.js';
import { paddedQuestion } from '../query/question-text.js';
import { vocabIndex, type VocabIndex } from '../query/vocab.js';
import { fromToTonnages } from '../query/thresholds.js';

/**
 * With no edition named ("Did USGS revise Vietnam's reserves?"), a change between any editions held
 * counts; "since the last edition" (the vocabulary's last_edition) asks the edition before only.
 */
export function changedEarlier(ds: Dataset, p: ParsedQuery, older: ReturnType<typeof recordHistory>, year: number | undefined, value: number): boolean {
  if (p.edition !== undefined || vocabIndex(ds).lastEdition.some((x) => paddedQuestion(p).includes(` ${x} `))) return false;
  return older.some((g) => { const x = g.byYear.get(year)?.figure.value; return x != null && x !== value; });
}

const same = (a: number, b: number): boolean => Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));

/**
 * "Did Russia's reserves fall from 10 Mt to 3.8 Mt?": a change claimed with both ends is yes when the
 * figure now is the second, an earlier edition gave the first, and the direction asked is theirs;
 * undefined when the question does not state two tonnages.
 */
export function fromToClaim(p: ParsedQuery, vocab: VocabIndex, earlier: readonly (number | null | undefined)[], now: number, groups: readonly EditionGroup[]): boolean | 'unknown' | undefined {
  const ends = fromToTonnages(p.text, vocab);
  if (!ends) return undefined;
  const [a, b] = ends;
  const way = p.direction === 'up' ? b > a : b < a;
  if (same(now, b) && earlier.some((v) => v != null && same(v, a))) return way;
  // Or one edition to the next ("from 21 Mt to 10 Mt": MCS 2023 to MCS 2024); `earlier` runs newest first.
  if (earlier.some((v, i) => v != null && same(v, b) && earlier[i + 1] != null && same(earlier[i + 1]!, a))) return way;
  // Or two consecutive years, as any edition gave them ("grew from 204,000 to 240,000 t": 2023 to 2024).
  const rows = groups.flatMap((g) => [...g.byYear].filter(([y, e]) => y !== undefined && e.figure.value != null).map(([y, e]) => [y!, e.figure.value!] as const));
  const years = rows.some(([y, v]) => same(v, a) && rows.some(([y2, v2]) => y2 === y + 1 && same(v2, b)));
  if (years) return way;
  // The first figure held, the second not what followed it ("from 22 Mt to 2 Mt"): no. Neither held: the
  // dataset cannot say, so neither yes nor no.
  return earlier.some((v) => v != null && same(v, a)) || rows.some(([, v]) => same(v, a)) ? false : 'unknown';
}

/** The edition that first stated a record's current value: the oldest of the run of editions, newest first, that state it. */
export function changedBy(groups: readonly EditionGroup[], year: number | undefined, value: number): EditionGroup['base'] | undefined {
  let made: EditionGroup['base'] | undefined;
  for (const g of groups) {
    const e = g.byYear.get(year);
    if (!e || e.figure.value !== value) break;
    made = e.corrected ? e.edition : g.base;
  }
  return made;
}

/** The value a record's current figure replaced: its corrected value, else the newest older edition's differing one. */
export function replacedValue(groups: readonly EditionGroup[], year: number | undefined, value: number): number | undefined {
  const cur = groups[0]?.byYear.get(year);
  if (cur?.corrected?.figure.value != null) return cur.corrected.figure.value;
  for (const g of groups.slice(1)) {
    const v = g.byYear.get(year)?.figure.value;
    if (v != null && v !== value) return v;
  }
  return undefined;
}

/**
 * "Have Brazil's reserves risen since MCS 2025?": a change asked from an edition named after a word of
 * "since" (grammar.since_year) to the newest figure, not the edition's own figure against the one before.
 */
export function sinceEdition(p: ParsedQuery, v: VocabIndex, locale: Locale): boolean {
  if (!p.polar || !p.direction || p.edition === undefined) return false;
  let i = p.words.indexOf(String(p.edition)) - 1;
  while (i > 0 && (v.editionWords.has(p.words[i]!) || v.stop.has(p.words[i]!)) && !v.wordLists.sinceYear[locale].has(p.words[i]!)) i--;
  return i >= 0 && v.wordLists.sinceYear[locale].has(p.words[i]!);
}

/** Whether a group of a record's history is of an edition, by its year (MCS 2026 and its v1.3 errata both are 2026). */
export const ofEdition = (g: EditionGroup, edition: number): boolean => Math.floor(g.base.order) === edition;

/** The figure an edition (by its year) first gave for a data year: the release a correction corrected, if any. */
export function editionValue(groups: readonly EditionGroup[], edition: number, year: number | undefined): number | undefined {
  const e = groups.find((x) => ofEdition(x, edition))?.byYear.get(year);
  return e?.corrected?.figure.value ?? e?.figure.value ?? undefined;
}

/**
 * "Did USGS cut Russia's reserves in 2024?": the change an edition published in that year made to the
 * figure (against the edition before it), if one did; of a figure with no data year (reserves).
 */
export function changeInYear(groups: readonly EditionGroup[], year: number | undefined, published: string): { from: number; to: number } | undefined {
  for (let i = 0; i < groups.length - 1; i++) {
    if (!groups[i]!.base.published?.startsWith(published)) continue;
    const to = groups[i]!.byYear.get(year)?.figure.value;
    const from = groups[i + 1]!.byYear.get(year)?.figure.value;
    if (to != null && from != null && to !== from) return { from, to };
  }
  return undefined;
}
