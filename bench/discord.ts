// `npm run bench -- discord`: slash-command interactions from the shared corpus (bench/corpus.ts)
// through a loopback fake Discord gateway to the REST interaction callback. Lodestone's bot (real
// discord.js client, real core and registry, bundled dataset) beside a bare discord.js client that
// replies to every interaction with a constant, in alternating rounds (bench/rounds.ts) of two
// workloads: the mix (Zipf-replayed corpus, reply cache on) and distinct (every input once per round,
// reply cache off). Interactions are pipelined (a window in flight). The fake gateway and REST run in
// a child process (this file, forked), so the load never shares the bots' event loop; latency is
// measured there, from the dispatch to the answer's arrival (the callback, or for a deferred command
// the edit of the deferred message).
// Settings: DISCORD_BENCH_ROUNDS (5), DISCORD_BENCH_MIX (6000 interactions per mix round),
// DISCORD_BENCH_WINDOW (64 in flight), DISCORD_BENCH_DIAG=1 (per run: the fake's CPU and load, REST
// requests by kind, answers over time, slow interactions; bench/discord-diag.ts).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { BenchChild } from './child.js';
import { RunDiag } from './discord-diag.js';
import { alternate, envNumber, profileTo, warmupPasses, workloadFigures, type Sample, type Side, type Workload } from './rounds.js';
import { buildCorpus, CORPUS_SEED, describeCorpus, distinctSequence, zipfSequence } from './corpus.js';
import { shipped } from './shipped.js';

const ROLE = 'LODESTONE_DISCORD_BENCH_ROLE';
const TOKEN = 'discord-bench-token-0123456789';

type Target = 'ours' | 'uncached' | 'baseline';
interface RunMsg { type: 'run'; target: Target; workload: Workload; round: number; n: number; window: number }
interface RunResult { type: 'result'; n: number; seconds: number; p99: number; failed: number; diag?: Record<string, unknown> }

// ---------------------------------------------------------------- child: fake Discord + driver

async function child(): Promise<void> {
  const { FakeState } = await import('../test/fakes/discord/state.js');
  const { FakeGateway } = await import('../test/fakes/discord/gateway.js');
  const { chatInput, snowflake } = await import('../test/fakes/discord/payloads.js');
  const { loadDataset } = await shipped<typeof import('../src/dataset/load.js')>('dataset/load');
  const loaded = await loadDataset();
  if (!loaded.ok) throw new Error('the bundled dataset is invalid');
  const corpus = buildCorpus(loaded.dataset);

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
    /** Tokens answered with a deferral (callback type 5): done when the deferred message is edited or followed up. */
    const deferred = new Set<string>();
    let onAnswer: ((token: string) => void) | undefined;
    const diag = process.env.DISCORD_BENCH_DIAG ? new RunDiag() : undefined;

    // A lean REST: only what a login and an interaction reply need, nothing recorded.
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const url = req.url ?? '';
      let head = '';
      req.on('data', (chunk: Buffer) => {
        if (head.length < 64) head += chunk.toString('latin1', 0, 64);
      });
      req.on('end', () => {
        const cb = /^\/api\/v10\/interactions\/\d+\/([^/]+)\/callback/.exec(url);
        const deferral = cb !== null && /"type":\s*5/.test(head);
        diag?.request(req.method ?? '', url, deferral);
        if (cb) {
          res.writeHead(204);
          res.end();
          if (deferral) deferred.add(cb[1]!);
          else onAnswer?.(cb[1]!);
          return;
        }
        const hook = /^\/api\/v10\/webhooks\/\d+\/([^/?]+)/.exec(url);
        if (hook && (req.method === 'PATCH' || req.method === 'POST') && deferred.delete(hook[1]!)) onAnswer?.(hook[1]!);
        let body: unknown = { message: '404: Not Found', code: 0 };
        let status = 404;
        if (url.startsWith('/api/v10/gateway/bot')) {
          status = 200;
          body = { url: state.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 16 } };
        } else if (url.startsWith('/api/v10/users/@me')) {
          status = 200;
          body = { id: bot.id, username: bot.username, discriminator: '0', avatar: null, bot: true };
        } else if (hook) {
          status = req.method === 'DELETE' ? 204 : 200;
          body = { id: snowflake(), channel_id: channel.id, author: { id: bot.id, username: bot.username, discriminator: '0', avatar: null }, content: '', embeds: [], timestamp: new Date().toISOString() };
        }
        if (status === 204) {
          res.writeHead(204);
          res.end();
          return;
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

    const dispatch = (k: number): void => {
      const c = corpus[k]!;
      const options = c.command === 'digest'
        ? [{ name: c.args.subcommand!, type: 1, options: [] }]
        : Object.entries(c.args).map(([name, value]) => ({ name, type: 3, value }));
      const payload = chatInput({ applicationId: bot.id, guild, channel, user, locale: c.locale === 'de' ? 'de' : 'en-US' }, c.command, options as never);
      pending.set(String(payload.token), performance.now());
      diag?.sent(String(payload.token), `/${c.command} ${c.text}`);
      gateway.dispatch('INTERACTION_CREATE', payload);
    };

    return {
      apiBase: `http://127.0.0.1:${port}/api`,
      run(msg) {
        const seq = msg.workload === 'mix' ? zipfSequence(corpus.length, msg.n, CORPUS_SEED + msg.round) : distinctSequence(corpus.length, CORPUS_SEED + msg.round);
        return new Promise((resolve) => {
          const latencies: number[] = [];
          let sent = 0;
          let done = 0;
          const start = performance.now();
          diag?.begin();
          const guard = setTimeout(() => finish(), 120_000);
          const finish = (): void => {
            clearTimeout(guard);
            onAnswer = undefined;
            const seconds = (performance.now() - start) / 1000;
            latencies.sort((a, b) => a - b);
            const at = (q: number): number => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
            pending.clear();
            deferred.clear();
            resolve({ type: 'result', n: done, seconds, p99: at(0.99), failed: seq.length - done, ...(diag ? { diag: diag.summary(done, latencies) } : {}) });
          };
          onAnswer = (token) => {
            const t0 = pending.get(token);
            if (t0 === undefined) return;
            pending.delete(token);
            const now = performance.now();
            latencies.push(now - t0);
            diag?.answered(token, now - t0, now);
            done++;
            if (sent < seq.length) dispatch(seq[sent++]!);
            else if (done === seq.length) finish();
          };
          while (sent < Math.min(msg.window, seq.length)) dispatch(seq[sent++]!);
        });
      },
    };
  }

  const fakes = { ours: await fake(), uncached: await fake(), baseline: await fake() };
  process.send!({ type: 'ready', ours: fakes.ours.apiBase, uncached: fakes.uncached.apiBase, baseline: fakes.baseline.apiBase, corpus: describeCorpus(corpus) });
  process.on('message', (msg: RunMsg | { type: 'exit' }) => {
    if (msg.type === 'exit') process.exit(0);
    void fakes[msg.target].run(msg).then((r) => process.send!(r));
  });
  process.on('disconnect', () => process.exit(0));
}
// ---------------------------------------------------------------- parent: the two bots


interface Bot {
  stop(): Promise<void>;
}

async function startOurs(apiBase: string, replyCacheEntries?: number): Promise<Bot> {
  const [{ parseConfig }, { createLogger }, { Metrics }, { CommandCore }, { createRegistry }, { DatasetHolder }, { loadDataset }, { createDiscordBot }, { ChartImages }, { memoChartRenderer, renderChartPng }] = await Promise.all([
    shipped<typeof import('../src/config.js')>('config'), shipped<typeof import('../src/ops/log.js')>('ops/log'), shipped<typeof import('../src/ops/metrics.js')>('ops/metrics'), shipped<typeof import('../src/commands/core.js')>('commands/core'),
    shipped<typeof import('../src/commands/index.js')>('commands/index'), shipped<typeof import('../src/dataset/holder.js')>('dataset/holder'), shipped<typeof import('../src/dataset/load.js')>('dataset/load'), shipped<typeof import('../src/adapters/discord/bot.js')>('adapters/discord/bot'),
    shipped<typeof import('../src/charts/images.js')>('charts/images'), shipped<typeof import('../src/charts/index.js')>('charts/index'),
  ]);
  const loaded = await loadDataset();
  if (!loaded.ok) throw new Error('the bundled dataset is invalid');
  const config = parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: '123456789012345678', DISCORD_MESSAGE_CONTENT: 'false', LOG_LEVEL: 'warn' });
  const core = new CommandCore({ registry: createRegistry(), datasets: new DatasetHolder(loaded.dataset), ...(replyCacheEntries !== undefined ? { replyCacheEntries } : {}) });
  const metrics = new Metrics();
  // What src/app.ts wires: the core's one count of every answer.
  core.onCommand((e) => metrics.commands.inc({ name: e.name, outcome: e.outcome }));
  // Charts by address (LODESTONE_PUBLIC_URL with the operations server serving them, as src/app.ts
  // wires it); DISCORD_BENCH_CHARTS=upload measures the attachment fallback instead.
  const chartImages = process.env.DISCORD_BENCH_CHARTS === 'upload' ? undefined : new ChartImages({ baseUrl: 'https://lodestone.bench.invalid', render: memoChartRenderer(renderChartPng) });
  const bot = createDiscordBot({ core, config, log: createLogger(config), metrics, restApi: apiBase, ...(chartImages ? { chartImages } : {}) });
  await bot.start();
  return bot;
}

async function startBaseline(apiBase: string): Promise<Bot> {
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

export default async function run(): Promise<Record<string, unknown>> {
  const rounds = Math.max(1, Math.floor(envNumber('DISCORD_BENCH_ROUNDS', 5)));
  const mixN = Math.floor(envNumber('DISCORD_BENCH_MIX', 6_000));
  const window = Math.floor(envNumber('DISCORD_BENCH_WINDOW', 64));
  const driver = new BenchChild(fileURLToPath(import.meta.url), { [ROLE]: 'fake' });
  const bots: Bot[] = [];
  try {
    const apis = await driver.ask<{ ours: string; uncached: string; baseline: string; corpus: Record<string, number> }>();
    const corpus = apis.corpus;
    const side = (target: Target): Side => ({
      run: async (workload, round): Promise<Sample> => {
        const cpu = process.cpuUsage();
        const elu = performance.eventLoopUtilization();
        const n = workload === 'mix' ? mixN : corpus.inputs!;
        const res = await driver.ask<RunResult>({ type: 'run', target, workload, round, n, window } satisfies RunMsg);
        const used = process.cpuUsage(cpu);
        if (res.diag) {
          const bot = { bot_elu: Math.round(performance.eventLoopUtilization(elu).utilization * 100) / 100, bot_cpu_us: Math.round((used.user + used.system) / Math.max(1, res.n)) };
          process.stderr.write(`discord diag: ${target} ${workload} round ${round}: ${Math.round(res.n / res.seconds)}/s ${JSON.stringify({ ...bot, ...res.diag })}\n`);
        }
        return { rps: res.n / res.seconds, p99_ms: res.p99, cpu_us: (used.user + used.system) / Math.max(1, res.n), errors: res.failed };
      },
    });
    const profile = process.env.BENCH_PROFILE as Workload | 'baseline' | undefined;
    if (profile === 'baseline' || profile === 'mix' || profile === 'distinct') {
      // One side on one workload, for a CPU profile: ours (BENCH_PROFILE=mix|distinct), or the bare
      // client (BENCH_PROFILE=baseline, on BENCH_PROFILE_WORKLOAD, distinct unless set to mix). The
      // side first gets the full run's warm-up: without it the mix profile was of a cold reply cache
      // (core.run, the misses, was a tenth of it; 1-2 % once the cache holds the corpus, as in the full run).
      // BENCH_PROFILE_OUT=FILE writes a profile of the measured rounds alone (no start-up, no warm-up).
      const workload: Workload = profile === 'baseline' ? (process.env.BENCH_PROFILE_WORKLOAD === 'mix' ? 'mix' : 'distinct') : profile;
      const target: Target = profile === 'baseline' ? 'baseline' : profile === 'mix' ? 'ours' : 'uncached';
      bots.push(await (target === 'baseline' ? startBaseline(apis.baseline) : startOurs(apis[target], target === 'ours' ? undefined : 0)));
      for (let pass = 0; pass < warmupPasses(); pass++) await side(target).run('distinct', 1_000 + pass);
      await side(target).run('mix', 1_000);
      const out = process.env.BENCH_PROFILE_OUT;
      const stop = out ? await profileTo(out) : undefined;
      const samples: Sample[] = [];
      for (let r = 0; r < rounds; r++) samples.push(await side(target).run(workload, r));
      await stop?.();
      return { bench: 'discord', profile, workload, samples };
    }
    bots.push(await startOurs(apis.ours));
    bots.push(await startOurs(apis.uncached, 0));
    bots.push(await startBaseline(apis.baseline));

    process.stderr.write(`discord: ${corpus.inputs} distinct inputs; warm-up\n`);
    for (const t of ['ours', 'uncached', 'baseline'] as const) {
      for (let pass = 0; pass < warmupPasses(); pass++) await side(t).run('distinct', 1_000 + pass);
      await side(t).run('mix', 1_000);
    }
    const res = await alternate({ name: 'discord', rounds, ours: { mix: side('ours'), distinct: side('uncached') }, baseline: side('baseline') });
    const mix = workloadFigures('mix', res.mix);
    const distinct = workloadFigures('distinct', res.distinct);
    return {
      bench: 'discord',
      distinct_inputs: corpus.inputs,
      mix_ratio_rps: mix.mix_ratio_rps,
      distinct_ratio_rps: distinct.distinct_ratio_rps,
      mix_ratio_p99: mix.mix_ratio_p99,
      distinct_ratio_p99: distinct.distinct_ratio_p99,
      ...mix,
      ...distinct,
      rounds,
      mix_interactions_per_round: mixN,
      window,
      corpus,
    };
  } finally {
    for (const b of bots) await b.stop().catch(() => undefined);
    driver.stop();
  }
}

if (process.env[ROLE] === 'fake') void child();
