// A day named by its distance from an event: "Two days after the Tokyo signing, who did Trump meet?",
// "What happened the day before the Xi meeting?", "Am Donnerstag nach Tokio – wen hat Trump getroffen?".
// The question is read as asked of that day, with the event it counted from no longer a subject of it:
// the events of the day answer, as they do for "Who did Trump meet on 30 October?".
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import type { ParsedQuery } from '../query/types.js';
import { vocabIndex } from '../query/vocab.js';
import { phraseAt } from '../query/text.js';
import { normalize } from '../../dataset/lookup.js';
import { addDays } from '../../briefings/schedule.js';

// The vocabulary's order phrases (normalised already) as word arrays, split once per list.
const splitLists = new WeakMap<readonly string[], string[][]>();
function phrases(list: readonly string[]): string[][] {
  let out = splitLists.get(list);
  if (!out) splitLists.set(list, (out = list.map((x) => x.split(' '))));
  return out;
}

/** Where an order word ("after", "nach", "before", "vor") stands at `i`: its direction and length in words. */
function orderAt(ctx: CommandContext, words: readonly string[], i: number): { dir: 1 | -1; len: number } | undefined {
  const order = vocabIndex(ctx.dataset).eventOrder;
  for (const ph of phrases(order.later[ctx.locale])) if (phraseAt(words, i, ph)) return { dir: 1, len: ph.length };
  for (const ph of phrases(order.earlier[ctx.locale])) if (phraseAt(words, i, ph)) return { dir: -1, len: ph.length };
  return undefined;
}

interface Count {
  /** The unit of days ("days", "Woche") or the weekday before the order word. */
  at: number;
  /** The first word after the order word. */
  to: number;
  dir: 1 | -1;
  /** Days per unit counted, or the weekday sought (Sunday 0). */
  unit?: number;
  weekday?: number;
}

/** The first order word right after a unit of days or a weekday ("two days after", "Donnerstag nach"). */
function countIn(ctx: CommandContext, words: readonly string[]): Count | undefined {
  const v = vocabIndex(ctx.dataset);
  for (let i = 1; i < words.length; i++) {
    const unit = v.daySpans.get(words[i - 1]!);
    const weekday = unit === undefined ? v.weekdays.get(words[i - 1]!) : undefined;
    if (unit === undefined && weekday === undefined) continue;
    const order = orderAt(ctx, words, i);
    if (order) return { at: i - 1, to: i + order.len, dir: order.dir, unit, weekday };
  }
  return undefined;
}

/** The day counted to from an event. */
function countedDay(ctx: CommandContext, words: readonly string[], c: Count, anchor: Event): string {
  const from = c.dir > 0 ? anchor.end_date ?? anchor.date : anchor.date;
  if (c.unit !== undefined) {
    // "two days after", "2 Tage nach"; "the day before", "einen Tag vor" count one.
    const before = words[c.at - 1] ?? '';
    const n = /^\d{1,2}$/.test(before) ? Number(before) : vocabIndex(ctx.dataset).numbers.get(before) ?? 1;
    return addDays(from, c.dir * n * c.unit);
  }
  // "Thursday after Tokyo", "am Donnerstag nach Tokio": the first such weekday on that side of the event.
  let day = addDays(from, c.dir);
  while (new Date(`${day}T00:00:00Z`).getUTCDay() !== c.weekday) day = addDays(day, c.dir);
  return day;
}

// An event's names as normalised words (aliases, titles, places), per event.
const namesOf = new WeakMap<Event, readonly string[]>();
function eventNames(e: Event): readonly string[] {
  let out = namesOf.get(e);
  if (!out) namesOf.set(e, (out = normalize([...e.aliases, e.title.en, e.title.de, e.place.en, e.place.de].join(' ')).split(' ').filter((w) => w.length > 2)));
  return out;
}

/**
 * The event counted from: of the question's events, the one most of whose names stand right after the
 * order word ("The day after the Trump–Xi meeting, what started in Gyeongju?" counts from Busan, not APEC).
 */
function anchorOf(p: ParsedQuery, c: Count): Event | undefined {
  const events = [...p.subjects.namedEvents, ...p.subjects.events];
  const after = p.words.slice(c.to, c.to + 4);
  let best: { e: Event; hits: number } | undefined;
  for (const e of events) {
    const names = eventNames(e);
    const hits = after.filter((a) => names.includes(a)).length;
    if (hits > (best?.hits ?? 0)) best = { e, hits };
  }
  return best?.e ?? events[0];
}

/**
 * The question asked of the day it names by its distance from an event, with that event put aside;
 * undefined when it names no such day or gives a date of its own.
 */
export function offsetDay(ctx: CommandContext, p: ParsedQuery): ParsedQuery | undefined {
  const v = vocabIndex(ctx.dataset);
  // Most questions hold no unit of days and no weekday: nothing to count.
  if (!p.subjects.events.length || !p.words.some((w) => v.daySpans.has(w) || v.weekdays.has(w))) return undefined;
  const c = countIn(ctx, p.words);
  const anchor = c && anchorOf(p, c);
  if (!c || !anchor) return undefined;
  // The date parser reads "two days after" as counted from today: only that time is replaced.
  if (p.time && !normalize(p.time.text).split(' ').includes(p.words[c.at]!)) return undefined;
  const day = countedDay(ctx, p.words, c, anchor);
  // The words of the span and of the event counted from ("the Busan meeting") ask nothing of the day.
  const span = new Set([...p.words.slice(Math.max(0, c.at - 1), c.to), ...eventNames(anchor)]);
  return {
    ...p,
    content: p.content.filter((w) => !span.has(w)),
    unknown: p.unknown.filter((w) => !span.has(w)),
    time: { kind: 'day', start: day, end: day, text: p.words.slice(Math.max(0, c.at - 1), c.to).join(' ') },
    subjects: { ...p.subjects, events: p.subjects.events.filter((e) => e !== anchor), namedEvents: p.subjects.namedEvents.filter((e) => e !== anchor) },
  };
}
