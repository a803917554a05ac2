// Verifying a delivery that may already have gone out, within the platform's read budget. Only an
// attempted delivery is verified (a claim never attempted cannot have posted), the read is bounded
// to when that attempt could have landed, and reads draw on the platform's read budget, shared by
// replicas (budgets.ts; Slack's conversations.history is Tier 3), instead of collecting 429s.
import type { Budgets } from './budgets.js';
import type { DeliveryTarget } from './delivery.js';
import { channelOf, CLOCK_SKEW_MS, withTimeout, type Job } from './scheduler-parts.js';
import { idempotencyKey } from './keys.js';

export type VerifyResult = { kind: 'found'; messageId: string } | { kind: 'absent' } | { kind: 'wait'; ms: number };

export class Verifier {
  constructor(readonly budgets: Budgets) {}

  /** Whether message `part` (of a split delivery; default the first) is in the channel. */
  async check(job: Job, target: DeliveryTarget, now: Date, timeoutMs: number, part = 0): Promise<VerifyResult> {
    const wait = await this.budgets.read(channelOf(job.sub));
    if (wait > 0) return { kind: 'wait', ms: wait };
    // No attempt posts before its edition is due; none lands after its owner's last sign of life
    // plus a post timeout.
    const since = new Date(job.scheduledAt.getTime() - CLOCK_SKEW_MS);
    const until = new Date(Math.min(now.getTime(), (job.verifyUntil ?? now).getTime()) + CLOCK_SKEW_MS);
    const key = idempotencyKey(job.sub.id, job.plan.key);
    const found = await withTimeout(target.findPosted(channelOf(job.sub), key, since, until, part), timeoutMs, 'findPosted');
    return found ? { kind: 'found', messageId: found } : { kind: 'absent' };
  }
}
