// One entity kind's forgiving index: exact keys (codes, names, aliases after normalisation), then
// typos and unique prefixes over a fuzzy index of the distinct name keys (nothing is kept per typed
// text: a repeated question is the reply cache's business).
// Kept apart from lookup.ts, which builds one index per kind for a dataset.
import { LEADING_ARTICLES, charMask, compact, normalize, normalizeTranslit, scanDistances, typoBudget, type ScanWindow } from './text-match.js';

export type LookupResult<T> =
  /** Exact match on a code, name or alias (after normalisation). */
  | { kind: 'exact'; item: T; typed: string }
  /** A typo or unique prefix with one clear winner: answer, but say what was assumed. */
  | { kind: 'fuzzy'; item: T; typed: string; matched: string }
  /** Nothing clear: never guess; offer the nearest candidates instead. */
  | { kind: 'none'; typed: string; suggestions: T[] };

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
  /**
   * First words of the phrases: an n-gram scan skips a position whose word starts none, instead of
   * joining and looking up every n-gram from it (the scans of a question's words were a tenth of its
   * parse; bench/core.ts, --cpu-prof).
   */
  readonly firstWords = new Set<string>();
  /**
   * Texts whose kind-only lookups are kept (keepKindOnly): the dataset's own name parts, given as a
   * thunk so the set is made on the first such lookup. Each kept answer is its item, or null for none.
   */
  #keepableOf: (() => ReadonlySet<string>) | undefined;
  #keepable: ReadonlySet<string> | undefined;
  readonly #kept = new Map<string, T | null>();

  constructor(readonly label: (item: T) => string) {}

  /**
   * Keeps the kind-only lookups (maxSuggestions 0) of these lookupKeys: texts derived from the
   * dataset, never what a user typed as such. Binding a command's words tries every run of them as
   * an argument, and the runs of a long name ("Federal Republic of", "Republic of") are parts of
   * the dataset's names that name nothing: three quarters of binding's typo scans over the corpus.
   * Bounded by the dataset like the indexes, and collected with them.
   */
  keepKindOnly(keys: () => ReadonlySet<string>): void {
    this.#keepableOf = keys;
    this.#keepable = undefined;
    this.#kept.clear();
  }

  add(item: T, text: string | undefined, code = false): void {
    if (!text) return;
    this.#fuzzy = undefined;
    this.#kept.clear();
    for (const form of new Set([normalize(text), normalizeTranslit(text)])) {
      if (!form) continue;
      const c = compact(form);
      if (!this.#exact.has(c)) this.#exact.set(c, item);
      this.#keys.push({ key: c, item, code });
      if (!code || form.length > 1) {
        const had = this.phrases.get(form);
        if (!had || (had.code && !code)) this.phrases.set(form, { item, code });
        const space = form.indexOf(' ');
        this.firstWords.add(space < 0 ? form : form.slice(0, space));
        this.maxPhraseWords = Math.max(this.maxPhraseWords, form.split(' ').length);
      }
    }
  }

  /** Exact match after normalisation, or undefined. */
  get(text: string): T | undefined {
    const n = normalize(text);
    return this.#exact.get(compact(n)) ?? this.#exact.get(compact(n.replace(LEADING_ARTICLES, '')));
  }

  lookup(text: string, maxSuggestions = 3): LookupResult<T> {
    return this.#lookup(text, maxSuggestions);
  }

  /** lookup's exact match alone (its result 'exact'), without the fuzzy scan a miss leads to. */
  exact(text: string): T | undefined {
    return this.exactKey(lookupKey(text));
  }

  /** exact(text) for a text's lookupKey(text), so a caller trying one text in several indexes normalises it once. */
  exactKey(key: string): T | undefined {
    return key ? this.#exact.get(key) : undefined;
  }

  #lookup(text: string, maxSuggestions: number): LookupResult<T> {
    const typed = text;
    const q = lookupKey(text);
    if (!q) return { kind: 'none', typed, suggestions: [] };
    const hit = this.#exact.get(q);
    if (hit !== undefined) return { kind: 'exact', item: hit, typed };

    // Nearest distance per item over its names and aliases (codes only ever match exactly, and an
    // exact code has answered above), and the items a name of which starts with the typed text.
    const fuzzy = (this.#fuzzy ??= fuzzyKeys(this.#keys));
    const budget = typoBudget(q.length);
    if (maxSuggestions <= 0) {
      // Kind only (binding an argument): the one nearest item within the budget, or else the one
      // item a name of which starts with the text; no ranking of the rest.
      const keep = this.#keepableOf !== undefined && (this.#keepable ??= this.#keepableOf()).has(q);
      let item = keep ? this.#kept.get(q) : undefined;
      if (item === undefined) {
        const near = fuzzy.closest(q, budget);
        const prefixHits = near.item === undefined && q.length >= 4 && !near.tie ? fuzzy.withPrefix(q) : [];
        item = near.item ?? (prefixHits.length === 1 ? prefixHits[0]! : null);
        if (keep) this.#kept.set(q, item);
      }
      return item === null ? { kind: 'none', typed, suggestions: [] } : { kind: 'fuzzy', item, typed, matched: this.label(item) };
    }
    // Suggestions reach a little further than a match may.
    const cap = maxSuggestions > 0 ? Math.max(budget, 4) : budget;
    const ranked = fuzzy.nearest(q, cap);
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
    if (maxSuggestions <= 0) return { kind: 'none', typed, suggestions: [] };
    // Pushed, not spread: a spread array is of another kind when empty, and code optimised for one
    // kind is thrown away when the other comes (node --trace-deopt over the core bench's rounds).
    const suggestions: T[] = [];
    for (const item of prefixHits) suggestions.push(item);
    for (const [item] of ranked) {
      if (suggestions.length >= maxSuggestions) break;
      if (!suggestions.includes(item)) suggestions.push(item);
    }
    return { kind: 'none', typed, suggestions: suggestions.slice(0, maxSuggestions) };
  }
}

/** A typed text as the keys are: normalised, without a leading article, spaces removed. */
export function lookupKey(text: string): string {
  const n = normalize(text);
  // One word (most typed parts) has no article to drop before a space and no space to remove.
  return n.includes(' ') ? compact(n.replace(LEADING_ARTICLES, '')) : n;
}

/**
 * The fuzzy side of an index, built once per index: every distinct non-code key with the items it
 * names (and where each was first indexed), sorted, so one bit-parallel pass scores them all
 * (scanDistances) and a binary search finds the keys a typed prefix starts. Scanning every key with a
 * DP table per lookup was the largest cost of resolving an argument (bench/core.ts, --cpu-prof).
 */
interface FuzzyKeys<T> {
  /** Items with a key within `max` of `q`, nearest first (ties in the order items were indexed). */
  nearest(q: string, max: number): [T, number][];
  /**
   * nearest's first item when no other item is as near (`item`), or whether several are (`tie`):
   * what a kind-only lookup asks, without a Map of every item within reach and its sort.
   */
  closest(q: string, max: number): { item?: T; tie: boolean };
  /** Items with a key starting with `q`, in the order a scan over every key meets them. */
  withPrefix(q: string): readonly T[];
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

  // For distances the keys go by length, so a scan visits only the lengths within reach, and each
  // carries its character mask, so most of those are ruled out before any distance is computed.
  const byLength = [...keys].sort((a, b) => a.length - b.length);
  const lengthItems = byLength.map((k) => byKey.get(k)!);
  const masks = Int32Array.from(byLength, charMask);
  const longest = byLength.at(-1)?.length ?? 0;
  /** startOf[n]: position of the first key of length ≥ n. */
  const startOf = new Int32Array(longest + 2);
  for (let n = 0, i = 0; n <= longest + 1; n++) {
    while (i < byLength.length && byLength[i]!.length < n) i++;
    startOf[n] = i;
  }
  // Both scans below ignore the keys beyond `max`: only those within are visited.
  const window = (q: string, max: number): ScanWindow => ({
    from: startOf[Math.min(longest + 1, Math.max(0, q.length - max))]!,
    to: startOf[Math.min(longest + 1, q.length + max + 1)]!,
    masks,
    within: true,
  });
  const nearest = (q: string, max: number): [T, number][] => {
    const best = new Map<T, number>();
    scanDistances(q, byLength, max, (i, d) => {
      if (d > max) return;
      for (const { item } of lengthItems[i]!) if (d < (best.get(item) ?? max + 1)) best.set(item, d);
    }, window(q, max));
    return [...best.entries()].sort((a, b) => a[1] - b[1] || order.get(a[0])! - order.get(b[0])!);
  };
  const closest = (q: string, max: number): { item?: T; tie: boolean } => {
    let bestD = max + 1;
    let bestItem: T | undefined;
    let tie = false;
    scanDistances(q, byLength, max, (i, d) => {
      if (d > max || d > bestD) return;
      for (const { item } of lengthItems[i]!) {
        if (d < bestD) {
          bestD = d;
          bestItem = item;
          tie = false;
        } else if (item !== bestItem) {
          tie = true;
        }
      }
    }, window(q, max));
    // Literals, not a spread of a conditional one: the same two shapes, without the copy.
    return tie || bestItem === undefined ? { tie } : { item: bestItem, tie };
  };

  const scanPrefix = (q: string): T[] => {
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
  // Every prefix of four characters or more of a key, with its items: a typed text that long is one
  // of them or starts no key, so it needs no binary search by string comparisons (most of the cost
  // of a lookup that matches nothing; bench/core.ts, --cpu-prof). Shorter texts are searched.
  const byPrefix = new Map<string, readonly T[]>();
  keys.forEach((k, i) => {
    for (let n = 4; n <= k.length; n++) {
      const prefix = k.slice(0, n);
      if (byPrefix.has(prefix)) continue;
      // Keys are sorted, so a prefix the next key does not share is this key's alone: its items,
      // already in the order they were indexed.
      const alone = !keys[i + 1]?.startsWith(prefix);
      byPrefix.set(prefix, Object.freeze(alone ? items[i]!.map((x) => x.item) : scanPrefix(prefix)));
    }
  });
  const withPrefix = (q: string): readonly T[] => (q.length >= 4 ? byPrefix.get(q) ?? [] : scanPrefix(q));
  return { nearest, closest, withPrefix };
}
