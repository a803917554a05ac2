// The route behind a plan (the command or fact a reader can open in full) and the plan type the
// answer stages share.
import type { Args, CommandContext } from '../../commands/types.js';
import type { Country, Mineral } from '../../dataset/schema.js';
import type { Measure } from '../../commands/figures.js';
import { loc } from '../../commands/common.js';
import { defaultMineral } from '../../commands/figure-answer.js';
import type { AnswerFirst } from '../query/types.js';

export type Route =
  | { command: string; args: Args; recordIds?: string[] }
  | { fact: string }
  | { refusal: true; inBeat?: boolean };

export interface Plan {
  route: Route;
  /** The answer-first reply; absent when the route's own card or the scope note is the reply. */
  answer?: AnswerFirst;
}

/** "/reserves China Lithium" for a route. */
export function routeLine(r: Route): string {
  return 'command' in r ? [`/${r.command}`, ...Object.values(r.args).filter(Boolean)].join(' ') : '/help';
}

/** The route behind an answer: its "more" command as typed, or the fact it quotes. */
export function routeOf(a: AnswerFirst, fact?: string): Route {
  if (fact) return { fact };
  const m = a.more ? /^\/(\w+)\s*(.*)$/.exec(a.more) : null;
  if (!m) return { refusal: true, inBeat: true };
  const [, command, rest] = m as unknown as [string, string, string];
  const arg = rest.trim();
  switch (command) {
    case 'reserves':
    case 'production':
      return { command, args: arg ? { country: arg } : {} };
    case 'element':
      return { command, args: { element: arg } };
    case 'elements':
      return { command, args: arg ? { filter: arg } : {} };
    case 'summit':
      return { command, args: { event: arg } };
    case 'events': {
      const [from, to] = arg.split(' ');
      return { command, args: { ...(from ? { from } : {}), ...(to ? { to } : {}) } };
    }
    default:
      return { command, args: {} };
  }
}

export const answered = (a: AnswerFirst, fact?: string): Plan => ({ route: routeOf(a, fact), answer: a });

/** The /reserves or /production route for a figure answer, arguments as a reader would type them. */
export function figureRoute(ctx: CommandContext, measure: Measure, m: Mineral, c?: Country): Route {
  const isDefault = m.id === defaultMineral(ctx.dataset)?.id;
  // Set one by one, in the order the spreads of conditional literals gave, without their copies.
  const args: Record<string, string> = {};
  if (c) args.country = loc(ctx.locale, c.name);
  if (!isDefault) args.mineral = loc(ctx.locale, m.name);
  return {
    // Capacity stands in the production tables' edition (/production shows the mineral's figures).
    command: measure === 'capacity' ? 'production' : measure,
    args,
    recordIds: c ? [c.id, m.id] : [m.id],
  };
}
