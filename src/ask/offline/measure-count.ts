// One export-control measure's elements counted, for a count asked of that measure ("China's April 2025
// controls covered 12 elements, right?"): its own list, not the total of all measures.
import type { CommandContext } from '../../commands/types.js';
import { loc, t } from '../../commands/common.js';
import type { Event } from '../../dataset/schema.js';
import { formatDate } from '../../reply/format.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { countClaim } from '../query/polar-cues.js';
import { paddedQuestion } from '../query/question-text.js';
import { vocabIndex } from '../query/vocab.js';
import { yesNo } from './answer-figures.js';

/** One measure's elements, counted: "China's export controls on seven … (4 Apr 2025): 7 rare earths — Sm, Gd, …". */
export function measureCount(ctx: CommandContext, p: ParsedQuery, m: Event): AnswerFirst {
  const { locale } = ctx;
  const n = m.elements.length;
  // A count claimed ("twelve rare earths?") is settled by the list's own length; a part claimed below it
  // ("sieben von 17?") is not.
  const claim = p.polar ? countClaim(paddedQuestion(p), vocabIndex(ctx.dataset)) : undefined;
  const word = claim && !(claim.part && claim.n < n) ? yesNo(locale, claim.n === n) : '';
  const lead = word + t(locale, `${loc(locale, m.title)} (${formatDate(m.date, locale)}): ${n} rare earths — ${m.elements.join(', ')}.`,
    `${loc(locale, m.title)} (${formatDate(m.date, locale)}): ${n} Seltene Erden — ${m.elements.join(', ')}.`);
  return { status: 'answer', lead, support: m.outcome ? [loc(locale, m.outcome)] : [], sources: [...m.sources], more: `/summit ${m.id}` };
}
