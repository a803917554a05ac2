// "Which came first: the US–Malaysia MoU or the audience with the Emperor?", "Was war zuerst: Nr. 70
// oder die Zollsenkung?": the two events the question names, in the order they happened, each with
// its date; the earlier one is said first.
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { loc, t } from '../../commands/common.js';
import { formatDateRange } from '../../reply/format.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';

export function eventOrder(ctx: CommandContext, p: ParsedQuery, labelled?: Event): AnswerFirst | undefined {
  if (!p.firstOf) return undefined;
  const s = p.subjects;
  // Events named outright first, then the ones the question's words point at.
  const pool = [...(labelled ? [labelled] : []), ...s.namedEvents, ...s.events].filter((e, i, a) => a.indexOf(e) === i);
  if (pool.length < 2) return undefined;
  const { locale } = ctx;
  const [x, y] = [pool[0]!, pool[1]!];
  const [a, b] = x.date <= y.date ? [x, y] : [y, x];
  const name = (e: Event): string => `${loc(locale, e.title)} (${formatDateRange(e.date, e.end_date, locale)})`;
  const lead = a.date === b.date
    ? t(locale, `Both on the same day: ${name(a)} and ${name(b)}.`, `Beides am selben Tag: ${name(a)} und ${name(b)}.`)
    : t(locale, `First: ${name(a)}; then: ${name(b)}.`, `Zuerst: ${name(a)}; danach: ${name(b)}.`);
  return { status: 'answer', lead, support: [], sources: [...new Set([...a.sources, ...b.sources])], more: `/summit ${a.id}`, suggestions: [`/summit ${b.id}`] };
}
