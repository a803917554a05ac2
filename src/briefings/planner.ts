// "Which subscriptions are due at instant T": a pure function of the subscriptions, the instant
// and the catch-up window. The scheduler calls it on every tick; the DST tests call it with fake
// instants.
import type { Subscription } from '../store/index.js';
import { cadenceAllows } from './cadence.js';
import { addDays, localDate, zonedInstant } from './schedule.js';

export interface DueEdition {
  subscription: Subscription;
  /** Local edition date in the subscription's zone. */
  date: string;
  scheduledAt: Date;
}

/** The catch-up window never shrinks below this, so a once-a-minute tick always sees a run. */
export const MIN_WINDOW_MS = 10 * 60_000;

const instantCache = new Map<string, Date>();

/** When a subscription's edition of `date` is scheduled (DST rules in schedule.ts). */
export function scheduledAt(sub: Pick<Subscription, 'time' | 'timezone'>, date: string): Date {
  const k = `${date}|${sub.time}|${sub.timezone}`;
  let v = instantCache.get(k);
  if (!v) {
    if (instantCache.size > 50_000) instantCache.clear();
    v = zonedInstant(date, sub.time, sub.timezone);
    instantCache.set(k, v);
  }
  return v;
}

/**
 * The next scheduled digest strictly after `now` (what /digest status and subscribe replies show),
 * on a day the cadence allows; null when the channel gets no digests (updates only).
 */
export function nextRun(sub: Pick<Subscription, 'time' | 'timezone'> & { cadence?: string }, now: Date): { date: string; at: Date } | null {
  const cadence = sub.cadence ?? 'daily';
  if (cadence === 'none') return null;
  const today = localDate(now, sub.timezone);
  // A cron expression may name one day a year; look that far.
  for (let i = -1; i <= 370; i++) {
    const date = addDays(today, i);
    if (!cadenceAllows(cadence, date)) continue;
    const at = scheduledAt(sub, date);
    if (at.getTime() > now.getTime()) return { date, at };
  }
  return null;
}

export interface DuePlan {
  /** Scheduled at or before `now`, still inside the catch-up window: post now. */
  due: DueEdition[];
  /** Window passed without a delivery: record as skipped (if the ledger has nothing). */
  missed: DueEdition[];
}

/**
 * For each active subscription, the editions of the last `lookbackDays` local days (plus today)
 * whose scheduled time has come, split into due and missed. Runs scheduled before the
 * subscription's `effectiveFrom` (before it existed or was rescheduled) are owed nothing.
 */
export function dueAt(subs: readonly Subscription[], now: Date, windowMs: number, lookbackDays = 1): DuePlan {
  const window = Math.max(windowMs, MIN_WINDOW_MS);
  const t = now.getTime();
  const due: DueEdition[] = [];
  const missed: DueEdition[] = [];
  const todayByZone = new Map<string, string>();
  for (const sub of subs) {
    if (sub.status !== 'active') continue;
    let today = todayByZone.get(sub.timezone);
    if (!today) {
      today = localDate(now, sub.timezone);
      todayByZone.set(sub.timezone, today);
    }
    for (let back = lookbackDays; back >= 0; back--) {
      const date = addDays(today, -back);
      if (!cadenceAllows(sub.cadence ?? 'daily', date)) continue;
      const at = scheduledAt(sub, date);
      if (at.getTime() > t || at.getTime() < sub.effectiveFrom.getTime()) continue;
      (t < at.getTime() + window ? due : missed).push({ subscription: sub, date, scheduledAt: at });
    }
  }
  return { due, missed };
}
