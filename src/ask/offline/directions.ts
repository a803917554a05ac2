// Which ways a text says something moved ("cut", "raised", "gesenkt"), by the vocabulary's up and down
// operator words: a change asked ("Did the US raise the tariff?") is settled only by a text stating one.
import type { CommandContext } from '../../commands/types.js';
import { matchPhrases, stemWords } from '../query/phrases.js';
import { vocabIndex } from '../query/vocab.js';

/** The directions ('up', 'down') a text's normalised words state, in the question's language. */
export function directionsIn(ctx: CommandContext, words: readonly string[]): Set<'up' | 'down'> {
  const hits = matchPhrases(vocabIndex(ctx.dataset).operators, words, stemWords(words), [ctx.locale]);
  const out = new Set<'up' | 'down'>();
  for (const h of hits) if (h.value === 'up' || h.value === 'down') out.add(h.value);
  return out;
}
