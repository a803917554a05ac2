// Platform rate limits the fan-out paces itself by, and a token bucket to enforce them.
import type { Platform } from '../store/index.js';

export interface PaceLimits {
  /** Requests per second across the whole platform (Discord's global limit). */
  globalPerSecond?: number;
  /** Tokens the global bucket may hold (how large a burst may be). */
  globalBurst?: number;
  /** Per channel (Discord per-route bucket, Slack per-channel limit): `count` per `perMs`. */
  channel?: { count: number; perMs: number };
  /** Requests in flight at once for the platform. */
  concurrency: number;
  /**
   * Budget of the read that verifies an attempted delivery (Slack's conversations.history is Tier 3,
   * about 50 a minute per workspace): `count` per `perMs`, shared by every channel of the platform,
   * with a bucket of `burst` (Slack lets a tier burst briefly above its rate).
   */
  verify?: { count: number; perMs: number; burst?: number };
}

/**
 * Discord: 50 requests/s global per bot, and the per-channel message route allows 5 per 5 s.
 * The fan-out uses 49/s (1/s of headroom for interactive replies of the same bot) and a burst of 40,
 * which lets it catch up after the event loop was busy. Not Discord's full 50: requests leave in
 * groups of up to 16 and arrive bunched, so a bucket as large as the platform's ran it dry and drew
 * 429s on the global limit (14 in one 10,000-channel digest run); a 429 is honoured anyway.
 * Slack: chat.postMessage allows about one message per second per channel. The verifying read
 * (conversations.history, Tier 3) runs at 45 a minute with a bucket of 4: the reads a restart needs
 * after a crash (one per delivery that was in flight, up to the concurrency) come in one group, and
 * with a bucket of one each waited 1.3 s behind the last (bench/recovery.ts); Slack tolerates short
 * bursts above a tier's rate, and a 429 is honoured anyway.
 */
export const PLATFORM_LIMITS: Record<Platform, PaceLimits> = {
  discord: { globalPerSecond: 49, globalBurst: 40, channel: { count: 5, perMs: 5000 }, concurrency: 16 },
  slack: { channel: { count: 1, perMs: 1000 }, concurrency: 8, verify: { count: 45, perMs: 60_000, burst: 4 } },
  console: { concurrency: 1 },
};

export class TokenBucket {
  #tokens: number;
  #at: number;

  constructor(readonly capacity: number, readonly perMs: number, now: number) {
    this.#tokens = capacity;
    this.#at = now;
  }

  #refill(now: number): void {
    if (now > this.#at) {
      this.#tokens = Math.min(this.capacity, this.#tokens + (now - this.#at) * this.perMs);
      this.#at = now;
    }
  }

  /** Milliseconds until a token is available (0 when one is). */
  wait(now: number): number {
    this.#refill(now);
    const blocked = Math.max(0, this.#at - now);
    return this.#tokens >= 1 && blocked === 0 ? 0 : blocked + Math.ceil(Math.max(0, 1 - this.#tokens) / this.perMs);
  }

  take(now: number): void {
    this.#refill(now);
    this.#tokens -= 1;
  }

  /** Returns a token taken for a request that did not go out. */
  give(now: number): void {
    this.#refill(now);
    this.#tokens = Math.min(this.capacity, this.#tokens + 1);
  }

  /** Whether the bucket is full (as good as new: it can be forgotten). */
  full(now: number): boolean {
    this.#refill(now);
    return this.#tokens >= this.capacity && this.#at <= now;
  }

  /** Nothing may be taken before `until`, the tokens kept (a shared budget's wait: nothing was sent). */
  hold(until: number): void {
    this.#at = Math.max(this.#at, until);
  }

  /** Nothing may be taken before `until` (a 429's Retry-After). */
  block(until: number): void {
    this.#tokens = Math.min(this.#tokens, 0);
    this.#at = Math.max(this.#at, until);
  }
}
