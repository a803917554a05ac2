// A lone code or name typed as a question ("Nd", "cn", "Li"): its card, as the command would show it.
import type { CommandContext } from '../../commands/types.js';
import { lookup } from '../../dataset/lookup.js';
import type { Route } from './plan.js';

/** A lone code or name ("Nd", "cn", "lithium"): codes count in any case here. */
export function singleWordRoute(ctx: CommandContext, text: string): Route | undefined {
  const single = text.trim();
  if (!single || /\s/.test(single)) return undefined;
  for (const kind of ['element', 'country', 'mineral'] as const) {
    const r = lookup(ctx.dataset, kind, single, 0);
    if (r.kind !== 'exact') continue;
    if (kind === 'element') return { command: 'element', args: { element: single }, recordIds: [(r.item as { symbol: string }).symbol] };
    if (kind === 'country') return { command: 'reserves', args: { country: single }, recordIds: [(r.item as { id: string }).id] };
    return { command: 'reserves', args: { mineral: single }, recordIds: [(r.item as { id: string }).id] };
  }
  return undefined;
}

