// `npm run bench -- discord`: slash-command interactions per second through a loopback fake Discord
// gateway to the REST interaction callback. Lodestone's bot (real discord.js client, real core and
// registry, bundled dataset) beside a bare discord.js client that replies with a constant, in the
// same run, the same number of interactions each, pipelined (a window of interactions in flight).
// The fake gateway and REST run in a child process (this file, forked), so the load never shares
// the bots' event loop; latency is measured there, from the dispatch to the callback's arrival.
// Settings: DISCORD_BENCH_INTERACTIONS (4000 per round and bot), DISCORD_BENCH_ROUNDS (3),
// DISCORD_BENCH_WINDOW (64 in flight), DISCORD_BENCH_WARMUP (1000); DISCORD_BENCH_REPLY_CACHE=0 runs
// Lodestone without its rendered-answer cache (every interaction through the core and the renderer).
import { fork, type ChildProcess } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROLE = 'LODESTONE_DISCORD_BENCH_ROLE';
const TOKEN = 'discord-bench-token-0123456789';

/** What users run: read-only dataset commands, English and German. [command, options, locale] */
const COMMANDS: [string, Record<string, string>, string][] = [
  ['reserves', { country: 'china' }, 'en-US'],
  ['element', { element: 'Nd' }, 'en-US'],
  ['reserves', { country: 'BR' }, 'de'],
  ['element', { element: 'europium' }, 'de'],
  ['production', { country: 'china' }, 'en-US'],
  ['reserves', { country: 'vietnam', mineral: 'rare earths' }, 'en-GB'],
  ['summit', {}, 'en-US'],
  ['element', { element: 'Dy' }, 'en-US'],
];

interface RunMsg { type: 'run'; target: 'ours' | 'baseline'; n: number; window: number }
interface RunResult { type: 'result'; n: number; seconds: number; p50: number; p99: number; failed: number; bodyBytes: number }

const envNumber = (name: string, fallback: number): number => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

// ---------------------------------------------------------------- child: fake Discord + driver

async function child(): Promise<void> {
  const { FakeState } = await import('../test/fakes/discord/state.js');
  const { FakeGateway } = await import('../test/fakes/discord/gateway.js');
  const { chatInput, snowflake } = await import('../test/fakes/discord/payloads.js');

  /** One fake per bot, so both stay connected and each run talks to one of them only. */
  async function fake(): Promise<{ apiBase: string; run(msg: RunMsg): Promise<RunResult> }> {
    const bot = { id: snowflake(), username: 'Lodestone', bot: true };
    const state = new FakeState({ token: TOKEN, bot, applicationId: bot.id });
    const guildId = snowflake();
    const channel = { id: snowflake(), type: 0, name: 'news', guildId };
    const guild = {
      id: guildId, name: 'Bench', ownerId: snowflake(), preferredLocale: 'en-US',
      roles: [{ id: guildId, name: '@everyone', permissions: '2147601408' }], channels: [channel], botRoles: [],
    };
    state.addGuild(guild);
    const user = { id: snowflake(), username: 'reader' };
    const gateway = new FakeGateway(state);
    const pending = new Map<string, number>();
    let onCallback: ((token: string, ok: boolean) => void) | undefined;
    /** Request body bytes of the interaction callbacks (the reply itself), for bytes per reply. */
    let callbackBytes = 0;

    // A lean REST: only what a login and an interaction reply need, nothing recorded.
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const url = req.url ?? '';
      let bytes = 0;
      req.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      req.on('end', () => {
        const cb = /^\/api\/v10\/interactions\/\d+\/([^/]+)\/callback/.exec(url);
        if (cb) {
          if (onCallback) callbackBytes += bytes;
          res.writeHead(204);
          res.end();
          onCallback?.(cb[1]!, true);
          return;
        }
        let body: unknown = { message: '404: Not Found', code: 0 };
        let status = 404;
        if (url.startsWith('/api/v10/gateway/bot')) {
          status = 200;
          body = { url: state.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 16 } };
        } else if (url.startsWith('/api/v10/users/@me')) {
          status = 200;
          body = { id: bot.id, username: bot.username, discriminator: '0', avatar: null, bot: true };
        } else if (url.startsWith('/api/v10/webhooks/')) {
          status = 200;
          body = { id: snowflake(), channel_id: channel.id, author: { id: bot.id, username: bot.username, discriminator: '0', avatar: null }, content: '', embeds: [], timestamp: new Date().toISOString() };
        }
        const text = JSON.stringify(body);
        res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        res.end(text);
      });
    });
    server.keepAliveTimeout = 60_000;
    server.on('upgrade', (req, socket, head) => gateway.upgrade(req, socket, head));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    state.gatewayUrl = `ws://127.0.0.1:${port}`;

    let i = 0;
    const dispatchOne = (): void => {
      const [name, opts, locale] = COMMANDS[i++ % COMMANDS.length]!;
      const options = Object.entries(opts).map(([k, v]) => ({ name: k, type: 3, value: v }));
      const payload = chatInput({ applicationId: bot.id, guild, channel, user, locale }, name, options);
      pending.set(String(payload.token), performance.now());
      gateway.dispatch('INTERACTION_CREATE', payload);
    };

    return {
      apiBase: `http://127.0.0.1:${port}/api`,
      run(msg) {
        return new Promise((resolve) => {
          const latencies: number[] = [];
          let sent = 0;
          let done = 0;
          const start = performance.now();
          callbackBytes = 0;
          const guard = setTimeout(() => finish(), 120_000);
          const finish = (): void => {
            clearTimeout(guard);
            onCallback = undefined;
            const seconds = (performance.now() - start) / 1000;
            latencies.sort((a, b) => a - b);
            const at = (q: number): number => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
            pending.clear();
            resolve({ type: 'result', n: done, seconds, p50: at(0.5), p99: at(0.99), failed: msg.n - done, bodyBytes: Math.round(callbackBytes / Math.max(1, done)) });
          };
          onCallback = (token) => {
            const t0 = pending.get(token);
            if (t0 === undefined) return;
            pending.delete(token);
            latencies.push(performance.now() - t0);
            done++;
            if (sent < msg.n) {
              sent++;
              dispatchOne();
            } else if (done === msg.n) finish();
          };
          for (; sent < Math.min(msg.window, msg.n); sent++) dispatchOne();
        });
      },
    };
  }

  const fakes = { ours: await fake(), baseline: await fake() };
  process.send!({ type: 'ready', ours: fakes.ours.apiBase, baseline: fakes.baseline.apiBase });
  process.on('message', (msg: RunMsg | { type: 'exit' }) => {
    if (msg.type === 'exit') process.exit(0);
    void fakes[msg.target].run(msg).then((r) => process.send!(r));
  });
  process.on('disconnect', () => process.exit(0));
}

// ---------------------------------------------------------------- parent: the two bots

class Driver {
  readonly #child: ChildProcess;
  #next: ((m: unknown) => void) | undefined;

  constructor() {
    this.#child = fork(fileURLToPath(import.meta.url), [], { execArgv: ['--import', 'tsx'], env: { ...process.env, [ROLE]: 'fake' }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    this.#child.on('message', (m) => this.#next?.(m));
  }

  ask<T>(msg?: object): Promise<T> {
    return new Promise((resolve, reject) => {
      this.#next = (m) => resolve(m as T);
      this.#child.once('exit', (code) => reject(new Error(`bench fake exited (${String(code)})`)));
      if (msg) this.#child.send(msg);
    });
  }

  stop(): void {
    if (this.#child.connected) this.#child.send({ type: 'exit' });
    setTimeout(() => this.#child.kill(), 2_000).unref();
  }
}

interface Target {
  stop(): Promise<void>;
}

async function startOurs(apiBase: string): Promise<Target> {
  const [{ parseConfig }, { createLogger }, { Metrics }, { CommandCore }, { createRegistry }, { DatasetHolder }, { loadDataset }, { createDiscordBot }] = await Promise.all([
    import('../src/config.js'), import('../src/ops/log.js'), import('../src/ops/metrics.js'), import('../src/commands/core.js'),
    import('../src/commands/index.js'), import('../src/dataset/holder.js'), import('../src/dataset/load.js'), import('../src/adapters/discord/bot.js'),
  ]);
  const loaded = await loadDataset();
  if (!loaded.ok) throw new Error('the bundled dataset is invalid');
  const config = parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: '123456789012345678', DISCORD_MESSAGE_CONTENT: 'false', LOG_LEVEL: 'warn' });
  const core = new CommandCore({ registry: createRegistry(), datasets: new DatasetHolder(loaded.dataset) });
  const bot = createDiscordBot({ core, config, log: createLogger(config), metrics: new Metrics(), restApi: apiBase });
  await bot.start();
  return bot;
}

async function startBaseline(apiBase: string): Promise<Target> {
  const { Client, GatewayIntentBits, Events } = await import('discord.js');
  const client = new Client({
    intents: GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages,
    rest: { api: apiBase },
  });
  client.on(Events.InteractionCreate, (i) => {
    if (i.isChatInputCommand()) void i.reply({ content: 'ok' }).catch(() => undefined);
  });
  const ready = new Promise((r) => client.once(Events.ClientReady, r));
  await client.login(TOKEN);
  await ready;
  return { stop: () => client.destroy() };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

export default async function run(): Promise<Record<string, unknown>> {
  const n = Math.floor(envNumber('DISCORD_BENCH_INTERACTIONS', 4000));
  const rounds = Math.max(1, Math.floor(envNumber('DISCORD_BENCH_ROUNDS', 3)));
  const window = Math.floor(envNumber('DISCORD_BENCH_WINDOW', 64));
  const warmup = Math.floor(envNumber('DISCORD_BENCH_WARMUP', 1000));
  const driver = new Driver();
  const targets: Target[] = [];
  try {
    const apis = await driver.ask<{ ours: string; baseline: string }>();
    targets.push(await startOurs(apis.ours));
    targets.push(await startBaseline(apis.baseline));
    const load = async (target: 'ours' | 'baseline', count: number): Promise<RunResult & { cpuUs: number }> => {
      const cpu = process.cpuUsage();
      const res = await driver.ask<RunResult>({ type: 'run', target, n: count, window } satisfies RunMsg);
      const used = process.cpuUsage(cpu);
      return { ...res, cpuUs: (used.user + used.system) / Math.max(1, res.n) };
    };

    process.stderr.write(`discord: warm-up ${warmup} interactions each\n`);
    await load('ours', warmup);
    await load('baseline', warmup);

    const totals = { ours: [] as (RunResult & { cpuUs: number })[], baseline: [] as (RunResult & { cpuUs: number })[] };
    for (let r = 0; r < rounds; r++) {
      // Alternate which goes first, so a slow moment of the machine hits both alike.
      const order = r % 2 === 0 ? (['baseline', 'ours'] as const) : (['ours', 'baseline'] as const);
      for (const name of order) {
        const res = await load(name, n);
        totals[name].push(res);
        process.stderr.write(`discord: round ${r + 1} ${name}: ${Math.round(res.n / res.seconds)} interactions/s, p99 ${round2(res.p99)} ms, ${Math.round(res.cpuUs)} µs CPU each\n`);
      }
    }
    const rps = (rs: RunResult[]): number => rs.reduce((s, x) => s + x.n, 0) / rs.reduce((s, x) => s + x.seconds, 0);
    const p99 = (rs: RunResult[]): number => rs.reduce((s, x) => s + x.p99, 0) / rs.length;
    const cpu = (rs: { cpuUs: number }[]): number => Math.round(rs.reduce((s, x) => s + x.cpuUs, 0) / rs.length);
    const oursRps = rps(totals.ours);
    const baseRps = rps(totals.baseline);
    return {
      bench: 'discord',
      ours_rps: Math.round(oursRps),
      baseline_rps: Math.round(baseRps),
      ratio_rps: round2(oursRps / baseRps),
      ours_p99_ms: round2(p99(totals.ours)),
      baseline_p99_ms: round2(p99(totals.baseline)),
      ours_cpu_us_per_interaction: cpu(totals.ours),
      baseline_cpu_us_per_interaction: cpu(totals.baseline),
      // The reply's JSON body: our embeds against the baseline's constant (the socket writes scale with it).
      ours_reply_bytes: totals.ours.at(-1)?.bodyBytes ?? 0,
      baseline_reply_bytes: totals.baseline.at(-1)?.bodyBytes ?? 0,
      interactions_each: n * rounds,
      reply_cache: process.env.DISCORD_BENCH_REPLY_CACHE !== '0',
      window,
      commands: COMMANDS.map(([c, o]) => `/${c} ${Object.values(o).join(' ')}`.trim()),
      failed_ours: totals.ours.reduce((s, x) => s + x.failed, 0),
      failed_baseline: totals.baseline.reduce((s, x) => s + x.failed, 0),
    };
  } finally {
    for (const t of targets) await t.stop().catch(() => undefined);
    driver.stop();
  }
}

if (process.env[ROLE] === 'fake') void child();
