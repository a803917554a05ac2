// Verifying a delivery that may already have gone out, within the platform's read budget. Only an
// attempted delivery is verified (a claim never attempted cannot have posted), the read is bounded
// to when that attempt could have landed, and reads are paced by the platform's verify budget
// (Slack's conversations.history is Tier 3) instead of colliding with it and collecting 429s.
import type { Platform } from '../store/index.js';
import type { DeliveryTarget } from './delivery.js';
import { PLATFORM_LIMITS, TokenBucket, type PaceLimits } from './limits.js';
import { channelOf, CLOCK_SKEW_MS, withTimeout, type Job } from './scheduler-parts.js';
import { idempotencyKey } from './keys.js';

export type VerifyResult = { kind: 'found'; messageId: string } | { kind: 'absent' } | { kind: 'wait'; ms: number };

export class Verifier {
  readonly #buckets = new Map<Platform, TokenBucket>();

  constructor(limits: Partial<Record<Platform, PaceLimits>> | undefined, platforms: readonly Platform[]) {
    for (const p of platforms) {
      const v = (limits?.[p] ?? PLATFORM_LIMITS[p]).verify;
      if (v) this.#buckets.set(p, new TokenBucket(Math.max(1, Math.min(v.count, 5)), v.count / v.perMs, Date.now()));
    }
  }

  /** Milliseconds until this platform's verify budget has a read (0: now, and the read is taken). */
  #take(platform: Platform): number {
    const b = this.#buckets.get(platform);
    if (!b) return 0;
    const now = Date.now();
    const wait = b.wait(now);
    if (wait > 0) return wait;
    b.take(now);
    return 0;
  }

  async check(job: Job, target: DeliveryTarget, now: Date, timeoutMs: number): Promise<VerifyResult> {
    const wait = this.#take(job.sub.platform);
    if (wait > 0) return { kind: 'wait', ms: wait };
    // No attempt posts before its edition is due; none lands after its owner's last sign of life
    // plus a post timeout.
    const since = new Date(job.scheduledAt.getTime() - CLOCK_SKEW_MS);
    const until = new Date(Math.min(now.getTime(), (job.verifyUntil ?? now).getTime()) + CLOCK_SKEW_MS);
    const key = idempotencyKey(job.sub.id, job.plan.key);
    const found = await withTimeout(target.findPosted(channelOf(job.sub), key, since, until), timeoutMs, 'findPosted');
    return found ? { kind: 'found', messageId: found } : { kind: 'absent' };
  }
}
