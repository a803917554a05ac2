// The one in-memory cache shape every long-lived memory uses (answers, rendered replies, users,
// seen events, charts, digest content): bounded in entries and in age, so a flood of distinct keys
// (load tests run at 1,000 requests/s for minutes) can never grow memory without bound.

/**
 * Least-recently-used map (by Map insertion order) with a size bound and per-entry expiry. A hit
 * moves its entry to the young end only when more than a quarter of the bound was inserted after
 * it: a move is a delete and an insert, and hot entries (the reply cache's popular answers) are hit
 * on every request. So an entry read is evicted only after at least three quarters of the bound's
 * insertions, not the full bound: LRU in all but the youngest quarter.
 */
export class BoundedCache<K, V> {
  readonly #entries = new Map<K, { value: V; expires: number; at: number }>();
  /** Insertions so far (stores and moves); an entry's `at` is the count when it was last inserted. */
  #inserted = 0;

  /** `maxEntries` ≤ 0 disables the cache (set stores nothing). */
  constructor(
    readonly maxEntries: number,
    readonly ttlMs: number = Number.POSITIVE_INFINITY,
    readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.#entries.size;
  }

  get(key: K): V | undefined {
    const e = this.#entries.get(key);
    if (!e) return undefined;
    if (e.expires !== Number.POSITIVE_INFINITY && e.expires <= this.now()) {
      this.#entries.delete(key);
      return undefined;
    }
    if (this.#inserted - e.at > this.maxEntries >> 2) {
      this.#entries.delete(key);
      this.#entries.set(key, e);
      e.at = ++this.#inserted;
    }
    return e.value;
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  set(key: K, value: V, ttlMs = this.ttlMs): void {
    if (this.maxEntries <= 0) return;
    this.#entries.delete(key);
    this.#entries.set(key, { value, expires: this.now() + ttlMs, at: ++this.#inserted });
    while (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.#entries.delete(oldest.value);
    }
  }

  delete(key: K): void {
    this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }
}
