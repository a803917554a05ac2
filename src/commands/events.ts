// /events [from] [to] — the timeline, optionally between two dates (YYYY-MM-DD, DD.MM.YYYY, "Oct 2025").
import { formatCount, formatDate, formatDateRange } from '../reply/format.js';
import type { Locale, Reply, ReplySource, ReplyTable } from '../reply/model.js';
import type { Dataset } from '../dataset/dataset.js';
import type { Event } from '../dataset/schema.js';
import type { Args, CommandContext, CommandDefinition } from './types.js';
import { answerWith, Citations, loc, notFound, quoteInput, t, usageError } from './common.js';
import { parsePeriod } from './dates.js';
import { deepFreeze } from './reply-cache.js';

export const events: CommandDefinition = {
  name: 'events',
  aliases: ['ereignisse', 'timeline', 'zeitleiste', 'chronik', 'termine'],
  description: {
    en: 'Timeline of events (export controls, summits, agreements), optionally between two dates.',
    de: 'Zeitleiste der Ereignisse (Exportkontrollen, Gipfel, Abkommen), optional zwischen zwei Daten.',
  },
  args: [
    { name: 'from', type: 'date', description: { en: 'From (YYYY-MM-DD, DD.MM.YYYY or "Oct 2025"). A month alone shows that month.', de: 'Von (JJJJ-MM-TT, TT.MM.JJJJ oder „Okt 2025“). Ein Monat allein zeigt diesen Monat.' } },
    { name: 'to', type: 'date', description: { en: 'To (inclusive), same formats.', de: 'Bis (einschließlich), gleiche Formate.' } },
  ],
  examples: ['/events', '/events 2025-10-20 2025-10-31', '/events Oct 2025', '/events 01.11.2025'],
  tool: true,
  cache: 'dataset',
  run: (args, ctx) => runEvents(args, ctx),
};

/** A listing's table and sources: they depend only on which events it lists and the locale. */
interface Listing {
  table: ReplyTable;
  sources: ReplySource[];
}

/** The dataset's events oldest first, and each one's table row in a locale. */
interface Timeline {
  sorted: readonly Event[];
  /** Shared by every answer that lists the event: frozen, as the reply cache freezes what it keeps. */
  rows: Record<Locale, Map<Event, string[]>>;
  /**
   * Listings by the positions they list ("3-17", or "3,5,9" when not a run), frozen. Every spelling
   * of a period ("Oct 2025", "2025-10", "Okt 2025") and every period with the same events shares
   * one, so renderers that keep renderings of frozen parts (Slack, Discord) build its table once.
   * Bounded by the dataset: a listing is the events ending on or after a start and starting on or
   * before an end, so there are at most (events + 1)² of them.
   */
  listings: Record<Locale, Map<string, Listing>>;
}

// Once per dataset: every /events answer sorted all events and formatted a row per event listed
// (dates, title, place), the same for every period asked (bench/core-check.ts prof).
const timelines = new WeakMap<Dataset, Timeline>();

function timelineOf(ds: Dataset): Timeline {
  let tl = timelines.get(ds);
  if (!tl) {
    const sorted = [...ds.events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    const rows = (locale: Locale): Map<Event, string[]> =>
      new Map(sorted.map((e) => [e, Object.freeze([formatDateRange(e.date, e.end_date, locale), loc(locale, e.title), loc(locale, e.place), e.id]) as string[]]));
    timelines.set(ds, (tl = { sorted, rows: { en: rows('en'), de: rows('de') }, listings: { en: new Map(), de: new Map() } }));
  }
  return tl;
}

export function runEvents(args: Args, ctx: CommandContext): Reply {
  const { dataset: ds, locale } = ctx;
  const fromText = args.from?.trim();
  const toText = args.to?.trim();
  const from = fromText ? parsePeriod(fromText) : undefined;
  const to = toText ? parsePeriod(toText) : undefined;
  const bad = (fromText && !from) ? fromText : (toText && !to) ? toText : undefined;
  if (bad !== undefined) {
    return usageError(ctx, t(locale,
      `${quoteInput(bad)} is not a date I can read. Use YYYY-MM-DD, DD.MM.YYYY or a month such as "Oct 2025".`,
      `${quoteInput(bad)} kann ich nicht als Datum lesen. Nutze JJJJ-MM-TT, TT.MM.JJJJ oder einen Monat wie „Okt 2025“.`), ['/events Oct 2025', '/events 2025-10-20 2025-10-31']);
  }
  // A single period ("Oct 2025") means that period; a single day means "from that day on".
  const start = from?.start;
  const end = to ? to.end : from && from.start !== from.end ? from.end : undefined;
  if (start && end && start > end) {
    return usageError(ctx, t(locale, 'The start date is after the end date.', 'Das Anfangsdatum liegt nach dem Enddatum.'), [`/events ${toText ?? ''} ${fromText ?? ''}`.replace(/\s+/g, ' ').trim()]);
  }
  // Pushed, not copied and filtered: filter's array is of another kind when empty, and this
  // command's optimised code was thrown away when the kind it had not seen came (node --trace-deopt).
  const timeline = timelineOf(ds);
  const list: Event[] = [];
  const at: number[] = [];
  const sorted = timeline.sorted;
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i]!;
    if ((!start || (e.end_date ?? e.date) >= start) && (!end || e.date <= end)) {
      list.push(e);
      at.push(i);
    }
  }
  const range = start || end
    ? `${start ? formatDate(start, locale) : '…'} – ${end ? formatDate(end, locale) : '…'}`
    : '';
  if (!list.length) {
    return notFound(ctx, t(locale, `No events in the dataset for ${range}.`, `Keine Ereignisse im Datensatz für ${range}.`), ['/events']);
  }
  const first = at[0]!;
  const last = at[at.length - 1]!;
  const key = last - first + 1 === at.length ? `${first}-${last}` : at.join(',');
  const listings = timeline.listings[locale];
  let listing = listings.get(key);
  if (!listing) listings.set(key, (listing = listingOf(ds, timeline, list, locale)));
  return answerWith(ctx, listing.sources, {
    title: range ? `${t(locale, 'Events', 'Ereignisse')}: ${range}` : t(locale, 'Timeline', 'Zeitleiste'),
    blocks: [t(locale,
      `${formatCount(list.length, { one: 'event', other: 'events' }, locale)}, oldest first. /summit <id> shows one in full.`,
      `${formatCount(list.length, { one: 'Ereignis', other: 'Ereignisse' }, locale)}, älteste zuerst. /summit <Kennung> zeigt eines ausführlich.`)],
    table: listing.table,
    suggestions: list.slice(-2).map((e) => `/summit ${e.id}`),
  });
}

function listingOf(ds: Dataset, timeline: Timeline, list: readonly Event[], locale: Locale): Listing {
  const cite = new Citations(ds);
  const rowOf = timeline.rows[locale];
  const rows: string[][] = [];
  for (const e of list) {
    cite.add(...e.sources);
    rows.push(rowOf.get(e)!);
  }
  return deepFreeze({ table: { columns: [t(locale, 'Date', 'Datum'), t(locale, 'Event', 'Ereignis'), t(locale, 'Place', 'Ort'), 'Id'], rows }, sources: cite.list(locale) });
}
