// "Haben die USA die Fentanyl-Zölle ganz abgeschafft?": a yes/no question about a detail the sources give
// differently ("removed" per MOFCOM, "from 20% to 10%" per Trump), which no sentence of the answer settles.
// The dispute is the answer: a reader quoting the lead must not take one source's version as settled.
import type { CommandContext } from '../../commands/types.js';
import { loc, t } from '../../commands/common.js';
import { normalize } from '../../dataset/lookup.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';

/** The answer led by the note on a dispute of the events asked, when the question names a disputed word of it. */
export function disputeFirst(ctx: CommandContext, p: ParsedQuery, a: AnswerFirst): AnswerFirst | undefined {
  const { locale } = ctx;
  const ids = new Set(p.subjects.events.map((e) => e.id));
  const asked = ` ${p.words.join(' ')} `;
  const differ = t(locale, 'Sources differ', 'Die Quellen weichen ab');
  const d = ctx.dataset.discrepancies.find((x) => x.events.some((id) => ids.has(id))
    && (x.disputed?.[locale] ?? []).some((w) => asked.includes(` ${normalize(w)} `) || p.words.some((q) => q.startsWith(normalize(w)))));
  if (!d) return undefined;
  const note = `${differ}: ${loc(locale, d.text)}`;
  return { ...a, lead: note, support: [a.lead, ...a.support], notes: (a.notes ?? []).filter((n) => n !== note), sources: [...new Set([...a.sources, ...d.sources])] };
}
