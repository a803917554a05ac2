// "Since when has Malaysia banned raw rare-earth exports?", "Seit welchem Monat gilt das Verbot?": the
// date a clause of the texts gives after "since"/"seit" ("in place since January 2024"), not the day the
// clause reports it on (answer-events.ts).
import type { CommandContext } from '../../commands/types.js';
import type { ParsedQuery, TimeRef } from '../query/types.js';
import { normalize } from '../../dataset/lookup.js';
import { vocabIndex } from '../query/vocab.js';
import { datesInDatasetText } from '../query/time.js';

/** "Since when …?", "Seit welchem Monat …?": a word of grammar.since_year right before a question word. */
export function sinceAsked(ctx: CommandContext, p: ParsedQuery): boolean {
  const v = vocabIndex(ctx.dataset);
  return p.words.some((w, i) => v.wordLists.sinceYear[ctx.locale].has(w) && v.questionWords.has(p.words[i + 1] ?? ''));
}

/** The first date of a text written right after a word of grammar.since_year ("seit Januar 2024"), up to the clause's end. */
export function sinceDate(ctx: CommandContext, text: string): TimeRef | undefined {
  const since = vocabIndex(ctx.dataset).wordLists.sinceYear[ctx.locale];
  const words = text.split(/\s+/);
  for (const [i, w] of words.entries()) {
    if (!since.has(normalize(w))) continue;
    // Dates are read in the dataset's texts, where the clause after "since" ends at its bracket or comma.
    const after = words.slice(i + 1).join(' ').split(/[),;]/)[0] ?? '';
    const d = datesInDatasetText(after, ctx.dataset)[0];
    if (d) return d;
  }
  return undefined;
}
