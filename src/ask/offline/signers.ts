// "Who signed the Thailand–Cambodia declaration?" against a record listing four participants, two of whom
// signed and two witnessed: the sentence saying who did the act asked leads, not the list.
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { loc } from '../../commands/common.js';
import { normalize } from '../../dataset/lookup.js';
import type { ParsedQuery } from '../query/types.js';
import { splitSentences } from '../query/sentences.js';
import { stem } from '../query/text.js';
import { vocabIndex } from '../query/vocab.js';

/** The record's sentence naming who did the act the question asks ("signed"), if it names fewer participants before it than the record lists. */
export function signersSentence(ctx: CommandContext, p: ParsedQuery, ev: Event): string | undefined {
  const acts = vocabIndex(ctx.dataset).eventKinds.agreement;
  const actStems = new Set([...acts].map((w) => stem(w, ctx.locale)));
  const asked = p.words.map((w) => stem(w, ctx.locale)).filter((w) => actStems.has(w));
  if (!asked.length || ev.participants.length < 2) return undefined;
  for (const sentence of splitSentences(ctx.dataset, loc(ctx.locale, ev.summary))) {
    const words = normalize(sentence).split(' ');
    const at = words.findIndex((w) => asked.includes(stem(w, ctx.locale)));
    if (at < 0) continue;
    // A participant is named by the last word of their name ("Hun Manet", "Donald Trump" as "Trump").
    const before = new Set(words.slice(0, at));
    const signers = ev.participants.filter((x) => before.has(normalize(x).split(' ').at(-1)!));
    if (signers.length && signers.length < ev.participants.length) return sentence;
  }
  return undefined;
}
