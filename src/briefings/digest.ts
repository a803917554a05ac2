// The daily digest: built from the dataset as of the edition date (the `now` in the channel's
// zone): recent and upcoming events, key figures with edition and source, what changed since the
// channel's previous digest, sources, and the reserves ranking as a chart with its text alternative.
import type { Dataset } from '../dataset/dataset.js';
import type { Event } from '../dataset/schema.js';
import type { ChartSpec, Locale, Reply } from '../reply/model.js';
import { formatDate, formatFigureValue } from '../reply/format.js';
import { countryName, headlineMineral, latestFigures, replySources, type KeyFigure } from './asof.js';
import { DIGEST_TEXT } from './digest-text.js';
import { fingerprintOf, hashFingerprint, type Fingerprint } from './fingerprint.js';
import { changesBlock, type PreviousDigest } from './digest-changes.js';
import { addDays } from './schedule.js';
import { chartCaption } from '../commands/common.js';

export const RECENT_DAYS = 7;
export const UPCOMING_DAYS = 14;
export const TOP_COUNTRIES = 8;
const SCHEDULED_KINDS: readonly Event['kind'][] = ['summit', 'meeting', 'talks', 'election'];

export interface DigestInput {
  dataset: Dataset;
  /** Edition date, local to the channel. */
  date: string;
  locale: Locale;
  timezone: string;
  /** The channel's previous sent digest, if any, with the dataset changes since its version. */
  previous?: PreviousDigest | null;
}

export interface BuiltDigest {
  reply: Reply;
  fingerprint: Fingerprint;
  hash: string;
  /** Nothing changed and no event happened since the channel's previous digest (false for a first digest). */
  nothingNew: boolean;
}

const clip = (s: string, max = 220): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
};

/** One event as a digest line; an upcoming event (`summary: false`) shows no summary, which is written after it. */
export function eventLine(ev: Event, locale: Locale, summary = true): string {
  const when = ev.end_date && ev.end_date !== ev.date ? `${formatDate(ev.date, locale)} – ${formatDate(ev.end_date, locale)}` : formatDate(ev.date, locale);
  return `• ${when}: ${ev.title[locale]} (${ev.place[locale]}).${summary ? ` ${clip(ev.summary[locale])}` : ''}`;
}

function eventsBlock(ds: Dataset, date: string, locale: Locale): { blocks: string[]; used: Event[] } {
  const t = DIGEST_TEXT[locale];
  const from = addDays(date, -(RECENT_DAYS - 1));
  const until = addDays(date, UPCOMING_DAYS);
  const byDate = [...ds.events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const recent = byDate.filter((e) => e.date <= date && (e.end_date ?? e.date) >= from).reverse();
  // Only scheduled kinds are known ahead; an announcement "coming up" would be hindsight.
  const upcoming = byDate.filter((e) => e.date > date && e.date <= until && SCHEDULED_KINDS.includes(e.kind));
  const blocks: string[] = [];
  const used: Event[] = [];
  if (recent.length) {
    blocks.push([t.recent(RECENT_DAYS), ...recent.map((e) => eventLine(e, locale))].join('\n'));
    used.push(...recent);
  } else {
    const latest = byDate.filter((e) => e.date <= date).slice(-2).reverse();
    blocks.push([t.noRecent(RECENT_DAYS), ...(latest.length ? [t.latest, ...latest.map((e) => eventLine(e, locale))] : [])].join('\n'));
    used.push(...latest);
  }
  blocks.push(upcoming.length ? [t.upcoming(UPCOMING_DAYS), ...upcoming.map((e) => eventLine(e, locale, false))].join('\n') : t.noUpcoming(UPCOMING_DAYS));
  used.push(...upcoming);
  return { blocks, used };
}

/** The reserves ranking as a bar chart; the alt text carries every bar's value and edition. */
export function reservesChart(ds: Dataset, rows: KeyFigure[], mineralId: string, locale: Locale): ChartSpec | undefined {
  const mineral = ds.mineralById.get(mineralId);
  if (!mineral || !rows.length) return undefined;
  const t = DIGEST_TEXT[locale];
  const unit = `${mineral.unit.symbol} (${mineral.unit.what[locale]})`;
  const alt = rows.map((r) => `${countryName(r.country, locale)} ${formatFigureValue(r.figure, mineral.unit.symbol, locale)} (${r.edition.label})`).join('; ');
  return {
    kind: 'bar',
    title: t.chartTitle(mineral.name[locale], rows.length),
    unit,
    bars: rows.map((r) => ({ label: countryName(r.country, locale), value: r.figure.value ?? 0 })),
    alt: t.chartAlt(mineral.name[locale], unit, alt),
    locale,
    axisTitle: t.chartAxis(mineral.unit.what[locale]),
    caption: chartCaption(ds, rows.map((r) => r.edition), locale),
  };
}

export function buildDigest(input: DigestInput): BuiltDigest {
  const { dataset: ds, date, locale } = input;
  const t = DIGEST_TEXT[locale];
  const fingerprint = fingerprintOf(ds, date);
  const events = eventsBlock(ds, date, locale);
  // What is new since the channel's previous digest comes first.
  const changes = changesBlock(ds, date, locale, input.previous);
  const blocks = [t.intro(ds.meta.title[locale]), changes.text, ...events.blocks];
  const prevDate = input.previous?.date;
  const happened = prevDate !== undefined && ds.events.some((e) => e.date > prevDate && e.date <= date);
  const nothingNew = changes.count === 0 && !happened;
  const sourceIds: string[] = [...changes.sources];

  const mineralId = headlineMineral(ds);
  const mineral = mineralId ? ds.mineralById.get(mineralId) : undefined;
  let table: Reply['table'];
  let chart: ChartSpec | undefined;
  if (mineral && mineralId) {
    const { countries, world } = latestFigures(ds, mineralId, 'reserves', date);
    const top = countries.slice(0, TOP_COUNTRIES);
    if (top.length) {
      const unit = mineral.unit.symbol;
      const lines = [t.keyFigures(mineral.name[locale])];
      if (world) lines.push(t.world(formatFigureValue(world.figure, unit, locale), world.edition.label));
      blocks.push(lines.join('\n'));
      table = {
        columns: [t.colRank, t.colCountry, `${t.colReserves} (${unit})`, t.colEdition],
        rows: top.map((r, i) => [String(i + 1), countryName(r.country, locale), formatFigureValue(r.figure, unit, locale), r.edition.label]),
        align: ['right', 'left', 'right', 'left'],
      };
      chart = reservesChart(ds, top, mineralId, locale);
      for (const r of [...top, ...(world ? [world] : [])]) sourceIds.push(...r.figure.sources);
    } else {
      blocks.push(t.noFigures);
    }
  }
  for (const ev of events.used) sourceIds.push(...ev.sources);

  const reply: Reply = {
    kind: 'briefing',
    locale,
    title: t.title(formatDate(date, locale)),
    blocks,
    ...(table ? { table } : {}),
    ...(chart ? { chart } : {}),
    sources: replySources(ds, sourceIds, locale, date),
    footer: t.footer(ds.meta.version, formatDate(ds.meta.as_of, locale), formatDate(date, locale), input.timezone),
  };
  return { reply, fingerprint, hash: hashFingerprint(fingerprint), nothingNew };
}
