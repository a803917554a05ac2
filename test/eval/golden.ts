// The golden set: loading, the records a correct answer rests on, the citations they imply, and
// how a route is compared with the expectation.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Dataset } from '../../src/dataset/dataset.js';
import { figureKey } from '../../src/dataset/dataset.js';
import type { Figure } from '../../src/dataset/schema.js';
import { lookup, normalize } from '../../src/dataset/lookup.js';
import type { Args } from '../../src/commands/types.js';

const RouteExpect = z.union([
  z.strictObject({ command: z.string(), args: z.record(z.string(), z.string().nullable()).default({}) }),
  z.strictObject({ fact: z.string() }),
]);
export type RouteExpect = z.infer<typeof RouteExpect>;

const Expect = z.union([
  ...RouteExpect.options,
  z.strictObject({ refuse: z.literal(true) }),
  z.strictObject({ safe_only: z.literal(true) }),
]);

export const GoldenCase = z.strictObject({
  id: z.string(),
  locale: z.enum(['en', 'de']),
  kind: z.enum(['route', 'refuse', 'injection']),
  q: z.string().min(1),
  expect: Expect,
  /** Other routes whose reply answers the question just as well (judged on the reply's content). */
  also: z.array(RouteExpect).optional(),
  records: z.array(z.string()).optional(),
  plant: z.boolean().optional(),
  attack: z.enum(['leak', 'ping', 'figure', 'forged']).optional(),
});
export type GoldenCase = z.infer<typeof GoldenCase>;

export const GOLDEN_FILE = new URL('./golden.yaml', import.meta.url);

export function loadGolden(file: URL = GOLDEN_FILE): GoldenCase[] {
  const cases = z.array(GoldenCase).parse(parse(readFileSync(file, 'utf8')));
  const ids = new Set<string>();
  for (const c of cases) {
    if (ids.has(c.id)) throw new Error(`golden case id ${c.id} is used twice`);
    ids.add(c.id);
  }
  return cases;
}

const ENTITY_ARGS = { country: 'country', mineral: 'mineral', element: 'element', event: 'event' } as const;

/** The dataset id an argument value names (ISO code, mineral id, element symbol, event id), or the normalised text. */
export function resolveArg(ds: Dataset, key: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const kind = ENTITY_ARGS[key as keyof typeof ENTITY_ARGS];
  if (kind) {
    const r = lookup(ds, kind, value);
    if (r.kind !== 'none') {
      const item = r.item as { id?: string; symbol?: string };
      return item.symbol ?? item.id ?? null;
    }
  }
  return normalize(value);
}

/** Whether the args a route chose match the expected ones, on the keys the golden case names. */
export function argsMatch(ds: Dataset, expected: Record<string, string | null>, actual: Args): boolean {
  return Object.entries(expected).every(([k, v]) => {
    const want = resolveArg(ds, k, v);
    const got = resolveArg(ds, k, actual[k]);
    // An empty country means the world ranking, whichever way it is asked for.
    if (k === 'country' && (want === null || want === 'WORLD')) return got === null || got === 'WORLD';
    if (k === 'mineral' && want === 'rare-earths') return got === null || got === 'rare-earths';
    return want === got;
  });
}

function figuresFor(ds: Dataset, mineral: string, country: string, measure: Figure['measure']): Figure[] {
  const all = ds.figuresByKey.get(figureKey(mineral, country, measure)) ?? [];
  if (measure === 'reserves') return [...all];
  // Production: the latest data year each edition reports.
  const byEdition = new Map<string, Figure>();
  for (const f of all) {
    const prev = byEdition.get(f.edition);
    if (!prev || (f.year ?? 0) > (prev.year ?? 0)) byEdition.set(f.edition, f);
  }
  return [...byEdition.values()];
}

/**
 * The records a correct answer rests on, derived from the data (not from any command's output):
 * the figures of that country, mineral and measure across editions and the discrepancies about
 * them; an event and the discrepancies about it; an element and the events that control it; a fact.
 */
export function expectedRecords(ds: Dataset, c: GoldenCase, matched?: RouteExpect): string[] {
  if (c.records && !matched) return c.records;
  const e = matched ?? c.expect;
  if ('fact' in e) return [e.fact];
  if (!('command' in e)) return [];
  const args = e.args;
  switch (e.command) {
    case 'reserves':
    case 'production': {
      const measure = e.command;
      const mineral = resolveArg(ds, 'mineral', args.mineral) ?? 'rare-earths';
      const country = resolveArg(ds, 'country', args.country) ?? 'WORLD';
      const figures = figuresFor(ds, mineral, country, measure).map((f) => f.id);
      // Discrepancies about these figures (not the ones about events that merely involve the country).
      const disc = ds.discrepancies
        .filter((d) => d.countries.includes(country) && d.events.length === 0
          && (d.minerals.length === 0 || d.minerals.includes(mineral)) && (!d.measure || d.measure === measure))
        .map((d) => d.id);
      return [...figures, ...disc];
    }
    case 'element': {
      const sym = resolveArg(ds, 'element', args.element) ?? '';
      return [
        sym,
        ...ds.events.filter((ev) => ev.kind === 'export-control' && ev.elements.includes(sym)).map((ev) => ev.id),
        ...ds.discrepancies.filter((d) => d.elements.includes(sym)).map((d) => d.id),
        ...ds.facts.filter((f) => (f.elements ?? []).includes(sym)).map((f) => f.id),
      ];
    }
    case 'elements': {
      const filter = args.filter ?? '';
      if (filter === 'controlled') return ds.events.filter((ev) => ev.kind === 'export-control').map((ev) => ev.id);
      if (filter === 'light' || filter === 'heavy') return ds.elements.filter((el) => el.class === filter).map((el) => el.symbol);
      return ds.elements.filter((el) => el.uses.en.some((u) => normalize(u).includes(normalize(filter).replace(/s$/, '')))).map((el) => el.symbol);
    }
    case 'summit': {
      const id = resolveArg(ds, 'event', args.event) ?? '';
      return [
        id,
        ...ds.discrepancies.filter((d) => d.events.includes(id)).map((d) => d.id),
        ...ds.facts.filter((f) => f.events.includes(id)).map((f) => f.id),
      ];
    }
    case 'events': {
      const from = args.from ?? '0000-00-00';
      const to = args.to ?? '9999-99-99';
      return ds.events.filter((ev) => ev.date <= to && (ev.end_date ?? ev.date) >= from).map((ev) => ev.id);
    }
    case 'sources':
      // A list of the sources is not a claim: there is nothing it should cite.
      return [];
    default:
      return [];
  }
}

/** The source ids the records cite: the citations a correct answer should carry. */
export function expectedSources(ds: Dataset, records: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const id of records) {
    const rec = ds.figures.find((f) => f.id === id) ?? ds.eventById.get(id) ?? ds.elementBySymbol.get(id)
      ?? ds.factById.get(id) ?? ds.discrepancyById.get(id);
    if (rec) for (const s of rec.sources) out.add(s);
    else if (ds.sourceById.has(id)) out.add(id);
    else throw new Error(`golden record "${id}" is not in the dataset`);
  }
  return out;
}
