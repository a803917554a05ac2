// "Takaichi's election: the 21st or the 24th of October?", "Sonntag, der 26., oder Montag, der 27. Oktober?":
// a question offering days to choose from gets the day its event took place first, with the
// event's date; not the record of whatever happened on one of the days offered, nor a yes or no.
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { normalize } from '../../dataset/lookup.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { vocabIndex } from '../query/vocab.js';
import { monthNumber, shortMonthNumber } from '../query/time.js';
import { eventAnswer } from './answer-events.js';
import { eventAsked } from './polar-place.js';

/** A day of the month as typed ("21", "21st", "26" of "26."), or undefined. */
function dayOf(w: string | undefined): number | undefined {
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(w ?? '');
  const n = m ? Number(m[1]) : 0;
  return n >= 1 && n <= 31 ? n : undefined;
}

const monthOf = (w: string | undefined): number | undefined => (w === undefined ? undefined : monthNumber(w) ?? shortMonthNumber(w));

interface Offered { day: number; month: number }

/**
 * The days offered around a word of choice, each with its month: a day on either side of the word (within a
 * few words, "der 26., oder Montag, der 27."), the month after a day ("21 or 24 October", "the 24th of
 * October") or before it ("October 21 or 24"), one month serving both when only one is written.
 */
function offeredDays(words: readonly string[], alts: ReadonlySet<string>): Offered[] | undefined {
  const near = 4;
  for (let i = 1; i < words.length - 1; i++) {
    if (!alts.has(words[i]!)) continue;
    let a = -1;
    for (let k = i - 1; k >= Math.max(0, i - near); k--) if (dayOf(words[k]) !== undefined) { a = k; break; }
    let b = -1;
    for (let k = i + 1; k <= Math.min(words.length - 1, i + near); k++) if (dayOf(words[k]) !== undefined) { b = k; break; }
    if (a < 0 || b < 0) continue;
    // "21 October", "the 24th of October".
    const after = (k: number): number | undefined => monthOf(words[k + 1]) ?? (words[k + 1] === 'of' ? monthOf(words[k + 2]) : undefined);
    const before = (k: number): number | undefined => monthOf(words[k - 1]);
    const shared = after(b) ?? before(a);
    const ma = (after(a) ?? before(a)) ?? shared;
    const mb = (after(b) ?? before(b)) ?? shared;
    if (ma === undefined || mb === undefined) continue;
    return [{ day: dayOf(words[a])!, month: ma }, { day: dayOf(words[b])!, month: mb }];
  }
  return undefined;
}

/** Whether an event's days (its date to its end date) hold a day of the month. */
function holdsDay(e: Event, o: Offered): boolean {
  const iso = `${e.date.slice(0, 4)}-${String(o.month).padStart(2, '0')}-${String(o.day).padStart(2, '0')}`;
  return e.date <= iso && (e.end_date ?? e.date) >= iso;
}

export function optionDate(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  const v = vocabIndex(ctx.dataset);
  // A day on each side of the word of choice is the offer itself, whatever commas stand between
  // ("Sonntag, der 26., oder Montag, der 27. Oktober"), which offersAlternatives reads clause by clause.
  const words = normalize(p.text).split(' ');
  const offered = offeredDays(words, v.wordLists.alternatives[ctx.locale]);
  if (!offered) return undefined;
  // The event is found by the question's other words: the days offered name none of their own.
  const dateWords = new Set(words.filter((w) => dayOf(w) !== undefined || monthOf(w) !== undefined || v.weekdays.has(w)));
  const ev = eventAsked(ctx, p, dateWords);
  if (!ev) return undefined;
  const chosen = offered.filter((o) => holdsDay(ev, o));
  // Both days in the event's span ("27 or 28 October" of a week-long summit): no choice between them.
  // Neither day the event's: the event found by the other words may be the wrong one (a licensing day inside
  // another record, an end date asked), so "neither" is not said on its strength; the date checks read on.
  if (chosen.length !== 1) return undefined;
  // The event's own date, not a clause its words may match ("Nr. 57 … 8. Nov." inside the October controls).
  return eventAnswer(ctx, ev, 'date');
}
