// "How many days ago was the Busan meeting?", "Vor wie vielen Tagen wurde das Tokio-Abkommen unterzeichnet?":
// the event's date and the days from it to today (the reader's clock), counted by the calendar.
import type { CommandContext } from '../../commands/types.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { vocabIndex } from '../query/vocab.js';
import { formatDate, formatNumber } from '../../reply/format.js';
import { loc } from '../../commands/common.js';

const DAY_MS = 86_400_000;

type Gapped = { head: string; tail?: string };
// Per phrase list of the vocabulary (made once per dataset): its heads and tails padded with spaces
// once, not a template string per phrase for every question planned (bench/core-check.ts prof).
const paddedLists = new WeakMap<readonly Gapped[], readonly Gapped[]>();

function paddedPhrases(phrases: readonly Gapped[]): readonly Gapped[] {
  let out = paddedLists.get(phrases);
  if (!out) paddedLists.set(phrases, (out = phrases.map(({ head, tail }) => (tail === undefined ? { head: ` ${head} ` } : { head: ` ${head} `, tail: ` ${tail} ` }))));
  return out;
}

/** Whether padded words hold one of the phrases: a phrase with a gap ("wie lange ist … her") has its head anywhere, its tail closing the question. */
function asksDays(padded: string, phrases: readonly Gapped[]): boolean {
  for (const { head, tail } of phrases) if (padded.includes(head) && (tail === undefined || padded.endsWith(tail))) return true;
  return false;
}

/** The answer to how long ago the one event the question names took place; undefined for any other question. */
export function daysSince(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  const phrases = paddedPhrases(vocabIndex(ctx.dataset).daysSince[ctx.locale]);
  if (!asksDays(` ${p.words.join(' ')} `, phrases)) return undefined;
  const ev = p.subjects.namedEvents[0] ?? (p.subjects.events.length === 1 ? p.subjects.events[0] : undefined);
  if (!ev) return undefined;
  const today = ctx.now.toISOString().slice(0, 10);
  // "How many days ago did the suspension expire?": the day it ran until, not the day it began.
  // Not when the question gives the end itself ("Announcement 70, valid until 10 November 2026, issued when?").
  const endAsked = !p.time && p.attributes.some((h) => 'event' in h.attribute.answer && h.attribute.answer.event === 'until');
  const end = endAsked ? ev.suspended_until ?? ev.end_date : undefined;
  if (endAsked && !end) return undefined;
  const day = end ?? ev.date;
  const days = Math.round((Date.parse(today) - Date.parse(day)) / DAY_MS);
  if (days < 0) return undefined;
  const { locale } = ctx;
  const when = formatDate(day, locale);
  const n = formatNumber(days, locale);
  const title = end ? (locale === 'de' ? `Enddatum von „${loc(locale, ev.title)}“` : `end date of “${loc(locale, ev.title)}”`) : loc(locale, ev.title);
  const lead = locale === 'de'
    ? `${when}: ${title} – vor ${n} ${days === 1 ? 'Tag' : 'Tagen'} (Stand ${formatDate(today, locale)}).`
    : `${when}: ${title} – ${n} ${days === 1 ? 'day' : 'days'} ago (as of ${formatDate(today, locale)}).`;
  return { status: 'answer', lead, support: [], sources: [...ev.sources], more: `/summit ${ev.id}` };
}

/**
 * "How many days after the Tokyo signing did Trump meet Xi?", "Wie viele Tage lagen zwischen dem Abkommen
 * in Tokio und dem Treffen in Busan?": the days between the two events the question names (of more, the
 * two it names outright).
 */
export function daysBetween(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  // Two events named first: most questions name fewer, and need not be searched for the phrases. Of
  // three or more found, only two named outright say which are set against each other.
  const two = p.subjects.events.length === 2 ? p.subjects.events : p.subjects.namedEvents.length === 2 ? p.subjects.namedEvents : undefined;
  if (!two) return undefined;
  const phrases = vocabIndex(ctx.dataset).daysBetween;
  const padded = ` ${p.words.join(' ')} `;
  if (!phrases.some((x) => padded.includes(` ${x} `))) return undefined;
  const [a, b] = [...two].sort((x, y) => x.date.localeCompare(y.date));
  if (!a || !b || a.date === b.date) return undefined;
  const { locale } = ctx;
  const days = Math.round((Date.parse(b.date) - Date.parse(a.date)) / DAY_MS);
  const n = formatNumber(days, locale);
  const span = `${loc(locale, a.title)} (${formatDate(a.date, locale)}) → ${loc(locale, b.title)} (${formatDate(b.date, locale)})`;
  const lead = locale === 'de' ? `${n} ${days === 1 ? 'Tag' : 'Tage'}: ${span}.` : `${n} ${days === 1 ? 'day' : 'days'}: ${span}.`;
  return { status: 'answer', lead, support: [], sources: [...new Set([...a.sources, ...b.sources])], more: `/summit ${b.id}` };
}
