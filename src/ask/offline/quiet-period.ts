// "What happened in March 2026?", "Was passierte letzten Monat?": a day, month or year in which the dataset
// records no event. Saying so, with the nearest events before and after it, is the honest answer; the
// scope note would tell a reader on the beat that the beat is not covered.
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { loc, t } from '../../commands/common.js';
import { formatDateRange, formatMonth } from '../../reply/format.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { eventsInTime } from './answer-events.js';

export function quietPeriod(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  const time = p.time;
  if (!time || time.kind === 'latest') return undefined;
  // A year ("What happened in 2024?") as a day or a month: none of the events falls in it.
  const inTime = time.kind === 'year' ? ctx.dataset.events.filter((e) => e.date <= time.end && (e.end_date ?? e.date) >= time.start) : eventsInTime(ctx, p);
  if (inTime.length) return undefined;
  const s = p.subjects;
  // Only a question about the period itself: nothing else named, no figure or fact asked.
  if (s.countries.length || s.minerals.length || s.elements.length || s.events.length || p.unknown.length) return undefined;
  if (!p.attributes.length || p.attributes.some((h) => !('event' in h.attribute.answer))) return undefined;
  const { locale } = ctx;
  const events = ctx.dataset.events;
  const before = events.filter((e) => (e.end_date ?? e.date) < time.start).sort((a, b) => b.date.localeCompare(a.date))[0];
  const after = events.filter((e) => e.date > time.end).sort((a, b) => a.date.localeCompare(b.date))[0];
  const when = time.kind === 'year' ? time.start.slice(0, 4) : time.kind === 'month' ? formatMonth(time.start, locale) : formatDateRange(time.start, time.end, locale);
  const named = (e: Event): string => `${loc(locale, e.title)} (${formatDateRange(e.date, e.end_date, locale)})`;
  const support = [
    ...(before ? [t(locale, `The latest event before it: ${named(before)}.`, `Das letzte Ereignis davor: ${named(before)}.`)] : []),
    ...(after ? [t(locale, `The next after it: ${named(after)}.`, `Das nächste danach: ${named(after)}.`)] : []),
  ];
  const quiet = time.kind === 'year'
      ? t(locale, `The dataset records no event in ${when}.`, `Im Jahr ${when} verzeichnet der Datensatz kein Ereignis.`)
      : time.kind === 'month'
      ? t(locale, `The dataset records no event in ${when}.`, `Im ${when} verzeichnet der Datensatz kein Ereignis.`)
      : t(locale, `The dataset records no event on ${when}.`, `Am ${when} verzeichnet der Datensatz kein Ereignis.`);
  // "What expires this month?": no event falls in it, but a suspension's end may; that is the answer.
  const ends = events.filter((e) => e.suspended_until !== undefined && e.suspended_until >= time.start && e.suspended_until <= time.end);
  if (ends.length) {
    const items = ends.map((e) => `${named(e)} ${t(locale, 'until', 'bis zum')} ${formatDateRange(e.suspended_until!, undefined, locale)}`).join('; ');
    const end = ends.length > 1 ? t(locale, 'suspensions end then', 'dann enden Aussetzungen') : t(locale, 'a suspension ends then', 'dann endet eine Aussetzung');
    return { status: 'answer', lead: `${quiet.slice(0, -1)}; ${end}: ${items}.`, support: [], sources: [...new Set(ends.flatMap((e) => e.sources))], more: `/summit ${ends[0]!.id}` };
  }
  return {
    status: 'none',
    lead: quiet,
    support,
    sources: [],
    more: '/events',
  };
}
