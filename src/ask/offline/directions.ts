// Which ways a text says something moved ("cut", "raised", "gesenkt"), by the vocabulary's up and down
// operator words: a change asked ("Did the US raise the tariff?") is settled only by a text stating one.
import type { CommandContext } from '../../commands/types.js';
import { matchPhrases, stemWords } from '../query/phrases.js';
import { vocabIndex } from '../query/vocab.js';

/** The directions ('up', 'down') a text's normalised words state, in the question's language. */
export function directionsIn(ctx: CommandContext, words: readonly string[]): Set<'up' | 'down'> {
  const v = vocabIndex(ctx.dataset);
  const hits = matchPhrases(v.operators, words, stemWords(words), [ctx.locale]);
  const out = new Set<'up' | 'down'>();
  for (const h of hits) if (h.value === 'up' || h.value === 'down') out.add(h.value);
  // "would go from 57 % to 47 %", "von 57 auf 47": two numbers of a change (grammar.change_from, change_to) say which way.
  const from = v.wordLists.changeFrom[ctx.locale];
  for (let i = 0; i + 3 < words.length; i++) {
    if (!from.has(words[i]!) || !v.changeTo.includes(words[i + 2]!)) continue;
    const [a, b] = [Number(words[i + 1]), Number(words[i + 3])];
    // Number('') is 0: only words that are numbers count.
    if (words[i + 1] && words[i + 3] && Number.isFinite(a) && Number.isFinite(b) && a !== b) out.add(a > b ? 'down' : 'up');
  }
  return out;
}
