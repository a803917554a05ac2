// "Are the October controls on holmium still in force?" against "… were suspended on 7 November 2025":
// a yes/no question about whether a measure holds now is settled by the state the sentence records,
// not by its words agreeing with the question's. Asked whether it is in force, a sentence recording a
// suspension says no and one saying it remains in force says yes; asked whether it is suspended, one
// saying it remains in force says no.
import type { CommandContext } from '../../commands/types.js';
import { normalize } from '../../dataset/lookup.js';
import { vocabIndex, type VocabIndex } from '../query/vocab.js';
import { holdsPhrase, paddedQuestion } from '../query/question-text.js';
import type { ParsedQuery } from '../query/types.js';
import type { Element } from '../../dataset/schema.js';
import { datesInDatasetText } from '../query/time.js';
import { namesAny } from '../query/text.js';

/** Whether the question asks if something holds now ("still in force", "noch in Kraft", "gilt … noch"). */
export function asksCurrentState(ctx: CommandContext, p: ParsedQuery): boolean {
  const v = vocabIndex(ctx.dataset);
  return holdsPhrase(paddedQuestion(p), v.currentState) || (p.words.some((w) => v.stateWords.has(w)) && p.words.some((w) => v.stateVerbs.has(w)));
}

/**
 * Whether a yes/no question asks if something is suspended ("Is the April control on terbium suspended?"),
 * not whether it holds now beside a word of the suspension ("still controlled after the suspension?").
 */
export function asksSuspension(ctx: CommandContext, p: ParsedQuery): boolean {
  const v = vocabIndex(ctx.dataset);
  return p.words.some((w) => v.eventKinds.suspension.has(w)) && !asksCurrentState(ctx, p) && !saysInForce(v, p.words);
}

/** Whether a text's words say something holds ("remains in force", "gilt weiter"). */
export function saysInForce(v: VocabIndex, words: readonly string[]): boolean {
  return holdsPhrase(` ${words.join(' ')} `, v.currentState) || words.some((w) => v.stateVerbs.has(w));
}

/**
 * The state a sentence records, as the answer to a question asking whether something holds now;
 * 'open' when the sentence's suspension has run out by today (the dataset cannot say what followed,
 * so nothing of the sentence settles the question); undefined when it records no state.
 */
export function stateVerdict(ctx: CommandContext, p: ParsedQuery, sentence: string): 'yes' | 'no' | 'open' | undefined {
  if (!asksCurrentState(ctx, p)) return undefined;
  const v = vocabIndex(ctx.dataset);
  const words = normalize(sentence).split(' ');
  const suspended = words.some((w) => v.eventKinds.suspension.has(w));
  const holds = saysInForce(v, words);
  // A sentence telling both (one measure suspended, another in force) needs the asked measure told apart: not here.
  if (suspended === holds) return undefined;
  if (suspended) {
    const last = datesInDatasetText(sentence, ctx.dataset).map((d) => d.end).sort().at(-1);
    if (last && last <= ctx.now.toISOString().slice(0, 10)) return 'open';
  }
  const askedSuspended = p.words.some((w) => v.eventKinds.suspension.has(w));
  return (askedSuspended ? suspended : holds) ? 'yes' : 'no';
}

/** Whether a sentence names every element the question does (by name in either language, or symbol as a whole word). */
/**
 * Of a question's elements, those it names as words when some are found only inside a product's name
 * ("NdFeB magnets with dysprosium": dysprosium); undefined when all or none are named outright.
 */
export function namedOutright(text: string, elements: readonly Element[]): Element[] | undefined {
  if (elements.length < 2) return undefined;
  const outright = elements.filter((e) => namesElements(text, [e]));
  return outright.length && outright.length < elements.length ? outright : undefined;
}

export function namesElements(sentence: string, elements: readonly Element[]): boolean {
  return elements.every((e) => namesAny(sentence, [e.name.en, e.name.de]) || namesAny(sentence, [e.symbol], true));
}
