// "Were China's export controls scrapped?", "Hat China die Exportkontrollen aufgehoben?": asked of the
// rare-earth controls as a whole, by a name several of them share, each one's recorded state answers —
// none was lifted: one stays in force, another is suspended only until a day — where a "yes" read off
// one measure's terms said they were gone.
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { t } from '../../commands/common.js';
import { formatDate } from '../../reply/format.js';
import type { AnswerFirst } from '../query/types.js';
import { recordLabel, suspendedBy } from './suspension-records.js';

/** The rare-earth control measures (not the suspensions), each with its state as recorded; undefined when fewer than two. */
export function noneLifted(ctx: CommandContext, yes: boolean): AnswerFirst | undefined {
  const { dataset: ds, locale } = ctx;
  const measures = ds.events.filter((e) => e.kind === 'export-control' && e.elements.length > 0 && !e.suspends.length);
  if (measures.length < 2) return undefined;
  const by = (m: Event): Event | undefined => suspendedBy(ctx, m);
  const state = (m: Event): string => {
    const s = by(m);
    return s ? t(locale, `suspended on ${formatDate(s.date, locale)} only until ${formatDate(s.suspended_until!, locale)}`, `am ${formatDate(s.date, locale)} nur bis zum ${formatDate(s.suspended_until!, locale)} ausgesetzt`)
      : t(locale, 'in force', 'in Kraft');
  };
  const asOf = formatDate(ds.meta.as_of, locale);
  const each = measures.map((m) => `${recordLabel(ctx, m)}: ${state(m)}`).join('; ');
  const word = yes ? t(locale, 'Yes', 'Ja') : t(locale, 'No', 'Nein');
  const suspensions = measures.map(by).filter((s): s is Event => s !== undefined);
  return { status: 'answer', more: '/events', support: [],
    sources: [...new Set([...measures, ...suspensions].flatMap((e) => e.sources))],
    lead: t(locale, `${word} — as recorded up to ${asOf}, none of China's rare-earth export controls was lifted: ${each}.`,
      `${word} — laut den Angaben bis ${asOf} wurde keine der chinesischen Exportkontrollen für Seltene Erden aufgehoben: ${each}.`) };
}
