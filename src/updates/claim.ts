// Claims update posts for a scheduler tick: each change set still owed goes to every channel with
// updates on since before the set was created. The ledger key `update:<change set>` makes it one
// post per (channel, change set), and each change belongs to one set: once per (channel, change).
//
// A set is posted on its own soon after it is loaded. Sets a channel could not get then (loaded in
// its quiet hours, or past the catch-up window after an outage) are held and go out as one post when
// the channel is awake again: the newest held set's key is claimed, and the older ones are recorded
// in the ledger as merged into it (after the claim is won, before the post is built), so the post
// carries exactly the sets merged into it, whoever builds or rebuilds it. Sets older than
// LATE_DAYS are recorded as skipped, with a reason /digest status explains.
import type { ChangeSetRow, Store, Subscription } from '../store/index.js';
import { CLAIM_BATCH, type Job, type TickReport } from '../briefings/scheduler-parts.js';
import { addDays, localDate } from '../briefings/schedule.js';
import { REASON } from '../briefings/reasons.js';
import { quietAt } from './quiet.js';

/** Held or late update posts still go out this long after their version was loaded. */
export const LATE_DAYS = 7;
/** A start-up (catch-up) tick looks this far back for sets too old to post, to record them. */
const TOO_OLD_DAYS = 30;
const DAY = 86_400_000;

export interface UpdateClaimer {
  store: Store;
  instanceId: string;
  windowMs: number;
  /** `${subscription}|${edition key}` → edition date, of editions this process already dealt with. */
  known: Map<string, string>;
  enqueue(job: Job): void;
  /** Counts a ledger outcome decided while claiming (`merged`, `skipped`). */
  count(platform: Subscription['platform'], status: string): void;
}

const keyOf = (cs: Pick<ChangeSetRow, 'id'>): string => `update:${cs.id}`;
const yielded = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function claimUpdates(c: UpdateClaimer, now: Date, subs: readonly Subscription[], report: TickReport, catchUp = false): Promise<void> {
  const wanting = subs.filter((s) => s.updates && s.updatesFrom);
  if (!wanting.length) return;
  const t = now.getTime();
  const sets = (await c.store.changeSetsSince(new Date(t - (catchUp ? TOO_OLD_DAYS : LATE_DAYS) * DAY))).filter((cs) => cs.createdAt.getTime() <= t);
  if (!sets.length) return;
  const immediate = new Map<string, Subscription[]>();
  const held: { sub: Subscription; sets: ChangeSetRow[] }[] = [];
  const tooOld: { sub: Subscription; cs: ChangeSetRow }[] = [];
  for (const sub of wanting) {
    // In its quiet hours a channel waits: nothing is claimed or marked, the end of them releases it.
    if (quietAt(sub, now)) continue;
    const mine: ChangeSetRow[] = [];
    for (const cs of sets) {
      const at = cs.createdAt.getTime();
      if (sub.updatesFrom!.getTime() > at || c.known.has(`${sub.id}|${keyOf(cs)}`)) continue;
      if (at < t - LATE_DAYS * DAY) tooOld.push({ sub, cs });
      else if (at >= t - c.windowMs && !quietAt(sub, cs.createdAt)) immediate.set(cs.id, [...(immediate.get(cs.id) ?? []), sub]);
      else mine.push(cs);
    }
    if (mine.length) held.push({ sub, sets: mine });
  }
  for (const cs of sets) {
    const owed = immediate.get(cs.id);
    if (owed) await claimImmediate(c, now, cs, owed, report);
  }
  if (held.length || tooOld.length) await claimHeld(c, now, held, tooOld, report);
}

async function claimImmediate(c: UpdateClaimer, now: Date, cs: ChangeSetRow, owed: Subscription[], report: TickReport): Promise<void> {
  const key = keyOf(cs);
  for (let i = 0; i < owed.length; i += CLAIM_BATCH) {
    const batch = owed.slice(i, i + CLAIM_BATCH).map((sub) => ({ sub, date: localDate(cs.createdAt, sub.timezone) }));
    const won = await c.store.claimDeliveries(batch.map(({ sub, date }) => ({
      subscriptionId: sub.id, editionKey: key, kind: 'update', editionDate: date, scheduledAt: cs.createdAt,
    })), c.instanceId, now);
    for (const { sub, date } of batch) {
      c.known.set(`${sub.id}|${key}`, date);
      if (!won.has(`${sub.id}|${key}`)) continue;
      report.claimed++;
      c.enqueue({ sub, plan: { key, kind: 'update', eventId: cs.id }, date, scheduledAt: cs.createdAt, attempts: 0, rateLimited: 0, verify: false, started: false });
    }
    await yielded();
  }
}

async function claimHeld(
  c: UpdateClaimer, now: Date, held: { sub: Subscription; sets: ChangeSetRow[] }[], tooOld: { sub: Subscription; cs: ChangeSetRow }[], report: TickReport,
): Promise<void> {
  // What the ledger already has (a fresh process knows nothing yet): one read, not a claim per set.
  const all = [...held.flatMap((h) => h.sets), ...tooOld.map((x) => x.cs)];
  const oldest = all.reduce((m, cs) => (cs.createdAt < m ? cs.createdAt : m), now);
  const ledger = await c.store.ledgerKeysSince(addDays(oldest.toISOString().slice(0, 10), -1));
  const row = (sub: Subscription, cs: ChangeSetRow) => ({ subscriptionId: sub.id, editionKey: keyOf(cs), kind: 'update', editionDate: localDate(cs.createdAt, sub.timezone), scheduledAt: cs.createdAt });
  const mark = (sub: Subscription, cs: ChangeSetRow): void => { c.known.set(`${sub.id}|${keyOf(cs)}`, localDate(cs.createdAt, sub.timezone)); };

  for (const { sub, cs } of tooOld) {
    if (!ledger.has(`${sub.id}|${keyOf(cs)}`) && (await c.store.recordSkipped(row(sub, cs), REASON.updateTooOld, now))) c.count(sub.platform, 'skipped');
    mark(sub, cs);
  }
  const owed = held.map(({ sub, sets }) => {
    const open = sets.filter((cs) => { const has = ledger.has(`${sub.id}|${keyOf(cs)}`); if (has) mark(sub, cs); return !has; });
    return { sub, sets: open, newest: open[open.length - 1] };
  }).filter((h): h is { sub: Subscription; sets: ChangeSetRow[]; newest: ChangeSetRow } => h.newest !== undefined);
  for (let i = 0; i < owed.length; i += CLAIM_BATCH) {
    const batch = owed.slice(i, i + CLAIM_BATCH);
    // A held post gets a catch-up window from now, when it is released.
    const won = await c.store.claimDeliveries(batch.map(({ sub, newest }) => ({ ...row(sub, newest), scheduledAt: now })), c.instanceId, now);
    for (const { sub, sets, newest } of batch) {
      mark(sub, newest);
      // Lost: another replica posts that set; the older ones are decided on a later tick.
      if (!won.has(`${sub.id}|${keyOf(newest)}`)) continue;
      for (const cs of sets.slice(0, -1)) {
        if (await c.store.recordSkipped(row(sub, cs), REASON.merged(newest.id), now)) c.count(sub.platform, 'merged');
        mark(sub, cs);
      }
      report.claimed++;
      const date = localDate(newest.createdAt, sub.timezone);
      c.enqueue({ sub, plan: { key: keyOf(newest), kind: 'update', eventId: newest.id }, date, scheduledAt: now, attempts: 0, rateLimited: 0, verify: false, started: false });
    }
    await yielded();
  }
}
