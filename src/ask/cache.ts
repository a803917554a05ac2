// Answer cache for the model path: the same question, on the same dataset version and in the same
// language, is answered once by the model and then from memory. Bounded (LRU by Map order) and
// aged, so a long-running bot never grows and a stale answer never outlives its TTL.
import type { Locale } from '../reply/model.js';

/** Lower case, no diacritics, no punctuation or mention markup, single spaces. */
export function normaliseQuestion(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/<[@#!][^>]*>/g, ' ')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function cacheKey(question: string, datasetVersion: string, locale: Locale): string {
  return `${datasetVersion}\u0000${locale}\u0000${normaliseQuestion(question)}`;
}

export class LruCache<V> {
  readonly #map = new Map<string, { value: V; expires: number }>();

  constructor(
    readonly maxEntries: number,
    readonly ttlMs: number,
    private readonly clock: () => number = Date.now,
  ) {
    if (maxEntries < 1) throw new Error('maxEntries must be at least 1');
  }

  get size(): number {
    return this.#map.size;
  }

  get(key: string): V | undefined {
    const hit = this.#map.get(key);
    if (!hit) return undefined;
    this.#map.delete(key);
    if (hit.expires <= this.clock()) return undefined;
    this.#map.set(key, hit); // most recently used goes last
    return hit.value;
  }

  set(key: string, value: V): void {
    this.#map.delete(key);
    this.#map.set(key, { value, expires: this.clock() + this.ttlMs });
    while (this.#map.size > this.maxEntries) {
      const oldest = this.#map.keys().next();
      if (oldest.done) break;
      this.#map.delete(oldest.value);
    }
  }

  clear(): void {
    this.#map.clear();
  }
}
