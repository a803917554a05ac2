// The scheduler: on every tick it works out which editions are due (planner.ts), claims them in
// the ledger (the unique key decides between replicas), and hands them to the paced fan-out.
// Each delivery runs in attempt.ts. Stale claims of crashed instances are taken over here and
// handed to the lane marked for checking when an earlier attempt may have posted.
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Platform, Subscription } from '../store/index.js';
import type { DeliveryTarget } from './delivery.js';
import { DeliveryAttempts } from './attempt.js';
import { SharedBudgets } from './budgets.js';
import { Lane } from './lane.js';
import { PLATFORM_LIMITS } from './limits.js';
import {
  CLAIM_BATCH, DEFAULT_RETRY, planFromKey, type Job, type SchedulerOptions, type TickReport,
} from './scheduler-parts.js';
import { dueAt, MIN_WINDOW_MS } from './planner.js';
import { REASON, reasonOf } from './reasons.js';
import { Verifier } from './verify.js';
import { addDays } from './schedule.js';
import { editionsFor, type EditionPlan } from './summit.js';
import { claimUpdates, type UpdateClaimer } from '../updates/claim.js';

export { channelOf, type RetryPolicy, type SchedulerOptions, type TickReport } from './scheduler-parts.js';

/** Stale claims read (and taken over) per query. */
const STALE_PAGE = 1000;

export class Scheduler {
  readonly instanceId: string;
  readonly windowMs: number;
  readonly leaseMs: number;
  readonly #o: SchedulerOptions;
  readonly #clock: () => Date;
  readonly #targets: Map<Platform, DeliveryTarget>;
  readonly #lanes = new Map<Platform, Lane>();
  readonly #known = new Map<string, string>();
  readonly #queued = new Map<string, Job>();
  #tickChain: Promise<unknown> = Promise.resolve();
  #heartbeat: NodeJS.Timeout | undefined;
  #recovering = false;
  #stopping = false;
  #subs: Subscription[] = [];
  readonly #attempts: DeliveryAttempts;
  readonly #updates: UpdateClaimer;

  constructor(o: SchedulerOptions) {
    this.#o = o;
    this.#clock = o.clock ?? (() => new Date());
    this.instanceId = o.instanceId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.windowMs = Math.max(o.windowMs, MIN_WINDOW_MS);
    this.leaseMs = o.leaseMs ?? 60_000;
    this.#targets = new Map(o.targets.map((t) => [t.platform, t]));
    const budgets = o.budgets ?? new SharedBudgets(o.store, o.limits, o.targets.map((t) => t.platform), o.log);
    this.#attempts = new DeliveryAttempts({
      o, instanceId: this.instanceId, windowMs: this.windowMs, clock: this.#clock, targets: this.#targets, retry: { ...DEFAULT_RETRY, ...o.retry },
      verifier: new Verifier(budgets), budgets,
    });
    for (const t of o.targets) {
      const limits = o.limits?.[t.platform] ?? PLATFORM_LIMITS[t.platform];
      this.#lanes.set(t.platform, new Lane(limits, (err) => o.log.error({ err }, 'digest delivery crashed')));
    }
    this.#updates = {
      store: o.store, instanceId: this.instanceId, windowMs: this.windowMs, known: this.#known, enqueue: (job) => this.#enqueue(job),
      count: (platform, status) => o.metrics.deliveries.inc({ platform, status }),
    };
  }

  /** Active subscriptions seen by the last tick (the cron driver schedules from these). */
  get subscriptions(): readonly Subscription[] { return this.#subs; }

  /**
   * Renews this instance's claims every third of the lease and, on the same beat, looks for claims
   * whose lease ran out: a crashed instance's claims are taken over within a third of a lease of
   * expiring, not at the next sweep (up to a minute later) or scheduled tick.
   */
  startHeartbeat(): void {
    if (this.#heartbeat) return;
    this.#heartbeat = setInterval(() => void this.#beat(), Math.max(50, Math.floor(this.leaseMs / 3)));
    this.#heartbeat.unref();
  }

  async #beat(): Promise<void> {
    if (this.#stopping) return;
    const { store, log } = this.#o;
    // The renewal never waits for a recovery pass (which queues behind a running tick): this
    // instance's own claims must not expire meanwhile.
    await store.heartbeat(this.instanceId, this.#clock()).catch((err: unknown) => log.warn({ err: reasonOf(err) }, 'claim heartbeat failed'));
    if (this.#recovering || this.#stopping) return;
    this.#recovering = true;
    try {
      // Renewed just now, this instance's own claims are not stale: any stale claim is a dead owner's.
      const now = this.#clock();
      const [stale] = await store.staleClaims(new Date(now.getTime() - this.leaseMs), 1);
      if (stale && !this.#stopping) await this.recover();
    } catch (err) {
      log.warn({ err: reasonOf(err) }, 'taking over stale delivery claims failed; the next beat retries');
    } finally {
      this.#recovering = false;
    }
  }

  /** Takes over every claim whose lease ran out (serialised with the ticks). */
  recover(now?: Date): Promise<TickReport> {
    const run = this.#tickChain.then(async () => {
      const report: TickReport = { claimed: 0, skipped: 0, recovered: 0 };
      if (this.#stopping) return report;
      const subs = (await this.#o.store.listSubscriptions({ status: ['active'] })).filter((s) => this.#targets.has(s.platform));
      await this.#recoverStale(now ?? this.#clock(), subs, report);
      return report;
    });
    this.#tickChain = run.catch(() => {});
    return run;
  }

  /** Runs one scheduling pass (serialised with any other). `catchUp` also records older missed editions. */
  tick(opts: { now?: Date; catchUp?: boolean } = {}): Promise<TickReport> {
    const run = this.#tickChain.then(() => this.#tick(opts.now ?? this.#clock(), opts.catchUp ?? false));
    this.#tickChain = run.catch(() => {});
    return run;
  }

  /** Resolves when every queued delivery has finished. */
  async idle(): Promise<void> {
    await this.#tickChain;
    await Promise.all([...this.#lanes.values()].map((l) => l.idle()));
  }

  /** Stops taking work, hands back claims not yet attempted, waits for deliveries in flight. */
  async stop(): Promise<void> {
    this.#stopping = true;
    clearInterval(this.#heartbeat);
    await this.#tickChain;
    for (const lane of this.#lanes.values()) lane.drainQueued();
    for (const job of this.#queued.values()) {
      if (!job.started) await this.#o.store.releaseClaim(job.sub.id, job.plan.key, this.instanceId).catch(() => false);
    }
    await Promise.all([...this.#lanes.values()].map((l) => l.idle()));
  }

  async #tick(now: Date, catchUp: boolean): Promise<TickReport> {
    const report: TickReport = { claimed: 0, skipped: 0, recovered: 0 };
    if (this.#stopping) return report;
    const { store } = this.#o;
    const subs = (await store.listSubscriptions({ status: ['active'] })).filter((s) => this.#targets.has(s.platform));
    this.#subs = subs;
    await this.#recoverStale(now, subs, report);
    await claimUpdates(this.#updates, now, subs, report, catchUp);

    const ds = this.#o.datasets();
    const plan = dueAt(subs, now, this.windowMs, catchUp ? (this.#o.catchUpDays ?? 7) : 1);
    const id = (e: { subscription: Subscription; date: string }): string => `${e.subscription.id}|${e.date}`;
    const due = plan.due.filter((e) => !this.#known.has(id(e)));
    const missed = plan.missed.filter((e) => !this.#known.has(id(e)));
    if (!due.length && !missed.length) return report;
    const oldest = [...due, ...missed].reduce((m, e) => (e.date < m ? e.date : m), '9999-12-31');
    const ledger = await store.ledgerKeysSince(oldest);
    this.#prune(now);

    for (const e of missed) {
      const sub = e.subscription;
      if (!ledger.has(`${sub.id}|digest:${e.date}`)) {
        // Date-bound editions only; an outcome summary still comes with the next digest.
        for (const p of editionsFor(ds, e.date, null)) {
          if (ledger.has(`${sub.id}|${p.key}`)) continue;
          const d = { subscriptionId: sub.id, editionKey: p.key, kind: p.kind, editionDate: e.date, scheduledAt: e.scheduledAt };
          if (await store.recordSkipped(d, REASON.missedWindow, now)) {
            report.skipped++;
            this.#o.metrics.deliveries.inc({ platform: sub.platform, status: 'skipped' });
            this.#o.log.warn({ subscription: sub.id, edition: p.key }, 'edition missed its catch-up window; recorded as skipped');
          }
        }
      }
      this.#known.set(id(e), e.date);
    }

    // Claim in batches (one atomic multi-row INSERT each) and let the fan-out run in between,
    // so the first posts leave while later channels are still being claimed.
    const fresh = due.filter((e) => {
      if (!ledger.has(`${e.subscription.id}|digest:${e.date}`)) return true;
      this.#known.set(id(e), e.date);
      return false;
    });
    for (let i = 0; i < fresh.length; i += CLAIM_BATCH) {
      const batch = fresh.slice(i, i + CLAIM_BATCH);
      const planned: { e: (typeof batch)[number]; plans: EditionPlan[] }[] = [];
      const rows = [];
      for (const e of batch) {
        const plans = await this.#o.content.plans(ds, e.subscription, e.date);
        const { hash } = await this.#o.content.currentFingerprint(ds, e.date);
        planned.push({ e, plans });
        for (const p of plans) {
          rows.push({ subscriptionId: e.subscription.id, editionKey: p.key, kind: p.kind, editionDate: e.date, scheduledAt: e.scheduledAt, ...(p.kind === 'digest' ? { fingerprint: hash } : {}) });
        }
      }
      const won = await store.claimDeliveries(rows, this.instanceId, now);
      for (const { e, plans } of planned) {
        this.#known.set(id(e), e.date);
        for (const p of plans) {
          if (!won.has(`${e.subscription.id}|${p.key}`)) continue;
          report.claimed++;
          this.#enqueue({ sub: e.subscription, plan: p, date: e.date, scheduledAt: e.scheduledAt, attempts: 0, rateLimited: 0, verify: false, started: false });
        }
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    return report;
  }

  async #recoverStale(now: Date, subs: Subscription[], report: TickReport): Promise<void> {
    const { store } = this.#o;
    const cutoff = new Date(now.getTime() - this.leaseMs);
    const byId = new Map(subs.map((s) => [s.id, s]));
    const owners = new Set<string>();
    // Every stale claim at once, a page at a time: a crashed instance may leave thousands, and the
    // ones not taken over now would wait for the next pass while the platform's budget goes unused.
    for (;;) {
      const stale = await store.staleClaims(cutoff, STALE_PAGE);
      let progress = 0;
      for (const d of stale) {
        if (this.#queued.has(`${d.subscriptionId}|${d.editionKey}`)) continue;
        // Lost to another replica or taken over: either way it leaves the stale set.
        progress++;
        // A local store answers synchronously: let the fan-out of what was taken over run meanwhile.
        if (progress % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
        if (!(await store.takeOverClaim(d, this.instanceId, now))) continue;
        const sub = byId.get(d.subscriptionId);
        if (!sub) {
          const full = await store.getSubscription(d.subscriptionId);
          const platform = full?.platform ?? 'console';
          // Not active here: it was paused or ended, or this replica lacks the platform.
          await store.completeDelivery(d.subscriptionId, d.editionKey, this.instanceId, { status: 'skipped', reason: full?.status === 'active' ? REASON.noTarget : REASON.inactive }, now);
          this.#o.metrics.deliveries.inc({ platform, status: 'skipped' });
          continue;
        }
        report.recovered++;
        if (d.claimedBy) owners.add(d.claimedBy);
        this.#o.log.debug({ subscription: sub.id, edition: d.editionKey, previous_owner: d.claimedBy }, 'taking over a stale delivery claim');
        // A claim never attempted cannot have posted: post it. An attempted one is checked first, in
        // the span its owner could have posted in (alive until its last heartbeat, plus a post timeout).
        const attempted = d.attempts > 0;
        const verifyUntil = new Date((d.claimedAt ?? now).getTime() + this.leaseMs + (this.#o.postTimeoutMs ?? 30_000));
        this.#enqueue({ sub, plan: planFromKey(d.editionKey), date: d.editionDate, scheduledAt: d.scheduledAt, attempts: 0, rateLimited: 0, verify: attempted, ...(attempted ? { verifyUntil } : {}), started: false });
      }
      if (stale.length < STALE_PAGE || progress === 0) break;
      // The fan-out of what was taken over starts while the next page is read.
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (report.recovered) this.#o.log.info({ recovered: report.recovered, previous_owners: [...owners] }, 'took over stale delivery claims');
  }

  #prune(now: Date): void {
    if (this.#known.size < 50_000) return;
    const cutoff = addDays(now.toISOString().slice(0, 10), -3);
    for (const [k, date] of this.#known) if (date < cutoff) this.#known.delete(k);
  }

  #enqueue(job: Job): void {
    const lane = this.#lanes.get(job.sub.platform)!;
    const key = `${job.sub.id}|${job.plan.key}`;
    this.#queued.set(key, job);
    lane.push(`${job.sub.workspaceId}|${job.sub.channelId}`, async () => {
      const result = await this.#attempts.run(job);
      if (result.kind === 'done') this.#queued.delete(key);
      return result;
    });
  }
}
