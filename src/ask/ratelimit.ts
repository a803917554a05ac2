// Token buckets per user and per channel for model-backed questions. Memory is bounded: at most
// `maxKeys` buckets live at once (least recently used evicted), and an evicted bucket comes back
// full, which only ever errs towards answering.

export interface Bucket {
  tokens: number;
  updated: number;
}

export class TokenBuckets {
  readonly #buckets = new Map<string, Bucket>();

  constructor(
    /** Bucket size and refill per minute. */
    readonly perMinute: number,
    readonly maxKeys = 10_000,
    private readonly clock: () => number = Date.now,
  ) {}

  get size(): number {
    return this.#buckets.size;
  }

  #refilled(key: string): Bucket {
    const now = this.clock();
    const b = this.#buckets.get(key) ?? { tokens: this.perMinute, updated: now };
    const tokens = Math.min(this.perMinute, b.tokens + ((now - b.updated) * this.perMinute) / 60_000);
    const next = { tokens, updated: now };
    this.#buckets.delete(key);
    this.#buckets.set(key, next);
    while (this.#buckets.size > this.maxKeys) {
      const oldest = this.#buckets.keys().next();
      if (oldest.done) break;
      this.#buckets.delete(oldest.value);
    }
    return next;
  }

  /** Milliseconds until one token is available (0 when one is available now). */
  waitMs(key: string): number {
    const b = this.#refilled(key);
    return b.tokens >= 1 ? 0 : Math.ceil(((1 - b.tokens) * 60_000) / this.perMinute);
  }

  take(key: string): void {
    const b = this.#refilled(key);
    b.tokens = Math.max(0, b.tokens - 1);
  }
}

export type LimitDecision = { ok: true } | { ok: false; scope: 'user' | 'channel'; retryAfterMs: number };

/** Per-user and per-channel limits; a question consumes from both only when both allow it. */
export class AskRateLimiter {
  readonly users: TokenBuckets;
  readonly channels: TokenBuckets;

  constructor(opts: { userPerMinute: number; channelPerMinute: number; maxKeys?: number; clock?: () => number }) {
    this.users = new TokenBuckets(opts.userPerMinute, opts.maxKeys, opts.clock);
    this.channels = new TokenBuckets(opts.channelPerMinute, opts.maxKeys, opts.clock);
  }

  tryTake(userKey: string, channelKey: string): LimitDecision {
    const u = this.users.waitMs(userKey);
    if (u > 0) return { ok: false, scope: 'user', retryAfterMs: u };
    const c = this.channels.waitMs(channelKey);
    if (c > 0) return { ok: false, scope: 'channel', retryAfterMs: c };
    this.users.take(userKey);
    this.channels.take(channelKey);
    return { ok: true };
  }
}
