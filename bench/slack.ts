// `npm run bench -- slack`: signed slash commands (/lodestone …) over HTTP on loopback from the shared corpus
// (bench/corpus.ts), Lodestone's Slack app (real core, registry, bundled dataset) beside a bare Bolt
// app on the same receiver type and signing secret that acknowledges every command with a constant.
// Two workloads in alternating rounds (bench/rounds.ts): the mix (Zipf-replayed corpus, reply cache on)
// and distinct (every corpus input once per round, reply cache off). autocannon and the fake Slack
// Web API / response_url endpoints run in a child process (this file, forked), so load generation
// never shares the apps' event loop. German inputs come from users whose Slack locale is German.
// Settings: SLACK_BENCH_ROUNDS (5), SLACK_BENCH_MIX_REQUESTS (6000 per round), SLACK_BENCH_CONNECTIONS (50),
// Beside the rounds, two diagnostic sides on the mix: the app without its pre-dispatch shortcut
// (mix_no_predispatch_*) and with charts uploaded instead of shown by address (mix_uploads_*); SLACK_BENCH_PREDISPATCH=skip leaves them out.
// Profiling: BENCH_PROFILE=distinct|mix runs one side only (ours; SLACK_BENCH_PROFILE_SIDE=baseline or
// no_predispatch for the others), after one unmeasured round; BENCH_PROFILE_OUT=FILE writes a CPU profile of the measured rounds.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { BenchChild } from './child.js';
import { alternate, envNumber, profileTo, warmupPasses, workloadFigures, type Sample, type Side, type Workload } from './rounds.js';
import { buildCorpus, CORPUS_SEED, describeCorpus, distinctSequence, zipfSequence, type CorpusInput } from './corpus.js';
import { shipped } from './shipped.js';

const SECRET = 'lodestone-slack-bench-secret';
const ROLE = 'LODESTONE_SLACK_BENCH_ROLE';

interface RunMsg { type: 'run'; url: string; workload: Workload; round: number; amount: number; connections: number }
interface RunResult { type: 'result'; requests: number; seconds: number; p99: number; errors: number }

// ---------------------------------------------------------------- child: fake Slack + autocannon

const userOf = (c: CorpusInput, i: number): string => `U0${c.locale.toUpperCase()}${i % 20}`;

/** What follows the app's one command (SLACK_COMMAND, default /lodestone): "reserves china", "reserven china" or a question. */
const slackText = (c: CorpusInput): string =>
  c.command === 'ask' ? c.text : c.line.startsWith('/') ? `${c.command}${c.text ? ` ${c.text}` : ''}` : c.line;

/** Invocations sent by this process: each gets its own trigger_id, never reused across rounds. */
let sent = 0;

function signed(corpus: readonly CorpusInput[], fakePort: number): (() => { headers: Record<string, string>; body: string })[] {
  const ts = Math.floor(Date.now() / 1000);
  return corpus.map((c, i) => {
    const body = new URLSearchParams({
      token: 'unused', team_id: 'T0BENCH', team_domain: 'bench', channel_id: `C0BENCH${i % 7}`, channel_name: 'general',
      user_id: userOf(c, i), user_name: 'bench', command: '/lodestone', text: slackText(c), api_app_id: 'A0BENCH', is_enterprise_install: 'false',
      response_url: `http://127.0.0.1:${fakePort}/respond/${i}`, trigger_id: `${i}.bench`,
    }).toString();
    // Every invocation carries its own trigger_id, as Slack's do (the app refuses replays), so each
    // request is signed as it is sent.
    return () => {
      const fresh = body.replace(`trigger_id=${i}.bench`, `trigger_id=${i}.${++sent}.bench`);
      const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${fresh}`).digest('hex')}`;
      return { headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature }, body: fresh };
    };
  });
}

async function child(): Promise<void> {
  const { loadDataset } = await shipped<typeof import('../src/dataset/load.js')>('dataset/load');
  const loaded = await loadDataset();
  if (!loaded.ok) throw new Error('the bundled dataset is invalid');
  const corpus = buildCorpus(loaded.dataset);
  const fake = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const method = (req.url ?? '').replace(/^\/api\//, '');
      const reply = method.startsWith('users.info')
        ? { ok: true, user: { id: 'U0USER', locale: body.includes('U0DE') ? 'de-DE' : 'en-US', is_admin: false } }
        : { ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0BENCH', ts: `${Date.now() / 1000}`, upload_url: `http://127.0.0.1:${(fake.address() as AddressInfo).port}/upload`, file_id: 'F0BENCH', files: [] };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply));
    });
  });
  fake.listen(0, '127.0.0.1', () => process.send!({ type: 'ready', port: (fake.address() as AddressInfo).port, corpus: describeCorpus(corpus) }));
  process.on('message', (msg: RunMsg | { type: 'exit' }) => {
    if (msg.type === 'exit') {
      fake.close(() => process.exit(0));
      return;
    }
    const requests = signed(corpus, (fake.address() as AddressInfo).port);
    const seq = msg.workload === 'mix' ? zipfSequence(corpus.length, msg.amount, CORPUS_SEED + msg.round) : distinctSequence(corpus.length, CORPUS_SEED + msg.round);
    let next = 0;
    // Timed here, to the last response: autocannon notices the end of a run on its one-second tick.
    const started = performance.now();
    let last = started;
    void autocannon({
      url: msg.url, connections: msg.connections, amount: seq.length, timeout: 10,
      requests: [{ method: 'POST', path: '/slack/events', setupRequest: (req: autocannon.Request) => ({ ...req, ...requests[seq[next++ % seq.length]!]!() }), onResponse: () => { last = performance.now(); } }],
    }).then((r: autocannon.Result) => {
      process.send!({ type: 'result', requests: r.requests.total, seconds: (last - started) / 1000, p99: r.latency.p99, errors: r.errors + r.non2xx + r.timeouts } satisfies RunResult);
    });
  });
  process.on('disconnect', () => process.exit(0));
}

// ---------------------------------------------------------------- parent: the apps


interface Target {
  url: string;
  stop(): Promise<void>;
}

async function startOurs(fakePort: number, opts: { replyCacheEntries?: number; preDispatchCache?: boolean; charts?: boolean; uploads?: boolean }): Promise<Target> {
  const [{ parseConfig }, { createLogger }, { Metrics }, { CommandCore }, { createRegistry }, { DatasetHolder }, { loadDataset }, { createSlackApp }] = await Promise.all([
    shipped<typeof import('../src/config.js')>('config'), shipped<typeof import('../src/ops/log.js')>('ops/log'), shipped<typeof import('../src/ops/metrics.js')>('ops/metrics'), shipped<typeof import('../src/commands/core.js')>('commands/core'),
    shipped<typeof import('../src/commands/index.js')>('commands/index'), shipped<typeof import('../src/dataset/holder.js')>('dataset/holder'), shipped<typeof import('../src/dataset/load.js')>('dataset/load'), shipped<typeof import('../src/adapters/slack/index.js')>('adapters/slack/index'),
  ]);
  const loaded = await loadDataset();
  if (!loaded.ok) throw new Error('the bundled dataset is invalid');
  const config = parseConfig({
    SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: `http://127.0.0.1:${fakePort}/api/`, LOG_LEVEL: 'warn',
    // Charts by address (an image block, served by the app's own HTTP server), as an HTTP-mode
    // deployment with a public URL runs; the mix_uploads side measures the upload fallback.
    ...(opts.uploads ? {} : { LODESTONE_PUBLIC_URL: 'https://lodestone.bench.invalid' }),
  });
  const core = new CommandCore({ registry: createRegistry(), datasets: new DatasetHolder(loaded.dataset), ...(opts.replyCacheEntries !== undefined ? { replyCacheEntries: opts.replyCacheEntries } : {}) });
  const metrics = new Metrics();
  // What src/app.ts wires: the core's one count of every answer.
  core.onCommand((e) => metrics.commands.inc({ name: e.name, outcome: e.outcome }));
  const slack = createSlackApp({
    core, config, log: createLogger(config), metrics, port: 0,
    ...(opts.preDispatchCache === false ? { preDispatchCache: false } : {}),
    // Diagnosis: no charts at all (SLACK_BENCH_CHARTS=off).
    ...(opts.charts === false || process.env.SLACK_BENCH_CHARTS === 'off' ? { chartRenderer: null } : {}),
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
  return { url: `http://127.0.0.1:${server.address().port}`, stop: async () => { await app.stop(); } };
}

/** One round against one app: requests/s and p99 from autocannon, CPU of this process (where the apps run) per request. */
function sideOf(t: Target, generator: BenchChild, amount: number, connections: number): Side {
  return {
    run: async (workload, round): Promise<Sample> => {
      const cpu = process.cpuUsage();
      const res = await generator.ask<RunResult>({ type: 'run', url: t.url, workload, round, amount, connections } satisfies RunMsg);
      const used = process.cpuUsage(cpu);
      return { rps: res.requests / res.seconds, p99_ms: res.p99, cpu_us: (used.user + used.system) / Math.max(1, res.requests), errors: res.errors };
    },
  };
}

export default async function run(): Promise<Record<string, unknown>> {
  const rounds = Math.max(1, Math.floor(envNumber('SLACK_BENCH_ROUNDS', 5)));
  const mixRequests = Math.floor(envNumber('SLACK_BENCH_MIX_REQUESTS', 6_000));
  const connections = Math.floor(envNumber('SLACK_BENCH_CONNECTIONS', 50));
  // The app without its pre-dispatch shortcut runs beside, so every run shows what the shortcut pays.
  const compare = process.env.SLACK_BENCH_PREDISPATCH !== 'skip';
  const generator = new BenchChild(fileURLToPath(import.meta.url), { [ROLE]: 'generator' });
  const targets: Target[] = [];
  try {
    const { port, corpus } = await generator.ask<{ port: number; corpus: Record<string, number> }>();
    const start = async (t: Promise<Target>): Promise<Target> => {
      const started = await t;
      targets.push(started);
      return started;
    };
    const profile = process.env.BENCH_PROFILE as Workload | undefined;
    if (profile === 'mix' || profile === 'distinct') {
      // Only ours on one workload, for `node --cpu-prof --import tsx bench/index.ts slack`.
      // SLACK_BENCH_PROFILE_SIDE=baseline profiles the bare Bolt app instead, for comparison.
      // SLACK_BENCH_PROFILE_SIDE=no_predispatch profiles ours without the pre-dispatch shortcut.
      const which = process.env.SLACK_BENCH_PROFILE_SIDE;
      const t = await start(which === 'baseline' ? startBaseline() : startOurs(port, { ...(profile === 'mix' ? {} : { replyCacheEntries: 0 }), ...(which === 'no_predispatch' ? { preDispatchCache: false } : {}) }));
      const amount = profile === 'mix' ? mixRequests : corpus.inputs!;
      // Unprofiled rounds first, as the rounds' warm-up does (JIT, lazily built indexes);
      // BENCH_PROFILE_OUT writes a profile of the measured rounds alone (no start-up, no warm-up).
      for (let pass = 0; pass < warmupPasses(); pass++) await sideOf(t, generator, amount, connections).run(profile, 1_000 + pass);
      const out = process.env.BENCH_PROFILE_OUT;
      const stop = out ? await profileTo(out) : undefined;
      const samples: Sample[] = [];
      for (let r = 0; r < rounds; r++) samples.push(await sideOf(t, generator, amount, connections).run(profile, r));
      await stop?.();
      return { bench: 'slack', profile, samples };
    }
    const cached = await start(startOurs(port, {}));
    const uncached = await start(startOurs(port, { replyCacheEntries: 0 }));
    const baseline = await start(startBaseline());
    const noShortcut = compare ? await start(startOurs(port, { preDispatchCache: false })) : undefined;
    // What the upload fallback (no public URL: files.uploadV2 with every ranking answer) costs on the mix.
    const uploads = compare ? await start(startOurs(port, { uploads: true })) : undefined;

    const side = (t: Target): Side => ({
      run: (workload, round) => sideOf(t, generator, workload === 'mix' ? mixRequests : corpus.inputs!, connections).run(workload, round),
    });
    process.stderr.write(`slack: ${corpus.inputs} distinct inputs; warm-up\n`);
    for (const t of [cached, uncached, baseline, ...(noShortcut ? [noShortcut] : []), ...(uploads ? [uploads] : [])]) {
      for (let pass = 0; pass < warmupPasses(); pass++) await side(t).run('distinct', 1_000 + pass);
      await side(t).run('mix', 1_000);
    }
    const res = await alternate({
      name: 'slack', rounds,
      ours: { mix: side(cached), distinct: side(uncached) },
      baseline: side(baseline),
      ...(noShortcut && uploads ? { extra: { mix_no_predispatch: { workload: 'mix' as const, side: side(noShortcut) }, mix_uploads: { workload: 'mix' as const, side: side(uploads) } } } : {}),
    });
    const mix = workloadFigures('mix', res.mix);
    const distinct = workloadFigures('distinct', res.distinct);
    const extraRatio = (k: string): Record<string, number> => {
      const xs = res.extra[k];
      if (!xs?.length) return {};
      const ratios = xs.map((x, i) => x.rps / res.mix.baseline[i]!.rps).sort((a, b) => a - b);
      return { [`${k}_ratio_rps`]: Math.round(ratios[ratios.length >> 1]! * 100) / 100, [`${k}_cpu_us`]: Math.round(xs.map((x) => x.cpu_us).sort((a, b) => a - b)[xs.length >> 1]!) };
    };
    return {
      bench: 'slack',
      distinct_inputs: corpus.inputs,
      mix_ratio_rps: mix.mix_ratio_rps,
      distinct_ratio_rps: distinct.distinct_ratio_rps,
      mix_ratio_p99: mix.mix_ratio_p99,
      distinct_ratio_p99: distinct.distinct_ratio_p99,
      ...mix,
      ...distinct,
      ...extraRatio('mix_no_predispatch'),
      ...extraRatio('mix_uploads'),
      rounds,
      mix_requests_per_round: mixRequests,
      connections,
      corpus,
    };
  } finally {
    for (const t of targets) await t.stop().catch(() => undefined);
    generator.stop();
  }
}

if (process.env[ROLE] === 'generator') void child();
