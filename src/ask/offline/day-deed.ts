// "Who died on 24 October 2025?": the day's own record (Takaichi's policy speech) holds no word of the
// deed asked, but another record names that day beside it ("… because of the death of Queen Mother
// Sirikit on 24 October"). The people of the day's record are then no answer; that clause is.
import type { Event } from '../../dataset/schema.js';
import type { CommandContext } from '../../commands/types.js';
import { loc } from '../../commands/common.js';
import type { ParsedQuery } from '../query/types.js';
import { stem } from '../query/text.js';
import { vocabIndex } from '../query/vocab.js';
import { textStems, textWords } from './sentence-cache.js';
import { sameVerb } from './polar-words.js';
import { dayClause } from './event-clauses.js';

/** Whether a text holds the word, by its stem or another form of its verb (grammar.verb_forms: "died", "death"). */
function holdsWord(ctx: CommandContext, text: string, w: string): boolean {
  const words = textWords(ctx.dataset, text);
  return textStems(ctx.dataset, text, ctx.locale).has(stem(w, ctx.locale)) || sameVerb(vocabIndex(ctx.dataset), w, words);
}

const texts = (ctx: CommandContext, e: Event): string =>
  [e.title, e.summary, e.agreed, e.outcome].filter((x): x is NonNullable<typeof x> => Boolean(x)).map((x) => loc(ctx.locale, x)).join(' ');

/**
 * The one other record whose clause naming the asked day holds the deed the day's own records lack.
 * (None found leaves the day's records: the texts word a deed in more ways than the question, "getroffen"
 * against "Gipfel", so a deed they seem to lack is no sign that none happened.)
 */
export function dayDeed(ctx: CommandContext, p: ParsedQuery, inTime: readonly Event[]): Event | undefined {
  if (p.time?.kind !== 'day' || !inTime.length || !p.content.length) return undefined;
  const deed = p.content.filter((w) => !inTime.some((e) => holdsWord(ctx, texts(ctx, e), w)));
  if (!deed.length) return undefined;
  const naming = ctx.dataset.events.filter((e) => {
    const c = dayClause(ctx, p, e);
    return c !== undefined && deed.every((w) => holdsWord(ctx, c.text, w));
  });
  return naming.length === 1 ? naming[0] : undefined;
}
