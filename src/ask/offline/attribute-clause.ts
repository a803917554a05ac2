// "What do the Malaysia and Thailand minerals MoUs say about pricing?", "Welche Preisregel steht in den
// Rohstoff-Absichtserklärungen der USA mit Malaysia und Thailand?": "no figure" for a word of an attribute
// (prices) that a clause of an agreement the question names, or of one of the countries it names, holds
// ("a pricing framework that includes price floors"): that clause answers, the same clause of a second such
// agreement after it.
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { loc } from '../../commands/common.js';
import { normalize } from '../../dataset/lookup.js';
import { formatDate } from '../../reply/format.js';
import { stem } from '../query/text.js';
import type { ParsedQuery } from '../query/types.js';
import { vocabIndex } from '../query/vocab.js';
import { clauseLead, clausesOf, matchingClause } from './event-clauses.js';
import { answered, type Plan } from './plan-route.js';
import { matchedWords } from '../query/matched-words.js';

export function attributeClauseText(ctx: CommandContext, p: ParsedQuery): Plan | undefined {
  if (p.operator === 'count') return undefined;
  const { locale } = ctx;
  // Only of an agreement the question calls one ("MoU", "memoranda", "Absichtserklärungen"): a word of its kind.
  const kind = vocabIndex(ctx.dataset).eventKinds.agreement;
  if (!p.words.some((w) => kind.has(w))) return undefined;
  // The words the question asks an attribute of the dataset's facts with ("pricing", "Preise").
  const asked = matchedWords(p.attributes.filter((h) => 'facts' in h.attribute.answer)).map((w) => stem(w, locale));
  if (!asked.length) return undefined;
  const others = p.subjects.countries.filter((c) => c.id !== 'US').map((c) => c.id);
  const named = p.subjects.namedEvents.length ? p.subjects.namedEvents : p.subjects.events;
  const events = named.length ? named.filter((e) => e.kind === 'agreement').slice(0, 4)
    : others.length ? ctx.dataset.events.filter((e) => e.kind === 'agreement' && others.some((c) => e.countries.includes(c))) : [];
  const holds = (clause: string): boolean => normalize(clause).split(' ').some((w) => asked.includes(stem(w, locale)) || asked.some((a) => a.length >= 5 && w.startsWith(a)));
  const found: { ev: Event; lead: string }[] = [];
  for (const ev of events) {
    // The clause the question's other words point at, if it holds the attribute's word; else the first that does
    // ("Preisrahmen" holds "Preis" only as the start of a compound, which no stem matches).
    const m = matchingClause(ctx, p, ev, 'agreed', holds);
    const own = clausesOf(ctx, ev).find((x) => holds(x.text));
    const c = m && holds(m.text) ? m : own && { ...own, hits: 1, of: 1 };
    if (!c) continue;
    const title = `${loc(locale, ev.title)} (${formatDate(ev.date, locale)})`;
    const cl = clauseLead(c, title);
    found.push({ ev, lead: cl.whole ? `${title}: ${cl.lead}` : cl.lead });
  }
  const [first, second] = found;
  if (!first) return undefined;
  const sources = [...new Set([...first.ev.sources, ...(second?.ev.sources ?? [])])];
  return answered({ status: 'answer', lead: first.lead, support: second ? [second.lead] : [], sources, more: `/summit ${first.ev.id}` });
}
