// "Wann ging der APEC-Vorsitz an China?" against "The chair passed to Xi Jinping: Shenzhen hosts APEC in
// November 2026": a clause of two parts, the date in the one the question's words are not in, dates
// the other part's news (Shenzhen's summit), not what was asked (the handover, on the event's own day).
import type { CommandContext } from '../../commands/types.js';
import { findTimeInDatasetText } from '../query/time.js';
import { stem } from '../query/text.js';
import type { ParsedQuery } from '../query/types.js';
import { vocabIndex } from '../query/vocab.js';
import { textStems } from './sentence-cache.js';

/** Whether the clause's date stands in a part (after a colon or semicolon) holding fewer of the question's words than another part. */
export function datedApart(ctx: CommandContext, p: ParsedQuery, text: string): boolean {
  const parts = text.split(/:\s|;\s/);
  if (parts.length < 2) return false;
  const v = vocabIndex(ctx.dataset);
  const asked = p.content.filter((w) => w.length >= 4 && !v.stop.has(w)).map((w) => stem(w, ctx.locale));
  if (!asked.length) return false;
  const held = (part: string): number => { const st = textStems(ctx.dataset, part, ctx.locale); return asked.filter((w) => st.has(w)).length; };
  const dated = parts.filter((x) => { const t = findTimeInDatasetText(x, ctx.dataset); return t !== undefined && t.kind !== 'year'; });
  if (!dated.length) return false;
  // More of the question's words in an undated part than in any dated one ("Vorsitz ging" against "APEC").
  const most = Math.max(...dated.map(held));
  return parts.some((x) => !dated.includes(x) && held(x) > most);
}
