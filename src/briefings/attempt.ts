// One delivery attempt of a claimed edition, as the paced lane runs it: renew the claim (fencing),
// verify first if an earlier attempt may have posted, build the content, post it with the
// idempotency key, record the message id; or sort out the failure (pause, retry, wait out a rate
// limit, give up after checking the channel once more).
import type { Platform, Store } from '../store/index.js';
import type { Budgets } from './budgets.js';
import { DeliveryError, type DeliveryTarget } from './delivery.js';
import { idempotencyKey } from './keys.js';
import type { JobResult } from './lane.js';
import { channelOf, withTimeout, type Job, type RetryPolicy, type SchedulerOptions } from './scheduler-parts.js';
import { REASON, reasonOf } from './reasons.js';
import type { Verifier } from './verify.js';

export interface AttemptDeps {
  o: SchedulerOptions;
  instanceId: string;
  windowMs: number;
  clock: () => Date;
  targets: ReadonlyMap<Platform, DeliveryTarget>;
  retry: RetryPolicy;
  verifier: Verifier;
  budgets: Budgets;
}

export class DeliveryAttempts {
  readonly #o: SchedulerOptions;
  readonly #instanceId: string;
  readonly #windowMs: number;
  readonly #clock: () => Date;
  readonly #targets: ReadonlyMap<Platform, DeliveryTarget>;
  readonly #retry: RetryPolicy;
  readonly #verifier: Verifier;
  readonly #budgets: Budgets;

  constructor(d: AttemptDeps) {
    this.#o = d.o;
    this.#instanceId = d.instanceId;
    this.#windowMs = d.windowMs;
    this.#clock = d.clock;
    this.#targets = d.targets;
    this.#retry = d.retry;
    this.#verifier = d.verifier;
    this.#budgets = d.budgets;
  }

  async #complete(job: Job, outcome: Parameters<Store['completeDelivery']>[3], status: string): Promise<JobResult> {
    await this.#o.store.completeDelivery(job.sub.id, job.plan.key, this.#instanceId, outcome, this.#clock());
    this.#o.metrics.deliveries.inc({ platform: job.sub.platform, status });
    return { kind: 'done' };
  }

  /** A wait for the platform's budgets (budgets.ts), or null when a message may go now. */
  async #budgetWait(job: Job): Promise<JobResult | null> {
    const b = await this.#budgets.post(channelOf(job.sub)).catch((err: unknown) => {
      // The platform's own 429s still hold the line; a broken limiter must not stop deliveries.
      this.#o.log.warn({ err: reasonOf(err) }, 'platform budget unavailable; posting on local pacing alone');
      return { waitMs: 0, global: false };
    });
    return b.waitMs > 0 ? { kind: 'retry', afterMs: b.waitMs, unsent: true, ...(b.global ? { global: true } : {}) } : null;
  }

  #lost(job: Job): JobResult {
    // Another instance took the claim over (we were presumed dead): it decides now.
    this.#o.log.warn({ subscription: job.sub.id, edition: job.plan.key }, 'lost a delivery claim; leaving it to its new owner');
    this.#o.metrics.deliveries.inc({ platform: job.sub.platform, status: 'lost' });
    return { kind: 'done' };
  }

  async run(job: Job): Promise<JobResult> {
    const { store, log } = this.#o;
    const sub = job.sub;
    const target = this.#targets.get(sub.platform)!;
    // Budgets before the claim is renewed: renewing counts an attempt, and whoever takes over an
    // attempted claim must read the channel first. Waiting for a budget is not an attempt.
    if (!job.verify) {
      const wait = await this.#budgetWait(job);
      if (wait) return wait;
    }
    job.started = true;
    if (!(await store.renewClaim(sub.id, job.plan.key, this.#instanceId, this.#clock()))) return this.#lost(job);
    const channel = channelOf(sub);
    const key = idempotencyKey(sub.id, job.plan.key);
    const timeout = this.#o.postTimeoutMs ?? 30_000;
    // A platform that splits long replies (Discord) gets them posted and recorded part by part.
    const split = target.partsOf !== undefined;
    try {
      const posted = split ? await store.postedParts(sub.id, job.plan.key) : [];
      if (job.verify) {
        // Parts go out one at a time, so only the first part not recorded can be out unrecorded.
        const v = await this.#verifier.check(job, target, this.#clock(), timeout, posted.length);
        // Waiting for the read budget is not a failure: the claim stays ours (heartbeat) meanwhile.
        if (v.kind === 'wait') return { kind: 'retry', afterMs: v.ms, unsent: true };
        if (v.kind === 'found') {
          log.info({ subscription: sub.id, edition: job.plan.key, part: posted.length + 1 }, 'delivery had already been posted; recorded it');
          if (!split) return await this.#complete(job, { status: 'sent', messageId: v.messageId }, 'recovered');
          await store.recordPart(sub.id, job.plan.key, posted.length, v.messageId, this.#clock());
          posted.push(v.messageId);
        }
        job.verify = false;
        delete job.verifyUntil;
        // Past its window an edition is not started any more; one already begun is finished.
        if (!posted.length && this.#clock().getTime() > job.scheduledAt.getTime() + this.#windowMs) {
          return await this.#complete(job, { status: 'skipped', reason: REASON.interrupted }, 'skipped');
        }
        const wait = await this.#budgetWait(job);
        if (wait) return wait;
      }
      const content = await this.#o.content.build(this.#o.datasets(), sub, job.plan, job.date);
      if (posted.length && (!content || 'skip' in content)) return await this.#complete(job, { status: 'sent', messageId: posted[0]! }, 'recovered');
      if (!content) return await this.#complete(job, { status: 'skipped', reason: REASON.eventRemoved }, 'skipped');
      if ('skip' in content) return await this.#complete(job, { status: 'skipped', reason: content.skip }, 'skipped');
      const opts = { key, ...(content.chartPng ? { chartPng: content.chartPng } : {}) };
      const parts = split ? target.partsOf!(content.reply, opts) : 1;
      let messageId = posted[0];
      if (parts <= 1 && !posted.length) {
        messageId = (await withTimeout(target.post(channel, content.reply, opts), timeout, 'post')).messageId;
      } else {
        for (let part = posted.length, first = part; part < parts; part++) {
          if (part > first) {
            // Each later part has its own budget, and goes out only while the claim is still ours.
            const wait = await this.#budgetWait(job);
            if (wait) return wait;
            if (!(await store.renewClaim(sub.id, job.plan.key, this.#instanceId, this.#clock()))) return this.#lost(job);
          }
          const res = await withTimeout(target.post(channel, content.reply, { ...opts, part }), timeout, `post of part ${part + 1} of ${parts}`);
          await store.recordPart(sub.id, job.plan.key, part, res.messageId, this.#clock());
          messageId ??= res.messageId;
        }
      }
      if (!(await store.completeDelivery(sub.id, job.plan.key, this.#instanceId, { status: 'sent', messageId: messageId! }, this.#clock()))) {
        log.warn({ subscription: sub.id, edition: job.plan.key }, 'posted, but the claim had been taken over; its new owner will find the message by key');
      }
      this.#o.metrics.deliveries.inc({ platform: sub.platform, status: 'sent' });
      return { kind: 'done' };
    } catch (error) {
      return this.#failed(job, error);
    }
  }

  async #failed(job: Job, error: unknown): Promise<JobResult> {
    const { store, log, metrics } = this.#o;
    const sub = job.sub;
    const why = reasonOf(error);
    const de = error instanceof DeliveryError ? error : undefined;
    if (de?.permanent) {
      log.warn({ subscription: sub.id, edition: job.plan.key, reason: why }, 'permanent delivery failure; pausing the subscription');
      await store.setSubscriptionStatus(sub.id, 'paused', REASON.permanent(why), this.#clock());
      metrics.deliveries.inc({ platform: sub.platform, status: 'paused' });
      return this.#complete(job, { status: 'failed', reason: REASON.permanent(why) }, 'failed');
    }
    const rateLimited = de?.retryAfterMs !== undefined;
    if (rateLimited) job.rateLimited++;
    else {
      job.attempts++;
      // Timeouts, network errors and 5xx leave it open whether the message went out.
      job.verify = true;
    }
    // A rate limit means nothing was posted: wait it out while the catch-up window lasts.
    const windowOver = this.#clock().getTime() > job.scheduledAt.getTime() + this.#windowMs;
    if (job.attempts >= this.#retry.maxAttempts || job.rateLimited >= this.#retry.maxRateLimited || (rateLimited && windowOver)) {
      // The ledger records what the platform shows: an attempt that may have posted is checked once more.
      if (job.verify) {
        const target = this.#targets.get(sub.platform)!;
        // The first part not recorded is the one that may be out. Found as the first, the delivery
        // counts as sent (most are one message); found as a later one, it is recorded all the same.
        const posted = target.partsOf ? await store.postedParts(sub.id, job.plan.key) : [];
        const v = await this.#verifier.check({ ...job, verifyUntil: this.#clock() }, target, this.#clock(), this.#o.postTimeoutMs ?? 30_000, posted.length).catch(() => null);
        if (v?.kind === 'found' && !posted.length) return this.#complete(job, { status: 'sent', messageId: v.messageId }, 'recovered');
        if (v?.kind === 'found') await store.recordPart(sub.id, job.plan.key, posted.length, v.messageId, this.#clock());
      }
      log.warn({ subscription: sub.id, edition: job.plan.key, reason: why }, 'giving up on a delivery after repeated temporary failures');
      return this.#complete(job, { status: 'failed', reason: REASON.gaveUp(why) }, 'failed');
    }
    const backoff = rateLimited ? 0 : Math.min(this.#retry.maxMs, this.#retry.baseMs * 2 ** (job.attempts - 1)) * (0.8 + Math.random() * 0.4);
    metrics.deliveries.inc({ platform: sub.platform, status: 'retried' });
    return { kind: 'retry', afterMs: Math.max(de?.retryAfterMs ?? 0, Math.round(backoff)), ...(de?.global ? { global: true } : {}) };
  }
}
