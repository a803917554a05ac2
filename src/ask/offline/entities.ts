// Finds the dataset's countries, minerals, elements and events named in a question, by scanning its
// words for names and aliases (longest phrase first). Codes count only when typed as codes ("US",
// "CN", "Nd"), so "tell us" is not the United States and "er" is not erbium. A longer unknown word
// may still match by a small typo ("Brasil", "Vietnm").
import type { Dataset } from '../../dataset/dataset.js';
import type { Country, Element, Event, Mineral } from '../../dataset/schema.js';
import type { Locale } from '../../reply/model.js';
import type { EntityIndex } from '../../dataset/lookup.js';
import { indexDataset, normalize, rememberTexts } from '../../dataset/lookup.js';
import { typoEntity, typoPair } from './entity-typos.js';
import { vocabIndex } from '../query/vocab.js';
import { regionPhraseAt } from '../query/regions.js';
import { wordRuns } from '../query/text.js';
import { seatsAsCountries } from './seats.js';

export interface Found<T> {
  item: T;
  /** The words as typed. */
  typed: string;
  /** Matched by a typo rather than exactly. */
  fuzzy: boolean;
  /** Index of its first word in the question: names keep the order the reader typed them in. */
  at?: number;
  /** Named by an adjective ("Turkish", "chinesische"): a figure's country, or only a word about a thing. */
  adjective?: boolean;
}

export interface Entities {
  countries: Found<Country>[];
  minerals: Found<Mineral>[];
  elements: Found<Element>[];
  /** Normalised words of the question with the entity words removed. */
  rest: string[];
  /** All normalised words. */
  words: string[];
}

/** How a code must be typed to count: country codes in capitals ("US"), element symbols as symbols ("Nd"). */
type CodeCase = 'country' | 'element' | 'other';

// A loop, not used.slice(…).some(Boolean): scanIndex asks it for every word and phrase length.
function anyUsed(used: readonly boolean[], i: number, n: number): boolean {
  for (let k = i; k < i + n; k++) if (used[k]) return true;
  return false;
}

// One empty set for the scans without comparison words: a default `new Set()` was made per scan.
const NO_WORDS: ReadonlySet<string> = new Set();

function scanIndex<T>(idx: EntityIndex<T>, words: string[], raw: string[], used: boolean[], maxWords: number, out: Found<T>[], codeCase: CodeCase, notNames: ReadonlySet<string>, skip?: (item: T, words: number) => boolean, compareWords: ReadonlySet<string> = NO_WORDS): void {
  // Whether each word starts a name, asked once per word rather than once per phrase length tried.
  const starts: boolean[] = [];
  let any = false;
  for (const w of words) {
    const s = idx.firstWords.has(w);
    starts.push(s);
    any ||= s;
  }
  if (!any) return;
  for (let n = Math.min(maxWords, 5); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      if (!starts[i]) continue;
      if (anyUsed(used, i, n)) continue;
      const phrase = n === 1 ? words[i]! : words.slice(i, i + n).join(' ');
      if (n === 1 && notNames.has(phrase)) continue;
      const hit = idx.phrases.get(phrase);
      if (!hit || (skip && skip(hit.item, n))) continue;
      if (hit.code) {
        // Codes only as typed codes: all capitals ("US", "CN"), a chemical symbol ("Nd"), or any
        // case right after "element" ("element nd").
        const typed = raw.slice(i, i + n).join(' ');
        const before = i > 0 ? words[i - 1]! : '';
        const afterElementWord = /^(element|elements|elemente|symbol)$/.test(before);
        // "the us", "die usa": lower case, but the article makes it a country; so does a comparison
        // word beside it ("us vs china", "china or us").
        const beside = [before, words[i + n] ?? ''];
        // "usa" and "uk" are never pronouns; "us" opening a message is no object ("us nickel reserves").
        const lowerCaseCountry = /^(us|usa|uk)$/i.test(typed) && (/^(the|die|der|den)$/.test(before) || beside.some((w) => compareWords.has(w))
          || /^(usa|uk)$/i.test(typed) || i === 0);
        // "tb oxide", "dy oxid": a symbol in any case right before the oxide it names.
        const beforeOxide = /^(oxide|oxides|oxid|oxids)$/.test(words[i + n] ?? '');
        const asCode = codeCase === 'element' ? /^[A-Z][a-z]$/.test(typed) || afterElementWord || beforeOxide
          : codeCase === 'country' ? /^[A-Z]{2,3}$/.test(typed) || lowerCaseCountry
            // A mineral's code of three letters or more is no English or German word ("ree", "REEs");
            // one of two is its chemical symbol as chemists write it ("Li", "Co", "Ni").
            : /^[A-Z]{2,3}$/.test(typed) || typed.length >= 3 || /^[A-Z][a-z]$/.test(typed);
        // A code right after a number is a unit ("a 2 MW turbine", "5 GW"), not a country; a mineral's
        // chemical symbol is none ("top 3 Li miners"), nor is a code after a year ("Burma 2024 REE").
        const symbol = codeCase === 'other' && /^[A-Z][a-z]$/.test(typed);
        const quantity = i > 0 && /^\d+([.,]\d+)?$/.test(raw[i - 1]!) && !/^(19|20)\d\d$/.test(raw[i - 1]!);
        if (!asCode || (!symbol && quantity)) continue;
      }
      if (!out.some((f) => f.item === hit.item)) out.push({ item: hit.item, typed: raw.slice(i, i + n).join(' '), fuzzy: false, at: i });
      for (let k = i; k < i + n; k++) used[k] = true;
    }
  }
}

/** Raw words aligned with normalised words (same split), for case checks and echoing. */
function split(text: string): { words: string[]; raw: string[] } {
  const raw = wordRuns(text);
  const words: string[] = [];
  const keptRaw: string[] = [];
  for (const r of raw) {
    const n = normalize(r);
    if (!n) continue;
    // normalize never splits a single \p{L}\p{N} run, so the alignment holds. German inflections
    // of "Seltene Erden" ("seltenen", "seltener") read as the name.
    const w = n.replace(/ /g, '');
    words.push(w === 'seltenen' || w === 'seltener' ? 'seltene' : w);
    keptRaw.push(r);
  }
  return { words, raw: keptRaw };
}

const compoundCache = new WeakMap<object, { key: string; item: Mineral }[]>();

/** One-word mineral names that start German compounds ("lithium" in "Lithiumreserven"). */
function compoundMinerals(idx: EntityIndex<Mineral>): { key: string; item: Mineral }[] {
  let list = compoundCache.get(idx);
  if (!list) {
    list = [...idx.phrases].filter(([k, v]) => !v.code && k.length >= 4 && !k.includes(' ')).map(([key, v]) => ({ key, item: v.item }));
    compoundCache.set(idx, list);
  }
  return list;
}

const shortCache = new WeakMap<Dataset, Map<string, Country>>();

/**
 * Four-letter typos of five-letter country names ("chna", "japn", "inda"): one letter dropped inside
 * the name, never its first or last ("chin" is a word, "kong" half of Hong Kong), only countries the
 * dataset has figures for, and only where a single country can be meant. Shorter words than the
 * general typo rule allows, so stricter: one kind of typo, no guessing between names.
 */
function shortTypos(ds: Dataset): Map<string, Country> {
  let found = shortCache.get(ds);
  if (!found) {
    const map = new Map<string, Country | null>();
    const idx = indexDataset(ds);
    for (const c of ds.countries) {
      if (c.kind === 'aggregate' || idx.external.has(c)) continue;
      for (const name of [c.name.en, c.name.de, ...c.aliases].map((n) => normalize(n))) {
        if (name.length !== 5 || name.includes(' ')) continue;
        for (let k = 1; k < 4; k++) {
          const typo = name.slice(0, k) + name.slice(k + 1);
          if (idx.country.phrases.has(typo) || idx.element.phrases.has(typo) || idx.mineral.phrases.has(typo)) continue;
          const had = map.get(typo);
          map.set(typo, had === undefined || had === c ? c : null);
        }
      }
    }
    found = new Map([...map].filter((e): e is [string, Country] => e[1] !== null));
    shortCache.set(ds, found);
  }
  return found;
}

const compareCache = new WeakMap<Dataset, Set<string>>();
/** Single comparison words of both languages ("vs", "or", "oder"), normalised. */
function compareWordsOf(ds: Dataset): Set<string> {
  let set = compareCache.get(ds);
  if (!set) {
    const c = vocabIndex(ds).vocabulary.grammar.operators.compare;
    compareCache.set(ds, (set = new Set([...c.en, ...c.de].map((w) => normalize(w)).filter((w) => !w.includes(' ')))));
  }
  return set;
}

// typedOrder is a module function, not a closure made per question: under tsx, which runs the
// benchmarks, every named closure also calls esbuild's __name (Object.defineProperty).

/** Names read exactly first, then in the order typed. */
function typedOrder<T>(a: Found<T>, b: Found<T>): number {
  return Number(a.fuzzy) - Number(b.fuzzy) || (a.at ?? 0) - (b.at ?? 0);
}

/** `known`: words that are never a typo of a name (the question vocabulary of data/vocabulary.yaml). */
export function findEntities(ds: Dataset, text: string, known: ReadonlySet<string>, locale: Locale): Entities {
  // The dataset's own words are what the kept stems, compound splits and typo reads are kept for
  // (isDatasetWord): a server asked only questions since it started has made no lookup that remembers them.
  rememberTexts(ds);
  const idx = indexDataset(ds);
  const vocab = vocabIndex(ds);
  const notNames = vocab.notNames[locale];
  // A function word of either language is no misspelt name either ("for a while" is not Chile).
  const plain = (w: string): boolean => known.has(w) || vocab.functionWords.en.has(w) || vocab.functionWords.de.has(w);
  const { words, raw } = split(text.slice(0, 1000));
  // Pushed, not mapped: an array of one kind whatever the count (see itemsOf in src/ask/query/parse.ts).
  const used: boolean[] = [];
  for (let i = 0; i < words.length; i++) used.push(false);
  const countries: Found<Country>[] = [];
  const minerals: Found<Mineral>[] = [];
  const elements: Found<Element>[] = [];
  scanIndex(idx.mineral, words, raw, used, idx.mineral.maxPhraseWords, minerals, 'other', notNames);
  scanIndex(idx.element, words, raw, used, idx.element.maxPhraseWords, elements, 'element', notNames);
  // "South America(n)" is a continent, not the United States: its words are no country's.
  const v = vocabIndex(ds);
  const inRegion: number[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const r = regionPhraseAt(words, i, v);
    if (!r || r.words < 2 || anyUsed(used, i, r.words)) continue;
    for (let k = i; k < i + r.words; k++) { used[k] = true; inRegion.push(k); }
  }
  // "Other" alone is a word of the question; "other countries", "rest of world" name USGS's row.
  scanIndex(idx.country, words, raw, used, idx.country.maxPhraseWords, countries, 'country', notNames, (c, n) => c.id === 'OTHER' && n < 2, compareWordsOf(ds));
  for (const i of inRegion) used[i] = false;
  for (const f of countries) if (idx.countryAdjectives.has(normalize(f.typed))) f.adjective = true;
  // Beside a country the dataset holds, the code of one it holds nothing on is an acronym ("the
  // German TV article says Vietnam …" is not about Tuvalu); alone it stays the country, whose
  // honest "no figure" is the answer.
  if (countries.some((f) => !idx.external.has(f.item))) {
    for (const f of countries.filter((x) => idx.external.has(x.item) && /^[A-Z]{2}$/.test(x.typed))) {
      countries.splice(countries.indexOf(f), 1);
      raw.forEach((r, i) => { if (r === f.typed) used[i] = false; });
    }
  }
  // The code of a country the dataset holds nothing on, before a capitalised word the questions' words do
  // not know, is an acronym opening a name ("MP Materials" is no question about the Northern Marianas).
  for (const f of countries.filter((x) => idx.external.has(x.item) && /^[A-Z]{2}$/.test(x.typed))) {
    const at = f.at ?? -1;
    const next = raw[at + 1];
    if (at < 0 || next === undefined || !/^\p{Lu}/u.test(next) || plain(words[at + 1]!)) continue;
    countries.splice(countries.indexOf(f), 1);
    used[at] = false;
  }
  // German genitive and compounds: "Chinas", "Australiens"; "Lithiumreserven", "Kobaltförderung".
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (used[i] || w.length < 4) continue;
    if (w.endsWith('s')) {
      const c = idx.country.phrases.get(w.slice(0, -1));
      if (c && !c.code && c.item.kind !== 'aggregate') {
        countries.push({ item: c.item, typed: c.item.name.en, fuzzy: false, at: i });
        used[i] = true;
        continue;
      }
    }
    for (const m of compoundMinerals(idx.mineral)) {
      if (w.length > m.key.length + 3 && w.startsWith(m.key) && !minerals.some((f) => f.item === m.item)) {
        minerals.push({ item: m.item, typed: m.item.name.en, fuzzy: false, at: i });
        words.push(w.slice(m.key.length));
        used.push(false);
        raw.push(w.slice(m.key.length));
        used[i] = true;
        break;
      }
    }
  }
  // "Beijing's quota", "hat Peking … untersagt": the seat of government for the country.
  for (const [i, n, c] of seatsAsCountries(ds, text, words, used)) {
    if (!countries.some((f) => f.item === c)) countries.push({ item: c, typed: raw.slice(i, i + n).join(' '), fuzzy: false, at: i });
    for (let k = i; k < i + n; k++) used[k] = true;
  }
  // Typos in longer words that are not ordinary question words. Stricter than for command
  // arguments (a question is full of ordinary words: "liegen" is not "Libyen"), and only names
  // the dataset has figures or facts for (see close).
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!used[i] && w.length === 4 && !plain(w)) {
      const c = shortTypos(ds).get(w);
      if (c) {
        countries.push({ item: c, typed: raw[i]!, fuzzy: true, at: i });
        used[i] = true;
      }
      continue;
    }
    const pair = !used[i] && !used[i + 1] && i + 1 < words.length && !plain(words[i + 1]!) ? typoPair(ds, w, words[i + 1]!) : undefined;
    if (pair) {
      if (pair.kind === 'mineral') minerals.push({ item: pair.item, typed: `${raw[i]} ${raw[i + 1]}`, fuzzy: true });
      else if (pair.kind === 'element') elements.push({ item: pair.item, typed: `${raw[i]} ${raw[i + 1]}`, fuzzy: true, at: i });
      used[i] = used[i + 1] = true;
      i++;
      continue;
    }
    if (used[i] || w.length < 5 || plain(w) || /\d/.test(w)) continue;
    const t = typoEntity(ds, w);
    if (!t) continue;
    if (t.kind === 'country') countries.push({ item: t.item, typed: raw[i]!, fuzzy: true, at: i });
    else if (t.kind === 'element') elements.push({ item: t.item, typed: raw[i]!, fuzzy: true, at: i });
    else minerals.push({ item: t.item, typed: raw[i]!, fuzzy: true });
    used[i] = true;
  }
  // Longer names are found first ("die USA" before "China"); a comparison reads them in the order
  // typed. A name read through a typo is weaker evidence ("German TV" is not Germany) and stays last.
  return { countries: countries.sort(typedOrder), minerals, elements: elements.sort(typedOrder), rest: words.filter((_, i) => !used[i]), words };
}

export type { Event };
