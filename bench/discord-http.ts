// `npm run bench -- discord-http`: signed interactions per second on Discord's HTTP interactions
// endpoint, on loopback. Lodestone's endpoint (Ed25519 verification, zod validation, the real core,
// registry and bundled dataset, rendering) beside a bare node:http handler that verifies the same
// signature with node:crypto and answers a constant, measured in the same run for the same time,
// alternating in rounds after a warm-up. autocannon and a fake Discord REST (for webhook follow-ups)
// run in a child process (this file, forked), so load generation never shares the endpoints' event loop.
// Settings: DISCORD_HTTP_BENCH_SECONDS (12 per endpoint), DISCORD_HTTP_BENCH_ROUNDS (4),
// DISCORD_HTTP_BENCH_WARMUP_SECONDS (3), DISCORD_HTTP_BENCH_CONNECTIONS (50).
import { createPrivateKey, generateKeyPairSync, sign, verify, createPublicKey } from 'node:crypto';
import { fork, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const ROLE = 'LODESTONE_DISCORD_HTTP_BENCH_ROLE';
const KEY_ENV = 'LODESTONE_DISCORD_HTTP_BENCH_KEY';
const APP_ID = '900000000000000001';

/** What users run (the examples), across a few users and channels. */
const COMMANDS: [string, string, string][] = [['reserves', 'country', 'china'], ['element', 'element', 'Nd'], ['reserves', 'country', 'brazil'], ['element', 'element', 'Eu']];

interface RunMsg { type: 'run'; url: string; seconds: number; connections: number }
interface RunResult { type: 'result'; requests: number; seconds: number; p50: number; p99: number; errors: number; non2xx: number; timeouts: number; cpuUs?: number }

const envNumber = (name: string, fallback: number): number => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

// ---------------------------------------------------------------- child: fake REST + autocannon

// Discord sends each interaction once, with its own id, and the endpoint refuses a replayed id
// (409), so every request carries a fresh id: a pool signed before each round (outside the timed
// part; Ed25519 signing would otherwise load the generator's core), handed out in turn.
let nextId = 0n;
function signedPool(size: number): { body: string; headers: Record<string, string> }[] {
  const key = createPrivateKey(process.env[KEY_ENV]!);
  const ts = String(Math.floor(Date.now() / 1000));
  return Array.from({ length: size }, (_, n) => {
    const i = n % COMMANDS.length;
    const [name, option, value] = COMMANDS[i]!;
    const id = 910000000000000000n + nextId++;
    const body = JSON.stringify({
      id: String(id), application_id: APP_ID, type: 2, token: `bench-token-${id}`, version: 1,
      data: { id: '920000000000000001', name, type: 1, options: [{ name: option, type: 3, value }] },
      guild_id: '930000000000000001', channel_id: `94000000000000000${i % 3}`, channel: { type: 0 },
      member: { user: { id: `95000000000000000${i % 5}`, username: 'bench' }, permissions: '0' },
      locale: 'en-US', guild_locale: 'en-US',
    });
    const signature = sign(null, Buffer.from(ts + body), key).toString('hex');
    return { body, headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': ts } };
  });
}

/** Requests drawn from a freshly signed pool sized for the round (more than the fastest side sends). */
function signedRequests(seconds: number): autocannon.Request[] {
  const pool = signedPool(Math.ceil(seconds * Number(process.env.DISCORD_HTTP_BENCH_POOL_RPS ?? 8_000)));
  let k = 0;
  return [{
    method: 'POST', path: '/discord/interactions',
    setupRequest: (req) => {
      const r = pool[k++ % pool.length]!;
      return { ...req, body: r.body, headers: r.headers };
    },
  }];
}

function child(): void {
  const fake = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"960000000000000001"}');
    });
  });
  fake.listen(0, '127.0.0.1', () => process.send!({ type: 'ready', port: (fake.address() as AddressInfo).port }));
  process.on('message', (msg: RunMsg | { type: 'exit' }) => {
    if (msg.type === 'exit') {
      fake.close(() => process.exit(0));
      return;
    }
    const requests = signedRequests(msg.seconds);
    void autocannon({ url: msg.url, connections: msg.connections, duration: msg.seconds, timeout: 10, requests }).then((r) => {
      process.send!({
        type: 'result', requests: r.requests.total, seconds: r.duration, p50: r.latency.p50, p99: r.latency.p99,
        errors: r.errors, non2xx: r.non2xx, timeouts: r.timeouts,
      } satisfies RunResult);
    });
  });
  process.on('disconnect', () => process.exit(0));
}

// ---------------------------------------------------------------- parent: the two endpoints

class Generator {
  readonly #child: ChildProcess;
  #next: { resolve: (m: unknown) => void; reject: (e: Error) => void } | undefined;

  constructor(privateKeyPem: string) {
    this.#child = fork(fileURLToPath(import.meta.url), [], {
      execArgv: ['--import', 'tsx'], env: { ...process.env, [ROLE]: 'generator', [KEY_ENV]: privateKeyPem }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
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

async function startOurs(publicKeyHex: string, fakePort: number): Promise<Target> {
  const [{ parseConfig }, { createLogger }, { Metrics }, { CommandCore }, { createRegistry }, { DatasetHolder }, { loadDataset }, { createDiscordHttp }] = await Promise.all([
    import('../src/config.js'), import('../src/ops/log.js'), import('../src/ops/metrics.js'), import('../src/commands/core.js'),
    import('../src/commands/index.js'), import('../src/dataset/holder.js'), import('../src/dataset/load.js'), import('../src/adapters/discord/http-start.js'),
  ]);
  const loaded = await loadDataset();
  if (!loaded.ok) throw new Error('the bundled dataset is invalid');
  const config = parseConfig({
    DISCORD_TOKEN: 'bench-bot-token', DISCORD_APPLICATION_ID: APP_ID, DISCORD_PUBLIC_KEY: publicKeyHex,
    DISCORD_HTTP_PORT: '0', DISCORD_GATEWAY: 'false', DISCORD_API_URL: `http://127.0.0.1:${fakePort}/api`, LOG_LEVEL: 'warn',
  });
  const http = createDiscordHttp({
    core: new CommandCore({ registry: createRegistry(), datasets: new DatasetHolder(loaded.dataset) }),
    config, log: createLogger(config), metrics: new Metrics(), renderChart: null,
  });
  await http.start();
  return { url: `http://127.0.0.1:${http.endpoint.port!}`, stop: () => http.stop() };
}

/** The bare handler: read the body, verify the Ed25519 signature, answer a constant. */
async function startBaseline(publicKeyHex: string): Promise<Target> {
  const key = createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(publicKeyHex, 'hex')]), format: 'der', type: 'spki' });
  const answer = Buffer.from(JSON.stringify({ type: 4, data: { content: 'ok', allowed_mentions: { parse: [] } } }));
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const sig = String(req.headers['x-signature-ed25519'] ?? '');
      const ts = String(req.headers['x-signature-timestamp'] ?? '');
      const ok = verify(null, Buffer.concat([Buffer.from(ts), ...chunks]), key, Buffer.from(sig, 'hex'));
      if (!ok) {
        res.writeHead(401).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': answer.length });
      res.end(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

export default async function run(): Promise<Record<string, unknown>> {
  const seconds = envNumber('DISCORD_HTTP_BENCH_SECONDS', 12);
  const rounds = Math.max(1, Math.floor(envNumber('DISCORD_HTTP_BENCH_ROUNDS', 4)));
  const warmup = envNumber('DISCORD_HTTP_BENCH_WARMUP_SECONDS', 3);
  const connections = envNumber('DISCORD_HTTP_BENCH_CONNECTIONS', 50);
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const publicKeyHex = (publicKey.export({ format: 'der', type: 'spki' }) as Buffer).subarray(12).toString('hex');
  const generator = new Generator(privateKey.export({ format: 'pem', type: 'pkcs8' }) as string);
  const targets: Target[] = [];
  try {
    const { port } = await generator.ask<{ port: number }>();
    const ours = await startOurs(publicKeyHex, port);
    targets.push(ours);
    const baseline = await startBaseline(publicKeyHex);
    targets.push(baseline);
    // CPU time of this process (where both endpoints run, one loaded at a time) per request.
    const load = async (t: Target, s: number): Promise<RunResult> => {
      const cpu = process.cpuUsage();
      const res = await generator.ask<RunResult>({ type: 'run', url: t.url, seconds: s, connections } satisfies RunMsg);
      const used = process.cpuUsage(cpu);
      return { ...res, cpuUs: (used.user + used.system) / Math.max(1, res.requests) };
    };

    if (process.env.BENCH_PROFILE === 'ours' || process.env.BENCH_PROFILE === 'baseline') {
      // One side only, for `node --cpu-prof --import tsx bench/index.ts discord-http`.
      const side = process.env.BENCH_PROFILE === 'ours' ? ours : baseline;
      const samples: RunResult[] = [];
      for (let r = 0; r < rounds; r++) samples.push(await load(side, seconds / rounds));
      return { bench: 'discord-http', profile: process.env.BENCH_PROFILE, samples };
    }
    process.stderr.write(`discord-http: warm-up ${warmup} s each\n`);
    await load(ours, warmup);
    await load(baseline, warmup);

    const apps = { ours, baseline };
    const totals = { ours: [] as RunResult[], baseline: [] as RunResult[] };
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? (['baseline', 'ours'] as const) : (['ours', 'baseline'] as const);
      for (const name of order) {
        const res = await load(apps[name], seconds / rounds);
        totals[name].push(res);
        process.stderr.write(`discord-http: round ${r + 1} ${name}: ${Math.round(res.requests / res.seconds)} req/s, p99 ${res.p99} ms, ${Math.round(res.cpuUs ?? 0)} µs CPU/request\n`);
      }
    }
    const rps = (rs: RunResult[]): number => rs.reduce((n, x) => n + x.requests, 0) / rs.reduce((n, x) => n + x.seconds, 0);
    const p99 = (rs: RunResult[]): number => rs.reduce((n, x) => n + x.p99, 0) / rs.length;
    const failures = (rs: RunResult[]): number => rs.reduce((n, x) => n + x.errors + x.non2xx + x.timeouts, 0);
    const cpu = (rs: RunResult[]): number => Math.round(rs.reduce((n, x) => n + (x.cpuUs ?? 0), 0) / rs.length);
    const oursRps = rps(totals.ours);
    const baseRps = rps(totals.baseline);
    return {
      bench: 'discord-http',
      ours_rps: Math.round(oursRps),
      baseline_rps: Math.round(baseRps),
      ratio_rps: round2(oursRps / baseRps),
      ours_p99_ms: round2(p99(totals.ours)),
      baseline_p99_ms: round2(p99(totals.baseline)),
      ours_cpu_us_per_request: cpu(totals.ours),
      baseline_cpu_us_per_request: cpu(totals.baseline),
      seconds_each: seconds,
      connections,
      commands: COMMANDS.map(([c, , v]) => `/${c} ${v}`),
      errors_ours: failures(totals.ours),
      errors_baseline: failures(totals.baseline),
    };
  } finally {
    for (const t of targets) await t.stop().catch(() => undefined);
    generator.stop();
  }
}

if (process.env[ROLE] === 'generator') child();
