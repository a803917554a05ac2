// node-cron drives the ticks: one task per distinct (HH:MM, IANA zone) among the active
// subscriptions, created with node-cron's `timezone` option, plus a once-a-minute sweep that
// catches what a wall-clock trigger cannot: runs inside a spring-forward gap, catch-up after a
// stall, stale claims of crashed replicas, and subscriptions made on other replicas. Which
// editions are due is decided by planner.ts from the fire time, never by which task fired.
import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../ops/log.js';
import type { Subscription } from '../store/index.js';

export type Fire = (at: Date, why: 'schedule' | 'sweep') => void;

export function cronExpression(time: string): string {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return `${mm} ${hh} * * *`;
}

export class CronDriver {
  readonly #fire: Fire;
  readonly #log: Logger;
  readonly #tasks = new Map<string, ScheduledTask>();
  #sweep: ScheduledTask | undefined;

  constructor(fire: Fire, log: Logger) {
    this.#fire = fire;
    this.#log = log;
  }

  #logger() {
    const log = this.#log;
    return {
      info: (m: string) => log.debug({ source: 'node-cron' }, m),
      warn: (m: string) => log.debug({ source: 'node-cron' }, m),
      error: (m: string | Error) => log.warn({ source: 'node-cron', err: String(m) }, 'node-cron error'),
      debug: (m: string | Error) => log.trace({ source: 'node-cron' }, String(m)),
    };
  }

  start(): void {
    this.#sweep ??= cron.schedule('* * * * *', (ctx) => this.#fire(ctx.date, 'sweep'), { name: 'lodestone-digest-sweep', logger: this.#logger() });
  }

  /** Keeps exactly one task per distinct (time, zone) of the given subscriptions. */
  sync(subs: readonly Pick<Subscription, 'time' | 'timezone' | 'status'>[]): void {
    const wanted = new Set(subs.filter((s) => s.status === 'active').map((s) => `${s.time}|${s.timezone}`));
    for (const [k, task] of this.#tasks) {
      if (!wanted.has(k)) {
        void task.destroy();
        this.#tasks.delete(k);
      }
    }
    for (const k of wanted) {
      if (this.#tasks.has(k)) continue;
      const [time, timezone] = k.split('|') as [string, string];
      this.#tasks.set(k, cron.schedule(cronExpression(time), (ctx) => this.#fire(ctx.date, 'schedule'), {
        timezone, name: `lodestone-digest ${time} ${timezone}`, logger: this.#logger(),
      }));
    }
  }

  /** The tasks by "HH:MM|zone" (tests compare their next runs with the planner's). */
  get tasks(): ReadonlyMap<string, ScheduledTask> { return this.#tasks; }

  stop(): void {
    for (const task of this.#tasks.values()) void task.destroy();
    this.#tasks.clear();
    if (this.#sweep) void this.#sweep.destroy();
    this.#sweep = undefined;
  }
}
