// The offline question path: parse (src/ask/query) → attribute dispatch (plan.ts) → an answer-first
// reply, or the route to a command card, the help or the scope note. A pure function of (text,
// dataset, locale): no network, no model, the same answer every time.
import type { Locale } from '../../reply/model.js';
import type { Dataset } from '../../dataset/dataset.js';
import type { CommandContext } from '../../commands/types.js';
import { normalize } from '../../dataset/lookup.js';
import { parseQuestion } from '../query/parse.js';
import { vocabIndex } from '../query/vocab.js';
import type { ParsedQuery } from '../query/types.js';
import { planQuery, type Plan, type Route } from './plan.js';
import { singleWordRoute } from './single.js';

export type { Plan, Route };

const MAX_QUESTION = 1000;

/** The parsed question (when it is one) and what answers it. */
export function planQuestion(text: string, ctx: CommandContext): { parsed?: ParsedQuery; plan: Plan } {
  const q = text.slice(0, MAX_QUESTION);
  const words = normalize(q).split(' ').filter(Boolean);
  if (!words.length) return { plan: { route: { refusal: true } } };
  // A code typed alone ("Nd", "CN", "Li"): its card, as the command would show it.
  if (words.length === 1 && words[0]!.length <= 3) {
    const single = singleWordRoute(ctx, q.replace(/[?!.]+$/, ''));
    if (single) return { plan: { route: single } };
  }
  const v = vocabIndex(ctx.dataset);
  if (words.length <= 3 && words.every((w) => v.greetings.has(w) || v.stop.has(w))) return { plan: { route: { command: 'help', args: {} } } };
  const parsed = parseQuestion(q, ctx.dataset, ctx.locale);
  return { parsed, plan: planQuery(ctx, parsed) };
}

/**
 * Maps a question onto the command (with its arguments as a user would type them), the fact, or the
 * refusal behind its answer. Exported for the routing evaluation (test/eval).
 */
export function routeToCommand(text: string, ds: Dataset, locale: Locale): Route {
  return planQuestion(text, { locale, now: new Date(0), dataset: ds, services: {} }).plan.route;
}
