// The dataset "as of" a day: only editions already published by then count, so a digest for a
// past date (or `lodestone digest preview --date`) shows what was known on that day.
import type { Dataset } from '../dataset/dataset.js';
import type { Country, Edition, Figure } from '../dataset/schema.js';
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

/** Reply sources for ids, in first-seen order, unknown ids left out; labelled as command answers label them. */
export function replySources(ds: Dataset, ids: Iterable<string>, locale: Locale): ReplySource[] {
  const seen = new Set<string>();
  const out: ReplySource[] = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const s = ds.sourceById.get(id);
    if (s) out.push({ id: s.id, label: sourceLabel(s, locale), url: s.url });
  }
  return out;
}

export const countryName = (c: Country, locale: Locale): string => c.name[locale];
