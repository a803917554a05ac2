// An event's answer that states what its sources dispute ("about 1 hour 40 minutes", "25–26 Oct") carries
// the dataset's note on the dispute (AnswerFirst.notes): a reader quotes the lead, and a detail one
// outlet gives differently must not read as settled. Which details a discrepancy disputes is data
// (discrepancies.yaml: `contests` for an event's fields, `disputed` for words of its texts).
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { loc, t } from '../../commands/common.js';
import type { AnswerFirst } from '../query/types.js';
import type { EventField } from './answer-events.js';

export function withDisputes(ctx: CommandContext, ev: Event, field: EventField, a: AnswerFirst): AnswerFirst {
  if (a.status !== 'answer') return a;
  const { locale } = ctx;
  // The words the lead states, not the record's label in brackets ("(30 Oct 2025, Gimhae Air Base …)").
  const stated = a.lead.replace(/\([^()]*\)/g, ' ').toLowerCase();
  const notes = ctx.dataset.discrepancies.filter((d) => d.events.includes(ev.id)
    && ((field !== 'summary' && field !== 'until' && d.contests.includes(field)) || (d.disputed?.[locale] ?? []).some((w) => stated.includes(w.toLowerCase()))));
  if (!notes.length) return a;
  const lines = notes.map((d) => `${t(locale, 'Sources differ', 'Die Quellen weichen ab')}: ${loc(locale, d.text)}`);
  return { ...a, notes: [...(a.notes ?? []), ...lines], sources: [...new Set([...a.sources, ...notes.flatMap((d) => d.sources)])] };
}
