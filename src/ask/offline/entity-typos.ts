// A question word read as a typo of a country, element or mineral name (src/ask/offline/entities.ts).
// The three fuzzy lookups scan every name of the three indexes, and their outcome depends on the word
// and the dataset only: it is kept per dataset for the dataset's own words (isDatasetWord), which a
// question repeats ("Kuala Lumpur", "Trump", "Tokyo" are checked as typos on every question naming
// them). A word only a user typed is looked up anew every time (no memory keyed by input).
import type { Dataset } from '../../dataset/dataset.js';
import type { Country, Element, Mineral } from '../../dataset/schema.js';
import { editDistance, indexDataset, normalize } from '../../dataset/lookup.js';
import { isDatasetWord } from '../../dataset/text-match.js';

export type TypoHit = { kind: 'country'; item: Country } | { kind: 'element'; item: Element } | { kind: 'mineral'; item: Mineral };

/** A typo close enough for a question: one edit, two from eight letters. */
function close(typed: string, name: string): boolean {
  const a = normalize(typed).replace(/ /g, '');
  const b = normalize(name).replace(/ /g, '');
  return editDistance(a, b, 2) <= (a.length >= 8 ? 2 : 1);
}

/**
 * The name a word misspells, trying countries (only those the dataset has figures or facts for),
 * then elements, then minerals; undefined when none is close enough.
 */
function lookupTypo(ds: Dataset, w: string): TypoHit | undefined {
  const idx = indexDataset(ds);
  const c = idx.country.lookup(w, 0);
  if (c.kind === 'fuzzy' && c.item.kind !== 'aggregate' && !idx.external.has(c.item) && [c.item.name.en, c.item.name.de, ...c.item.aliases].some((n) => close(w, n))) return { kind: 'country', item: c.item };
  const e = idx.element.lookup(w, 0);
  if (e.kind === 'fuzzy' && [e.item.name.en, e.item.name.de, ...e.item.aliases].some((n) => close(w, n))) return { kind: 'element', item: e.item };
  const m = idx.mineral.lookup(w, 0);
  if (m.kind === 'fuzzy' && [m.item.name.en, m.item.name.de, ...m.item.aliases].some((n) => close(w, n))) return { kind: 'mineral', item: m.item };
  return undefined;
}

const kept = new WeakMap<Dataset, Map<string, TypoHit | null>>();

/** lookupTypo, kept for the dataset's words. */
export function typoEntity(ds: Dataset, w: string): TypoHit | undefined {
  let table = kept.get(ds);
  if (!table) kept.set(ds, (table = new Map()));
  const hit = table.get(w);
  if (hit !== undefined) return hit ?? undefined;
  const found = lookupTypo(ds, w);
  if (isDatasetWord(w)) table.set(w, found ?? null);
  return found;
}

/** Per dataset: two-word names and aliases of minerals and elements by their first word ("rare" → "earth", "earths"). */
const pairsOf = new WeakMap<Dataset, Map<string, { second: string; hit: TypoHit }[]>>();

// The lookup apart from the build, whose closure made V8 allocate a context on every call.
function pairs(ds: Dataset): Map<string, { second: string; hit: TypoHit }[]> {
  return pairsOf.get(ds) ?? buildPairs(ds);
}

function buildPairs(ds: Dataset): Map<string, { second: string; hit: TypoHit }[]> {
  const table = new Map<string, { second: string; hit: TypoHit }[]>();
  const idx = indexDataset(ds);
  const add = (phrase: string, hit: TypoHit): void => {
    const parts = phrase.split(' ');
    if (parts.length !== 2 || parts[1]!.length < 4) return;
    const list = table.get(parts[0]!) ?? [];
    list.push({ second: parts[1]!, hit });
    table.set(parts[0]!, list);
  };
  for (const [phrase, { item, code }] of idx.mineral.phrases) if (!code) add(phrase, { kind: 'mineral', item });
  for (const [phrase, { item, code }] of idx.element.phrases) if (!code) add(phrase, { kind: 'element', item });
  pairsOf.set(ds, table);
  return table;
}

/**
 * A two-word name with its second word misspelt ("rare eart", "seltene erdne"): the first word as
 * written, the second one edit off, and only one item it could be.
 */
export function typoPair(ds: Dataset, first: string, second: string): TypoHit | undefined {
  const list = pairs(ds).get(first);
  if (!list || second.length < 4) return undefined;
  let found: TypoHit | undefined;
  for (const c of list) {
    if (c.second === second || Math.abs(c.second.length - second.length) > 1 || editDistance(second, c.second, 1) > 1) continue;
    if (found && found.item !== c.hit.item) return undefined;
    found = c.hit;
  }
  return found;
}
