// A day a measure's record set for one of its clauses ("effective 1 December 2025", "licensing from
// 8 November 2025"), which a suspension recorded before it overtook: given as the day set, with the
// suspension, never as a day the clause took effect.
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { formatDate } from '../../reply/format.js';
import { suspendedBy } from './suspension-records.js';

/** The record suspending `ev` after its own day and before `day`, if one did. */
export function overtakenBy(ctx: CommandContext, ev: Event, day: string): Event | undefined {
  const by = suspendedBy(ctx, ev);
  return by && by.date < day.slice(0, 10) && by.date >= ev.date ? by : undefined;
}

/** `label` (the day as the reply writes it), with the suspension that came first when one did. */
export function overtakenDay(ctx: CommandContext, ev: Event, day: string, label: string): string {
  const by = overtakenBy(ctx, ev, day);
  if (!by) return label;
  const on = formatDate(by.date, ctx.locale);
  const until = formatDate(by.suspended_until!, ctx.locale);
  return ctx.locale === 'de'
    ? `${label} (vorgesehen; schon am ${on} vor dem Inkrafttreten ausgesetzt, bis ${until})`
    : `${label} (the day set; suspended on ${on}, before it took effect, until ${until})`;
}
