// The platforms' budgets, drawn by every replica from one place: rate-limiter-flexible on the
// store's PostgreSQL (the migrated `rate_limits` table), or in memory when the store is SQLite (one
// process). The paced lanes (lane.ts) still shape each replica's own fan-out; these budgets are what
// keeps two replicas on one bot token from adding up to twice the platform's limit.
//
// Shared, rate-limiter-flexible counts in fixed windows that start at the first request. A window
// of one point is a minimum spacing (never two requests closer than the window); a window of k
// points admits at most k*(n+1) requests in n windows, so k is kept to a quarter of the platform's
// burst: two windows back to back stay far inside the token bucket the platform enforces.
//
// In one process the budget is the platform's own token bucket (rate and burst, as the lane's):
// fixed windows lose every point of a window the process spent in a pause (a GC, a synchronous
// store call, a restart), and can never spend the burst the platform refilled meanwhile, so the
// fan-out fell behind the platform's floor after each pause and after every restart.
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { ChannelRef } from '../commands/types.js';
import type { Logger } from '../ops/log.js';
import type { Platform, Store } from '../store/index.js';
import { PLATFORM_LIMITS, TokenBucket, type PaceLimits } from './limits.js';

export interface Rate { count: number; perMs: number; burst?: number }

/** A fixed window that never exceeds `rate`, nor a bucket of its burst: `points` per `durationMs`. */
export function windowOf(rate: Rate): { points: number; durationMs: number } {
  const points = Math.max(1, Math.floor((rate.burst ?? 1) / 4));
  return { points, durationMs: Math.ceil((points * rate.perMs) / rate.count) };
}

export interface PostBudget {
  /** 0 when the post may go now (its points are taken). */
  waitMs: number;
  /** The wait is the platform's global budget, not this channel's. */
  global: boolean;
}

export interface Budgets {
  /** Takes what one message to `channel` costs: the platform's global and per-channel budgets. */
  post(channel: ChannelRef): Promise<PostBudget>;
  /** Takes one verification read (Slack's conversations.history is Tier 3 per workspace); ms to wait, 0 when taken. */
  read(channel: ChannelRef): Promise<number>;
  readonly shared: boolean;
}

type Rule = 'global' | 'channel' | 'read';

interface Limiter {
  /** ms until `key` has a point (0: taken now). */
  take(key: string): Promise<number>;
  /** Returns a point taken for a request that did not go out. */
  giveBack(key: string): Promise<void>;
}

class FlexibleLimiter implements Limiter {
  constructor(readonly limiter: RateLimiterAbstract) {}

  async take(key: string): Promise<number> {
    try {
      await this.limiter.consume(key);
      return 0;
    } catch (rejected) {
      if (rejected instanceof RateLimiterRes) return Math.max(1, rejected.msBeforeNext);
      throw rejected;
    }
  }

  async giveBack(key: string): Promise<void> {
    await this.limiter.reward(key).catch(() => undefined);
  }
}

/** A token bucket per key, as the platform keeps them: `burst` at most, refilled at the rate. */
export class BucketLimiter implements Limiter {
  readonly #buckets = new Map<string, TokenBucket>();
  readonly #capacity: number;
  readonly #perMs: number;
  readonly #clock: () => number;

  constructor(rate: Rate, clock: () => number = Date.now) {
    this.#capacity = Math.max(1, rate.burst ?? 1);
    this.#perMs = rate.count / rate.perMs;
    this.#clock = clock;
  }

  take(key: string): Promise<number> {
    const now = this.#clock();
    let b = this.#buckets.get(key);
    if (!b) {
      // Thousands of channels each post once: forget the buckets that have refilled.
      if (this.#buckets.size >= 10_000) for (const [k, x] of this.#buckets) if (x.full(now)) this.#buckets.delete(k);
      b = new TokenBucket(this.#capacity, this.#perMs, now);
      this.#buckets.set(key, b);
    }
    const wait = b.wait(now);
    if (wait === 0) b.take(now);
    return Promise.resolve(wait);
  }

  giveBack(key: string): Promise<void> {
    this.#buckets.get(key)?.give(this.#clock());
    return Promise.resolve();
  }
}

export class SharedBudgets implements Budgets {
  readonly shared: boolean;
  readonly #limiters = new Map<string, Limiter>();

  constructor(store: Pick<Store, 'sharedLimits'>, limits: Partial<Record<Platform, PaceLimits>> | undefined, platforms: readonly Platform[], log?: Logger) {
    const backend = store.sharedLimits();
    this.shared = backend !== null;
    for (const p of platforms) {
      const l = limits?.[p] ?? PLATFORM_LIMITS[p];
      const rules: [Rule, Rate | undefined][] = [
        ['global', l.globalPerSecond ? { count: l.globalPerSecond, perMs: 1000, burst: l.globalBurst ?? l.globalPerSecond } : undefined],
        ['channel', l.channel],
        ['read', l.verify],
      ];
      for (const [rule, rate] of rules) {
        if (!rate) continue;
        if (!backend) {
          this.#limiters.set(`${p}:${rule}`, new BucketLimiter(rate));
          continue;
        }
        const { points, durationMs } = windowOf(rate);
        const opts = { keyPrefix: `${p}-${rule}`, points, duration: durationMs / 1000 };
        // Should PostgreSQL fail, each replica keeps to the budget in memory on its own (and the
        // platform's 429s are honoured) rather than stopping deliveries.
        const memory = new RateLimiterMemory(opts);
        this.#limiters.set(`${p}:${rule}`, new FlexibleLimiter(
          new RateLimiterPostgres({ ...opts, storeClient: backend.pool, storeType: 'pool', tableName: backend.table, tableCreated: true, insuranceLimiter: memory }),
        ));
      }
    }
    if (backend) log?.debug({ table: backend.table }, 'platform budgets shared through PostgreSQL');
  }

  /** ms until `key` has a point under `rule` (0: taken now). */
  #take(platform: Platform, rule: Rule, key: string): Promise<number> {
    return this.#limiters.get(`${platform}:${rule}`)?.take(key) ?? Promise.resolve(0);
  }

  async post(channel: ChannelRef): Promise<PostBudget> {
    const p = channel.platform;
    const globalWait = await this.#take(p, 'global', p);
    if (globalWait > 0) return { waitMs: globalWait, global: true };
    const channelWait = await this.#take(p, 'channel', `${channel.workspaceId ?? ''}:${channel.threadId ?? channel.channelId}`);
    if (channelWait > 0) {
      // The global point was not used: give it back for the other channels.
      await this.#limiters.get(`${p}:global`)?.giveBack(p);
      return { waitMs: channelWait, global: false };
    }
    return { waitMs: 0, global: false };
  }

  read(channel: ChannelRef): Promise<number> {
    return this.#take(channel.platform, 'read', channel.workspaceId ?? '');
  }
}
