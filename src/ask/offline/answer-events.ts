// Answer-first replies about events: the date, the place, who took part, what was agreed, what
// happened, or the events of a day or month.
import type { Event } from '../../dataset/schema.js';
import type { CommandContext } from '../../commands/types.js';
import { loc, t } from '../../commands/common.js';
import { formatDateRange } from '../../reply/format.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';

export type EventField = 'date' | 'place' | 'participants' | 'outcome' | 'agreed' | 'summary';

const firstSentences = (text: string, n: number): string => (text.match(/[^.!?]+(?:[.!?](?=\s|$)|$)/g) ?? [text]).slice(0, n).join('').trim();

/** Events overlapping the question's day or month. */
export function eventsInTime(ctx: CommandContext, p: ParsedQuery): Event[] {
  const time = p.time;
  if (!time || time.kind === 'year' || time.kind === 'latest') return [];
  return ctx.dataset.events.filter((e) => e.date <= time.end && (e.end_date ?? e.date) >= time.start);
}

export function eventAnswer(ctx: CommandContext, ev: Event, field: EventField): AnswerFirst {
  const { locale } = ctx;
  const date = formatDateRange(ev.date, ev.end_date, locale);
  const title = loc(locale, ev.title);
  const place = loc(locale, ev.place);
  const people = ev.participants.join(', ');
  const support: string[] = [];
  let lead: string;
  switch (field) {
    case 'date':
      lead = `${date}: ${title} (${place}).`;
      support.push(firstSentences(loc(locale, ev.summary), 2));
      break;
    case 'place':
      lead = `${place}: ${title} (${date}).`;
      support.push(firstSentences(loc(locale, ev.summary), 2));
      break;
    case 'participants':
      lead = `${people || title} — ${title} (${date}, ${place}).`;
      support.push(firstSentences(loc(locale, ev.summary), 2));
      break;
    case 'agreed':
    case 'outcome': {
      const main = (field === 'agreed' ? ev.agreed ?? ev.outcome : ev.outcome ?? ev.agreed) ?? ev.summary;
      lead = `${title} (${date}): ${loc(locale, main)}`;
      if (field === 'agreed' && ev.outcome && ev.agreed) support.push(loc(locale, ev.outcome));
      break;
    }
    default:
      lead = `${title} (${date}, ${place}): ${loc(locale, ev.summary)}`;
      if (ev.outcome) support.push(`${t(locale, 'Outcome', 'Ergebnis')}: ${loc(locale, ev.outcome)}`);
  }
  return { status: 'answer', lead, support, sources: [...ev.sources], more: `/summit ${ev.id}` };
}

/** Several events of one day or month: the list first. */
export function eventListAnswer(ctx: CommandContext, p: ParsedQuery, events: readonly Event[]): AnswerFirst {
  const { locale } = ctx;
  const lines = events.slice(0, 6).map((e) => `${formatDateRange(e.date, e.end_date, locale)}: ${loc(locale, e.title)} (${loc(locale, e.place)})`);
  const when = p.time ? formatDateRange(p.time.start, p.time.end, locale) : '';
  const lead = `${when ? `${when} — ` : ''}${lines.join('; ')}.`;
  const support = events.length <= 3 ? events.map((e) => firstSentences(loc(locale, e.summary), 1)) : [];
  if (events.length > 6) support.push(t(locale, `and ${events.length - 6} more.`, `und ${events.length - 6} weitere.`));
  const more = p.time ? `/events ${p.time.start} ${p.time.end}` : '/events';
  return { status: 'answer', lead, support, sources: [...new Set(events.flatMap((e) => e.sources))], more };
}
