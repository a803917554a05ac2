// `npm run bench -- load`: soak Lodestone's Slack app with signed slash commands at a constant rate on
// loopback. The app (the real composition: dataset, core, metrics, store, Slack adapter in HTTP mode)
// runs in this process, so its resident memory is what we read; the load generator and the fake Slack
// Web API run in a child process (bench/load-generator.ts) so they do not share its event loop.
// Settings: LOAD_SECONDS (60), LOAD_WARMUP_SECONDS (10), LOAD_RATE (1200 req/s), LOAD_CONNECTIONS (50).
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseConfig } from '../src/config.js';
import { createLogger } from '../src/ops/log.js';
import { startApp } from '../src/app.js';
import type { FakeStats, RunRequest, RunSummary } from './load-generator.js';

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

// A full collection before each memory reading, so both readings see only live memory.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function rssMb(): number {
  gc();
  return Math.round((process.memoryUsage().rss / 2 ** 20) * 10) / 10;
}

class Generator {
  readonly #child: ChildProcess;
  readonly #waiting: ((m: { type: string }) => void)[] = [];

  constructor() {
    this.#child = fork(join(import.meta.dirname, 'load-generator.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    this.#child.on('message', (m: { type: string }) => this.#waiting.shift()?.(m));
  }

  next<T>(send?: unknown): Promise<T> {
    return new Promise((resolve, reject) => {
      this.#waiting.push((m) => resolve(m as T));
      this.#child.once('exit', (code) => reject(new Error(`load generator exited (${code})`)));
      if (send !== undefined) this.#child.send(send as object);
    });
  }

  stop(): void {
    if (this.#child.connected) this.#child.send({ type: 'exit' });
    setTimeout(() => this.#child.kill(), 2_000).unref();
  }
}

export default async function run(): Promise<Record<string, unknown>> {
  const seconds = envNumber('LOAD_SECONDS', 60);
  const warmup = envNumber('LOAD_WARMUP_SECONDS', 10);
  const rate = envNumber('LOAD_RATE', 1_200);
  const connections = envNumber('LOAD_CONNECTIONS', 50);

  const generator = new Generator();
  const stateDir = mkdtempSync(join(tmpdir(), 'lodestone-load-'));
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  try {
    const { port: fakePort } = await generator.next<{ port: number }>();
    const slackPort = await freePort();
    const config = parseConfig({
      SLACK_BOT_TOKEN: 'xoxb-0000-bench-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_PORT: String(slackPort),
      SLACK_API_URL: `http://127.0.0.1:${fakePort}/api/`,
      LODESTONE_CONSOLE: 'off',
      LODESTONE_WATCH_DATA: 'false',
      LODESTONE_STATE_DIR: stateDir,
      DIGEST_SCHEDULER: 'false',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    });
    app = await startApp({ config, log: createLogger(config) });
    const slack = app.platforms.find((p) => p.name === 'slack');
    if (!slack) throw new Error('the Slack adapter did not start');
    for (let i = 0; i < 200 && !slack.isReady(); i++) await new Promise((r) => setTimeout(r, 50));

    const request = (s: number): RunRequest => ({ type: 'run', url: `http://127.0.0.1:${slackPort}`, signingSecret: SIGNING_SECRET, seconds: s, rate, connections });
    process.stderr.write(`load: warm-up ${warmup} s at ${rate} req/s\n`);
    const warm = await generator.next<RunSummary>(request(warmup));
    await new Promise((r) => setTimeout(r, 1_000)); // let delayed replies of the warm-up drain
    const before = await generator.next<FakeStats>({ type: 'stats' });
    const rssStart = rssMb();

    process.stderr.write(`load: ${seconds} s at ${rate} req/s (warm-up: ${warm.requests} requests, ${warm.non2xx + warm.errors + warm.timeouts} errors)\n`);
    const main = await generator.next<RunSummary>(request(seconds));
    await new Promise((r) => setTimeout(r, 1_000));
    const after = await generator.next<FakeStats>({ type: 'stats' });
    const rssEnd = rssMb();

    return {
      bench: 'load',
      seconds: main.seconds,
      rps: Math.round(main.requests / main.seconds),
      errors: main.non2xx + main.errors + main.timeouts,
      p99_ms: main.p99_ms,
      rss_start_mb: rssStart,
      rss_end_mb: rssEnd,
      rss_growth: Math.round((rssEnd / rssStart - 1) * 1000) / 1000,
      target_rps: rate,
      p50_ms: main.p50_ms,
      delayed_replies: after.responds - before.responds,
    };
  } finally {
    await app?.stop();
    generator.stop();
    rmSync(stateDir, { recursive: true, force: true });
  }
}
