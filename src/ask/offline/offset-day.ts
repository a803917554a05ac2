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

const DAY_MS = 86_400_000;

function shift(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The weekday of an ISO date, Sunday 0, as the vocabulary index numbers them. */
function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

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

/** The day the question counts to, from the event it counts from; undefined when it counts from none. */
function countedDay(ctx: CommandContext, p: ParsedQuery, anchor: Event): { day: string; at: number; to: number } | undefined {
  const v = vocabIndex(ctx.dataset);
  const w = p.words;
  for (let i = 1; i < w.length; i++) {
    const order = orderAt(ctx, w, i);
    if (!order) continue;
    const unit = v.daySpans.get(w[i - 1]!);
    const start = anchor.date;
    const end = anchor.end_date ?? anchor.date;
    if (unit !== undefined) {
      // "two days after", "2 Tage nach"; "the day before", "einen Tag vor" count one.
      const before = w[i - 2] ?? '';
      const n = /^\d{1,2}$/.test(before) ? Number(before) : v.numbers.get(before) ?? 1;
      return { day: order.dir > 0 ? shift(end, n * unit) : shift(start, -n * unit), at: i - 1, to: i + order.len };
    }
    // "Thursday after Tokyo", "am Donnerstag nach Tokio": the first such weekday on that side of the event.
    const wd = v.weekdays.get(w[i - 1]!);
    if (wd !== undefined) {
      const from = order.dir > 0 ? end : start;
      for (let k = 1; k <= 7; k++) {
        const day = shift(from, order.dir * k);
        if (weekdayOf(day) === wd) return { day, at: i - 1, to: i + order.len };
      }
    }
  }
  return undefined;
}

/**
 * The question asked of the day it names by its distance from an event, with that event put aside;
 * undefined when it names no such day or gives a date of its own.
 */
/** An event's names as normalised words: its aliases, title and place. */
function eventNames(e: Event): string[] {
  return normalize([...e.aliases, e.title.en, e.title.de, e.place.en, e.place.de].join(' ')).split(' ').filter((w) => w.length > 2);
}

/**
 * The event counted from: of the question's events, the first whose names stand right after the order
 * word ("The day after the Trump–Xi meeting, what started in Gyeongju?" counts from Busan, not APEC).
 */
function anchorOf(ctx: CommandContext, p: ParsedQuery): Event | undefined {
  const events = [...p.subjects.namedEvents, ...p.subjects.events];
  const w = p.words;
  for (let i = 1; i < w.length; i++) {
    const order = orderAt(ctx, w, i);
    if (!order) continue;
    const after = w.slice(i + order.len, i + order.len + 4);
    let best: { e: Event; hits: number } | undefined;
    for (const e of events) {
      const names = eventNames(e);
      const hits = after.filter((a) => names.includes(a)).length;
      if (hits > (best?.hits ?? 0)) best = { e, hits };
    }
    if (best) return best.e;
  }
  return events[0];
}

export function offsetDay(ctx: CommandContext, p: ParsedQuery): ParsedQuery | undefined {
  const v = vocabIndex(ctx.dataset);
  // Most questions hold no unit of days and no weekday: nothing to count.
  if (!p.subjects.events.length || !p.words.some((w) => v.daySpans.has(w) || v.weekdays.has(w))) return undefined;
  const anchor = anchorOf(ctx, p);
  if (!anchor) return undefined;
  const counted = countedDay(ctx, p, anchor);
  if (!counted) return undefined;
  // The date parser reads "two days after" as counted from today: only that time is replaced.
  if (p.time && !normalize(p.time.text).split(' ').includes(p.words[counted.at]!)) return undefined;
  const events = p.subjects.events.filter((e) => e !== anchor);
  // The words of the span and of the event counted from ("the Busan meeting") ask nothing of the day.
  const named = normalize([anchor.title.en, anchor.title.de, anchor.place.en, anchor.place.de, ...anchor.aliases].join(' ')).split(' ');
  const span = new Set([...p.words.slice(Math.max(0, counted.at - 1), counted.to), ...named]);
  return {
    ...p,
    content: p.content.filter((w) => !span.has(w)),
    unknown: p.unknown.filter((w) => !span.has(w)),
    time: { kind: 'day', start: counted.day, end: counted.day, text: p.words.slice(counted.at - 1, counted.to).join(' ') },
    subjects: { ...p.subjects, events, namedEvents: p.subjects.namedEvents.filter((e) => e !== anchor) },
  };
}
