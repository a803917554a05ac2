// The free-question sets (test/eval/questions/dev.yaml, heldout.yaml): loading and per-item scoring
// of a reply. Scored on what the reader sees (the plain-text rendering), not on the route:
//   correct  — every expected figure, date, text group and yes/no is in the reply; a "none" item
//              says the dataset has no such figure and gives none; a "refuse" item gets the scope note
//   first    — the same within the first 300 characters (answer-first)
//   wrong    — figures (with a unit) the dataset does not hold for the subjects of their sentence
//   lines    — non-empty lines of the rendered reply; lang — the reply is in the question's language
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Reply } from '../../src/reply/model.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import { renderText } from '../../src/reply/text.js';
import { detectLanguage } from '../../src/ask/offline/language.js';
import { questionLanguage } from '../../src/ask/offline/dataset-language.js';
import { close, findFigures, hasDate, hasFigure, type Unit } from './figures.js';
import { heldFor } from './held.js';

const Fig = z.strictObject({ value: z.number(), unit: z.enum(['t', 'percent', 'usd', 'count']) });

export const QuestionItem = z.strictObject({
  id: z.string(),
  locale: z.enum(['en', 'de']),
  q: z.string().min(1),
  class: z.string(),
  expect: z.strictObject({
    figures: z.array(Fig).optional(),
    also_figures: z.array(Fig).optional(),
    dates: z.array(z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/)).optional(),
    text: z.array(z.array(z.string()).min(1)).optional(),
    yes: z.boolean().optional(),
    none: z.literal(true).optional(),
    refuse: z.literal(true).optional(),
  }),
  source: z.string().optional(),
});
export type QuestionItem = z.infer<typeof QuestionItem>;

export function loadQuestions(file: URL): QuestionItem[] {
  return z.array(QuestionItem).parse(parse(readFileSync(file, 'utf8')));
}

export const FIRST_CHARS = 300;

const NONE = /\b(has no figure|no figure|holds no|has nothing|not in the dataset|no (?:USGS )?[\w-]+ figure|gives no)\b|keine Zahl|enthält keine|nicht im Datensatz|nennt in keiner|keinen Eintrag/i;
const REFUSED = /outside what I cover|außerhalb meines Themas/i;
const YES = /^\W*(yes|ja)\b/i;
const NO = /^\W*(no|nein)\b/i;

export interface ItemResult {
  id: string;
  cls: string;
  locale: 'en' | 'de';
  correct: boolean;
  first: boolean;
  /** Figures in the reply the dataset does not hold for the subjects of their sentence. */
  wrong: string[];
  lines: number;
  langOk: boolean;
  /** The core's own vote, with no locale given and an English default, picks the question's language. */
  langDetected: boolean;
  answered: boolean;
  refused: boolean;
  saidNone: boolean;
  /** Why it is not correct and first (for the dev misses). */
  why: string[];
}

/** Whether `text` meets every content expectation of the item; `why` collects what is missing. */
function meets(item: QuestionItem, text: string, why: string[]): boolean {
  const e = item.expect;
  for (const f of e.figures ?? []) if (!hasFigure(text, f.value, f.unit as Unit)) why.push(`figure ${f.value} ${f.unit}`);
  for (const d of e.dates ?? []) if (!hasDate(text, d)) why.push(`date ${d}`);
  for (const g of e.text ?? []) if (!g.some((s) => text.toLowerCase().includes(s.toLowerCase()))) why.push(`text ${g.join('|')}`);
  if (e.yes !== undefined && !(e.yes ? YES : NO).test(text)) why.push(e.yes ? 'yes' : 'no');
  return why.length === 0;
}

export function scoreItem(ds: Dataset, item: QuestionItem, reply: Reply): ItemResult {
  const rendered = renderText(reply);
  const lines = rendered.split('\n').filter((l) => l.trim()).length;
  // What the reply states (not its source list, whose titles and URLs hold unrelated numbers).
  const text = [reply.title ?? '', ...reply.blocks, ...(reply.fields ?? []).map((f) => `${f.label}: ${f.value}`), ...(reply.table?.rows.map((r) => r.join(' ')) ?? [])].filter(Boolean).join('\n');
  const head = rendered.slice(0, FIRST_CHARS);
  const refused = REFUSED.test(rendered);
  const withUnit = findFigures(text).filter((f) => f.unit);
  const saidNone = !refused && NONE.test(head);
  const wrong = withUnit.filter((f) => !heldFor(ds, text, f).some((h) => h.unit === f.unit && close(f.value, h.value)))
    .map((f) => `${f.value} ${f.unit}`);
  const body = [...reply.blocks].join('\n');
  const lang = detectLanguage(body);
  const langOk = reply.locale === item.locale && (lang === undefined || lang === item.locale);
  const langDetected = (questionLanguage(item.q, ds) ?? 'en') === item.locale;
  const why: string[] = [];
  let correct: boolean;
  let first: boolean;
  if (item.expect.refuse) {
    correct = first = refused;
    if (!refused) why.push('not refused');
  } else if (item.expect.none) {
    correct = saidNone && withUnit.length === 0;
    first = correct;
    if (!saidNone) why.push('did not say "no figure"');
    if (withUnit.length) why.push(`gave figures ${withUnit.map((f) => `${f.value} ${f.unit}`).join(', ')}`);
  } else {
    const whyAll: string[] = [];
    correct = !refused && !saidNone && meets(item, text, whyAll);
    first = correct && meets(item, head, why);
    if (!correct) why.push(...(refused ? ['refused'] : saidNone ? ['said none'] : whyAll));
    else if (!first) why.unshift('(not in the first 300 characters)');
  }
  return { id: item.id, cls: item.class, locale: item.locale, correct, first, wrong, lines, langOk, langDetected, answered: !refused && !saidNone, refused, saidNone, why };
}

export interface SetSummary {
  questions: number;
  correct_and_first: number;
  correct: number;
  answer_first_rate: number;
  wrong_facts: number;
  median_lines: number;
  language_match: number;
  /** Share of questions whose language the core's vote finds without being told (a mention, `lodestone ask`). */
  language_detected: number;
  none_honest: number | null;
  refusals_correct: number | null;
  false_refusals: number;
}

const ratio = (n: number, d: number): number => (d ? Math.round((n / d) * 1000) / 1000 : 0);

export function summariseSet(items: readonly QuestionItem[], results: readonly ItemResult[]): SetSummary {
  const byId = new Map(items.map((i) => [i.id, i]));
  const none = results.filter((r) => byId.get(r.id)?.expect.none);
  const refuse = results.filter((r) => byId.get(r.id)?.expect.refuse);
  const sorted = results.map((r) => r.lines).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length ? (sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2) : 0;
  return {
    questions: results.length,
    correct_and_first: ratio(results.filter((r) => r.first).length, results.length),
    correct: ratio(results.filter((r) => r.correct).length, results.length),
    answer_first_rate: ratio(results.filter((r) => r.first).length, results.filter((r) => r.correct).length),
    wrong_facts: results.reduce((n, r) => n + r.wrong.length, 0),
    median_lines: median,
    language_match: ratio(results.filter((r) => r.langOk).length, results.length),
    language_detected: ratio(results.filter((r) => r.langDetected).length, results.length),
    none_honest: none.length ? ratio(none.filter((r) => r.correct).length, none.length) : null,
    refusals_correct: refuse.length ? ratio(refuse.filter((r) => r.refused).length, refuse.length) : null,
    false_refusals: results.filter((r) => r.refused && !byId.get(r.id)?.expect.refuse).length,
  };
}
