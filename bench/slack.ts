// `npm run bench -- slack`: signed slash commands over HTTP on loopback, Lodestone's Slack app (real
// core, real registry, bundled dataset) beside a bare Bolt app on the same receiver type and signing
// secret that acknowledges with a constant. Both are measured in the same run for the same time,
// alternating in rounds after a warm-up. The headline figures are the app as it runs (repeated lines
// are answered from its rendered-answer cache); ours_uncached_* is the same app with that cache off,
// so every request is parsed, answered by the core and rendered. autocannon and the fake Slack Web API / response_url
// endpoint run in a child process (this file, forked), so load generation never shares the
// apps' event loop.
// Settings: SLACK_BENCH_SECONDS (12 per app), SLACK_BENCH_ROUNDS (4), SLACK_BENCH_WARMUP_SECONDS (3),
// SLACK_BENCH_CONNECTIONS (50).
import { createHmac } from 'node:crypto';
import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const SECRET = 'lodestone-slack-bench-secret';
const ROLE = 'LODESTONE_SLACK_BENCH_ROLE';

/** What users type (the issue's examples), across a few users and channels. */
const COMMANDS: [string, string][] = [['/reserves', 'china'], ['/element', 'Nd'], ['/reserves', 'china'], ['/element', 'Nd']];

interface RunMsg { type: 'run'; url: string; seconds: number; connections: number }
interface RunResult { type: 'result'; requests: number; seconds: number; p50: number; p99: number; errors: number; non2xx: number; timeouts: number; cpuUs?: number }

const envNumber = (name: string, fallback: number): number => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

// ---------------------------------------------------------------- child: fake Slack + autocannon

let sent = 0;

function signedRequests(fakePort: number): autocannon.Request[] {
  const ts = Math.floor(Date.now() / 1000);
  return COMMANDS.map(([command, text], i) => {
    const body = new URLSearchParams({
      token: 'unused', team_id: 'T0BENCH', team_domain: 'bench', channel_id: `C0BENCH${i % 3}`, channel_name: 'general',
      user_id: `U0USER${i % 5}`, user_name: 'bench', command, text, api_app_id: 'A0BENCH', is_enterprise_install: 'false',
      response_url: `http://127.0.0.1:${fakePort}/respond/${i}`, trigger_id: `${i}.bench`,
    }).toString();
    const sign = (b: string): string => `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${b}`).digest('hex')}`;
    return {
      method: 'POST',
      path: '/slack/events',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body) },
      body,
      // Every invocation carries its own trigger_id, as Slack's do (the app refuses replays).
      setupRequest: (req: autocannon.Request) => {
        const fresh = body.replace(`trigger_id=${i}.bench`, `trigger_id=${i}.${++sent}.bench`);
        return { ...req, body: fresh, headers: { ...req.headers, 'x-slack-signature': sign(fresh) } };
      },
    };
  });
}

function child(): void {
  const fake = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const method = (req.url ?? '').replace(/^\/api\//, '');
      const body = method.startsWith('users.info')
        ? { ok: true, user: { id: 'U0USER', locale: 'en-US', is_admin: false } }
        : { ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0BENCH', ts: `${Date.now() / 1000}` };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  fake.listen(0, '127.0.0.1', () => process.send!({ type: 'ready', port: (fake.address() as AddressInfo).port }));
  process.on('message', (msg: RunMsg | { type: 'exit' }) => {
    if (msg.type === 'exit') {
      fake.close(() => process.exit(0));
      return;
    }
    const port = (fake.address() as AddressInfo).port;
    void autocannon({ url: msg.url, connections: msg.connections, duration: msg.seconds, timeout: 10, requests: signedRequests(port) }).then((r) => {
      process.send!({
        type: 'result', requests: r.requests.total, seconds: r.duration, p50: r.latency.p50, p99: r.latency.p99,
        errors: r.errors, non2xx: r.non2xx, timeouts: r.timeouts,
      } satisfies RunResult);
    });
  });
  process.on('disconnect', () => process.exit(0));
}

// ---------------------------------------------------------------- parent: the two apps

class Generator {
  readonly #child: ChildProcess;
  #next: { resolve: (m: unknown) => void; reject: (e: Error) => void } | undefined;

  constructor() {
    this.#child = fork(fileURLToPath(import.meta.url), [], { execArgv: ['--import', 'tsx'], env: { ...process.env, [ROLE]: 'generator' }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    this.#child.on('message', (m) => this.#next?.resolve(m));
    this.#child.on('exit', (code) => this.#next?.reject(new Error(`bench generator exited (${String(code)})`)));
  }

  ask<T>(msg?: object): Promise<T> {
    return new Promise((resolve, reject) => {
      this.#next = { resolve: (m) => resolve(m as T), reject };
      if (msg) this.#child.send(msg);
    });
  }

  stop(): void {
    if (this.#child.connected) this.#child.send({ type: 'exit' });
    setTimeout(() => this.#child.kill(), 2_000).unref();
  }
}

interface Target {
  url: string;
  stop(): Promise<void>;
}

async function startOurs(fakePort: number, cacheAnswers = true): Promise<Target> {
  const [{ parseConfig }, { createLogger }, { Metrics }, { CommandCore }, { createRegistry }, { DatasetHolder }, { loadDataset }, { createSlackApp }] = await Promise.all([
    import('../src/config.js'), import('../src/ops/log.js'), import('../src/ops/metrics.js'), import('../src/commands/core.js'),
    import('../src/commands/index.js'), import('../src/dataset/holder.js'), import('../src/dataset/load.js'), import('../src/adapters/slack/index.js'),
  ]);
  const loaded = await loadDataset();
  if (!loaded.ok) throw new Error('the bundled dataset is invalid');
  const config = parseConfig({ SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: `http://127.0.0.1:${fakePort}/api/`, LOG_LEVEL: 'warn' });
  const slack = createSlackApp({
    core: new CommandCore({ registry: createRegistry(), datasets: new DatasetHolder(loaded.dataset) }),
    config,
    log: createLogger(config),
    metrics: new Metrics(),
    port: 0,
    preDispatchCache: cacheAnswers,
  });
  await slack.start();
  return { url: `http://127.0.0.1:${slack.port()!}`, stop: () => slack.stop() };
}

async function startBaseline(): Promise<Target> {
  const { App, HTTPReceiver, LogLevel } = await import('@slack/bolt');
  const receiver = new HTTPReceiver({ signingSecret: SECRET, port: 0, logLevel: LogLevel.WARN });
  const app = new App({ receiver, logLevel: LogLevel.WARN, authorize: async () => ({ botToken: 'xoxb-bench', botId: 'B0BOT', botUserId: 'U0BOT' }) });
  app.command(/.*/, async ({ ack }) => {
    await ack({ response_type: 'in_channel', text: 'ok' });
  });
  const server = (await app.start(0)) as { address(): AddressInfo };
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    stop: async () => {
      await app.stop();
    },
  };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

export default async function run(): Promise<Record<string, unknown>> {
  const seconds = envNumber('SLACK_BENCH_SECONDS', 12);
  const rounds = Math.max(1, Math.floor(envNumber('SLACK_BENCH_ROUNDS', 4)));
  const warmup = envNumber('SLACK_BENCH_WARMUP_SECONDS', 3);
  const connections = envNumber('SLACK_BENCH_CONNECTIONS', 50);
  const generator = new Generator();
  const targets: Target[] = [];
  try {
    const { port } = await generator.ask<{ port: number }>();
    const ours = await startOurs(port);
    targets.push(ours);
    const baseline = await startBaseline();
    targets.push(baseline);
    // The same app without its rendered-answer cache: every request parsed, answered and rendered.
    const uncached = await startOurs(port, false);
    targets.push(uncached);
    // CPU time of this process (where both apps run, one loaded at a time) per request: a figure
    // that other load on the machine disturbs far less than requests per second.
    const load = async (t: Target, s: number): Promise<RunResult> => {
      const cpu = process.cpuUsage();
      const res = await generator.ask<RunResult>({ type: 'run', url: t.url, seconds: s, connections } satisfies RunMsg);
      const used = process.cpuUsage(cpu);
      return { ...res, cpuUs: (used.user + used.system) / Math.max(1, res.requests) };
    };

    process.stderr.write(`slack: warm-up ${warmup} s each\n`);
    await load(ours, warmup);
    await load(baseline, warmup);
    await load(uncached, warmup);

    const apps = { ours, baseline, uncached };
    const totals = { ours: [] as RunResult[], baseline: [] as RunResult[], uncached: [] as RunResult[] };
    for (let r = 0; r < rounds; r++) {
      // Alternate the order, so a slow moment of the machine hits each alike.
      const order = r % 2 === 0 ? (['baseline', 'ours', 'uncached'] as const) : (['uncached', 'ours', 'baseline'] as const);
      for (const name of order) {
        const res = await load(apps[name], seconds / rounds);
        totals[name].push(res);
        process.stderr.write(`slack: round ${r + 1} ${name}: ${Math.round(res.requests / res.seconds)} req/s, p99 ${res.p99} ms, ${Math.round(res.cpuUs ?? 0)} µs CPU/request\n`);
      }
    }
    const rps = (rs: RunResult[]): number => rs.reduce((n, x) => n + x.requests, 0) / rs.reduce((n, x) => n + x.seconds, 0);
    const p99 = (rs: RunResult[]): number => rs.reduce((n, x) => n + x.p99, 0) / rs.length;
    const failures = (rs: RunResult[]): number => rs.reduce((n, x) => n + x.errors + x.non2xx + x.timeouts, 0);
    const cpu = (rs: RunResult[]): number => Math.round(rs.reduce((n, x) => n + (x.cpuUs ?? 0), 0) / rs.length);
    const oursRps = rps(totals.ours);
    const baseRps = rps(totals.baseline);
    const oursP99 = p99(totals.ours);
    const baseP99 = p99(totals.baseline);
    return {
      bench: 'slack',
      ours_rps: Math.round(oursRps),
      baseline_rps: Math.round(baseRps),
      ratio_rps: round2(oursRps / baseRps),
      ours_p99_ms: round2(oursP99),
      baseline_p99_ms: round2(baseP99),
      ratio_p99: round2(oursP99 / Math.max(baseP99, 1)),
      ours_uncached_rps: Math.round(rps(totals.uncached)),
      ours_uncached_p99_ms: round2(p99(totals.uncached)),
      ratio_uncached_rps: round2(rps(totals.uncached) / baseRps),
      ours_cpu_us_per_request: cpu(totals.ours),
      ours_uncached_cpu_us_per_request: cpu(totals.uncached),
      baseline_cpu_us_per_request: cpu(totals.baseline),
      seconds_each: seconds,
      connections,
      commands: COMMANDS.map(([c, t]) => `${c} ${t}`.trim()),
      errors_ours: failures(totals.ours),
      errors_baseline: failures(totals.baseline),
    };
  } finally {
    for (const t of targets) await t.stop().catch(() => undefined);
    generator.stop();
  }
}

if (process.env[ROLE] === 'generator') child();
