// "Were the Section 301 exclusions extended past 10 November 2026?": an extension asked beyond a day that a
// record's clause gives as the end it was extended to. The clause's "extended" is no yes to it, and the
// record's own day no no: the clause answers, with the word that the dataset records no extension beyond it.
import type { CommandContext } from '../../commands/types.js';
import { loc, t } from '../../commands/common.js';
import { normalize } from '../../dataset/lookup.js';
import { formatDate } from '../../reply/format.js';
import { datesInDatasetText } from '../query/time.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { vocabIndex } from '../query/vocab.js';
import { clausesOf } from './event-clauses.js';
import { timeIsEnd } from './past-record.js';

export function extensionPast(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  const day = p.time;
  if (!p.polar || !day || day.kind === 'latest' || day.label) return undefined;
  const v = vocabIndex(ctx.dataset);
  // "Extended to 10 November 2026?" asks that end itself, which the clause states.
  if (!p.words.some((w) => v.extending.has(w)) || timeIsEnd(ctx, p)) return undefined;
  const { locale } = ctx;
  for (const ev of p.subjects.events.slice(0, 3)) {
    const clause = clausesOf(ctx, ev).find((c) => normalize(c.text).split(' ').some((w) => v.extending.has(w))
      && datesInDatasetText(c.text, ctx.dataset).some((d) => d.start <= day.end && d.end >= day.start));
    if (!clause) continue;
    const end = formatDate(day.start, locale);
    const asOf = formatDate(ctx.dataset.meta.as_of, locale);
    const text = clause.text.replace(/[.;:,]?\s*$/, '.');
    return { status: 'answer', sources: [...ev.sources], more: `/summit ${ev.id}`, support: [`${loc(locale, ev.title)} (${formatDate(ev.date, locale)})`],
      lead: t(locale, `The dataset (as of ${asOf}) records no extension beyond ${end}: ${text}`,
        `Eine Verlängerung über den ${end} hinaus verzeichnet der Datensatz (Stand ${asOf}) nicht: ${text}`) };
  }
  return undefined;
}
