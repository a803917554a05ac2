// "When will Trump and Xi meet again?", "Wann treffen sie sich das nächste Mal?": asked when an event
// happens again, its record's plan of a later date answers (grammar.again_words), not the day it happened.
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { normalize } from '../../dataset/lookup.js';
import type { ParsedQuery, TimeRef } from '../query/types.js';
import { firstPhraseAt } from '../query/text.js';
import { vocabIndex } from '../query/vocab.js';
import { findTimeInDatasetText } from '../query/time.js';
import { clausesOf } from './event-clauses.js';

/** Asked when it happens again ("meet again", "das nächste Mal"): the first clause of the record planning a later date, with it. */
export function plannedAgain(ctx: CommandContext, p: ParsedQuery, ev: Event): { clause: { text: string; sentence: string }; date: TimeRef } | undefined {
  const v = vocabIndex(ctx.dataset);
  if (firstPhraseAt(p.words, v.againWords) < 0) return undefined;
  const plans = v.wordLists.planMarkers[ctx.locale];
  for (const clause of clausesOf(ctx, ev)) {
    if (!normalize(clause.text).split(' ').some((w) => plans.has(w))) continue;
    const date = findTimeInDatasetText(clause.text, ctx.dataset);
    if (date && date.kind !== 'year' && date.start > (ev.end_date ?? ev.date)) return { clause, date };
  }
  return undefined;
}
