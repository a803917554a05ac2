// The scheduler's vocabulary: its options, a queued delivery job, and small helpers.
import type { Dataset } from '../dataset/dataset.js';
import type { ChannelRef } from '../commands/types.js';
import type { Logger } from '../ops/log.js';
import type { Metrics } from '../ops/metrics.js';
import type { Platform, Store, Subscription } from '../store/index.js';
import type { DeliveryTarget } from './delivery.js';
import type { ContentBuilder } from './content.js';
import type { PaceLimits } from './limits.js';
import type { Budgets } from './budgets.js';
import type { EditionPlan } from './summit.js';

export interface RetryPolicy {
  /** Attempts for errors other than rate limits (5xx, network, timeouts). */
  maxAttempts: number;
  baseMs: number;
  maxMs: number;
  /**
   * Rate-limit responses tolerated before giving up. A rate limit says nothing was posted, so by
   * default (Infinity) a job waits Retry-After as often as needed while its catch-up window lasts.
   */
  maxRateLimited: number;
}

export interface SchedulerOptions {
  store: Store;
  targets: readonly DeliveryTarget[];
  datasets: () => Dataset;
  content: ContentBuilder;
  log: Logger;
  metrics: Metrics;
  clock?: () => Date;
  instanceId?: string;
  /** Catch-up window after the scheduled time (DIGEST_STALE_HOURS). */
  windowMs: number;
  /** A claim not renewed for this long belongs to a dead instance. */
  leaseMs?: number;
  limits?: Partial<Record<Platform, PaceLimits>>;
  /** The platforms' budgets; by default shared through the store (PostgreSQL) or in memory (SQLite). */
  budgets?: Budgets;
  retry?: Partial<RetryPolicy>;
  postTimeoutMs?: number;
  /** Days looked back at start-up for missed editions to record as skipped. */
  catchUpDays?: number;
}

export interface TickReport {
  claimed: number;
  skipped: number;
  recovered: number;
}

export interface Job {
  sub: Subscription;
  plan: Pick<EditionPlan, 'key' | 'kind' | 'eventId'>;
  date: string;
  scheduledAt: Date;
  attempts: number;
  rateLimited: number;
  /** An earlier attempt may have posted: ask the platform before posting again. */
  verify: boolean;
  /** Latest moment a post of an earlier attempt may have landed (a dead owner's last sign of life plus its post timeout). */
  verifyUntil?: Date;
  started: boolean;
}

/** Editions claimed per multi-row INSERT before the fan-out gets the event loop back. */
export const CLAIM_BATCH = 100;

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseMs: 1000, maxMs: 60_000, maxRateLimited: Number.POSITIVE_INFINITY };

/** Clocks of replicas and platforms differ a little; searches allow this much either side. */
export const CLOCK_SKEW_MS = 2 * 60_000;

export function channelOf(sub: Subscription): ChannelRef {
  return { platform: sub.platform, channelId: sub.channelId, ...(sub.workspaceId ? { workspaceId: sub.workspaceId } : {}) };
}

export function planFromKey(key: string): Job['plan'] {
  const [kind, eventId] = key.split(':') as [string, string | undefined];
  return kind === 'digest' ? { key, kind: 'digest' } : { key, kind: kind as EditionPlan['kind'], ...(eventId ? { eventId } : {}) };
}

export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}
