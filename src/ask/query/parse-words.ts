// Parts of the question parser (parse.ts) over a question's words: first-person request spans, the
// words phrase hits cover, the minerals named, whether a country's adjective names a figure's
// country, the words of names found and of a closing tag, compounds the texts hold whole, years of
// labelled texts, a ranking word counting a plain noun. Kept apart from parse.ts, which reads the question with them.
import type { Dataset } from '../../dataset/dataset.js';
import type { Locale } from '../../reply/model.js';
import type { Mineral } from '../../dataset/schema.js';
import type { Attribute } from '../../dataset/vocabulary-schema.js';
import { normalize } from '../../dataset/lookup.js';
import type { NamedMinerals } from '../offline/scoring.js';
import { passageCount } from '../offline/retrieve.js';
import type { VocabIndex } from './vocab.js';
import type { PhraseHit } from './phrases.js';
import { closesWith, hasDigit, phraseAt } from './text.js';
import { isScaleWord } from './thresholds.js';

const NO_MINERALS: NamedMinerals = { ids: [], words: new Set() };

/** The minerals named, by id, with the words naming them; one shared empty value for most questions, which name none. */
export function namedMinerals(minerals: readonly Mineral[], found: readonly { typed: string }[]): NamedMinerals {
  if (!minerals.length && !found.length) return NO_MINERALS;
  // Loops, not map and flatMap: no array per name found.
  const ids: string[] = [];
  for (const m of minerals) ids.push(m.id);
  const words = new Set<string>();
  for (const f of found) for (const w of normalize(f.typed).split(' ')) words.add(w);
  return { ids, words };
}

/** The words phrase hits cover. Added in loops: flatMap and a slice per hit were a thirtieth of parsing a question (bench/core-check.ts prof). */
export function hitWords(hits: readonly { start: number; words: number }[], words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const h of hits) for (let k = h.start, end = Math.min(h.start + h.words, words.length); k < end; k++) out.add(words[k]!);
  return out;
}

/**
 * Whether a country's adjective stands right before a figure's word or a mineral while a figure is
 * asked. A module function: under tsx a named closure made per question also calls esbuild's __name.
 */
export function ofFigure(f: { at?: number; typed: string }, attrHits: readonly PhraseHit<Attribute>[], minerals: readonly { at?: number }[], mineralWord?: (at: number) => boolean): boolean {
  if (f.at === undefined) return false;
  const at = f.at;
  const end = at + normalize(f.typed).split(' ').length;
  // The mineral after it may be one named earlier too ("Nickel-cobalt newsletter: Indonesian cobalt production?").
  // "Russische Seltenerdreserven": the compound's mineral part (found inside it, so with no place of
  // its own) stands between the adjective and the figure's word.
  const compoundMineral = minerals.some((m) => m.at === undefined);
  return attrHits.some((h) => 'figure' in h.value.answer && ((h.start > at && h.start <= end) || (compoundMineral && h.start === end + 1) || minerals.some((m) => m.at === end) || mineralWord?.(end) === true));
}

/** Whether a country's adjective stands for its noun: nothing but function words after it ("… als die chilenischen?"). */
export function elliptic(f: { at?: number; typed: string }, words: readonly string[], stop: ReadonlySet<string>): boolean {
  if (f.at === undefined) return false;
  return words.slice(f.at + normalize(f.typed).split(' ').length).every((w) => stop.has(w));
}

// The request phrases by their first word, per vocabulary: a word that opens none is passed at
// once instead of being compared with every phrase (a fortieth of parsing a question).
const requestsByFirst = new WeakMap<readonly string[][], Map<string, string[][]>>();

/** Where first-person requests stand in the words, as [start, end) spans. */
export function requestSpans(words: readonly string[], phrases: readonly string[][]): [number, number][] {
  let byFirst = requestsByFirst.get(phrases);
  if (!byFirst) {
    byFirst = new Map();
    for (const p of phrases) {
      const list = byFirst.get(p[0]!);
      if (list) list.push(p);
      else byFirst.set(p[0]!, [p]);
    }
    requestsByFirst.set(phrases, byFirst);
  }
  const spans: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    const list = byFirst.get(words[i]!);
    if (list) for (const p of list) if (phraseAt(words, i, p)) spans.push([i, i + p.length]);
  }
  return spans;
}

/**
 * Whether a comparison word ("over", "mehr als", "than", "below") stands right before a number, at
 * most two words on ("more than $2,000", "über 200 kt", "less than about 5 Mt", "mehr als zwei
 * Dollar"): a bound. One elsewhere in the question ("Under MCS 2025, …", "… 3.8 Mt or nah?") makes
 * no bound of the question's number.
 */
export function boundBefore(opHits: readonly PhraseHit<string>[], words: readonly string[], numbers: ReadonlyMap<string, number>, marks: ReadonlySet<string>): boolean {
  return boundKind(opHits, words, numbers, marks) !== undefined;
}

/** "Hey, weißt du, wie viel Dysprosium kostet?": the greeting words opening a message, which ask nothing. */
export function openingGreeting(words: readonly string[], greetings: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    if (!greetings.has(w)) break;
    out.add(w);
  }
  return out;
}

/** The nouns of a mark right after a bounding word ("über der Marke von …"): they ask nothing of their own. */
export function boundMarkWords(opHits: readonly PhraseHit<string>[], words: readonly string[], marks: ReadonlySet<string>): string[] {
  return opHits.filter((h) => h.value === 'more' || h.value === 'less').flatMap((h) => words.slice(h.start + h.words, h.start + h.words + 3).filter((w) => marks.has(w)));
}

/** The kind of the first comparison word that bounds a number ("more", "less" or "compare"), if any. */
export function boundKind(opHits: readonly PhraseHit<string>[], words: readonly string[], numbers: ReadonlyMap<string, number>, marks: ReadonlySet<string>): string | undefined {
  for (const h of opHits) {
    if (h.value !== 'more' && h.value !== 'less' && h.value !== 'compare') continue;
    const near = words.slice(h.start + h.words, h.start + h.words + 3);
    // "über der Marke von 300.000 Tonnen": the noun of a mark (grammar.bound_marks) stands between the bound and its figure.
    const next = near.some((w) => marks.has(w)) ? words.slice(h.start + h.words, h.start + h.words + 5) : near;
    // A year after it ("Under MCS 2025") is no number compared with.
    const at = next.findIndex((w) => (/^\d/.test(w) && !/^(?:19|20)\d\d$/.test(w)) || numbers.has(w) || isScaleWord(w));
    // Nor is a rank after a word of the top ("unter den Top 3": among them, not below three).
    const ranked = opHits.some((x) => x.value === 'top' && x.start >= h.start + h.words && x.start < h.start + h.words + at);
    if (at >= 0 && !ranked) return h.value;
  }
  return undefined;
}

// The words of a record's English and German names, once per record rather than per question naming it.
const nameWordsCache = new WeakMap<object, readonly string[]>();

/** The normalised words of a record's names. */
export function nameWords(x: { name: { en: string; de: string } }): readonly string[] {
  let list = nameWordsCache.get(x);
  if (!list) nameWordsCache.set(x, (list = [x.name.en, x.name.de].flatMap((n) => normalize(n).split(' '))));
  return list;
}

/**
 * The records of found names. Pushed into an array made here rather than mapped: map and filter
 * return arrays of another kind when empty than when not, and optimised code that had seen only one
 * kind at a `.length` gave way to the interpreter when the other came, and was compiled anew (three
 * times in ten distinct passes over the bench corpus; node --trace-deopt).
 */
export function itemsOf<T>(found: readonly { item: T }[], keep?: (x: T) => boolean): T[] {
  const out: T[] = [];
  for (const f of found) if (!keep || keep(f.item)) out.push(f.item);
  return out;
}

/** The first reading of a word that is defined and `ok`: map-then-find made an array per question, of a kind that varied with what was read (see itemsOf). */
export function firstRead<T>(words: readonly string[], read: (w: string, i: number) => T | undefined, ok?: (x: T) => boolean): T | undefined {
  for (let i = 0; i < words.length; i++) {
    const x = read(words[i]!, i);
    if (x !== undefined && (!ok || ok(x))) return x;
  }
  return undefined;
}

/** The words of the longest closing tag the normalised question ends with, if any. */
export function closingTag(norm: string, tags: readonly string[]): Set<string> | undefined {
  let best: string | undefined;
  for (const t of tags) if (closesWith(norm, t) && (!best || t.length > best.length)) best = t;
  return best ? new Set(best.split(' ')) : undefined;
}

/** The question's German compounds that were split into parts although the dataset's texts hold them whole. */
export function heldCompounds(ds: Dataset, raws: readonly string[], words: readonly string[], locale: Locale): string[] {
  if (locale !== 'de') return [];
  const out: string[] = [];
  for (const raw of raws) {
    const n = normalize(raw).replace(/ /g, '');
    if (n.length >= 8 && !words.includes(n) && passageCount(ds, n, locale) > 0) out.push(n);
  }
  return out;
}

// A label's number with its year ("No. 46 of 2024", "Nr. 18 von 2025"); global, made once.
export const LABEL_YEAR = /\b(\p{L}+)\.?\s*\d{1,3}\s+(?:of|von|aus)\s+(?:19|20)\d\d\b/gu;

/** The question without the years of labelled texts ("Announcement No. 46 of 2024"): they name a text, not a time asked. */
export function withoutLabelYears(q: string, v: VocabIndex): string {
  // The pattern needs digits (\d is ASCII even with the u flag): most questions have none, and the
  // Unicode scan of each question was a hundredth of its CPU (bench/core.ts, --cpu-prof).
  if (!hasDigit(q)) return q;
  return q.replace(LABEL_YEAR, (m: string, label: string) => (v.numberLabels.has(normalize(label)) ? m.replace(/(?:19|20)\d\d$/, ' ') : m));
}

/** Whether the word after `at` is a plain noun: no name, no word of the question vocabulary, no function word. */
export function quantifies(words: readonly string[], at: number, rest: readonly string[], v: VocabIndex): boolean {
  const next = words[at + 1];
  return next !== undefined && next.length >= 4 && !/\d/.test(next) && rest.includes(next) && !v.known.has(next) && !v.stop.has(next);
}

/**
 * Whether the stated figure is asked to be out of date ("is that outdated?"). Offered as the second of
 * two ("is that right, or outdated?", "passt das, oder ist das überholt?"), it is not what yes or no
 * answers: the first is.
 */
export function askedOutdated(normQ: string, v: VocabIndex, locale: Locale): boolean {
  const padded = ` ${normQ} `;
  const at = Math.min(...[...v.outdatedWords].map((w) => padded.indexOf(` ${w} `)).filter((i) => i >= 0));
  if (!Number.isFinite(at)) return false;
  return !padded.slice(0, at + 1).split(' ').some((w) => v.wordLists.alternatives[locale].has(w));
}

/**
 * The span of a clause of the reader's own doings closing the question ("… when we recover them from
 * magnet scrap", "… weil wir Magnete recyceln"): from its opener (grammar.reader_clauses) to the end.
 * Not one opening the question ("When we recycle magnets, which …"), whose words may be all it asks.
 */
export function readerClause(words: readonly string[], openers: readonly string[][]): [number, number] | undefined {
  for (let i = 3; i < words.length - 1; i++) for (const o of openers) if (phraseAt(words, i, o)) return [i, words.length];
  return undefined;
}

/**
 * Attribute hits without an element's number read off a measure's ("its announcement numbered 62",
 * "Bekanntmachung Nummer 61"): a number word right after a measure word numbers the measure.
 */
export function withoutMeasureNumbers<T extends { id: string; answer?: unknown }>(hits: readonly PhraseHit<T>[], words: readonly string[], v: VocabIndex): PhraseHit<T>[] {
  return hits.filter((h) => !asksElementNumber(h.value) || !words.slice(Math.max(0, h.start - 2), h.start).some((w) => v.measureWords.has(w)));
}

const asksElementNumber = (a: { answer?: unknown }): boolean => typeof a.answer === 'object' && a.answer !== null && (a.answer as { element?: string }).element === 'number';

/** The atomic numbers a question asking an element's number holds, with no measure word in it; undefined otherwise. */
export function elementNumbersAsked(ds: Dataset, words: readonly string[], hits: readonly PhraseHit<Attribute>[], v: VocabIndex): Set<string> | undefined {
  if (!hits.some((h) => asksElementNumber(h.value)) || words.some((w) => v.measureWords.has(w))) return undefined;
  const zs = new Set(words.filter((w) => /^\d{1,3}$/.test(w) && ds.elements.some((e) => String(e.z) === w)));
  return zs.size ? zs : undefined;
}
