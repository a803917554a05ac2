// Reads the model's answer: references ({{f:N}}) are resolved against the turn's table, and each
// sentence is checked. It is dropped when the model's own words carry anything numeric, cite an
// unknown reference, pair a reference with a subject or measure it is not bound to, or tell a
// change in the wrong direction. Kept sentences are rendered with the dataset's text for every
// reference, so the reader never sees a figure the model typed.
import { z } from 'zod';
import type { Dataset } from '../../dataset/dataset.js';
import { entityMatcher, SUBJECT_KINDS, type Mention, type SubjectKind } from './entities.js';
import { splitSentences } from './grounding.js';
import { findNumeric } from './numeric.js';
import type { Ref, RefTable } from './refs.js';
import { checkDirection } from './direction.js';

export type DropReason = 'numeric' | 'unknown_ref' | 'subject' | 'measure' | 'direction' | 'edition';

export interface Dropped {
  sentence: string;
  reason: DropReason;
  detail: string;
}

export interface ReadAnswer {
  /** Kept paragraphs, references rendered. */
  paragraphs: string[];
  removed: Dropped[];
  sentences: number;
  /** Sentences of the original answer that carried a figure (a reference or a number of its own). */
  figureSentences: number;
  /** Of those, the ones kept. */
  keptFigureSentences: number;
  used: Ref[];
}

// {{f:3}}, {{ f3 }}, and a copied mark {{f:3=3.5 million t}} (whatever follows "=" is ignored:
// the reader sees the dataset's text).
const REF = /\{\{\s*f\s*:?\s*(\d{1,4})\s*(?:=[^{}\n]{0,80})?\}\}/g;
const SLOT = '\uE000';

/** A parsed answer: text pieces and references, checked by a schema at the model boundary. */
export const AnswerPiece = z.union([
  z.strictObject({ text: z.string() }),
  z.strictObject({ ref: z.number().int().positive() }),
]);
export type AnswerPiece = z.infer<typeof AnswerPiece>;

export function parseAnswer(content: string): AnswerPiece[] {
  const pieces: AnswerPiece[] = [];
  let at = 0;
  for (const m of content.matchAll(REF)) {
    if ((m.index ?? 0) > at) pieces.push({ text: content.slice(at, m.index) });
    pieces.push({ ref: Number(m[1]) });
    at = (m.index ?? 0) + m[0].length;
  }
  if (at < content.length) pieces.push({ text: content.slice(at) });
  return z.array(AnswerPiece).parse(pieces);
}

const CLAUSE_BREAK = /[,;:()–—]|\s(?:while|whereas|but|whilst|während|aber|wohingegen|sondern|jedoch)\s/giu;
const RESERVE_WORDS = /(?<![\p{L}])(?:reserves?|reserven|vorkommen|lagerstätten)(?![\p{L}])/iu;
const PRODUCTION_WORDS = /(?<![\p{L}])(?:produc\w*|output|mined|mines|förder\w*|produktion|produzier\w*|abgebaut|gefördert)(?![\p{L}])/iu;

function clauseOf(sentence: string, index: number): { start: number; end: number } {
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const i = m.index ?? 0;
    if (i < index) start = i + m[0].length;
    else { end = i; break; }
  }
  return { start, end };
}

/** Why a reference may not stand where the model put it, or undefined when it may. */
type Problem = { reason: 'subject' | 'measure'; detail: string };

function subjectProblem(ref: Ref, sentence: string, at: number, mentions: readonly Mention[]): Problem | undefined {
  const subject = (detail: string): Problem => ({ reason: 'subject', detail });
  if (ref.isEdition) return undefined;
  const clause = clauseOf(sentence, at);
  for (const kind of SUBJECT_KINDS) {
    const inClause = mentions.filter((m) => m.kind === kind && m.index >= clause.start && m.index < clause.end);
    const near = inClause.length ? inClause : mentions.filter((m) => m.kind === kind);
    const named = new Set(near.map((m) => m.id));
    if (!named.size) continue;
    const bound = ref.subjects[kind];
    if (!bound.size) {
      // What is told of people or an event must come from that event; a figure told of a country, from that country.
      if (kind === 'person' || kind === 'event') return subject(`${kind} ${[...named].join(', ')} paired with a reference bound to no ${kind}`);
      if (kind === 'country' && (ref.kind === 'quantity' || ref.kind === 'percent') && ref.measure) return subject(`country ${[...named].join(', ')} paired with a figure bound to no country`);
      continue;
    }
    const strict: SubjectKind[] = ['person', 'event'];
    const ok = strict.includes(kind) ? [...named].every((n) => bound.has(n)) : [...named].some((n) => bound.has(n));
    if (!ok) return subject(`${kind} ${[...named].join(', ')} paired with a reference bound to ${[...bound].join(', ')}`);
  }
  const text = sentence.slice(clause.start, clause.end);
  if (ref.measure && (ref.kind === 'quantity')) {
    const says = RESERVE_WORDS.test(text) ? 'reserves' : PRODUCTION_WORDS.test(text) ? 'production' : undefined;
    const saysBoth = RESERVE_WORDS.test(text) && PRODUCTION_WORDS.test(text);
    if (says && !saysBoth && says !== ref.measure) return { reason: 'measure', detail: `${ref.measure} figure told as ${says}` };
  }
  return undefined;
}

/**
 * A figure told with an edition or a year must be that edition's or year's: "according to {{MCS
 * 2024}}, Vietnam holds {{3.5 million t}}" is dropped when the figure is from MCS 2025 and 2026.
 */
function editionProblem(refs: readonly Ref[]): string | undefined {
  const named = refs.filter((r) => r.isEdition).flatMap((r) => r.editions.map((e) => e.id));
  const years = refs.filter((r) => r.kind === 'date' && r.date === undefined && /^\d{4}$/.test(r.text)).map((r) => r.values[0]!);
  for (const r of refs) {
    if (r.isEdition || r.kind !== 'quantity' || !r.measure) continue;
    if (named.length && r.editions.length && !r.editions.some((e) => named.includes(e.id))) {
      return `${r.text} is from ${r.editions.map((e) => e.label).join(', ')}, not ${[...new Set(named)].join(', ')}`;
    }
    if (years.length && r.years?.length && !years.some((y) => r.years!.includes(y))) {
      return `${r.text} is the figure for ${r.years.join(', ')}, not ${years.join(', ')}`;
    }
  }
  return undefined;
}

/** Renders a reference for the reader: the dataset's text, with its edition when the sentence names none. */
function render(ref: Ref, sentenceNamesEdition: boolean): string {
  if (ref.kind !== 'quantity' || !ref.editions.length || sentenceNamesEdition) return ref.text;
  const latest = [...ref.editions].sort((a, b) => b.order - a.order)[0]!;
  return `${ref.text} (${latest.label.replace(/\s*\((.*)\)$/, ', $1')})`;
}

/** `check: false` exists only for the mutation test that proves the eval gate can fail. */
export function readAnswer(content: string, table: RefTable, ds: Dataset, check = true): ReadAnswer {
  const pieces = parseAnswer(content);
  const ids = pieces.flatMap((p) => ('ref' in p ? [p.ref] : []));
  const flat = pieces.map((p) => ('ref' in p ? SLOT : p.text.replaceAll(SLOT, ''))).join('');
  const matcher = entityMatcher(ds);
  const out: ReadAnswer = { paragraphs: [], removed: [], sentences: 0, figureSentences: 0, keptFigureSentences: 0, used: [] };
  let next = 0;
  for (const para of splitSentences(flat)) {
    const kept: string[] = [];
    for (const sentence of para) {
      out.sentences++;
      const slots = [...sentence.matchAll(new RegExp(SLOT, 'g'))].map((m) => m.index ?? 0);
      const mine = ids.slice(next, next + slots.length);
      next += slots.length;
      const shown = (s: string): string => mine.reduce((acc, id) => acc.replace(SLOT, `{{f:${id}}}`), s);
      const prose = sentence.replaceAll(SLOT, ' ');
      const numeric = findNumeric(prose);
      if (mine.length || numeric.length) out.figureSentences++;
      const drop = (reason: DropReason, detail: string): void => { out.removed.push({ sentence: shown(sentence), reason, detail }); };
      if (numeric.length && check) { drop('numeric', numeric.map((h) => `${h.text} (${h.why.replace('_', ' ')})`).join(', ')); continue; }
      const refs = mine.map((id) => table.get(id));
      const unknown = mine.filter((_, i) => !refs[i]);
      if (unknown.length) { drop('unknown_ref', `no reference ${unknown.map((u) => `f:${u}`).join(', ')} in this turn`); continue; }
      const bound = refs as Ref[];
      // Mentions are read with the slots blanked, so a reference's own text names nothing.
      const mentions = matcher.mentions(prose);
      const problem = !check ? undefined : bound.map((r, i) => subjectProblem(r, prose, slots[i]!, mentions)).find((p) => p !== undefined);
      if (problem) { drop(problem.reason, problem.detail); continue; }
      const edition = !check ? undefined : editionProblem(bound);
      if (edition) { drop('edition', edition); continue; }
      const direction = !check ? undefined : checkDirection(prose, bound.map((r, i) => ({ ref: r, at: slots[i]! })), ds);
      if (direction) { drop('direction', direction); continue; }
      const namesEdition = bound.some((r) => r.isEdition) || /\b(?:USGS|MCS)\b/.test(prose);
      let i = 0;
      kept.push(sentence.replace(new RegExp(SLOT, 'g'), () => render(bound[i++]!, namesEdition)));
      if (bound.length) out.keptFigureSentences++;
      for (const r of bound) if (!out.used.includes(r)) out.used.push(r);
    }
    if (kept.length) out.paragraphs.push(kept.join(' '));
  }
  return out;
}
