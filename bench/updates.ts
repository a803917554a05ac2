// `npm run bench -- updates`: 10,000 channels subscribed to updates (4,000 Discord-like, 6,000
// Slack-like) and one new dataset version with 5 changes: one update post per channel, through the
// real change detection, store (SQLite), ledger, scheduler and pacing, to the loopback fake
// platforms of the digest benchmark, which enforce Discord's 50/s global and 5/5 s per channel and
// Slack's 1/s per channel (429 + Retry-After beyond them).
//
// Two runs. Clean: in this process, timed from the change set's scheduling tick until every post is
// recorded; ratio_to_floor = seconds / floor, floor = (Discord posts - burst 50) / 50 s (a Slack
// channel gets one post, so Slack adds nothing). Killed: the same fan-out in a worker process,
// killed with SIGKILL mid-fan-out and started again; it takes over the dead process's claims after
// their lease and checks the platform by idempotency key before posting again. Both runs count
// duplicates (a key received twice) and misses (a channel without exactly one received-and-
// recorded post).
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { createBriefings } from '../src/briefings/index.js';
import { idempotencyKey } from '../src/briefings/keys.js';
import { CommandCore } from '../src/commands/core.js';
import { Registry } from '../src/commands/registry.js';
import { parseConfig } from '../src/config.js';
import { DatasetHolder } from '../src/dataset/holder.js';
import { Metrics } from '../src/ops/metrics.js';
import { openStore, type Store } from '../src/store/index.js';
import { recordServed } from '../src/updates/announce.js';
import { startPlatformThread, type ThreadPlatform } from '../test/briefings/fixtures/fake-platform-thread.js';
import { HttpTarget } from '../test/briefings/fixtures/http-target.js';
import { versions } from './updates/data.js';

const SUBSCRIPTIONS = Number(process.env.BENCH_UPDATES_SUBS ?? 10_000);
const DISCORD_SHARE = 0.4;
const DISCORD_GLOBAL = { perSecond: 50, burst: 50 };
const log = pino({ level: 'silent' });
const round = (x: number, d = 2): number => Number(x.toFixed(d));

const floorSeconds = (discord: number): number => Math.max(0, discord - DISCORD_GLOBAL.burst) / DISCORD_GLOBAL.perSecond;

async function platforms(): Promise<[ThreadPlatform, ThreadPlatform]> {
  return Promise.all([
    startPlatformThread({ global: DISCORD_GLOBAL, channel: { count: 5, perMs: 5000 } }),
    startPlatformThread({ channel: { count: 1, perMs: 1000, burst: 1 } }),
  ]);
}

/** A store with every channel subscribed to updates (no digest) and version 1 served. */
async function prepared(dir: string): Promise<{ store: Store; ids: { id: string; platform: 'discord' | 'slack' }[] }> {
  const store = await openStore(parseConfig({ LODESTONE_STATE_DIR: dir }), log);
  const before = new Date(Date.now() - 3_600_000);
  const ids: { id: string; platform: 'discord' | 'slack' }[] = [];
  const discord = Math.round(SUBSCRIPTIONS * DISCORD_SHARE);
  for (let i = 0; i < SUBSCRIPTIONS; i++) {
    const platform = i < discord ? 'discord' : 'slack';
    const { subscription } = await store.saveSubscription({
      platform, channelId: `${platform}-${i}`, workspaceId: platform === 'slack' ? `T${i % 50}` : `G${i % 200}`,
      time: '08:00', timezone: 'Europe/Berlin', locale: i % 3 ? 'en' : 'de', cadence: 'none', updates: true,
    }, before);
    ids.push({ id: subscription.id, platform });
  }
  await recordServed(store, (await versions()).v1, before);
  return { store, ids };
}

/** Duplicates and misses: each channel must have exactly one received post, the one the ledger recorded. */
async function verify(store: Store, ids: { id: string; platform: 'discord' | 'slack' }[], discord: ThreadPlatform, slack: ThreadPlatform): Promise<{ duplicates: number; missed: number; changes: number; received: number }> {
  const [d, s] = await Promise.all([discord.summary(), slack.summary()]);
  const byKey = { discord: new Map(d.received.map((r) => [r.key, r])), slack: new Map(s.received.map((r) => [r.key, r])) };
  const sets = await store.changeSetsSince(new Date(0));
  const key = sets[0] ? `update:${sets[0].id}` : '';
  const sent = new Map((await store.allDeliveries()).filter((r) => r.status === 'sent').map((r) => [`${r.subscriptionId}|${r.editionKey}`, r]));
  let missed = sets.length === 1 ? 0 : ids.length;
  if (sets.length === 1) {
    for (const x of ids) {
      const row = sent.get(`${x.id}|${key}`);
      const got = byKey[x.platform].get(idempotencyKey(x.id, key));
      if (!row || !got || got.id !== row.messageId) missed++;
    }
  }
  return { duplicates: d.duplicates + s.duplicates, missed, changes: sets[0]?.changeCount ?? 0, received: byKey.discord.size + byKey.slack.size };
}

async function cleanRun(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'lodestone-bench-updates-'));
  const [discord, slack] = await platforms();
  try {
    const { store, ids } = await prepared(dir);
    const { v1, v2 } = await versions();
    const holder = new DatasetHolder(v1);
    const core = new CommandCore({ registry: new Registry(), datasets: holder });
    const briefings = createBriefings({
      config: parseConfig({ LODESTONE_STATE_DIR: dir, DIGEST_SCHEDULER: 'false' }), log, metrics: new Metrics(), core, store,
      targets: [new HttpTarget('discord', discord.url), new HttpTarget('slack', slack.url)],
    }, { charts: false, leaseMs: 600_000 });
    await briefings.start();
    // The editor's new version arrives: recorded (change detection included), then the fan-out.
    const started = performance.now();
    holder.swap(v2);
    await briefings.served();
    await briefings.scheduler.tick();
    await briefings.scheduler.idle();
    const seconds = (performance.now() - started) / 1000;
    await briefings.stop();
    const v = await verify(store, ids, discord, slack);
    await store.close();
    const floor = floorSeconds(ids.filter((x) => x.platform === 'discord').length);
    return { seconds: round(seconds), floor_seconds: round(floor), ratio_to_floor: round(seconds / floor, 3), ...v };
  } finally {
    await Promise.all([discord.close(), slack.close()]);
    rmSync(dir, { recursive: true, force: true });
  }
}

const WORKER = fileURLToPath(new URL('./updates/worker.ts', import.meta.url));

function worker(dir: string, discord: string, slack: string): ChildProcess {
  return fork(WORKER, [], {
    // BENCH_UPDATES_CPU_PROF=DIR: CPU profiles of the worker processes (the killed one writes none).
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_UPDATES_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_UPDATES_CPU_PROF}`] : [])], stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: { ...process.env, WORKER_STATE_DIR: dir, WORKER_DISCORD: discord, WORKER_SLACK: slack, WORKER_EXPECT: String(SUBSCRIPTIONS), WORKER_LEASE_MS: '3000' },
  });
}
const exited = (c: ChildProcess): Promise<NodeJS.Signals | number | null> =>
  new Promise((r) => (c.exitCode !== null || c.signalCode !== null ? r(c.signalCode ?? c.exitCode) : c.once('exit', (code, sig) => r(sig ?? code))));

type WorkerMsg = { type: string; at: number } & Record<string, unknown>;

/** The worker's reports (up, started, recovered, done), kept in arrival order. */
function listen(c: ChildProcess): WorkerMsg[] {
  const out: WorkerMsg[] = [];
  c.on('message', (m: WorkerMsg) => out.push(m));
  return out;
}

/** Where the killed run's time went, in seconds from the kill (posts from the platforms' own records). */
function timeline(kill: number, started: number, msgs: WorkerMsg[], posts: { at: number; platform: string }[]): Record<string, unknown> {
  const at = (type: string): number | undefined => msgs.find((m) => m.type === type)?.at;
  const s = (t: number | undefined): number | null => (t === undefined ? null : round((t - kill) / 1000, 2));
  const before = posts.filter((p) => p.at <= kill);
  const after = posts.filter((p) => p.at > kill).sort((a, b) => a.at - b.at);
  const lastBefore = before.reduce((m, p) => Math.max(m, p.at), 0);
  const firstAfter = (platform?: string): number | undefined => after.find((p) => !platform || p.platform === platform)?.at;
  const lastOf = (platform: string): number | undefined => posts.filter((p) => p.platform === platform).reduce<number | undefined>((m, p) => Math.max(m ?? 0, p.at), undefined);
  const done = msgs.find((m) => m.type === 'done');
  return {
    posted_before_kill: { discord: before.filter((p) => p.platform === 'discord').length, slack: before.filter((p) => p.platform === 'slack').length },
    first_post_s: round((Math.min(...posts.map((p) => p.at)) - started) / 1000, 2),
    last_post_before_kill_s: s(lastBefore || undefined),
    restart_up_s: s(at('up')), restart_started_s: s(at('started')),
    first_post_after_s: s(firstAfter()), first_discord_after_s: s(firstAfter('discord')), first_slack_after_s: s(firstAfter('slack')),
    last_discord_s: s(lastOf('discord')), last_slack_s: s(lastOf('slack')),
    ...(done ? { reads: done.reads, statuses: done.byStatus, said: done.said } : {}),
  };
}

async function killedRun(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'lodestone-bench-updates-kill-'));
  const [discord, slack] = await platforms();
  try {
    const { store, ids } = await prepared(dir);
    await store.close();
    const started = performance.now();
    const wallStart = Date.now();
    const first = worker(dir, discord.url, slack.url);
    const firstMsgs = listen(first);
    await new Promise<void>((r) => first.on('message', (m: WorkerMsg) => { if (m.type === 'started') r(); }));
    // Mid-fan-out: the Discord floor alone is about 80 s at full size.
    const at = process.env.BENCH_UPDATES_KILL_AT ? Number(process.env.BENCH_UPDATES_KILL_AT) : 0.25 + Math.random() * 0.25;
    const killAfterMs = Math.round(floorSeconds(SUBSCRIPTIONS * DISCORD_SHARE) * 1000 * at);
    await new Promise((r) => setTimeout(r, killAfterMs));
    const killAt = Date.now();
    first.kill('SIGKILL');
    const signal = await exited(first);
    const second = worker(dir, discord.url, slack.url);
    const msgs = listen(second);
    const code = await exited(second);
    const seconds = (performance.now() - started) / 1000;
    const reopened = await openStore(parseConfig({ LODESTONE_STATE_DIR: dir }), log);
    const v = await verify(reopened, ids, discord, slack);
    await reopened.close();
    const [d, s] = await Promise.all([discord.summary(), slack.summary()]);
    const posts = [...d.received.map((r) => ({ at: r.at, platform: 'discord' })), ...s.received.map((r) => ({ at: r.at, platform: 'slack' }))];
    const floor = floorSeconds(ids.filter((x) => x.platform === 'discord').length);
    return {
      killed_after_seconds: round(killAfterMs / 1000, 1), kill: String(signal), restart_exit: String(code),
      seconds: round(seconds), ratio_to_floor: round(seconds / floor, 3), ...v,
      first_worker_started_s: round(((firstMsgs.find((m) => m.type === 'started')?.at ?? wallStart) - wallStart) / 1000, 2),
      rate_limited: { discord: d.rateLimited, slack: s.rateLimited },
      after_kill: timeline(killAt, wallStart, msgs, posts),
    };
  } finally {
    await Promise.all([discord.close(), slack.close()]);
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function run(): Promise<Record<string, unknown>> {
  // BENCH_UPDATES_ONLY=killed (or clean) runs one of the two, for looking into it.
  const only = process.env.BENCH_UPDATES_ONLY;
  const clean = only === 'killed' ? { changes: 0, seconds: 0, floor_seconds: 0, ratio_to_floor: 0, duplicates: 0, missed: 0 } : await cleanRun();
  const killed = only === 'clean' ? { duplicates: 0, missed: 0 } : await killedRun();
  return {
    bench: 'updates',
    subs: SUBSCRIPTIONS,
    changes: clean.changes,
    seconds: clean.seconds,
    floor_seconds: clean.floor_seconds,
    ratio_to_floor: clean.ratio_to_floor,
    duplicates: Number(clean.duplicates) + Number(killed.duplicates),
    missed: Number(clean.missed) + Number(killed.missed),
    clean_run: clean,
    sigkill_run: killed,
  };
}
