// /summit [event] — an event card (date, place, participants, agreed, outcome, sources); without an
// argument the Trump–Xi meeting in Busan and the other summits of the trip.
import type { Reply } from '../reply/model.js';
import type { Event } from '../dataset/schema.js';
import type { Dataset } from '../dataset/dataset.js';
import { searchEvents } from '../dataset/lookup.js';
import { formatDateRange } from '../reply/format.js';
import type { Args, CommandContext, CommandDefinition } from './types.js';
import { answer, Citations, loc, notFound, participantsIn, t } from './common.js';
import { resolveEntity } from './resolve.js';
import { renderedFor, withNotes } from './renderings.js';

const SUMMIT_KINDS = new Set<Event['kind']>(['summit', 'meeting', 'agreement', 'talks']);

/** The default event: the Trump–Xi meeting, else the newest summit. */
export function defaultSummit(ds: Dataset): Event | undefined {
  const hits = searchEvents(ds, 'trump xi busan');
  return hits[0] ?? [...ds.events].filter((e) => SUMMIT_KINDS.has(e.kind)).sort((a, b) => b.date.localeCompare(a.date))[0];
}

/**
 * An event's card, built once per dataset, event and locale (renderings.ts), with the notes of this
 * call (a typo read) in front; the default card with its list of the trip's other summits likewise.
 */
export function eventCard(ctx: CommandContext, ev: Event, notes: string[] = []): Reply {
  return withNotes(renderedFor(ctx.dataset, `event|${ev.id}|${ctx.locale}`, () => buildEventCard(ctx, ev, [])), notes);
}

function buildEventCard(ctx: CommandContext, ev: Event, extra: string[]): Reply {
  const { dataset: ds, locale } = ctx;
  const cite = new Citations(ds).add(...ev.sources);
  const blocks = [loc(locale, ev.summary)];
  const fields = [
    { label: t(locale, 'Date', 'Datum'), value: formatDateRange(ev.date, ev.end_date, locale), inline: true },
    { label: t(locale, 'Place', 'Ort'), value: loc(locale, ev.place), inline: true },
  ];
  if (ev.participants.length) fields.push({ label: t(locale, 'Participants', 'Teilnehmer'), value: participantsIn(locale, ev).join(', '), inline: false });
  if (ev.agreed) fields.push({ label: t(locale, 'Agreed', 'Vereinbart'), value: loc(locale, ev.agreed), inline: false });
  if (ev.outcome) fields.push({ label: t(locale, 'Outcome', 'Ergebnis'), value: loc(locale, ev.outcome), inline: false });
  if (ev.elements.length) fields.push({ label: t(locale, 'Elements', 'Elemente'), value: ev.elements.join(', '), inline: true });
  for (const d of ds.discrepancies.filter((x) => x.events.includes(ev.id))) {
    cite.add(...d.sources);
    blocks.push(`${t(locale, 'Sources compared', 'Quellenvergleich')} — ${loc(locale, d.title)}: ${loc(locale, d.text)}`);
  }
  for (const f of ds.facts.filter((x) => x.events.includes(ev.id)).slice(0, 3)) {
    cite.add(...f.sources);
    blocks.push(loc(locale, f.text));
  }
  blocks.push(...extra);
  return answer(ctx, cite, {
    title: `${loc(locale, ev.title)} (${formatDateRange(ev.date, ev.end_date, locale)})`,
    blocks,
    fields,
    suggestions: ['/events', ...(ev.elements[0] ? [`/element ${ev.elements[0]}`] : [])],
  });
}

export const summit: CommandDefinition = {
  name: 'summit',
  aliases: ['gipfel', 'event', 'ereignis', 'meeting', 'treffen'],
  description: {
    en: 'A summit or event card: date, place, participants, what was agreed, outcome, sources. Default: Trump–Xi in Busan.',
    de: 'Gipfel oder Ereignis: Datum, Ort, Teilnehmer, Vereinbarungen, Ergebnis, Quellen. Standard: Trump–Xi in Busan.',
  },
  summary: {
    en: 'A summit or event: date, place, participants, what was agreed, outcome, sources.',
    de: 'Gipfel oder Ereignis: Datum, Ort, Teilnehmer, Vereinbarungen, Ergebnis, Quellen.',
  },
  args: [
    { name: 'event', type: 'event', rest: true, description: { en: 'Event: id, title, place or participants, e.g. "trump xi", apec, tokyo.', de: 'Ereignis: Kennung, Titel, Ort oder Teilnehmer, z. B. „trump xi“, apec, tokio.' } },
  ],
  examples: ['/summit', '/summit "trump xi"', '/summit apec', '/summit trump takaichi', '/summit tokyo'],
  tool: true,
  cache: 'dataset',
  run: (args, ctx) => runSummit(args, ctx),
};

/** The default card: the default event, then the trip's other summits and agreements. */
function defaultCard(ctx: CommandContext): Reply {
  const ds = ctx.dataset;
  const ev = defaultSummit(ds);
  if (!ev) return notFound(ctx, t(ctx.locale, 'The dataset has no events.', 'Der Datensatz enthält keine Ereignisse.'), ['/help']);
  const others = [...ds.events].filter((e) => e.id !== ev.id && SUMMIT_KINDS.has(e.kind)).sort((a, b) => a.date.localeCompare(b.date));
  const extra = others.length
    ? [`${t(ctx.locale, 'Other summits and agreements of the trip', 'Weitere Gipfel und Abkommen der Reise')}:\n${others.map((e) => `• ${formatDateRange(e.date, e.end_date, ctx.locale)} — ${loc(ctx.locale, e.title)} (/summit ${e.id})`).join('\n')}`]
    : [];
  return buildEventCard(ctx, ev, extra);
}

export function runSummit(args: Args, ctx: CommandContext): Reply {
  const ds = ctx.dataset;
  const typed = args.event?.trim();
  if (!typed) return renderedFor(ds, `summit|${ctx.locale}`, () => defaultCard(ctx));
  // Words first ("trump takaichi" names two participants); a single clear hit wins.
  const hits = ctx.lookups ? ctx.lookups.events(ds, typed) : searchEvents(ds, typed);
  if (hits.length === 1) return eventCard(ctx, hits[0]!);
  const r = resolveEntity(ctx, 'event', typed, (e) => `/summit ${e.id}`);
  if (!r.ok) {
    if (hits.length > 1) return notFound(ctx, r.reply.blocks[0] ?? '', hits.slice(0, 5).map((e) => `/summit ${e.id}`));
    return r.reply;
  }
  return eventCard(ctx, r.item, r.note ? [r.note] : []);
}
