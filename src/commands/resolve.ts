// Resolves a typed argument to a dataset record. An exact match answers; a typo with one clear
// winner answers and says what it assumed; anything else becomes a "not found" reply with the
// nearest suggestions (never a silent guess).
import type { Reply } from '../reply/model.js';
import type { Country, Element, Event, Mineral, Source } from '../dataset/schema.js';
import type { EntityKind, EntityMap, LookupResult } from '../dataset/lookup.js';
import { lookup, searchEvents } from '../dataset/lookup.js';
import type { CommandContext } from './types.js';
import { notFound, quoteInput, t } from './common.js';

export type Resolved<T> = { ok: true; item: T; note?: string } | { ok: false; reply: Reply };

const KIND_NAME: Record<EntityKind, { en: string; de: string }> = {
  country: { en: 'country', de: 'Land' },
  mineral: { en: 'mineral', de: 'Rohstoff' },
  element: { en: 'element', de: 'Element' },
  event: { en: 'event', de: 'Ereignis' },
  source: { en: 'source', de: 'Quelle' },
};

export function displayName<K extends EntityKind>(kind: K, item: EntityMap[K], ctx: CommandContext): string {
  switch (kind) {
    case 'country': return (item as Country).name[ctx.locale];
    case 'mineral': return (item as Mineral).name[ctx.locale];
    case 'element': { const e = item as Element; return `${e.name[ctx.locale]} (${e.symbol})`; }
    case 'event': return (item as Event).title[ctx.locale];
    default: return (item as Source).id;
  }
}

/** Shown above an answer built on a typo match: "Showing results for China (you typed 'chna')." */
export function assumedNote(ctx: CommandContext, name: string, typed: string): string {
  return t(ctx.locale, `Showing results for ${name} (you typed ${quoteInput(typed)}).`, `Ergebnisse für ${name} (deine Eingabe: ${quoteInput(typed)}).`);
}

/**
 * `suggest` turns a candidate into a command line to offer ("/reserves Chile"). `m`: the lookup
 * without suggestions, when the caller has made it already.
 */
export function resolveEntity<K extends EntityKind>(
  ctx: CommandContext,
  kind: K,
  typed: string,
  suggest: (item: EntityMap[K]) => string,
  // Without suggestions first: a match needs no scan beyond the typo budget, and most arguments match.
  m: LookupResult<EntityMap[K]> = ctx.lookups ? ctx.lookups.kindOnly(ctx.dataset, kind, typed) : lookup(ctx.dataset, kind, typed, 0),
): Resolved<EntityMap[K]> {
  if (m.kind === 'exact') return { ok: true, item: m.item };
  if (m.kind === 'fuzzy') return { ok: true, item: m.item, note: assumedNote(ctx, displayName(kind, m.item, ctx), typed) };
  if (kind === 'event') {
    const hits = (ctx.lookups ? ctx.lookups.events(ctx.dataset, typed) : searchEvents(ctx.dataset, typed)) as EntityMap[K][];
    if (hits.length === 1) return { ok: true, item: hits[0]! };
    if (hits.length > 1) return { ok: false, reply: ambiguous(ctx, kind, typed, hits.slice(0, 5).map(suggest)) };
  }
  // The same lookup with its nearest names (the typo budget above found none).
  const r = lookup(ctx.dataset, kind, typed);
  const suggestions = r.kind === 'none' ? r.suggestions : [];
  const what = KIND_NAME[kind][ctx.locale];
  // Pushed, not mapped: map's array is of another kind when empty, and code optimised for one kind
  // was thrown away when the other came (node --trace-deopt over the bench corpus).
  const names: string[] = [];
  for (const s of suggestions) names.push(displayName(kind, s, ctx));
  const text = names.length
    ? t(ctx.locale,
      `I don't know the ${what} ${quoteInput(typed)}. Did you mean ${names.join(', ')}?`,
      `${KIND_NAME[kind].de} ${quoteInput(typed)} kenne ich nicht. Meintest du ${names.join(', ')}?`)
    : t(ctx.locale,
      `I don't know the ${what} ${quoteInput(typed)}.`,
      `${KIND_NAME[kind].de} ${quoteInput(typed)} kenne ich nicht.`);
  return { ok: false, reply: notFound(ctx, text, suggestions.map(suggest)) };
}

function ambiguous(ctx: CommandContext, kind: EntityKind, typed: string, suggestions: string[]): Reply {
  const what = KIND_NAME[kind][ctx.locale];
  return notFound(ctx, t(ctx.locale,
    `${quoteInput(typed)} matches more than one ${what}. Which one do you mean?`,
    `${quoteInput(typed)} passt auf mehrere Einträge (${what}). Welchen meinst du?`), suggestions);
}
