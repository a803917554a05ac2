// The one in-memory cache shape every long-lived memory uses (answers, rendered replies, users,
// seen events, charts, digest content): bounded in entries and in age, so a flood of distinct keys
// (load tests run at 1,000 requests/s for minutes) can never grow memory without bound.

/** Least-recently-used map (by Map insertion order) with a size bound and per-entry expiry. */
export class BoundedCache<K, V> {
  readonly #entries = new Map<K, { value: V; expires: number }>();

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
    this.#entries.delete(key);
    if (e.expires <= this.now()) return undefined;
    this.#entries.set(key, e); // most recently used moves to the young end
    return e.value;
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  set(key: K, value: V, ttlMs = this.ttlMs): void {
    if (this.maxEntries <= 0) return;
    this.#entries.delete(key);
    this.#entries.set(key, { value, expires: this.now() + ttlMs });
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
