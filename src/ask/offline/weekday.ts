// Weekdays in questions about an event's day (vocabulary weekdays and weekday_words).
import type { CommandContext } from '../../commands/types.js';
import type { Locale } from '../../reply/model.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import type { Route } from './plan-route.js';
import { loc, t } from '../../commands/common.js';
import { formatDateRange } from '../../reply/format.js';
import { vocabIndex } from '../query/vocab.js';
import { findTime } from '../query/time.js';
import { splitSentences } from '../query/sentences.js';
import { stem } from '../query/text.js';
import { textStems } from './sentence-cache.js';
import { writtenDays } from './written-dates.js';
import type { Event } from '../../dataset/schema.js';
import { untilPrefix } from './answer-events.js';

// The weekday words padded with spaces, once per vocabulary: the set was spread and each word
// padded anew for every answer about an event.
const padded = new WeakMap<ReadonlySet<string>, string[]>();

function paddedWeekdayWords(words: ReadonlySet<string>): string[] {
  let list = padded.get(words);
  if (!list) padded.set(words, (list = [...words].map((w) => ` ${w} `)));
  return list;
}

/** The words asking for a weekday ("day of the week", "Wochentag") among `words`, if any. */
export function weekdayAsked(ctx: CommandContext, words: readonly string[]): string[] | undefined {
  const norm = ` ${words.join(' ')} `;
  const hit = paddedWeekdayWords(vocabIndex(ctx.dataset).weekdayWords).find((w) => norm.includes(w));
  return hit?.trim().split(' ');
}

// Made once: constructing a DateTimeFormat cost more than all else answering the question did.
const WEEKDAY: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }),
  de: new Intl.DateTimeFormat('de-DE', { weekday: 'long', timeZone: 'UTC' }),
};

/**
 * The one day within an event of several days on which what the question asks of it happened ("The
 * Gyeongju Declaration was adopted on 1 November" for "Declaration adopted on a Friday?"): a sentence of
 * the event writing one day only, a later one of its span, and holding a word the question asks that the
 * title does not ("ran from 27 October to 1 November" dates no one deed).
 */
function deedDay(ctx: CommandContext, p: ParsedQuery, ev: Event): string | undefined {
  if (!ev.end_date || ev.end_date === ev.date) return undefined;
  const lang = ctx.locale;
  const title = textStems(ctx.dataset, loc(lang, ev.title), lang);
  const asked = p.content.map((w) => stem(w, lang)).filter((x) => !title.has(x));
  if (!asked.length) return undefined;
  const days = new Set<string>();
  for (const text of [ev.summary, ev.agreed, ev.outcome]) {
    for (const sentence of text ? splitSentences(ctx.dataset, loc(lang, text)) : []) {
      const stated = writtenDays(sentence, ev.date.slice(0, 4));
      if (stated.length !== 1 || stated[0]! <= ev.date || stated[0]! > ev.end_date) continue;
      const stems = textStems(ctx.dataset, sentence, lang);
      if (asked.some((x) => stems.has(x))) days.add(stated[0]!);
    }
  }
  return days.size === 1 ? [...days][0] : undefined;
}

/**
 * A weekday in a question about an event's day: "signed on Monday, right?" is answered by the
 * event's own weekday ("No — Tuesday, …"); "on which weekday" puts it before the date.
 */
export function weekdayFirst(ctx: CommandContext, p: ParsedQuery, route: Route, a: AnswerFirst): AnswerFirst {
  const ev = 'command' in route && route.command === 'summit' && typeof route.args.event === 'string' ? ctx.dataset.eventById.get(route.args.event) : undefined;
  if (!ev || a.status !== 'answer') return a;
  const v = vocabIndex(ctx.dataset);
  const named = p.words.map((w) => v.weekdays.get(w)).find((d) => d !== undefined);
  const asks = weekdayAsked(ctx, p.words) !== undefined;
  if (named === undefined && !asks) return a;
  // The last day when the end of an event of several days was asked ("welcher Wochentag war das Ende?").
  const end = ev.end_date && p.attributes.some((h) => 'event' in h.attribute.answer && h.attribute.answer.event === 'until') ? ev.end_date : undefined;
  // A lead opening with the date it answers ("10 Nov 2026: … until 10 November 2026") is that day's
  // weekday, not the event's own (Announcement No. 70 was issued on 7 Nov 2025).
  const prefix = untilPrefix(a.lead);
  const body = a.lead.slice(prefix.length);
  const opened = /^\d/.test(body) && body.includes(':') ? findTime(body.slice(0, body.indexOf(':')), ctx.dataset) : undefined;
  const leadDay = opened?.kind === 'day' ? opened.start : undefined;
  // A lead opening with the event's own first day says no more than the event does.
  const deed = leadDay !== undefined && leadDay !== ev.date ? leadDay : end ?? deedDay(ctx, p, ev) ?? leadDay;
  const day = new Date(`${deed ?? ev.date}T12:00:00Z`);
  const name = WEEKDAY[ctx.locale].format(day);
  // The weekday with its date: a lead without one (an event's statement) gets the day it fell on.
  const date = formatDateRange(deed ?? ev.date, undefined, ctx.locale);
  const dated = /^\d/.test(body) ? `${prefix}${name}, ${body}` : a.lead.includes(date) ? `${name}: ${a.lead}` : `${name}, ${date}: ${a.lead}`;
  // An event found only by the day the question states ("The framework was signed on Monday 27 October?"
  // finds the arrival in Tokyo that day) checks no weekday: the day's weekday is the reader's own.
  const byDayOnly = !p.subjects.events.includes(ev) && p.time?.kind === 'day' && p.time.start === ev.date;
  if (byDayOnly && p.polar) return a;
  if (p.polar && named !== undefined) {
    // Both must hold where the place was asked too ("on a Wednesday in Busan").
    const yes = day.getUTCDay() === named && !/^\W*(no|nein)\b/i.test(a.lead);
    const lead = `${t(ctx.locale, yes ? 'Yes' : 'No', yes ? 'Ja' : 'Nein')} — ${name}, ${deed ? formatDateRange(deed, undefined, ctx.locale) : formatDateRange(ev.date, ev.end_date, ctx.locale)}: ${loc(ctx.locale, ev.title)}.`;
    return { ...a, lead, support: [a.lead, ...a.support] };
  }
  return { ...a, lead: dated };
}
