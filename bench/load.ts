// `npm run bench -- load`: soak Lodestone's Slack app with signed slash commands from the shared corpus
// (bench/corpus.ts) at a constant rate on loopback. The app (the real composition: dataset, core,
// metrics, store, Slack adapter in HTTP mode) runs in this process, so its resident memory is what we
// read; the load generator and the fake Slack Web API run in a child process (bench/load-generator.ts)
// so they do not share its event loop. A bare Bolt app that acknowledges with a constant runs under
// the same rate in alternating rounds, as the baseline. Two phases: the mix (Zipf replay, reply cache
// on; memory is read before and after its rounds) and distinct (the app restarted with the reply
// cache off, the shuffled corpus cycled).
// Settings: LOAD_ROUNDS (5), LOAD_ROUND_SECONDS (12), LOAD_RATE (1200 req/s), LOAD_CONNECTIONS (50); the
// warm-up runs in steps of LOAD_WARMUP_SECONDS (10) until resident memory has settled (< 2% growth over
// each of two steps), at most LOAD_WARMUP_MAX_SECONDS (120).
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { App } from '../src/app.js';
import { shipped } from './shipped.js';
import type { FakeStats, RunRequest, RunSummary } from './load-generator.js';
import { median, workloadFigures, type Sample, type Workload } from './rounds.js';

const SIGNING_SECRET = 'lodestone-bench-signing-secret';

function envNumber(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

// Before each memory reading, the collection V8 runs under memory pressure (it also returns freed pages to
// the system), so both readings see what the process retains rather than where V8's heap sizing happens to
// be in its cycle: under sustained load the committed heap swings by half between collections.
setFlagsFromString('--expose-gc');
const gcFn = runInNewContext('gc') as (opts?: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;
const gc = (): void => {
  gcFn(); // a full collection first: the last-resort flavor alone does not collect
  gcFn({ type: 'major', execution: 'sync', flavor: 'last-resort' });
};

const mb = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;

async function memory(): Promise<{ rss: number; heap: number }> {
  gc();
  // V8 hands freed pages back on a background thread; read after it has had the time, then once more.
  await new Promise((r) => setTimeout(r, 500));
  gc();
  await new Promise((r) => setTimeout(r, 500));
  const m = process.memoryUsage();
  if (process.env.LOAD_DEBUG) {
    process.stderr.write(`memory: ${JSON.stringify(Object.fromEntries(Object.entries(m).map(([k, v]) => [k, mb(v)])))}\n`);
    process.stderr.write(`spaces: ${JSON.stringify(Object.fromEntries(getHeapSpaceStatistics().map((sp) => [sp.space_name, [mb(sp.space_size), mb(sp.space_used_size)]])))}\n`);
  }
  return { rss: mb(m.rss), heap: mb(m.heapUsed) };
}

class Generator {
  readonly #child: ChildProcess;
  readonly #waiting: { resolve: (m: { type: string }) => void; reject: (e: Error) => void }[] = [];

  constructor() {
    this.#child = fork(join(import.meta.dirname, 'load-generator.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    this.#child.on('message', (m: { type: string }) => this.#waiting.shift()?.resolve(m));
    this.#child.on('exit', (code) => {
      for (const w of this.#waiting.splice(0)) w.reject(new Error(`load generator exited (${String(code)})`));
    });
  }

  next<T>(send?: unknown): Promise<T> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ resolve: (m) => resolve(m as T), reject });
      if (send !== undefined) this.#child.send(send as object);
    });
  }

  stop(): void {
    if (this.#child.connected) this.#child.send({ type: 'exit' });
    setTimeout(() => this.#child.kill(), 2_000).unref();
  }
}

async function startBaseline(): Promise<{ url: string; stop(): Promise<void> }> {
  const { App, HTTPReceiver, LogLevel } = await import('@slack/bolt');
  const receiver = new HTTPReceiver({ signingSecret: SIGNING_SECRET, port: 0, logLevel: LogLevel.WARN });
  const bolt = new App({ receiver, logLevel: LogLevel.WARN, authorize: async () => ({ botToken: 'xoxb-bench', botId: 'B0BOT', botUserId: 'U0BOT' }) });
  bolt.command(/.*/, async ({ ack }) => {
    await ack({ response_type: 'in_channel', text: 'ok' });
  });
  const server = (await bolt.start(0)) as { address(): { port: number } };
  return { url: `http://127.0.0.1:${server.address().port}`, stop: async () => { await bolt.stop(); } };
}

const sample = (r: RunSummary, cpuUs: number): Sample => ({
  rps: r.requests / r.seconds, p99_ms: r.p99_ms, cpu_us: cpuUs / Math.max(1, r.requests), errors: r.non2xx + r.errors + r.timeouts,
});

export default async function run(): Promise<Record<string, unknown>> {
  const rounds = Math.max(1, Math.floor(envNumber('LOAD_ROUNDS', 5)));
  const roundSeconds = envNumber('LOAD_ROUND_SECONDS', 12);
  const warmupStep = envNumber('LOAD_WARMUP_SECONDS', 10);
  const warmupMax = envNumber('LOAD_WARMUP_MAX_SECONDS', 120);
  const rate = envNumber('LOAD_RATE', 1_200);
  const connections = envNumber('LOAD_CONNECTIONS', 50);

  const generator = new Generator();
  const stateDir = mkdtempSync(join(tmpdir(), 'lodestone-load-'));
  let app: App | undefined;
  let baseline: { url: string; stop(): Promise<void> } | undefined;
  try {
    const { port: fakePort, inputs } = await generator.next<{ port: number; inputs: number }>();
    const slackPort = await freePort();
    const [{ parseConfig }, { createLogger }, { startApp }] = await Promise.all([
      shipped<typeof import('../src/config.js')>('config'), shipped<typeof import('../src/ops/log.js')>('ops/log'), shipped<typeof import('../src/app.js')>('app'),
    ]);
    const config = parseConfig({
      SLACK_BOT_TOKEN: 'xoxb-0000_bench_token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_PORT: String(slackPort),
      SLACK_API_URL: `http://127.0.0.1:${fakePort}/api/`,
      LODESTONE_CONSOLE: 'off',
      LODESTONE_WATCH_DATA: 'false',
      LODESTONE_STATE_DIR: stateDir,
      DIGEST_SCHEDULER: 'false',
      // Charts by address, served by the Slack endpoint, as an HTTP-mode deployment runs (README, Charts).
      LODESTONE_PUBLIC_URL: 'https://lodestone.bench.invalid',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    });
    const startOurs = async (replyCacheEntries?: number): Promise<App> => {
      const started = await startApp({ config, log: createLogger(config), ...(replyCacheEntries !== undefined ? { replyCacheEntries } : {}) });
      const slack = started.platforms.find((p) => p.name === 'slack');
      if (!slack) throw new Error('the Slack adapter did not start');
      for (let i = 0; i < 200 && !slack.isReady(); i++) await new Promise((r) => setTimeout(r, 50));
      return started;
    };
    baseline = await startBaseline();
    app = await startOurs();

    const ours = `http://127.0.0.1:${slackPort}`;
    const request = (url: string, workload: Workload, round: number, s: number): RunRequest => ({ type: 'run', url, signingSecret: SIGNING_SECRET, seconds: s, rate, connections, workload, round });
    const measured = async (url: string, workload: Workload, round: number): Promise<{ summary: RunSummary; sample: Sample }> => {
      const cpu = process.cpuUsage();
      const summary = await generator.next<RunSummary>(request(url, workload, round, roundSeconds));
      const used = process.cpuUsage(cpu);
      return { summary, sample: sample(summary, used.user + used.system) };
    };
    /** Rounds of baseline and ours on one workload, the order flipping every round. */
    const phase = async (workload: Workload): Promise<{ ours: Sample[]; baseline: Sample[]; oursSummaries: RunSummary[] }> => {
      const out = { ours: [] as Sample[], baseline: [] as Sample[], oursSummaries: [] as RunSummary[] };
      for (let r = 0; r < rounds; r++) {
        const order = r % 2 === 0 ? (['baseline', 'ours'] as const) : (['ours', 'baseline'] as const);
        for (const who of order) {
          const m = await measured(who === 'ours' ? ours : baseline!.url, workload, r);
          out[who].push(m.sample);
          if (who === 'ours') out.oursSummaries.push(m.summary);
          process.stderr.write(`load: round ${r + 1} ${workload} ${who}: ${Math.round(m.sample.rps)}/s, p99 ${m.sample.p99_ms} ms, ${Math.round(m.sample.cpu_us)} µs CPU each${m.sample.errors ? `, ${m.sample.errors} errors` : ''}\n`);
        }
      }
      return out;
    };

    // Warm-up at the same rate until memory has settled: V8 sizes its heap to the allocation rate, which
    // takes tens of seconds under sustained load. Growth measured from a settled start is what a leak
    // would show; growth from a cold start is only the heap finding its working size.
    let warmSeconds = 0;
    let warmErrors = 0;
    let previous = (await memory()).rss;
    let settledSteps = 0;
    await generator.next<RunSummary>(request(baseline.url, 'mix', 1_000, 5));
    for (;;) {
      process.stderr.write(`load: warm-up ${warmupStep} s at ${rate} req/s (rss ${previous} MB)\n`);
      const warm = await generator.next<RunSummary>(request(ours, 'mix', 1_000 + warmSeconds, warmupStep));
      warmSeconds += warm.seconds;
      warmErrors += warm.non2xx + warm.errors + warm.timeouts;
      await new Promise((r) => setTimeout(r, 1_000)); // let delayed replies of the warm-up drain
      const now = (await memory()).rss;
      settledSteps = now <= previous * 1.02 ? settledSteps + 1 : 0;
      previous = now;
      if (settledSteps >= 2 || warmSeconds >= warmupMax) break;
    }
    const before = await generator.next<FakeStats>({ type: 'stats' });
    const start = await memory();
    process.stderr.write(`load: mix, ${rounds} rounds of ${roundSeconds} s each at ${rate} req/s (warm-up: ${Math.round(warmSeconds)} s, ${warmErrors} errors)\n`);
    const mix = await phase('mix');
    await new Promise((r) => setTimeout(r, 1_000));
    const after = await generator.next<FakeStats>({ type: 'stats' });
    const end = await memory();
    await app.stop();

    // Distinct: the same composition with the reply cache off, after a short warm-up.
    app = await startOurs(0);
    await generator.next<RunSummary>(request(ours, 'distinct', 1_000, 5));
    const distinct = await phase('distinct');
    await app.stop();
    app = undefined;

    const mixFigures = workloadFigures('mix', mix);
    const distinctFigures = workloadFigures('distinct', distinct);
    const s = mix.oursSummaries;
    return {
      bench: 'load',
      distinct_inputs: inputs,
      rps: Math.round(median(mix.ours.map((x) => x.rps))),
      errors: s.reduce((n, x) => n + x.non2xx + x.errors + x.timeouts, 0),
      p99_ms: mixFigures.mix_ours_p99_ms,
      rss_start_mb: start.rss,
      rss_end_mb: end.rss,
      rss_growth: Math.round((end.rss / start.rss - 1) * 1000) / 1000,
      mix_ratio_rps: mixFigures.mix_ratio_rps,
      distinct_ratio_rps: distinctFigures.distinct_ratio_rps,
      mix_ratio_p99: mixFigures.mix_ratio_p99,
      distinct_ratio_p99: distinctFigures.distinct_ratio_p99,
      ...mixFigures,
      ...distinctFigures,
      target_rps: rate,
      soak_seconds: Math.round(s.reduce((n, x) => n + x.seconds, 0)),
      heap_start_mb: start.heap,
      heap_end_mb: end.heap,
      warmup_seconds: Math.round(warmSeconds),
      delayed_replies: after.responds - before.responds,
      rounds,
      round_seconds: roundSeconds,
    };
  } finally {
    await app?.stop();
    await baseline?.stop();
    generator.stop();
    rmSync(stateDir, { recursive: true, force: true });
  }
}
