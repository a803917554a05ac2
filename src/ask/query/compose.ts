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
  const more = a.more ? [a.more] : [];
  // The "more" pointer is the first follow-up: every renderer shows follow-ups under the answer.
  const suggestions = [...new Set([...more, ...(a.suggestions ?? [])])].slice(0, 4);
  const blocks = [a.lead, ...a.support.filter((s) => s.trim()).slice(0, MAX_SUPPORT)];
  return {
    kind: 'answer',
    locale: ctx.locale,
    blocks,
    sources: cite.list(ctx.locale),
    footer: footer(ctx.dataset, ctx.locale),
    ...(suggestions.length ? { suggestions } : {}),
  };
}
