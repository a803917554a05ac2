// /elements [use|class] — the 17 rare-earth elements, by class, by use keyword, or under export control.
import type { Element } from '../dataset/schema.js';
import type { Dataset } from '../dataset/dataset.js';
import { normalize } from '../dataset/lookup.js';
import type { CommandContext, CommandDefinition } from './types.js';
import { answerWith, Citations, loc, notFound, quoteInput, t } from './common.js';
import { classLabel, controlEvents } from './element-info.js';
import { renderedFor } from './renderings.js';
import type { Locale, Reply, ReplySource, ReplyTable } from '../reply/model.js';
import { deepFreeze } from './reply-cache.js';

const CLASS_WORDS: Record<string, Element['class']> = {
  light: 'light', leicht: 'light', leichte: 'light', lree: 'light',
  heavy: 'heavy', schwer: 'heavy', schwere: 'heavy', hree: 'heavy',
  neither: 'neither', weder: 'neither', other: 'neither',
};
const CONTROL_WORDS = /^(controls?|controlled|export ?controls?|export ?controlled|restricted|exportkontrollen?|exportkontrolliert|kontrolliert|kontrollen?|ausfuhrkontrollen?|export restrictions?|exportbeschrankungen?)$/;

/** Word stems for use matching: "Magnete" and "magnets" both find "magnet". */
const stem = (w: string): string => w.replace(/(en|es|e|s|n)$/, '');

const useWords = new WeakMap<Element, string[]>();

/**
 * The stems of a use query's words of three letters or more, once per query rather than once per
 * element tried; pushed, not mapped (map's array is of another kind when empty, and the optimised
 * matcher was thrown away when the kind it had not seen came; node --trace-deopt).
 */
function queryStems(query: string): string[] {
  const out: string[] = [];
  for (const w of normalize(query).split(' ')) if (w.length >= 3) out.push(stem(w));
  return out;
}

function usesMatch(el: Element, qs: readonly string[]): boolean {
  if (!qs.length) return false;
  let words = useWords.get(el);
  if (!words) useWords.set(el, (words = normalize([...el.uses.en, ...el.uses.de].join(' ')).split(' ')));
  return qs.every((q) => words.some((w) => w.startsWith(q) || (q.length >= 5 && w.includes(q))));
}

/** Whether any element lists a use matching `query` (the router asks before routing to /elements). */
export function usesMatchAny(ds: Dataset, query: string): boolean {
  const qs = queryStems(query);
  return ds.elements.some((e) => usesMatch(e, qs));
}

export type ElementsFilter = { kind: 'all' } | { kind: 'class'; value: Element['class'] } | { kind: 'controlled' } | { kind: 'use'; value: string };

export function parseElementsFilter(text: string | undefined): ElementsFilter {
  const q = normalize(text ?? '').replace(/ (elements?|elemente|ree|rees|seltene erden|rare earths)$/, '');
  if (!q) return { kind: 'all' };
  const cls = CLASS_WORDS[q];
  if (cls) return { kind: 'class', value: cls };
  if (CONTROL_WORDS.test(q)) return { kind: 'controlled' };
  return { kind: 'use', value: text!.trim() };
}

/**
 * The list for a filter. A class, "controlled" or no filter depend on the dataset and the locale
 * only: built once per dataset (renderings.ts); a use keyword is echoed in the heading, so built per call.
 */
export function elementsAnswer(ctx: CommandContext, filter: ElementsFilter): Reply {
  if (filter.kind === 'use') return buildElementsAnswer(ctx, filter);
  return renderedFor(ctx.dataset, `elements|${filter.kind}|${filter.kind === 'class' ? filter.value : ''}|${ctx.locale}`, () => buildElementsAnswer(ctx, filter));
}

/** A list's table and sources: they depend only on which elements it lists and the locale. */
interface Listing {
  table: ReplyTable;
  sources: ReplySource[];
}

/** Listings kept per dataset and locale at most; a use keyword's list is a subset of 17 elements, so far fewer occur. */
const MAX_LISTINGS = 1_024;

/** The dataset's elements by atomic number, and each one's table row in a locale. */
interface ElementTable {
  all: readonly Element[];
  /** Shared by every answer that lists the element: frozen, as the reply cache freezes what it keeps. */
  rows: Record<Locale, Map<Element, string[]>>;
  /**
   * Listings by the elements they list, frozen: every use keyword that finds the same elements
   * ("magnets", "Magnete", "magnet") shares one, so renderers that keep renderings of frozen parts
   * (Slack, Discord) build its table once.
   */
  listings: Record<Locale, Map<string, Listing>>;
}

// Once per dataset: a use keyword is built into an answer per call (it is echoed in the heading), and
// each call sorted the elements and formatted a row per element listed (bench/core-check.ts prof).
const tables = new WeakMap<Dataset, ElementTable>();

function elementTable(ds: Dataset): ElementTable {
  let table = tables.get(ds);
  if (!table) {
    const all = [...ds.elements].sort((a, b) => a.z - b.z);
    const rows = (locale: Locale): Map<Element, string[]> => new Map(all.map((e) => {
      const controls = controlEvents(ds, e.symbol);
      const uses = e.uses[locale].slice(0, 2).join('; ');
      return [e, Object.freeze([String(e.z), e.symbol, loc(locale, e.name), classLabel(e, locale), controls.length ? controls.map((c) => c.date).join(', ') : '—', uses]) as string[]];
    }));
    tables.set(ds, (table = { all, rows: { en: rows('en'), de: rows('de') }, listings: { en: new Map(), de: new Map() } }));
  }
  return table;
}

function buildElementsAnswer(ctx: CommandContext, filter: ElementsFilter): Reply {
  const { dataset: ds, locale } = ctx;
  const table = elementTable(ds);
  const all = table.all;
  let list = all;
  let heading = t(locale, `The ${all.length} rare-earth elements`, `Die ${all.length} Seltenerdelemente`);
  if (filter.kind === 'class') {
    list = all.filter((e) => e.class === filter.value);
    heading = filter.value === 'neither'
      ? t(locale, 'Rare-earth elements that are neither light nor heavy (USGS)', 'Seltenerdelemente, weder leicht noch schwer (USGS)')
      : t(locale, `${filter.value === 'light' ? 'Light' : 'Heavy'} rare-earth elements (USGS convention)`, `${filter.value === 'light' ? 'Leichte' : 'Schwere'} Seltenerdelemente (USGS-Konvention)`);
  } else if (filter.kind === 'controlled') {
    list = all.filter((e) => controlEvents(ds, e.symbol).length > 0);
    heading = t(locale, 'Rare-earth elements under Chinese export controls', 'Seltenerdelemente unter chinesischen Exportkontrollen');
  } else if (filter.kind === 'use') {
    const qs = queryStems(filter.value);
    list = all.filter((e) => usesMatch(e, qs));
    heading = t(locale, `Rare-earth elements used for ${quoteInput(filter.value)}`, `Seltenerdelemente für ${quoteInput(filter.value)}`);
    if (!list.length) {
      return notFound(ctx, t(locale,
        `No rare-earth element in the dataset lists a use matching ${quoteInput(filter.value)}. Try a class (light, heavy), "controlled", or a use such as magnets, lasers, catalysts.`,
        `Kein Seltenerdelement im Datensatz hat eine Verwendung passend zu ${quoteInput(filter.value)}. Versuche eine Klasse (leicht, schwer), „kontrolliert“ oder eine Verwendung wie Magnete, Laser, Katalysatoren.`),
      ['/elements magnets', '/elements heavy', '/elements controlled']);
    }
  }
  const listings = table.listings[locale];
  const key = list.map((e) => e.symbol).join(' ');
  let listing = listings.get(key);
  if (!listing) {
    if (listings.size >= MAX_LISTINGS) listings.clear();
    listings.set(key, (listing = listingOf(ds, table, list, locale)));
  }
  const blocks = [`${heading}: ${list.map((e) => e.symbol).join(', ')}.`];
  if (filter.kind === 'all' || filter.kind === 'class') {
    blocks.push(t(locale,
      'Classes follow the USGS convention (light: La–Gd; heavy: Tb–Lu and Y; Sc neither). Other conventions differ; see /element for notes.',
      'Klassen nach USGS-Konvention (leicht: La–Gd; schwer: Tb–Lu und Y; Sc keines von beiden). Andere Konventionen weichen ab; siehe /element.'));
  }
  if (filter.kind === 'controlled') {
    const events = [...new Map(list.flatMap((e) => controlEvents(ds, e.symbol)).map((e) => [e.id, e])).values()].sort((a, b) => a.date.localeCompare(b.date));
    for (const ev of events) blocks.push(`${ev.date} — ${loc(locale, ev.title)}: ${ev.elements.join(', ')}.${ev.outcome ? ` ${loc(locale, ev.outcome)}` : ''}`);
  }
  return answerWith(ctx, listing.sources, {
    title: heading,
    blocks,
    table: listing.table,
    suggestions: list.slice(0, 3).map((e) => `/element ${e.symbol}`),
  });
}

function listingOf(ds: Dataset, table: ElementTable, list: readonly Element[], locale: Locale): Listing {
  const cite = new Citations(ds);
  const rowOf = table.rows[locale];
  const rows: string[][] = [];
  for (const e of list) {
    cite.add(...e.sources);
    for (const ev of controlEvents(ds, e.symbol)) cite.add(...ev.sources);
    rows.push(rowOf.get(e)!);
  }
  return deepFreeze({
    table: {
      columns: ['Z', t(locale, 'Symbol', 'Symbol'), t(locale, 'Element', 'Element'), t(locale, 'Class', 'Klasse'), t(locale, 'Export controls', 'Exportkontrollen'), t(locale, 'Main uses', 'Hauptverwendung')],
      rows,
      align: ['right', 'left', 'left', 'left', 'left', 'left'],
    },
    sources: cite.list(locale),
  });
}

export const elements: CommandDefinition = {
  name: 'elements',
  aliases: ['elemente', 'ree', 'rees'],
  description: {
    en: 'List the 17 rare-earth elements, by class (light/heavy), by use (e.g. magnets) or those under export control.',
    de: 'Die 17 Seltenerdelemente auflisten: nach Klasse (leicht/schwer), nach Verwendung (z. B. Magnete) oder unter Exportkontrolle.',
  },
  summary: {
    en: 'The 17 rare-earth elements: by class (light/heavy), by use (magnets) or under export control.',
    de: 'Die 17 Seltenerdelemente: nach Klasse (leicht/schwer), Verwendung (Magnete) oder Exportkontrolle.',
  },
  args: [
    { name: 'filter', type: 'text', rest: true, description: { en: 'A class (light, heavy), "controlled", or a use keyword (magnets, lasers, Magnete).', de: 'Eine Klasse (leicht, schwer), „kontrolliert“ oder ein Verwendungsstichwort (Magnete, Laser, magnets).' }, summary: { en: 'A class (light, heavy), "controlled", or a use keyword (magnets, lasers, Magnete).', de: 'Klasse (leicht, schwer), „kontrolliert“ oder Verwendung (Magnete, Laser, magnets).' } },
  ],
  examples: ['/elements', '/elements heavy', '/elements magnets', '/elements Magnete', '/elements controlled'],
  tool: true,
  cache: 'dataset',
  run: (args, ctx) => elementsAnswer(ctx, parseElementsFilter(args.filter)),
};
