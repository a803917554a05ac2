// "APEC leaders meet again this month. Where?", "Wo tagt APEC im November 2026?": an event named for a
// month or year it did not fall in asks another instance of it; a fact naming the event and that time
// answers ("Shenzhen hosts APEC in November 2026"), never the named event's own place or date.
import type { CommandContext } from '../../commands/types.js';
import type { Event, Fact } from '../../dataset/schema.js';
import { normalize } from '../../dataset/lookup.js';
import { formatMonth } from '../../reply/format.js';
import type { ParsedQuery } from '../query/types.js';
import { factText } from './fact-fit.js';

const ORDINAL = /\b\d+(?:st|nd|rd|th)\b/;

/**
 * Whether the question asks another instance of the one event it names: where, when or who of it in a
 * month or year it did not fall in ("Where will APEC be held in 2027?"), when no record falls then either.
 */
export function otherInstanceAsked(ctx: CommandContext, p: ParsedQuery): boolean {
  const t = p.time;
  const e = instanceAsked(p);
  if (!e || !t || !noRecordThen(ctx, t)) return false;
  // Of an event held again and again (numbered: "32nd APEC …", "47th ASEAN Summit") any other year is
  // another instance ("Where was APEC in 2024?" is not Gyeongju). Of a one-off only a later year: an
  // earlier one ("When was Takaichi elected in 2024?") is the reader's slip, answered by the record.
  const recurring = ORDINAL.test(`${e.title.en} ${e.place.en}`);
  return recurring || t.start > (e.end_date ?? e.date);
}

/**
 * The one event a question asking where, when or who in a month or year names, outright or by a one-word
 * name of it ("APEC"); undefined for any other question.
 */
function instanceAsked(p: ParsedQuery): Event | undefined {
  const t = p.time;
  if ((t?.kind !== 'month' && t?.kind !== 'year') || !['where', 'when', 'who'].includes(p.operator)) return undefined;
  const named = p.subjects.namedEvents.length ? p.subjects.namedEvents
    : p.subjects.events.filter((e) => e.aliases.some((a) => p.words.includes(normalize(a))));
  return named.length === 1 ? named[0] : undefined;
}

/** Whether no record of the dataset falls in the time asked (a record that does is what the question points at). */
const noRecordThen = (ctx: CommandContext, t: NonNullable<ParsedQuery['time']>): boolean => !ctx.dataset.events.some((x) => x.date <= t.end && (x.end_date ?? x.date) >= t.start);

/** The one fact naming a question's event and the month asked, when the event it names did not fall in that month. */
export function laterInstance(ctx: CommandContext, p: ParsedQuery): Fact | undefined {
  const t = p.time;
  // Asked where, when or who: a question about what will happen then is a forecast, not another instance.
  const e = instanceAsked(p);
  if (!e || !t) return undefined;
  // A year before the event is no later instance of it ("Who signed the US–Japan framework in 2024?").
  if (t.kind === 'year' && t.start <= (e.end_date ?? e.date)) return undefined;
  // A record of that month ("the suspension of November 2025") is what the question points at, not another instance.
  if (!noRecordThen(ctx, t)) return undefined;
  // As the texts write the month: "November 2026" in either language.
  // A year asked is found as the texts write it ("2026").
  const when = t.kind === 'year' ? [t.start.slice(0, 4)] : [formatMonth(t.start, 'en'), formatMonth(t.start, 'de')].map((x) => normalize(x));
  // The event by a one-word name of it ("APEC"): a fact of its next instance uses the name, not its title.
  const names = e.aliases.map((a) => normalize(a)).filter((a) => a.length >= 3 && !a.includes(' '));
  // The month itself ("in November 2026"), not a day of it ("until 10 November 2026").
  const dayOf = when.map((w) => new RegExp(`\\b\\d{1,2} ${w} `));
  const found = ctx.dataset.facts.filter((f) => {
    const text = factText(f).padded;
    return when.some((w, i) => text.includes(` ${w} `) && (t.kind === 'year' || !dayOf[i]!.test(text))) && names.some((n) => text.includes(` ${n} `));
  });
  return found.length === 1 ? found[0] : undefined;
}
