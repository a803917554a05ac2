// Digests and summit briefings: the DigestService behind /digest and /brief, and the scheduler
// that posts each (subscription, edition) exactly once across restarts and replicas.
import type { Config } from '../config.js';
import type { Logger } from '../ops/log.js';
import type { Metrics } from '../ops/metrics.js';
import type { CommandCore } from '../commands/core.js';
import type { DigestService } from '../commands/types.js';
import type { Store } from '../store/index.js';
import type { DeliveryTarget } from './delivery.js';
import { ContentBuilder } from './content.js';
import { CronDriver } from './cron.js';
import { Scheduler, type SchedulerOptions } from './scheduler.js';
import { DigestServiceImpl } from './service.js';
import { recordServed } from '../updates/announce.js';
import { pruneVersions } from '../updates/prune.js';
import type { Dataset } from '../dataset/dataset.js';

export interface BriefingsDeps {
  config: Config;
  log: Logger;
  metrics: Metrics;
  core: CommandCore;
  store: Store;
  targets: DeliveryTarget[];
}

/** Knobs for tests and the benchmark; production uses the defaults. */
export type BriefingsOptions = Partial<Pick<SchedulerOptions, 'clock' | 'instanceId' | 'leaseMs' | 'limits' | 'retry' | 'postTimeoutMs' | 'catchUpDays'>> & {
  /** Render charts to PNG for deliveries (default true). */
  charts?: boolean;
};

export interface Briefings {
  service: DigestService;
  /** Starts the cron scheduler and runs catch-up (no-op when DIGEST_SCHEDULER=false). */
  start(): Promise<void>;
  /** Stops scheduling and waits for deliveries in flight (ledger writes included). */
  stop(): Promise<void>;
  /** The scheduler itself (tests, the benchmark, `lodestone digest`). */
  readonly scheduler: Scheduler;
  /**
   * Records the dataset now served and, if it is a version no replica served before, its changes;
   * then schedules the update posts. Runs at start and after each reload; resolves when recorded.
   */
  served(ds?: Dataset): Promise<void>;
}

/** Imports and exercises the chart renderer once (Vega, Vega-Lite and resvg load lazily). */
export async function warmCharts(): Promise<void> {
  const { renderChartPng } = await import('../charts/index.js');
  await renderChartPng({ kind: 'bar', title: 'warm-up', unit: 't', bars: [{ label: 'a', value: 1 }], alt: 'warm-up' });
}

export function createBriefings(deps: BriefingsDeps, opts: BriefingsOptions = {}): Briefings {
  const { config, log, store } = deps;
  const blog = log.child({ area: 'briefings' });
  const renderPng = opts.charts === false ? undefined : async (spec: Parameters<typeof import('../charts/index.js').renderChartPng>[0]) =>
    (await import('../charts/index.js')).renderChartPng(spec);
  const content = new ContentBuilder({ store, log: blog, ...(renderPng ? { renderPng } : {}) });
  const scheduler = new Scheduler({
    ...opts,
    store,
    targets: deps.targets,
    datasets: () => deps.core.datasets.current(),
    content,
    log: blog,
    metrics: deps.metrics,
    windowMs: config.DIGEST_STALE_HOURS * 3_600_000,
  });
  let started = false;
  let stopped = false;
  const tick = (at: Date | undefined, catchUp = false): Promise<void> =>
    scheduler.tick({ ...(at ? { now: at } : {}), catchUp })
      .then(() => driver.sync(scheduler.subscriptions))
      .catch((err: unknown) => blog.error({ err }, 'digest scheduling pass failed; the next tick retries'));
  const driver = new CronDriver((at) => { if (!stopped) void tick(opts.clock ? undefined : at); }, blog);
  let serving: Promise<void> = Promise.resolve();
  const served = (ds: Dataset): Promise<void> => {
    serving = serving.then(async () => {
      const now = opts.clock?.() ?? new Date();
      const r = await recordServed(store, ds, now);
      const pruned = await pruneVersions(store, r.hash, now).catch((err: unknown) => {
        blog.warn({ err }, 'pruning stored dataset versions failed; the next load tries again');
        return 0;
      });
      if (pruned) blog.info({ pruned }, `pruned ${pruned} stored dataset version(s) no longer needed`);
      if (r.versionNotBumped) {
        blog.warn({ version: r.versionNotBumped.version, hash: r.hash }, `dataset content changed but its version is still ${r.versionNotBumped.version}; bump version in dataset.yaml`);
      }
      if (r.changeSet) {
        blog.info({ version: ds.meta.version, changes: r.changeSet.count, change_set: r.changeSet.id }, `dataset version ${ds.meta.version} brought ${r.changeSet.count} change(s); posting updates`);
        if (started && !stopped) await tick(undefined);
      }
    }).catch((err: unknown) => blog.error({ err }, 'recording the served dataset failed; updates for it wait for the next reload or restart'));
    return serving;
  };
  const unwatch = deps.core.datasets.onSwap((next) => { if (!stopped) void served(next); });
  const service = new DigestServiceImpl({
    config, store, targets: deps.targets, content, log: blog,
    onChange: () => { if (started && !stopped) void tick(undefined); },
  });
  return {
    service,
    scheduler,
    served: (ds) => served(ds ?? deps.core.datasets.current()),
    async start() {
      if (started) return;
      // Every replica records what it serves (a replica without scheduler too); schedulers post it.
      await served(deps.core.datasets.current());
      if (!config.DIGEST_SCHEDULER) return;
      started = true;
      scheduler.startHeartbeat();
      // Catch-up first: due editions go out now, older missed ones are recorded as skipped.
      await tick(undefined, true);
      driver.start();
      // Load the chart renderer now, off the request path, so the first 08:00 fan-out does not wait for it.
      if (opts.charts !== false) void warmCharts().catch((err: unknown) => blog.warn({ err }, 'chart renderer warm-up failed'));
      blog.info({ instance: scheduler.instanceId, window_hours: config.DIGEST_STALE_HOURS, lease_ms: scheduler.leaseMs }, 'digest scheduler started');
    },
    async stop() {
      stopped = true;
      unwatch();
      await serving;
      driver.stop();
      await scheduler.stop();
    },
  };
}
