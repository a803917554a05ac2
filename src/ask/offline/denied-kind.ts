// "Did Beijing ban exports of dysprosium?" against a record saying "It is a licence requirement, not a
// ban": a word the question claims of a measure that the measure's own record denies settles the
// question — no, with that sentence — where the measure's coverage of the element would read as "yes".
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { loc, t } from '../../commands/common.js';
import { normalize } from '../../dataset/lookup.js';
import { formatDate } from '../../reply/format.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { splitSentences } from '../query/sentences.js';
import { stem } from '../query/text.js';
import { vocabIndex } from '../query/vocab.js';
import { questionNegated } from './polar-parts.js';

/** How far after a negation the denied word may stand ("not a ban", "nicht um ein Verbot"). */
const REACH = 3;

/** The sentence of one of the measures denying a word the question claims, and its measure; else undefined. */
function denial(ctx: CommandContext, p: ParsedQuery, measures: readonly Event[]): { ev: Event; sentence: string } | undefined {
  const v = vocabIndex(ctx.dataset);
  // Words, not numbers: "No. 18" is a number's label, not a negation of "2025".
  const claimed = new Set(p.words.filter((w) => w.length >= 3 && !/\d/.test(w) && !v.stop.has(w) && !v.negations.has(w)).map((w) => stem(w, ctx.locale)));
  for (const ev of measures) {
    for (const x of [ev.summary, ev.agreed, ev.outcome]) {
      if (!x) continue;
      for (const sentence of splitSentences(ctx.dataset, loc(ctx.locale, x))) {
        const words = normalize(sentence).split(' ');
        // "No. 57: five more …" labels a number; it denies nothing.
        const denied = words.some((w, i) => v.negations.has(w) && !/^\d/.test(words[i + 1] ?? '') && words.slice(i + 1, i + 1 + REACH).some((n) => claimed.has(stem(n, ctx.locale))));
        if (denied) return { ev, sentence };
      }
    }
  }
  return undefined;
}

/** "No — <measure>: <the sentence denying the word>" for a yes/no question not itself negated; else undefined. */
export function deniedKind(ctx: CommandContext, p: ParsedQuery, measures: readonly Event[]): AnswerFirst | undefined {
  if (!p.polar || questionNegated(ctx, p)) return undefined;
  const found = denial(ctx, p, measures);
  if (!found) return undefined;
  const { ev, sentence } = found;
  return { status: 'answer', lead: `${t(ctx.locale, 'No', 'Nein')} — ${loc(ctx.locale, ev.title)} (${formatDate(ev.date, ctx.locale)}): ${sentence}`,
    support: [], sources: [...ev.sources], more: `/summit ${ev.id}` };
}
