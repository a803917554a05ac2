import type { AttributeHit } from './types.js';

/** The single words of the phrases these attribute hits matched ("export ban" gives "export" and "ban"). */
export function matchedWords(hits: readonly (AttributeHit | undefined)[]): string[] {
  return hits.flatMap((h) => h?.matched.flatMap((m) => m.split(' ')) ?? []);
}
