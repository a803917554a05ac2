// "Stimmt es, dass die Zölle auf 47 % gesenkt wurden?": a number claimed that none of the records the
// question's words found states, but one other record states beside a word asked ("Gesamtzoll" holds
// "Zoll"): that record answers, not a "no" read off a record silent on the number.
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { loc } from '../../commands/common.js';
import { normalize } from '../../dataset/lookup.js';
import { vocabIndex } from '../query/vocab.js';
import { askedNumbers } from '../query/question-text.js';
import { stem } from '../query/text.js';
import type { ParsedQuery } from '../query/types.js';
import { statesNumbers } from './answer-events.js';

export function otherRecordStating(ctx: CommandContext, p: ParsedQuery): Event | undefined {
  // A percentage claimed, of no mineral or element (their figures are the tables').
  const v = vocabIndex(ctx.dataset);
  const numbers = askedNumbers(p);
  const s = p.subjects;
  const percent = p.text.includes('%') || p.words.some((w) => v.percentUnits.has(w));
  if (!p.polar || !percent || !numbers.length || s.minerals.length || s.elements.length || s.events.some((e) => statesNumbers(ctx, e, numbers))) return undefined;
  // A word asked, by its stem, whole or as the last part of a German compound ("Gesamtzoll" of "Zölle").
  const asked = p.content.filter((w) => !v.stop.has(w) && !/\d/.test(w)).map((w) => stem(w, ctx.locale)).filter((a) => a.length >= 4);
  if (!asked.length) return undefined;
  const holds = (e: Event): boolean => normalize([e.summary, e.agreed, e.outcome].filter((x): x is NonNullable<typeof x> => Boolean(x)).map((x) => loc(ctx.locale, x)).join(' '))
    .split(' ').map((w) => stem(w, ctx.locale)).some((w) => asked.some((a) => w === a || (ctx.locale === 'de' && w.endsWith(a))));
  const found = ctx.dataset.events.filter((e) => !p.subjects.events.includes(e) && statesNumbers(ctx, e, numbers) && holds(e));
  return found.length === 1 ? found[0] : undefined;
}
