// Forgiving lookup over the dataset: ISO codes, EN/DE names, aliases, case, diacritics and typos.
// Indexes are built once per Dataset object (lazily, or eagerly with indexDataset) and cached in a
// WeakMap, so a hot-reloaded dataset gets fresh indexes and the old ones are collected with it.
import type { Dataset } from './dataset.js';
import type { Country, Element, Event, Mineral, Source } from './schema.js';
import { LEADING_ARTICLES, compact, editDistance, normalize, normalizeTranslit, scanDistances, typoBudget } from './text-match.js';

export { normalize, editDistance, typoBudget } from './text-match.js';

export type EntityKind = 'country' | 'mineral' | 'element' | 'event' | 'source';

export interface EntityMap {
  country: Country;
  mineral: Mineral;
  element: Element;
  event: Event;
  source: Source;
}

export type LookupResult<T> =
  /** Exact match on a code, name or alias (after normalisation). */
  | { kind: 'exact'; item: T; typed: string }
  /** A typo or unique prefix with one clear winner: answer, but say what was assumed. */
  | { kind: 'fuzzy'; item: T; typed: string; matched: string }
  /** Nothing clear: never guess; offer the nearest candidates instead. */
  | { kind: 'none'; typed: string; suggestions: T[] };

// ---------------------------------------------------------------------------------------------
// Indexes

const MEMO_LIMIT = 5_000;

interface Key<T> {
  /** Normalised, spaces removed. */
  key: string;
  item: T;
  /** Codes (ISO, symbols, ids) match only exactly; names and aliases also fuzzily. */
  code: boolean;
}

export class EntityIndex<T> {
  readonly #exact = new Map<string, T>();
  readonly #keys: Key<T>[] = [];
  /** The fuzzy index over #keys, built on the first fuzzy lookup after an add. */
  #fuzzy: FuzzyKeys<T> | undefined;
  /** Normalised phrases (with spaces) to items, for scanning questions word by word. */
  readonly phrases = new Map<string, { item: T; code: boolean }>();
  /** Longest phrase in words, to bound n-gram scans. */
  maxPhraseWords = 1;

  constructor(readonly label: (item: T) => string) {}

  add(item: T, text: string | undefined, code = false): void {
    if (!text) return;
    this.#fuzzy = undefined;
    for (const form of new Set([normalize(text), normalizeTranslit(text)])) {
      if (!form) continue;
      const c = compact(form);
      if (!this.#exact.has(c)) this.#exact.set(c, item);
      this.#keys.push({ key: c, item, code });
      if (!code || form.length > 1) {
        const had = this.phrases.get(form);
        if (!had || (had.code && !code)) this.phrases.set(form, { item, code });
        this.maxPhraseWords = Math.max(this.maxPhraseWords, form.split(' ').length);
      }
    }
  }

  /** Exact match after normalisation, or undefined. */
  get(text: string): T | undefined {
    const n = normalize(text);
    return this.#exact.get(compact(n)) ?? this.#exact.get(compact(n.replace(LEADING_ARTICLES, '')));
  }

  // Results per typed string: the index never changes, and users (and typos) repeat themselves.
  readonly #memo = new Map<string, LookupResult<T>>();

  lookup(text: string, maxSuggestions = 3): LookupResult<T> {
    const key = `${maxSuggestions}\u0000${text}`;
    const hit = this.#memo.get(key);
    if (hit) return hit;
    const result = this.#lookup(text, maxSuggestions);
    if (text.length <= 200) {
      if (this.#memo.size >= MEMO_LIMIT) this.#memo.clear();
      this.#memo.set(key, result);
    }
    return result;
  }

  #lookup(text: string, maxSuggestions: number): LookupResult<T> {
    const typed = text;
    const n = normalize(text).replace(LEADING_ARTICLES, '');
    const q = compact(n);
    if (!q) return { kind: 'none', typed, suggestions: [] };
    const hit = this.#exact.get(q);
    if (hit !== undefined) return { kind: 'exact', item: hit, typed };

    // Nearest distance per item over its names and aliases (codes only ever match exactly, and an
    // exact code has answered above), and the items a name of which starts with the typed text.
    const fuzzy = (this.#fuzzy ??= fuzzyKeys(this.#keys));
    const budget = typoBudget(q.length);
    const cap = Math.max(budget, 4);
    const best = new Map<T, number>();
    scanDistances(q, fuzzy.keys, cap, (i, d) => {
      if (d > cap) return;
      for (const { item } of fuzzy.items[i]!) if (d < (best.get(item) ?? cap + 1)) best.set(item, d);
    });
    // Ties rank in the order the items were indexed, as a stable sort over every key would.
    const ranked = [...best.entries()].sort((a, b) => a[1] - b[1] || fuzzy.order.get(a[0])! - fuzzy.order.get(b[0])!);
    const first = ranked[0];
    const second = ranked[1];
    if (first && first[1] <= budget && (!second || second[1] > first[1])) {
      return { kind: 'fuzzy', item: first[0], typed, matched: this.label(first[0]) };
    }
    const prefixHits = q.length >= 4 ? fuzzy.withPrefix(q) : [];
    if (prefixHits.length === 1 && (!first || first[1] > budget)) {
      const only = prefixHits[0]!;
      return { kind: 'fuzzy', item: only, typed, matched: this.label(only) };
    }
    const suggestions: T[] = [...prefixHits];
    for (const [item] of ranked) {
      if (suggestions.length >= maxSuggestions) break;
      if (!suggestions.includes(item)) suggestions.push(item);
    }
    return { kind: 'none', typed, suggestions: suggestions.slice(0, maxSuggestions) };
  }
}

/**
 * The fuzzy side of an index, built once per index: every distinct non-code key with the items it
 * names (and where each was first indexed), sorted, so one bit-parallel pass scores them all
 * (scanDistances) and a binary search finds the keys a typed prefix starts. Scanning every key with a
 * DP table per lookup was the largest cost of resolving an argument (bench/core.ts, --cpu-prof).
 */
interface FuzzyKeys<T> {
  keys: string[];
  /** Per key: its items, each with the position of its first key that is this one. */
  items: { item: T; at: number }[][];
  /** Item → position of its first key of any kind (the order a scan over every key meets items in). */
  order: Map<T, number>;
  /** Items with a key starting with `q`, in the order a scan over every key meets them. */
  withPrefix(q: string): T[];
}

function fuzzyKeys<T>(all: readonly Key<T>[]): FuzzyKeys<T> {
  const order = new Map<T, number>();
  const byKey = new Map<string, { item: T; at: number }[]>();
  all.forEach((k, at) => {
    if (!order.has(k.item)) order.set(k.item, at);
    if (k.code) return;
    const list = byKey.get(k.key) ?? [];
    if (!list.some((x) => x.item === k.item)) list.push({ item: k.item, at });
    byKey.set(k.key, list);
  });
  const keys = [...byKey.keys()].sort();
  const items = keys.map((k) => byKey.get(k)!);
  const withPrefix = (q: string): T[] => {
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid]! < q) lo = mid + 1;
      else hi = mid;
    }
    const hits = new Map<T, number>();
    for (let i = lo; i < keys.length && keys[i]!.startsWith(q); i++) {
      for (const { item, at } of items[i]!) if (at < (hits.get(item) ?? Infinity)) hits.set(item, at);
    }
    return [...hits.entries()].sort((a, b) => a[1] - b[1]).map(([item]) => item);
  };
  return { keys, items, order, withPrefix };
}

export interface DatasetIndexes {
  country: EntityIndex<Country>;
  /**
   * Real countries the dataset does not list (from ICU region names, EN and DE). They resolve so
   * that "Austria" gets an honest "no USGS figure" instead of a typo match to Australia.
   */
  external: ReadonlySet<Country>;
  mineral: EntityIndex<Mineral>;
  element: EntityIndex<Element>;
  event: EntityIndex<Event>;
  source: EntityIndex<Source>;
  /** Event search by words (titles, places, participants, aliases): token → events. */
  eventWords: Map<string, Set<Event>>;
  /** Countries that hold at least one figure, per mineral id. */
  countriesWithFigures: Map<string, Set<string>>;
}

const cache = new WeakMap<Dataset, DatasetIndexes>();

// Region codes ICU names that are not countries or territories.
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
let regions: Country[] | undefined;

/** Every ISO 3166-1 alpha-2 region ICU can name, with its English and German name. */
function worldRegions(): Country[] {
  if (regions) return regions;
  regions = [];
  try {
    const en = new Intl.DisplayNames(['en'], { type: 'region' });
    const de = new Intl.DisplayNames(['de'], { type: 'region' });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        if (NOT_COUNTRIES.has(code)) continue;
        // Deprecated codes (DY → BJ, UK → GB) alias current ones; "Dy" must stay dysprosium.
        if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
        const nameEn = en.of(code);
        const nameDe = de.of(code);
        if (!nameEn || !nameDe || nameEn === code) continue;
        regions.push({ id: code, kind: 'country', name: { en: nameEn, de: nameDe }, aliases: [] });
      }
    }
  } catch {
    // A Node built without full ICU: only the dataset's own countries resolve.
  }
  return regions;
}

// Filler words that say nothing about which event is meant.
const EVENT_STOPWORDS = new Set([
  'the', 'and', 'of', 'in', 'on', 'at', 'with', 'a', 'an', 'to', 'for', 'der', 'die', 'das', 'und', 'von', 'vom',
  'mit', 'im', 'am', 'in', 'zu', 'zum', 'zur', 'den', 'dem', 'des', 'ein', 'eine', 'meeting', 'treffen', 'summit', 'gipfel',
]);

/** Builds (or returns the cached) lookup indexes of a dataset. */
export function indexDataset(ds: Dataset): DatasetIndexes {
  const cached = cache.get(ds);
  if (cached) return cached;

  const country = new EntityIndex<Country>((c) => c.name.en);
  for (const c of ds.countries) {
    country.add(c, c.id, true);
    country.add(c, c.iso3, true);
    country.add(c, c.name.en);
    country.add(c, c.name.de);
    for (const a of c.aliases) country.add(c, a, a.length <= 3 && a === a.toUpperCase());
  }

  const external = new Set<Country>();
  for (const c of worldRegions()) {
    if (ds.countryById.has(c.id)) continue;
    external.add(c);
    country.add(c, c.id, true);
    country.add(c, c.name.en);
    country.add(c, c.name.de);
  }

  const mineral = new EntityIndex<Mineral>((m) => m.name.en);
  for (const m of ds.minerals) {
    mineral.add(m, m.id);
    mineral.add(m, m.id.replace(/-/g, ' '));
    mineral.add(m, m.name.en);
    mineral.add(m, m.name.de);
    for (const a of m.aliases) mineral.add(m, a, a.length <= 3);
  }

  const element = new EntityIndex<Element>((e) => `${e.name.en} (${e.symbol})`);
  for (const e of ds.elements) {
    element.add(e, e.symbol, true);
    element.add(e, e.name.en);
    element.add(e, e.name.de);
    for (const a of e.aliases) element.add(e, a, a.length <= 3);
  }

  const event = new EntityIndex<Event>((e) => e.title.en);
  const eventWords = new Map<string, Set<Event>>();
  const addWords = (e: Event, text: string): void => {
    for (const w of normalize(text).split(' ')) {
      if (w.length < 2 || EVENT_STOPWORDS.has(w)) continue;
      const set = eventWords.get(w) ?? new Set<Event>();
      set.add(e);
      eventWords.set(w, set);
    }
  };
  for (const e of ds.events) {
    event.add(e, e.id);
    event.add(e, e.id.replace(/-/g, ' '));
    event.add(e, e.title.en);
    event.add(e, e.title.de);
    for (const a of e.aliases) event.add(e, a);
    for (const t of [e.id.replace(/-/g, ' '), e.title.en, e.title.de, e.place.en, e.place.de, ...e.participants, ...e.aliases]) addWords(e, t);
  }

  const source = new EntityIndex<Source>((s) => s.id);
  for (const s of ds.sources) {
    source.add(s, s.id, true);
    source.add(s, s.title);
    if (s.edition) source.add(s, `${s.publisher} ${s.edition}`);
    if (s.edition) source.add(s, s.edition);
  }

  const countriesWithFigures = new Map<string, Set<string>>();
  for (const f of ds.figures) {
    const set = countriesWithFigures.get(f.mineral) ?? new Set<string>();
    set.add(f.country);
    countriesWithFigures.set(f.mineral, set);
  }

  const idx: DatasetIndexes = { country, external, mineral, element, event, source, eventWords, countriesWithFigures };
  cache.set(ds, idx);
  return idx;
}

export function lookup<K extends EntityKind>(ds: Dataset, kind: K, text: string): LookupResult<EntityMap[K]> {
  return (indexDataset(ds)[kind] as unknown as EntityIndex<EntityMap[K]>).lookup(text);
}

/**
 * Events by words: every typed word (fuzzily) must hit an event's words; the event with the most
 * hits wins if it is unique. "trump xi" → the Busan meeting; "apec" → the APEC leaders' meeting.
 */
const eventSearchMemo = new WeakMap<Dataset, Map<string, Event[]>>();

export function searchEvents(ds: Dataset, text: string): Event[] {
  let memo = eventSearchMemo.get(ds);
  if (!memo) eventSearchMemo.set(ds, (memo = new Map()));
  const hit = memo.get(text);
  if (hit) return hit;
  const result = searchEventsUncached(ds, text);
  if (text.length <= 200) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, result);
  }
  return result;
}

function searchEventsUncached(ds: Dataset, text: string): Event[] {
  const idx = indexDataset(ds);
  const words = normalize(text).split(' ').filter((w) => w.length >= 2 && !EVENT_STOPWORDS.has(w));
  if (!words.length) return [];
  const score = new Map<Event, number>();
  for (const w of words) {
    let hits = idx.eventWords.get(w);
    if (!hits && w.length >= 4) {
      const budget = typoBudget(w.length);
      for (const [k, set] of idx.eventWords) {
        if ((k.length >= 4 && (k.startsWith(w) || w.startsWith(k))) || editDistance(w, k, budget) <= budget) {
          hits = new Set([...(hits ?? []), ...set]);
        }
      }
    }
    for (const e of hits ?? []) score.set(e, (score.get(e) ?? 0) + 1);
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1] || a[0].date.localeCompare(b[0].date));
  const top = ranked[0]?.[1] ?? 0;
  // Require most typed words to hit, so "trump weather" does not pick a Trump event.
  if (top < Math.max(1, Math.ceil(words.length / 2))) return [];
  return ranked.filter(([, s]) => s === top).map(([e]) => e);
}
