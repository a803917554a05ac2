// Claims update posts for a scheduler tick: each change set still owed goes to every channel with
// updates on since before the set was created. The ledger key `update:<change set>` makes it one
// post per (channel, change set), and each change belongs to one set: once per (channel, change).
import type { Store, Subscription } from '../store/index.js';
import { CLAIM_BATCH, type Job, type TickReport } from '../briefings/scheduler-parts.js';
import { localDate } from '../briefings/schedule.js';

export interface UpdateClaimer {
  store: Store;
  instanceId: string;
  windowMs: number;
  /** `${subscription}|${edition key}` → edition date, of editions this process already dealt with. */
  known: Map<string, string>;
  enqueue(job: Job): void;
}

export async function claimUpdates(c: UpdateClaimer, now: Date, subs: readonly Subscription[], report: TickReport): Promise<void> {
  const { store } = c;
  const wanting = subs.filter((s) => s.updates && s.updatesFrom);
  if (!wanting.length) return;
  const sets = await store.changeSetsSince(new Date(now.getTime() - c.windowMs));
  for (const cs of sets) {
    if (cs.createdAt.getTime() > now.getTime()) continue;
    const key = `update:${cs.id}`;
    const owed = wanting.filter((s) => s.updatesFrom!.getTime() <= cs.createdAt.getTime() && !c.known.has(`${s.id}|${key}`));
    for (let i = 0; i < owed.length; i += CLAIM_BATCH) {
      const batch = owed.slice(i, i + CLAIM_BATCH).map((sub) => ({ sub, date: localDate(cs.createdAt, sub.timezone) }));
      const won = await store.claimDeliveries(batch.map(({ sub, date }) => ({
        subscriptionId: sub.id, editionKey: key, kind: 'update', editionDate: date, scheduledAt: cs.createdAt,
      })), c.instanceId, now);
      for (const { sub, date } of batch) {
        c.known.set(`${sub.id}|${key}`, date);
        if (!won.has(`${sub.id}|${key}`)) continue;
        report.claimed++;
        c.enqueue({ sub, plan: { key, kind: 'update', eventId: cs.id }, date, scheduledAt: cs.createdAt, attempts: 0, rateLimited: 0, verify: false, started: false });
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}
