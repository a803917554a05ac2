// Autocomplete suggestions from the dataset in the user's language: names that start with what was
// typed first, then names containing it; at most 25, labels at most 100 characters. The value is the
// canonical id (ISO code, mineral id, element symbol, event id, source id) the commands resolve.
// Indexes are built once per dataset object, so a hot-reloaded dataset gets fresh ones.
import type { Dataset } from '../../dataset/dataset.js';
import type { ArgSpec } from '../../commands/types.js';
import type { Locale } from '../../reply/model.js';
import { safeText, truncateGraphemes } from '../../reply/safe-text.js';

export interface Choice {
  name: string;
  value: string;
}

interface Entry {
  choice: Choice;
  /** Normalised searchable texts; the first is the displayed name. */
  keys: string[];
}

export const MAX_CHOICES = 25;

/** Lower case, no diacritics, ß → ss, punctuation to spaces. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const cut = (s: string, n = 100): string => truncateGraphemes(safeText(s), n);

function entry(label: string, value: string, texts: (string | undefined)[]): Entry {
  const keys = [...new Set(texts.filter((t): t is string => Boolean(t)).map(fold).filter(Boolean))];
  return { choice: { name: cut(label.replace(/\s+/g, ' ').trim()) || value, value: value.slice(0, 100) }, keys };
}

function build(ds: Dataset, kind: string, locale: Locale): Entry[] {
  const byName = (a: Entry, b: Entry): number => a.choice.name.localeCompare(b.choice.name, locale);
  switch (kind) {
    case 'country':
      return ds.countries
        .map((c) => entry(`${c.name[locale]} (${c.id})`, c.id, [c.name[locale], c.name.en, c.name.de, c.id, c.iso3, ...c.aliases]))
        .sort(byName);
    case 'mineral':
      return ds.minerals.map((m) => entry(m.name[locale], m.id, [m.name[locale], m.name.en, m.name.de, m.id, ...m.aliases]));
    case 'element':
      return [...ds.elements]
        .sort((a, b) => a.z - b.z)
        .map((e) => entry(`${e.name[locale]} (${e.symbol})`, e.symbol, [e.name[locale], e.name.en, e.name.de, e.symbol, ...e.aliases]));
    case 'event':
      return [...ds.events]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((e) => entry(`${e.date} · ${e.title[locale]}`, e.id, [e.title[locale], e.title.en, e.title.de, e.id, e.place[locale], ...e.aliases]));
    case 'source':
      return ds.sources.map((s) =>
        entry(`${s.publisher}: ${s.title}${s.edition ? ` (${s.edition})` : ''}`, s.id, [s.title, s.publisher, s.id, s.edition]),
      );
    default:
      return [];
  }
}

const indexes = new WeakMap<Dataset, Map<string, Entry[]>>();

function index(ds: Dataset, kind: string, locale: Locale): Entry[] {
  let perDataset = indexes.get(ds);
  if (!perDataset) indexes.set(ds, (perDataset = new Map()));
  const key = `${kind}|${locale}`;
  let list = perDataset.get(key);
  if (!list) perDataset.set(key, (list = build(ds, kind, locale)));
  return list;
}

let zones: Entry[] | undefined;
function timeZones(): Entry[] {
  zones ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')].map((z) => entry(z, z, [z, z.replace(/_/g, ' ')]));
  return zones;
}

/** Ranks entries: prefix of a name (0), prefix of a word in a name (1), anywhere (2). */
function rank(list: readonly Entry[], typed: string): Choice[] {
  const q = fold(typed);
  if (!q) return list.slice(0, MAX_CHOICES).map((e) => e.choice);
  const buckets: Choice[][] = [[], [], []];
  for (const e of list) {
    let best = 3;
    for (const k of e.keys) {
      if (k.startsWith(q)) { best = 0; break; }
      if (best > 1 && k.includes(` ${q}`)) best = 1;
      else if (best > 2 && k.includes(q)) best = 2;
    }
    if (best < 3) buckets[best]!.push(e.choice);
  }
  return buckets.flat().slice(0, MAX_CHOICES);
}

/** Suggestions for one argument as the user types it. */
export function suggest(ds: Dataset, arg: ArgSpec, typed: string, locale: Locale): Choice[] {
  if (arg.type === 'timezone') return rank(timeZones(), typed);
  if (arg.choices?.length) return rank(arg.choices.map((c) => entry(c, c, [c])), typed);
  return rank(index(ds, arg.type, locale), typed);
}
