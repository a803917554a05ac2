// "Wurde Takaichi am 24. Oktober gewählt?", "Did Trump meet Lee on 30 October?": a yes/no question
// stating a day for an event its words name, which fell on another day. The answer is "no" with the
// event's own date, not the record of whatever happened on the day stated.
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { t } from '../../commands/common.js';
import { normalize } from '../../dataset/lookup.js';
import { stem } from '../query/text.js';
import { vocabIndex } from '../query/vocab.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { eventAnswer, eventsInTime } from './answer-events.js';

/** How many of the question's words (stems) an event's title, summary, people and names hold. */
function hits(ctx: CommandContext, e: Event, words: readonly string[]): number {
  const text = new Set(normalize([e.title.en, e.title.de, e.summary.en, e.summary.de, ...e.participants, ...e.aliases].join(' '))
    .split(' ').flatMap((w) => [stem(w, 'en'), stem(w, 'de')]));
  return words.filter((w) => text.has(w)).length;
}

export function dateCheck(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  const day = p.time;
  if (!p.polar || day?.kind !== 'day' || day.start !== day.end) return undefined;
  const named = p.subjects.events[0];
  if (!named || (named.date <= day.start && (named.end_date ?? named.date) >= day.start)) return undefined;
  const stop = vocabIndex(ctx.dataset).stop;
  const words = [...new Set(p.content.filter((w) => !stop.has(w)).map((w) => stem(w, ctx.locale)))];
  const own = hits(ctx, named, words);
  // The event the words name must hold more of them than anything on the day stated.
  if (own < 2 || eventsInTime(ctx, p).some((e) => hits(ctx, e, words) >= own)) return undefined;
  const a = eventAnswer(ctx, named, 'date', p);
  return { ...a, lead: `${t(ctx.locale, 'No', 'Nein')} — ${a.lead}` };
}
