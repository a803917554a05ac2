// The dataset "as of" a day: only editions already published by then count, so a digest for a
// past date (or `lodestone digest preview --date`) shows what was known on that day.
import type { Dataset } from '../dataset/dataset.js';
import type { Country, Edition, Event, Fact, Figure, Source } from '../dataset/schema.js';
import { sourceLabel } from '../commands/common.js';
import type { Locale, ReplySource } from '../reply/model.js';

const publishedOf = (e: Edition): string | undefined => (e as { published?: string }).published;

/**
 * Editions available on `date`. An errata edition without a release date counts from the day the
 * edition it corrects was published (the material does not say when the errata appeared).
 */
export function editionsAsOf(ds: Dataset, date: string): Set<string> {
  const out = new Set<string>();
  for (const e of ds.editions) {
    const own = publishedOf(e);
    const corrected = e.corrects ? ds.editionById.get(e.corrects) : undefined;
    const from = own ?? (corrected ? publishedOf(corrected) : undefined);
    if (from === undefined || from <= date) out.add(e.id);
  }
  return out;
}

export interface KeyFigure {
  figure: Figure;
  country: Country;
  edition: Edition;
}

const usable = (f: Figure): boolean => f.value !== null && f.mark !== 'NA' && f.mark !== 'W';

/** The newest usable figure per country for a mineral and measure, as of `date`. */
export function latestFigures(ds: Dataset, mineral: string, measure: Figure['measure'], date: string): { countries: KeyFigure[]; world?: KeyFigure } {
  const available = editionsAsOf(ds, date);
  const countries: KeyFigure[] = [];
  let world: KeyFigure | undefined;
  for (const country of ds.countries) {
    const list = ds.figuresByKey.get(`${mineral}|${country.id}|${measure}`) ?? [];
    // Newest edition first; for production the newest data year within it.
    const f = list.find((x) => available.has(x.edition));
    const edition = f && ds.editionById.get(f.edition);
    if (!f || !edition || !usable(f)) continue;
    if (country.id === 'WORLD') world = { figure: f, country, edition };
    else if (country.kind === 'country') countries.push({ figure: f, country, edition });
  }
  countries.sort((a, b) => (b.figure.value ?? 0) - (a.figure.value ?? 0) || a.country.id.localeCompare(b.country.id));
  return world ? { countries, world } : { countries };
}

/** The beat's headline mineral: rare earths when the dataset has them, else the one with most reserves figures. */
export function headlineMineral(ds: Dataset): string | undefined {
  if (ds.mineralById.has('rare-earths')) return 'rare-earths';
  const counts = new Map<string, number>();
  for (const f of ds.figures) if (f.measure === 'reserves') counts.set(f.mineral, (counts.get(f.mineral) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ds.minerals[0]?.id;
}

/**
 * A source may be cited on `date` unless it was published later. A source without a publication
 * date cannot be placed in time (dates are never guessed), so it stays.
 */
export const sourceKnownOn = (s: Source, date: string): boolean => s.published === undefined || s.published <= date;

/**
 * When an event's outcome became known: its `outcome_date`, else (never earlier than the
 * evidence) the newest publication date among the event's sources, and at least its last day.
 */
export function outcomeDate(ds: Dataset, ev: Event): string | undefined {
  if (!ev.outcome) return undefined;
  if (ev.outcome_date) return ev.outcome_date;
  let latest = ev.end_date ?? ev.date;
  for (const id of ev.sources) {
    const p = ds.sourceById.get(id)?.published;
    if (p && p > latest) latest = p;
  }
  return latest;
}

/** The event's outcome as known on `date`, or undefined when it was not yet recorded by then. */
export function outcomeOn(ds: Dataset, ev: Event, date: string): Event['outcome'] {
  const at = outcomeDate(ds, ev);
  return at !== undefined && at <= date ? ev.outcome : undefined;
}

/** A fact counts on `date` when at least one of its sources was out by then (or is undated). */
export function factKnownOn(ds: Dataset, f: Fact, date: string): boolean {
  return f.sources.some((id) => {
    const s = ds.sourceById.get(id);
    return s !== undefined && sourceKnownOn(s, date);
  });
}

/**
 * Reply sources for ids, in first-seen order, unknown ids left out; labelled as command answers
 * label them. With `asOf`, sources published after that date are left out too (no hindsight).
 */
export function replySources(ds: Dataset, ids: Iterable<string>, locale: Locale, asOf?: string): ReplySource[] {
  const seen = new Set<string>();
  const out: ReplySource[] = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const s = ds.sourceById.get(id);
    if (s && (asOf === undefined || sourceKnownOn(s, asOf))) out.push({ id: s.id, label: sourceLabel(s, locale), url: s.url });
  }
  return out;
}

export const countryName = (c: Country, locale: Locale): string => c.name[locale];
