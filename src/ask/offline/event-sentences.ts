// The sentences of an event's record a question points at: the events of its day or month, those stating
// its numbers, and the one sentence that best matches it. Split from answer-events.ts by what it reads.
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { loc } from '../../commands/common.js';
import type { ParsedQuery } from '../query/types.js';
import { splitSentences } from '../query/sentences.js';
import { askedNumbers } from '../query/question-text.js';
import { textQuantities, textWords } from './sentence-cache.js';
import { peopleNamed } from './polar-parts.js';
import { sentenceScore } from './answer-facts.js';

/** Events overlapping the question's day or month. */
export function eventsInTime(ctx: CommandContext, p: ParsedQuery): Event[] {
  // One array, pushed, whatever the count: filter's and an empty literal's are of other kinds, and
  // the planner's optimised code was thrown away when the kind it had not seen came (node --trace-deopt).
  const out: Event[] = [];
  const time = p.time;
  if (!time || time.kind === 'year' || time.kind === 'latest') return out;
  for (const e of ctx.dataset.events) if (e.date <= time.end && (e.end_date ?? e.date) >= time.start) out.push(e);
  return out;
}


/** Whether an event's texts state every number the question does (none asked: false). */
export function statesNumbers(ctx: CommandContext, ev: Event, numbers: readonly string[]): boolean {
  if (!numbers.length) return false;
  const stated = new Set([ev.summary, ev.agreed, ev.outcome].filter((x): x is NonNullable<typeof x> => Boolean(x)).flatMap((x) => textQuantities(ctx.dataset, loc(ctx.locale, x))));
  return numbers.every((q) => stated.has(q));
}

/** The question's events whose texts state every number it asks ("the 24% tariff"); none when it asks none. */
export function eventsStating(ctx: CommandContext, p: ParsedQuery): Event[] {
  const numbers = askedNumbers(p);
  return numbers.length ? p.subjects.events.filter((e) => statesNumbers(ctx, e, numbers)) : [];
}

/** The sentence of an event's texts that best matches the question (summary order on ties). */
export function bestSentence(ctx: CommandContext, p: ParsedQuery | undefined, ev: Event, skip = ''): string {
  // Pushed, not filtered, mapped and flat-mapped: see eventsInTime.
  const all: string[] = [];
  for (const x of [ev.summary, ev.agreed, ev.outcome]) {
    if (x) for (const s of splitSentences(ctx.dataset, loc(ctx.locale, x))) if (!skip.includes(s)) all.push(s);
  }
  if (!p) return all[0] ?? '';
  let best = all[0] ?? '';
  let score = -1;
  // A yes/no question naming a person asks about them ("did Trump go to …"): their sentence first.
  const named = p.polar ? peopleNamed(ctx, p) : [];
  // A number the question states ("the 24% tariff") points at the sentence stating it.
  const numbers = askedNumbers(p);
  for (const x of all) {
    const n = textWords(ctx.dataset, x);
    const stated = numbers.length ? textQuantities(ctx.dataset, x) : [];
    const sc = sentenceScore(ctx, p, x) + 2 * named.filter((w) => n.includes(w)).length + 3 * numbers.filter((q) => stated.includes(q)).length;
    if (sc > score) [best, score] = [x, sc];
  }
  return best;
}
