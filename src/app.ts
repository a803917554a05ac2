// Composition: dataset, command core, store, adapters, briefings and the operations endpoints, wired
// from one Config. `lodestone start` calls startApp; tests call it with streams of their own.
import { resolve } from 'node:path';
import type { Config } from './config.js';
import { discordEnabled, slackEnabled } from './config.js';
import { createLogger, type Logger } from './ops/log.js';
import { Metrics } from './ops/metrics.js';
import { startOpsServer, type OpsServer, type Readiness } from './ops/http.js';
import { watchDataset, type DatasetWatcher } from './ops/reload.js';
import { opsNotifier } from './ops/ops-channel.js';
import { StartAborted, unlessAborted } from './ops/shutdown.js';
import { defaultDataDir, loadDataset, type DataError } from './dataset/load.js';
import { formatDataError } from './dataset/errors.js';
import { DatasetHolder } from './dataset/holder.js';
import type { Dataset } from './dataset/dataset.js';
import { createRegistry } from './commands/index.js';
import { CommandCore } from './commands/core.js';
import { createAsk } from './ask/llm/index.js';
import { openStore, type Store } from './store/index.js';
import { createBriefings, type Briefings } from './briefings/index.js';
import type { DeliveryTarget } from './briefings/delivery.js';
import type { DigestService } from './commands/types.js';
import type { PlatformDeps, PlatformHandle } from './adapters/platform.js';
import { startConsole } from './adapters/console/index.js';
import { startSlack } from './adapters/slack/index.js';
import { startDiscord } from './adapters/discord/index.js';
import { ChartImages } from './charts/images.js';
import { memoChartRenderer, renderChartPng } from './charts/index.js';

export interface AppOptions {
  config: Config;
  log?: Logger;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Force the console chat on or off; by default LODESTONE_CONSOLE decides (auto: when no platform token is set). */
  console?: boolean;
  /** Called when the console user quits (Ctrl-D, /quit); `lodestone start` shuts down gracefully. */
  onConsoleExit?: () => void;
  /** Bound of the reply cache in entries (default 5,000); 0 turns it off (benches measure the uncached path so). */
  replyCacheEntries?: number;
  /**
   * Aborting it (a shutdown signal during start-up) abandons the part still starting and stops what
   * has started; startApp then rejects with StartAborted.
   */
  signal?: AbortSignal;
}

export interface App {
  readonly config: Config;
  readonly log: Logger;
  readonly metrics: Metrics;
  readonly core: CommandCore;
  readonly datasets: DatasetHolder;
  readonly store: Store;
  readonly platforms: readonly PlatformHandle[];
  readonly briefings: Briefings;
  readonly http?: OpsServer;
  readonly watcher?: DatasetWatcher;
  readiness(): Promise<Readiness>;
  /** Graceful: readiness goes 503, no new work, work in flight finishes, connections close. Idempotent. */
  stop(): Promise<void>;
}

/** The dataset at start-up is invalid: nothing can be served. */
export class DatasetInvalidError extends Error {
  constructor(readonly dir: string, readonly errors: DataError[]) {
    super(`The dataset in ${dir} is invalid (${errors.length} error${errors.length === 1 ? '' : 's'})`);
  }
}

/** A configured part (store, platform, HTTP port) could not start. */
export class StartError extends Error {
  constructor(readonly part: string, override readonly cause: unknown) {
    super(`${part} could not start: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

const STORE_PING_TIMEOUT_MS = 2_000;

/** A DigestService whose calls wait until the real one exists (it needs the started platforms). */
function deferredDigests(): { service: DigestService; resolve(real: DigestService): void } {
  let resolve: (real: DigestService) => void = () => {};
  const ready = new Promise<DigestService>((r) => { resolve = r; });
  const service: DigestService = {
    subscribe: async (ctx, o) => (await ready).subscribe(ctx, o),
    unsubscribe: async (ctx, o) => (await ready).unsubscribe(ctx, o),
    list: async (ctx) => (await ready).list(ctx),
    preview: async (ctx) => (await ready).preview(ctx),
    status: async (ctx) => (await ready).status(ctx),
    brief: async (ctx) => (await ready).brief(ctx),
  };
  return { service, resolve };
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

export function consoleWanted(config: Config): boolean {
  if (config.LODESTONE_CONSOLE === 'on') return true;
  if (config.LODESTONE_CONSOLE === 'off') return false;
  return !slackEnabled(config) && !discordEnabled(config);
}

export async function startApp(opts: AppOptions): Promise<App> {
  const { config } = opts;
  const log = opts.log ?? createLogger(config);
  const metrics = new Metrics({ defaultMetrics: true });

  const dataDir = resolve(config.LODESTONE_DATA_DIR ?? defaultDataDir());
  const loaded = await loadDataset(dataDir);
  if (!loaded.ok) throw new DatasetInvalidError(dataDir, loaded.errors);
  const datasets = new DatasetHolder(loaded.dataset);
  const showDataset = (d: Dataset): void => {
    metrics.datasetInfo.reset();
    metrics.datasetInfo.set({ version: d.meta.version, as_of: d.meta.as_of }, 1);
  };
  showDataset(loaded.dataset);
  datasets.onSwap(showDataset);
  log.info({ dir: dataDir, version: loaded.dataset.meta.version, as_of: loaded.dataset.meta.as_of }, `dataset loaded: version ${loaded.dataset.meta.version}`);

  const registry = createRegistry();
  const core = new CommandCore({ registry, datasets, ...(opts.replyCacheEntries !== undefined ? { replyCacheEntries: opts.replyCacheEntries } : {}) });
  core.onCommand((e) => {
    // Typed names of unknown commands must not become metric labels (unbounded cardinality).
    const name = e.name === 'ask' || registry.get(e.name) ? e.name : 'unknown';
    metrics.commands.inc({ name, outcome: e.outcome });
    metrics.commandSeconds.observe({ name }, e.ms / 1000);
    if (e.outcome === 'failed') log.error({ err: e.error, command: name, ms: Math.round(e.ms) }, `command ${name} failed; the user got an apology`);
  });

  let announce: (app: App) => void = () => {};
  const started = new Promise<App>((r) => { announce = r; });

  const ask = createAsk({ config, log, metrics, core });
  if (ask) core.services = { ...core.services, ask };
  const digests = deferredDigests();
  core.services = { ...core.services, digests: digests.service };

  // Everything started so far, stopped in reverse if a later part fails.
  const cleanups: (() => Promise<void>)[] = [];
  const unwind = async (): Promise<void> => {
    for (const c of cleanups.reverse()) await c().catch((e: unknown) => log.warn({ err: e }, 'cleanup after a failed start failed'));
  };
  const startPart = async <T>(part: string, fn: () => Promise<T>, late?: (value: T) => unknown): Promise<T> => {
    try {
      if (opts.signal?.aborted) throw new StartAborted(`shutdown requested before ${part} started`);
      return await unlessAborted(fn(), part, opts.signal, late);
    } catch (error) {
      await unwind();
      throw error instanceof StartError || error instanceof StartAborted ? error : new StartError(part, error);
    }
  };
  // A platform that finishes starting after start-up was abandoned is stopped right away.
  const stopLate = (p: PlatformHandle): Promise<void> => p.stop();

  const store = await startPart('the store', () => openStore(config, log));
  cleanups.push(() => store.close());
  log.info({ kind: store.kind }, `store open (${store.kind})`);

  const chartImages = servedChartImages(config, log, store);
  const deps: PlatformDeps = { config, log, core, metrics, store, ...(chartImages ? { chartImages } : {}) };
  const platforms: PlatformHandle[] = [];
  const targets: DeliveryTarget[] = [];
  const addPlatform = (p: PlatformHandle): void => {
    platforms.push(p);
    cleanups.push(() => p.stop());
    if (p.delivery) targets.push(p.delivery);
    log.info({ platform: p.name }, `${p.name} adapter started`);
  };
  if (slackEnabled(config)) addPlatform(await startPart('Slack', () => startSlack(deps), stopLate));
  if (discordEnabled(config)) addPlatform(await startPart('Discord', () => startDiscord(deps), stopLate));
  const wantConsole = opts.console ?? consoleWanted(config);
  if (wantConsole) {
    addPlatform(await startPart('the console', () => startConsole(deps, {
      input: opts.input ?? process.stdin,
      output: opts.output ?? process.stdout,
      // The user may quit while start-up is still under way: stop once the app exists.
      onExit: () => (opts.onConsoleExit ? opts.onConsoleExit() : void started.then((a) => a.stop())),
    })));
  }
  if (!platforms.length) log.warn('no platform is configured and the console is off: only the scheduler and the operations endpoints run');

  // Briefings need every platform's delivery target; /digest commands that arrive while the platforms
  // start wait for the service (deferredDigests) instead of being told digests are unavailable.
  const briefings = await startPart('digests and briefings', async () => createBriefings({ config, log, metrics, core, store, targets }));
  digests.resolve(briefings.service);
  cleanups.push(() => briefings.stop());
  await startPart('the digest scheduler', () => briefings.start());

  let draining = false;
  async function readiness(): Promise<Readiness> {
    if (draining) return { ready: false, checks: { shutdown: { ok: false, detail: 'shutting down' } } };
    const meta = datasets.current().meta;
    // A rejected edit leaves the bot ready (it serves the last good version) but says so.
    const rejected = watcher?.rejection();
    const edit = rejected
      ? `; edit rejected at ${rejected.at.toISOString()} with ${rejected.errors.length} error(s), first: ${rejected.errors[0] ? formatDataError(rejected.errors[0]) : '?'}`
      : '';
    const checks: Readiness['checks'] = { dataset: { ok: true, detail: `version ${meta.version}, as of ${meta.as_of}${edit}` } };
    try {
      await withTimeout(store.ping(), STORE_PING_TIMEOUT_MS, 'store ping');
      // Reachable is not enough: every /digest fails when the tables are gone.
      const schema = await withTimeout(store.checkSchema(), STORE_PING_TIMEOUT_MS, 'store schema check');
      if (schema.healed) log.warn({ store: store.kind, healed: schema.healed }, 'store schema was incomplete; recreated what was missing');
      if (!schema.ok) log.error({ store: store.kind, problem: schema.detail }, 'store schema is incomplete and could not be repaired');
      checks.store = { ok: schema.ok, detail: schema.ok ? `${store.kind}, ${schema.detail}` : `${store.kind} schema: ${schema.detail}` };
    } catch (error) {
      checks.store = { ok: false, detail: `${store.kind} unreachable: ${error instanceof Error ? error.message : String(error)}` };
    }
    for (const p of platforms) {
      let ok = false;
      try {
        ok = p.isReady();
      } catch {
        /* a throwing check is a failing check */
      }
      checks[p.name] = { ok, detail: ok ? 'connected' : 'not connected' };
    }
    return { ready: Object.values(checks).every((c) => c.ok), checks };
  }

  let http: OpsServer | undefined;
  if (config.HTTP_PORT !== undefined) {
    const port = config.HTTP_PORT;
    http = await startPart(`the operations HTTP server on ${config.HTTP_HOST}:${port}`, () =>
      startOpsServer({ host: config.HTTP_HOST, port, log, metrics, readiness, ...(chartImages ? { routes: (req, res) => chartImages.handle(req, res) } : {}) }));
  }

  let watcher: DatasetWatcher | undefined;
  if (config.LODESTONE_WATCH_DATA) {
    try {
      const onRejected = opsNotifier(config.LODESTONE_OPS_CHANNEL, () => targets, log);
      watcher = watchDataset({
        dir: dataDir, holder: datasets, log, metrics, load: loadDataset, debounceMs: config.LODESTONE_WATCH_DEBOUNCE_MS, pollMs: config.LODESTONE_WATCH_POLL_MS,
        ...(onRejected ? { onRejected } : {}),
      });
    } catch (error) {
      log.error({ err: error, dir: dataDir }, 'cannot watch the dataset directory; hot reload is off');
    }
  }

  let stopping: Promise<void> | undefined;
  async function stop(): Promise<void> {
    stopping ??= (async () => {
      draining = true;
      watcher?.close();
      // Scheduler first: its deliveries in flight still need the platforms to post and the store to record.
      const step = async (what: string, fn: () => Promise<void>): Promise<void> => {
        try {
          await fn();
          log.info(`shutdown: ${what}`);
        } catch (error) {
          log.error({ err: error }, `shutdown: ${what} failed`);
        }
      };
      // Each step has a share of SHUTDOWN_TIMEOUT_MS (the Slack listener drains in 40 % and lets
      // answers finish in 15 %), so stragglers are cut off in time for the store to close and the
      // process to exit 0. A delivery cut off here keeps its claim; the lease hands it to the next start.
      const budget = config.SHUTDOWN_TIMEOUT_MS;
      await step('scheduler stopped, deliveries in flight finished', () => withTimeout(briefings.stop(), Math.floor(budget / 4), 'scheduler stop'));
      await Promise.all(platforms.map((p) => step(`${p.name} stopped`, () => p.stop())));
      await step('store closed', () => store.close());
      if (http) await step('operations HTTP server closed', () => http.close(Math.min(2_000, Math.floor(budget / 10))));
    })();
    return stopping;
  }

  const app: App = {
    config, log, metrics, core, datasets, store, platforms, briefings, readiness, stop,
    ...(http ? { http } : {}), ...(watcher ? { watcher } : {}),
  };
  log.info({ platforms: platforms.map((p) => p.name), http_port: http?.port, store: store.kind, scheduler: config.DIGEST_SCHEDULER }, 'lodestone started');
  announce(app);
  return app;
}

/**
 * Chart images by address when LODESTONE_PUBLIC_URL is set and some HTTP server of this process can
 * serve them (the operations server, the Slack endpoint in HTTP mode, the Discord interactions
 * endpoint); all of them answer /charts/ from this one instance.
 */
function servedChartImages(config: Config, log: Logger, store: Store): ChartImages | undefined {
  if (!config.LODESTONE_PUBLIC_URL) return undefined;
  const served = config.HTTP_PORT !== undefined || config.DISCORD_HTTP_PORT !== undefined || (slackEnabled(config) && !config.SLACK_APP_TOKEN);
  if (!served) {
    log.warn('LODESTONE_PUBLIC_URL is set, but no HTTP server runs to serve chart images (set HTTP_PORT); charts are uploaded instead');
    return undefined;
  }
  return new ChartImages({
    baseUrl: config.LODESTONE_PUBLIC_URL,
    render: memoChartRenderer(renderChartPng),
    // Shared through the store, so any replica (and this one after a restart) serves every address.
    shared: store,
    onStoreError: (err) => log.warn({ err: err instanceof Error ? err.message : String(err) }, 'chart images: the store could not keep or give a chart spec'),
  });
}
