// Which figure is current, and what earlier editions said. The current figure of a record is the
// one in the newest edition holding it, with an errata release (edition.corrects = X) applied on
// top of X. Earlier editions are kept so answers can say "down from 22 Mt in MCS 2024".
import type { Dataset } from '../dataset/dataset.js';
import { figureKey } from '../dataset/dataset.js';
import type { Edition, Figure } from '../dataset/schema.js';

export type Measure = Figure['measure'];

export interface Effective {
  figure: Figure;
  /** The edition the shown value comes from (the errata release when one applies). */
  edition: Edition;
  /** The base edition's original value when an errata release changed it. */
  corrected?: { figure: Figure; edition: Edition };
}

/** One base edition (errata folded in) of one record: a value per data year (reserves: one, year undefined). */
export interface EditionGroup {
  base: Edition;
  byYear: Map<number | undefined, Effective>;
}

const UNKNOWN_EDITION = (id: string): Edition => ({ id, publisher: '', label: id, order: 0, sources: [] });

const edition = (ds: Dataset, id: string): Edition => ds.editionById.get(id) ?? UNKNOWN_EDITION(id);

const baseId = (ds: Dataset, id: string): string => ds.editionById.get(id)?.corrects ?? id;

const historyCache = new WeakMap<Dataset, Map<string, EditionGroup[]>>();

/** A record's editions, newest first, errata applied within each. Empty when the dataset has none. */
export function recordHistory(ds: Dataset, mineral: string, country: string, measure: Measure): EditionGroup[] {
  let perDs = historyCache.get(ds);
  if (!perDs) historyCache.set(ds, (perDs = new Map()));
  const key = figureKey(mineral, country, measure);
  const hit = perDs.get(key);
  if (hit) return hit;

  const groups = new Map<string, EditionGroup>();
  // Oldest first, so a later (errata) figure overrides its base edition's figure.
  const figures = [...(ds.figuresByKey.get(key) ?? [])].reverse();
  for (const f of figures) {
    const b = baseId(ds, f.edition);
    let g = groups.get(b);
    if (!g) groups.set(b, (g = { base: edition(ds, b), byYear: new Map() }));
    const prev = g.byYear.get(f.year);
    const ed = edition(ds, f.edition);
    if (prev && ed.corrects) {
      g.byYear.set(f.year, { figure: f, edition: ed, corrected: prev.corrected ?? { figure: prev.figure, edition: prev.edition } });
    } else if (!prev || ed.order >= prev.edition.order) {
      g.byYear.set(f.year, { figure: f, edition: ed });
    }
  }
  const list = [...groups.values()].sort((a, b) => b.base.order - a.base.order);
  perDs.set(key, list);
  return list;
}

/** Newest data year of a group (undefined for reserves). */
export function latestYear(g: EditionGroup): number | undefined {
  let y: number | undefined;
  for (const k of g.byYear.keys()) if (k !== undefined && (y === undefined || k > y)) y = k;
  return y;
}

/** Compares two cells as USGS prints them (value, qualifier and mark). */
export function sameValue(a: Figure, b: Figure): boolean {
  return a.value === b.value && a.qualifier === b.qualifier && (a.mark === 'e' ? undefined : a.mark) === (b.mark === 'e' ? undefined : b.mark);
}

export interface TableView {
  base: Edition;
  /** Errata releases applied on top of `base`. */
  errata: Edition[];
  /** Data year shown (production/capacity); undefined for reserves. */
  year?: number;
  /** Country → effective figure, countries and aggregates alike. */
  rows: Map<string, Effective>;
}

const tableCache = new WeakMap<Dataset, Map<string, TableView | null>>();

/**
 * The newest base edition that has figures for (mineral, measure), with its errata applied, for
 * its newest data year (or `year` when given and present).
 */
export function editionTable(ds: Dataset, mineral: string, measure: Measure, year?: number, editionYear?: number): TableView | undefined {
  let perDs = tableCache.get(ds);
  if (!perDs) tableCache.set(ds, (perDs = new Map()));
  const key = `${mineral}|${measure}|${year ?? ''}|${editionYear ?? ''}`;
  const hit = perDs.get(key);
  if (hit !== undefined) return hit ?? undefined;

  let base: Edition | undefined;
  for (const f of ds.figures) {
    if (f.mineral !== mineral || f.measure !== measure) continue;
    if (year !== undefined && f.year !== year) continue;
    const b = edition(ds, baseId(ds, f.edition));
    // A partial edition is no table: ranked, its few countries would read as the whole list.
    if (b.partial) continue;
    // An edition asked for ("laut MCS 2025"): that edition's table only.
    if (editionYear !== undefined && Math.floor(b.order) !== editionYear) continue;
    if (!base || b.order > base.order) base = b;
  }
  if (!base) {
    perDs.set(key, null);
    return undefined;
  }
  const errataIds = new Set(ds.editions.filter((e) => e.corrects === base.id).map((e) => e.id));
  let shownYear = year;
  if (shownYear === undefined && measure !== 'reserves') {
    for (const f of ds.figures) {
      if (f.mineral === mineral && f.measure === measure && (f.edition === base.id || errataIds.has(f.edition)) && f.year !== undefined) {
        shownYear = shownYear === undefined ? f.year : Math.max(shownYear, f.year);
      }
    }
  }
  const rows = new Map<string, Effective>();
  const used = new Set<string>();
  for (const f of ds.figures) {
    if (f.mineral !== mineral || f.measure !== measure || f.year !== shownYear) continue;
    if (f.edition !== base.id && !errataIds.has(f.edition)) continue;
    const g = recordHistory(ds, mineral, f.country, measure).find((x) => x.base.id === base.id);
    const eff = g?.byYear.get(shownYear);
    if (eff) {
      rows.set(f.country, eff);
      if (eff.edition.id !== base.id) used.add(eff.edition.id);
    }
  }
  const view: TableView = {
    base,
    errata: ds.editions.filter((e) => used.has(e.id)).sort((a, b) => a.order - b.order),
    ...(shownYear !== undefined ? { year: shownYear } : {}),
    rows,
  };
  perDs.set(key, view);
  return view;
}

/** Sort key for rankings: numbers descending, then estimated/withheld/NA at the bottom. */
export function rankValue(f: Figure): number {
  if (f.value === null) return -1;
  return f.value;
}

/**
 * The sentence saying a newer table than the one quoted has no figure for a country: USGS printing the
 * row without one ("NA", "W") is not leaving the country out.
 */
export function newerWithout(newest: TableView, country: { id: string; name: { en: string; de: string } }, locale: 'en' | 'de', tail: { en: string; de: string }): string {
  const row = newest.rows.get(country.id);
  const mark = row && row.figure.value === null ? row.figure.mark ?? 'NA' : undefined;
  const label = newest.base.label;
  if (locale === 'de') return mark ? `${label} führt ${country.name.de} ohne Zahl (${mark}); ${tail.de}` : `${label} führt ${country.name.de} nicht auf; ${tail.de}`;
  return mark ? `${label} lists ${country.name.en} without a figure (${mark}); ${tail.en}` : `${label} does not list ${country.name.en}; ${tail.en}`;
}
