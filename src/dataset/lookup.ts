// Forgiving lookup over the dataset: ISO codes, EN/DE names, aliases, case, diacritics and typos.
// Indexes are built once per Dataset object (lazily, or eagerly with indexDataset) and cached in a
// WeakMap, so a hot-reloaded dataset gets fresh indexes and the old ones are collected with it.
import type { Dataset } from './dataset.js';
import type { Country, Element, Event, Mineral, Source } from './schema.js';
import { EntityIndex, lookupKey, type LookupResult } from './entity-index.js';
import { charMask, normalize, rememberDatasetTexts, scanDistances, typoBudget } from './text-match.js';

export { normalize, editDistance, typoBudget } from './text-match.js';

export type EntityKind = 'country' | 'mineral' | 'element' | 'event' | 'source';

export interface EntityMap {
  country: Country;
  mineral: Mineral;
  element: Element;
  event: Event;
  source: Source;
}

export { EntityIndex, lookupKey, type LookupResult } from './entity-index.js';

export interface DatasetIndexes {
  country: EntityIndex<Country>;
  /**
   * Real countries the dataset does not list (from ICU region names, EN and DE). They resolve so
   * that "Austria" gets an honest "no USGS figure" instead of a typo match to Australia.
   */
  external: ReadonlySet<Country>;
  /** Normalised country adjectives with their endings ("turkish", "chinesischen"). */
  countryAdjectives: ReadonlySet<string>;
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

/**
 * The English adjective of a one-word country name the dataset does not list, where it follows the
 * regular pattern ("Zambia" → "Zambian", "Mexico" → "Mexican"): "Bolivian lithium" must not read as
 * lithium alone. ICU names regions but has no adjectives; irregular ones are the dataset's to list.
 */
function englishAdjective(name: string): string | undefined {
  if (name.length < 4 || !/^[A-Z][a-z]+$/.test(name)) return undefined;
  if (name.endsWith('a')) return `${name}n`;
  if (name.endsWith('o')) return `${name.slice(0, -1)}an`;
  return undefined;
}

// Filler words that say nothing about which event is meant.
export const EVENT_STOPWORDS = new Set([
  'the', 'and', 'of', 'in', 'on', 'at', 'with', 'a', 'an', 'to', 'for', 'der', 'die', 'das', 'und', 'von', 'vom',
  'mit', 'im', 'am', 'in', 'zu', 'zum', 'zur', 'den', 'dem', 'des', 'ein', 'eine', 'meeting', 'treffen', 'summit', 'gipfel',
]);

/** Every string of the dataset's records (the Maps beside them hold the same records). */
function* datasetTexts(v: unknown): Generator<string> {
  if (typeof v === 'string') yield v;
  else if (Array.isArray(v)) for (const x of v) yield* datasetTexts(x);
  else if (v && typeof v === 'object' && !(v instanceof Map) && !(v instanceof Set)) for (const x of Object.values(v)) yield* datasetTexts(x);
}

// The dataset's texts are normalised with its first lookup, not when it is indexed: like the fuzzy
// keys, a cost of the first answer rather than of start-up (about 50 ms of CPU).
const remembered = new WeakSet<Dataset>();
/** Remembers the dataset's texts (see above) once; questions call it too, as a question may make no lookup. */
export function rememberTexts(ds: Dataset): void {
  if (remembered.has(ds)) return;
  remembered.add(ds);
  rememberDatasetTexts(datasetTexts(ds));
}

/** A German compound alias written with a hyphen ("Fentanyl-Zoll") as readers also write it, in one word ("Fentanylzoll"). */
export function joinedAlias(alias: string): string | undefined {
  return /^\p{L}+(?:-\p{L}+)+$/u.test(alias) ? alias.replace(/-/g, '') : undefined;
}

/** Builds (or returns the cached) lookup indexes of a dataset. */
export function indexDataset(ds: Dataset): DatasetIndexes {
  // The lookup apart from the build, whose closure over its locals made V8 allocate a context per call.
  return cache.get(ds) ?? buildIndexes(ds);
}

function buildIndexes(ds: Dataset): DatasetIndexes {

  const country = new EntityIndex<Country>((c) => c.name.en);
  const endings = ds.vocabulary?.grammar.adjective_endings ?? [];
  const countryAdjectives = new Set<string>();
  for (const c of ds.countries) {
    country.add(c, c.id, true);
    country.add(c, c.iso3, true);
    country.add(c, c.name.en);
    country.add(c, c.name.de);
    for (const a of c.aliases) country.add(c, a, a.length <= 3 && a === a.toUpperCase());
    for (const a of c.adjectives?.en ?? []) {
      country.add(c, a);
      countryAdjectives.add(normalize(a));
      // "Brazilians", "the Filipinos": an English adjective in -n or -o names the country's people with an -s.
      if (/[no]$/.test(a)) country.add(c, `${a}s`);
    }
    for (const a of c.adjectives?.de ?? []) for (const ending of ['', ...endings]) { country.add(c, a + ending); countryAdjectives.add(normalize(a + ending)); }
  }

  const external = new Set<Country>();
  for (const c of worldRegions()) {
    if (ds.countryById.has(c.id)) continue;
    external.add(c);
    country.add(c, c.id, true);
    country.add(c, c.name.en);
    country.add(c, c.name.de);
    const adjective = englishAdjective(c.name.en);
    if (adjective) { country.add(c, adjective); countryAdjectives.add(normalize(adjective)); }
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
    for (const a of e.aliases) {
      event.add(e, a);
      const joined = joinedAlias(a);
      if (joined) event.add(e, joined);
    }
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

  const idx: DatasetIndexes = { country, external, countryAdjectives, mineral, element, event, source, eventWords, countriesWithFigures };
  let spans: Set<string> | undefined;
  const nameSpans = (): Set<string> => (spans ??= nameRuns([country, mineral, element, event, source]));
  for (const index of [country, mineral, element, event, source]) index.keepKindOnly(nameSpans);
  cache.set(ds, idx);
  return idx;
}

/** Every run of words of every indexed name ("federal republic of", "republic of", "rare"), as lookupKeys. */
function nameRuns(indexes: readonly Pick<EntityIndex<unknown>, 'phrases'>[]): Set<string> {
  const out = new Set<string>();
  for (const index of indexes) {
    for (const phrase of index.phrases.keys()) {
      const words = phrase.split(' ');
      for (let i = 0; i < words.length; i++) for (let j = i + 1; j <= words.length; j++) out.add(lookupKey(words.slice(i, j).join(' ')));
    }
  }
  return out;
}

/** `maxSuggestions` 0 when only the kind (and a match) matters: the scan then stops at the typo budget. */
export function lookup<K extends EntityKind>(ds: Dataset, kind: K, text: string, maxSuggestions = 3): LookupResult<EntityMap[K]> {
  rememberTexts(ds);
  return (indexDataset(ds)[kind] as unknown as EntityIndex<EntityMap[K]>).lookup(text, maxSuggestions);
}

/**
 * lookup's exact match alone: the record, or undefined where lookup would not say 'exact'. Takes
 * the text's lookupKey (entity-index.ts), made once for all the kinds a text is tried as.
 */
export function lookupExactKey<K extends EntityKind>(ds: Dataset, kind: K, key: string): EntityMap[K] | undefined {
  rememberTexts(ds);
  return (indexDataset(ds)[kind] as unknown as EntityIndex<EntityMap[K]>).exactKey(key);
}

const eventWordLists = new WeakMap<Dataset, { keys: string[]; sets: Set<Event>[]; masks: Int32Array }>();

/** The event words of a dataset in index order, with their events and character masks, for scanning. */
function eventWordList(ds: Dataset, idx: DatasetIndexes): { keys: string[]; sets: Set<Event>[]; masks: Int32Array } {
  let list = eventWordLists.get(ds);
  if (!list) {
    const keys = [...idx.eventWords.keys()];
    list = { keys, sets: keys.map((k) => idx.eventWords.get(k)!), masks: Int32Array.from(keys, charMask) };
    eventWordLists.set(ds, list);
  }
  return list;
}

/**
 * Events by words: every typed word (fuzzily) must hit an event's words; the event with the most
 * hits wins if it is unique. "trump xi" → the Busan meeting; "apec" → the APEC leaders' meeting.
 */
export function searchEvents(ds: Dataset, text: string): Event[] {
  rememberTexts(ds);
  const idx = indexDataset(ds);
  // One array, pushed, whatever the count: an empty literal's and map's are of other kinds, and
  // binding's optimised code was thrown away when the kind it had not seen came (node --trace-deopt).
  const out: Event[] = [];
  const words = normalize(text).split(' ').filter((w) => w.length >= 2 && !EVENT_STOPWORDS.has(w));
  if (!words.length) return out;
  const score = new Map<Event, number>();
  for (const w of words) {
    let hits = idx.eventWords.get(w);
    if (!hits && w.length >= 4) {
      // Every event word within the typo budget or sharing a prefix of four letters or more, their
      // events in the order of the words: one bit-parallel pass (scanDistances) instead of a
      // distance table per word of every event (bench/core.ts, --cpu-prof).
      const budget = typoBudget(w.length);
      const { keys, sets, masks } = eventWordList(ds, idx);
      let found: Set<Event> | undefined;
      scanDistances(w, keys, budget, (i, d) => {
        const k = keys[i]!;
        if (d <= budget || (k.length >= 4 && (k.startsWith(w) || w.startsWith(k)))) {
          found ??= new Set();
          for (const e of sets[i]!) found.add(e);
        }
      }, { masks });
      hits = found;
    }
    for (const e of hits ?? []) score.set(e, (score.get(e) ?? 0) + 1);
  }
  // Dates are ISO days (YYYY-MM-DD, the schema checks): their code-unit order is their localeCompare order.
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1] || (a[0].date < b[0].date ? -1 : a[0].date > b[0].date ? 1 : 0));
  const top = ranked[0]?.[1] ?? 0;
  // Require most typed words to hit, so "trump weather" does not pick a Trump event.
  if (top < Math.max(1, Math.ceil(words.length / 2))) return out;
  for (const [e, s] of ranked) if (s === top) out.push(e);
  return out;
}
