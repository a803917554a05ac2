// An event's answer that states what its sources dispute ("about 1 hour 40 minutes", "25–26 Oct") carries
// the dataset's note on the dispute (AnswerFirst.notes): a reader quotes the lead, and a detail one
// outlet gives differently must not read as settled. Which details a discrepancy disputes is data
// (discrepancies.yaml: `contests` for an event's fields, `disputed` for words of its texts).
import type { CommandContext } from '../../commands/types.js';
import type { Discrepancy, Event } from '../../dataset/schema.js';
import type { Locale } from '../../reply/model.js';
import { loc, t } from '../../commands/common.js';
import type { AnswerFirst } from '../query/types.js';
import type { EventField } from './answer-events.js';

/** A dispute's note as replies give it ("Sources differ: …"). */
export function disputeNote(locale: Locale, text: string): string {
  return `${t(locale, 'Sources differ', 'Die Quellen weichen ab')}: ${text}`;
}

/** The discrepancies of any of the events. */
export function disputesOf(ctx: CommandContext, events: readonly Event[]): Discrepancy[] {
  const ids = new Set(events.map((e) => e.id));
  return ctx.dataset.discrepancies.filter((d) => d.events.some((id) => ids.has(id)));
}

export function withDisputes(ctx: CommandContext, ev: Event, field: EventField, a: AnswerFirst): AnswerFirst {
  if (a.status !== 'answer') return a;
  const { locale } = ctx;
  // The words the lead states, not the record's label in brackets ("(30 Oct 2025, Gimhae Air Base …)").
  const stated = a.lead.replace(/\([^()]*\)/g, ' ').toLowerCase();
  const notes = ctx.dataset.discrepancies.filter((d) => d.events.includes(ev.id)
    && ((field !== 'summary' && field !== 'until' && d.contests.includes(field)) || (d.disputed?.[locale] ?? []).some((w) => stated.includes(w.toLowerCase()))));
  if (!notes.length) return a;
  const lines = notes.map((d) => disputeNote(locale, loc(locale, d.text)));
  return { ...a, notes: [...(a.notes ?? []), ...lines], sources: [...new Set([...a.sources, ...notes.flatMap((d) => d.sources)])] };
}
