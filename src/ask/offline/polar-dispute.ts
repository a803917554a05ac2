// "Haben die USA die Fentanyl-Zölle ganz abgeschafft?": a yes/no question about a detail the sources give
// differently ("removed" per MOFCOM, "from 20% to 10%" per Trump), which no sentence of the answer settles.
// The dispute is the answer: a reader quoting the lead must not take one source's version as settled.
import type { CommandContext } from '../../commands/types.js';
import { loc } from '../../commands/common.js';
import { disputeNote, disputesOf } from './event-disputes.js';
import { normalize } from '../../dataset/lookup.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { vocabIndex } from '../query/vocab.js';

/** The answer led by the note on a dispute of the events asked, when the question names a disputed word of it. */
export function disputeFirst(ctx: CommandContext, p: ParsedQuery, a: AnswerFirst): AnswerFirst | undefined {
  const { locale } = ctx;
  const asked = ` ${p.words.join(' ')} `;
  const d = disputesOf(ctx, p.subjects.events)
    .find((x) => (x.disputed?.[locale] ?? []).some((w) => asked.includes(` ${normalize(w)} `) || p.words.some((q) => q.startsWith(normalize(w)))));
  if (!d) return undefined;
  const note = disputeNote(locale, loc(locale, d.text));
  return { ...a, lead: note, support: [a.lead, ...a.support], notes: (a.notes ?? []).filter((n) => n !== note), sources: [...new Set([...a.sources, ...d.sources])] };
}

/**
 * "Is it officially called a peace accord?" against "officially a joint declaration; Trump called it the
 * Peace Accord": a yes read off a word the sources give differently, asked by its official standing
 * (grammar.official_words), leaves the dispute first.
 */
export function officialDisputeFirst(ctx: CommandContext, p: ParsedQuery, a: AnswerFirst): AnswerFirst | undefined {
  const official = vocabIndex(ctx.dataset).wordLists.officialWords[ctx.locale];
  return p.words.some((w) => official.has(w)) ? disputeFirst(ctx, p, a) : undefined;
}
