// Answer-first composition, shared by the offline path and the language-model path: the reply to a
// question opens with the sentence that answers it, then a few lines of support, the sources, and a
// "more" pointer to the full command. Commands keep their full cards; only questions come here.
import type { Reply } from '../../reply/model.js';
import type { CommandContext } from '../../commands/types.js';
import { Citations, footer } from '../../commands/common.js';
import type { AnswerFirst } from './types.js';

/** Support paragraphs beyond this are dropped: a question's reply aims at ten lines or fewer. */
export const MAX_SUPPORT = 3;

/** The reply for an answer-first answer, in the context's locale. */
export function composeAnswer(ctx: CommandContext, a: AnswerFirst): Reply {
  const cite = new Citations(ctx.dataset).add(...a.sources);
  // The "more" pointer is the first follow-up: every renderer shows follow-ups under the answer. The
  // first four distinct, gathered in a loop rather than through a Set and three arrays.
  const suggestions: string[] = [];
  if (a.more) suggestions.push(a.more);
  for (const s of a.suggestions ?? []) if (suggestions.length < 4 && !suggestions.includes(s)) suggestions.push(s);
  const blocks = [a.lead, ...a.support.filter((s) => s.trim()).slice(0, MAX_SUPPORT), ...(a.notes ?? [])];
  return {
    kind: 'answer',
    locale: ctx.locale,
    blocks,
    sources: cite.list(ctx.locale),
    footer: footer(ctx.dataset, ctx.locale),
    ...(suggestions.length ? { suggestions } : {}),
  };
}
