// The indexed, immutable dataset the commands read. Built once per load; hot reload swaps the
// whole object (see holder.ts), so readers never see a half-updated dataset.
import type {
  Country, Discrepancy, Edition, Element, Event, Fact, Figure, Mineral, RawDataset, Source,
} from './schema.js';

export interface Dataset extends RawDataset {
  sourceById: ReadonlyMap<string, Source>;
  countryById: ReadonlyMap<string, Country>;
  mineralById: ReadonlyMap<string, Mineral>;
  editionById: ReadonlyMap<string, Edition>;
  elementBySymbol: ReadonlyMap<string, Element>;
  eventById: ReadonlyMap<string, Event>;
  factById: ReadonlyMap<string, Fact>;
  discrepancyById: ReadonlyMap<string, Discrepancy>;
  /** Figures grouped by `${mineral}|${country}|${measure}`, newest edition first. */
  figuresByKey: ReadonlyMap<string, readonly Figure[]>;
  /** Editions newest first (by `order`). */
  editionsNewestFirst: readonly Edition[];
}

export const figureKey = (mineral: string, country: string, measure: Figure['measure']): string =>
  `${mineral}|${country}|${measure}`;

const byId = <T, K extends keyof T>(items: readonly T[], key: K): Map<string, T> =>
  new Map(items.map((it) => [String(it[key]), it]));

export function buildDataset(raw: RawDataset): Dataset {
  const editionById = byId(raw.editions, 'id');
  const order = (f: Figure): number => editionById.get(f.edition)?.order ?? 0;
  const figuresByKey = new Map<string, Figure[]>();
  for (const f of raw.figures) {
    const k = figureKey(f.mineral, f.country, f.measure);
    const list = figuresByKey.get(k) ?? [];
    list.push(f);
    figuresByKey.set(k, list);
  }
  for (const list of figuresByKey.values()) list.sort((a, b) => order(b) - order(a) || (b.year ?? 0) - (a.year ?? 0));
  return {
    ...raw,
    sourceById: byId(raw.sources, 'id'),
    countryById: byId(raw.countries, 'id'),
    mineralById: byId(raw.minerals, 'id'),
    editionById,
    elementBySymbol: byId(raw.elements, 'symbol'),
    eventById: byId(raw.events, 'id'),
    factById: byId(raw.facts, 'id'),
    discrepancyById: byId(raw.discrepancies, 'id'),
    figuresByKey,
    editionsNewestFirst: [...raw.editions].sort((a, b) => b.order - a.order),
  };
}
