// "Did the US-Japan minerals ministerial happen?" against "a … Ministerial within 180 days", "Did Trump
// visit Beijing in April 2026?" against "he would visit China in April 2026": a plan settles no question
// about what happened, so a "yes" read off it is withheld. What was agreed, said or announced is the plan
// itself, and the record settles it.
import type { CommandContext } from '../../commands/types.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { vocabIndex } from '../query/vocab.js';
import { textWords } from './sentence-cache.js';
import { pastRecordAsked, withPlanNote } from './past-record.js';
import { disputeFirst } from './polar-dispute.js';

function asksPast(ctx: CommandContext, p: ParsedQuery): boolean {
  return vocabIndex(ctx.dataset).wordLists.pastOpeners[ctx.locale].has(p.words[0] ?? '');
}

/** Whether a text states a plan: by a word of one ("would"), or (`deadline`) by a deadline ("within 180 days"). */
function statesPlan(ctx: CommandContext, text: string, deadline: boolean): boolean {
  const lists = vocabIndex(ctx.dataset).wordLists;
  const words = deadline ? lists.deadlineWords[ctx.locale] : lists.planMarkers[ctx.locale];
  return textWords(ctx.dataset, text).some((w) => words.has(w));
}

/**
 * The answer without the "yes" its lead would give, when the question asks in the past whether something
 * happened and the lead states a plan; undefined when the reading does not apply.
 */
export function planUnsettled(ctx: CommandContext, p: ParsedQuery, a: AnswerFirst): AnswerFirst | undefined {
  const v = vocabIndex(ctx.dataset);
  // What was agreed ("Did China agree to buy 12 million t?"), said or announced ("Did Albanese say /
  // announce 8.5 billion dollars?") is the plan.
  const stated = p.attributes.some((h) => 'event' in h.attribute.answer && h.attribute.answer.event === 'agreed')
    || p.words.some((w) => v.reporting.has(w) || v.wordLists.statingPlans[ctx.locale].has(w));
  if (!asksPast(ctx, p) || stated) return undefined;
  // The note that the record cannot tell goes only under a deadline or a day after the record: a plan of
  // "would" may have an outcome the same reply states ("The US tariff cut took effect on 10 November 2025").
  if (statesPlan(ctx, a.lead, false)) return disputeFirst(ctx, p, a) ?? a;
  // So does a record of an earlier day asked of a day after the record ("Did the fireworks of 4 July 2026 take place?").
  if (statesPlan(ctx, a.lead, true) || pastRecordAsked(ctx, p)) return disputeFirst(ctx, p, a) ?? withPlanNote(ctx, a);
  return undefined;
}
