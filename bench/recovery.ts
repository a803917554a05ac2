// `npm run bench -- recovery`: crash recovery under the platforms' documented limits. SLACK_SUBS
// Slack and DISCORD_SUBS Discord subscriptions (default 1,000 and 400), all due at 08:00
// Europe/Berlin, delivered by two replicas of the real scheduler sharing one store, on loopback
// fakes that enforce the limits (Slack: 1 message/s per channel and conversations.history at
// Tier 3, 50 reads a minute; Discord: 50 requests/s global, 5 per 5 s per channel) and answer 429
// with Retry-After. RECOVERY_KILLS (10) SIGKILLs hit a random replica at random moments, recovery
// included; each killed replica is started again at once. Runs on SQLite and, when reachable,
// PostgreSQL.
//
// duplicates: messages received more than once. missed: subscriptions without exactly one received
// message. ledger_mismatches: ledger rows that disagree with the platform (not sent although the
// message is there, or another message id). floor_seconds: what the limits alone impose on the
// messages ((D - 50) / 50 s for Discord's global bucket) plus one lease per kill (a dead replica's
// claims are protected that long by design). ratio_to_floor = measured / floor, the worse store.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { idempotencyKey } from '../src/briefings/keys.js';
import type { Store } from '../src/store/index.js';
import { startFakePlatform } from '../test/briefings/fixtures/fake-platform.js';
import { storeFixture } from '../test/store/helpers.js';
import { pgReachable } from '../test/store/pg-helper.js';

const SLACK = Number(process.env.SLACK_SUBS ?? 1_000);
const DISCORD = Number(process.env.DISCORD_SUBS ?? 400);
const KILLS = Number(process.env.RECOVERY_KILLS ?? 10);
const LEASE_MS = Number(process.env.RECOVERY_LEASE_MS ?? 2_000);
const REPLICAS = 2;
const NOW = '2026-11-30T07:00:05Z';
const KEY = 'digest:2026-11-30';
const WORKER = resolve(import.meta.dirname, 'recovery-worker.ts');

interface StoreRun { store: string; seconds: number; floor_seconds: number; kills: number; duplicates: number; missed: number; ledger_mismatches: number; reads: number; read_429: number; post_429: number }

const exited = (c: ChildProcess): Promise<void> => new Promise((r) => {
  if (c.exitCode !== null || c.signalCode !== null) r();
  else c.once('exit', () => r());
});

async function runOn(kind: 'sqlite' | 'postgres'): Promise<StoreRun> {
  const f = await storeFixture(kind);
  const store: Store = await f.open();
  const subs: { id: string; platform: 'slack' | 'discord' }[] = [];
  const created = new Date('2026-11-30T06:00:00Z');
  for (let i = 0; i < SLACK + DISCORD; i++) {
    const platform = i < SLACK ? 'slack' as const : 'discord' as const;
    const { subscription } = await store.saveSubscription({ platform, channelId: `${platform[0]}C${i}`, workspaceId: platform === 'slack' ? 'T1' : 'G1', time: '08:00', timezone: 'Europe/Berlin', locale: i % 2 ? 'de' : 'en' }, created);
    subs.push({ id: subscription.id, platform });
  }
  const slack = await startFakePlatform({ channel: { count: 1, perMs: 1000, burst: 1 }, reads: { count: 50, perMs: 60_000, burst: 5 } });
  const discord = await startFakePlatform({ global: { perSecond: 50, burst: 50 }, channel: { count: 5, perMs: 5000 } });
  const wall = Date.now();
  const spawnWorker = (): ChildProcess => spawn(process.execPath, ['--import', 'tsx', WORKER], {
    env: {
      ...process.env, RECOVERY_NOW: NOW, RECOVERY_WALL: String(wall), RECOVERY_EXPECT: String(subs.length),
      RECOVERY_STATE_DIR: f.config.LODESTONE_STATE_DIR, RECOVERY_LEASE_MS: String(LEASE_MS),
      RECOVERY_SLACK_URL: slack.url, RECOVERY_DISCORD_URL: discord.url,
      ...(f.config.DATABASE_URL ? { RECOVERY_DATABASE_URL: f.config.DATABASE_URL } : {}),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const started = Date.now();
  const workers = Array.from({ length: REPLICAS }, spawnWorker);
  // Kill points: spread over the expected fan-out, some after a kill's lease ran out (recovery).
  const horizonMs = Math.max(8_000, ((DISCORD - 50) / 50) * 1000 + 4 * LEASE_MS);
  const killAt = Array.from({ length: KILLS }, () => 1_000 + Math.random() * horizonMs).sort((a, b) => a - b);
  let kills = 0;
  for (const at of killAt) {
    const wait = started + at - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const live = workers.map((w, i) => [w, i] as const).filter(([w]) => w.exitCode === null && w.signalCode === null);
    if (!live.length) break;
    const [victim, i] = live[Math.floor(Math.random() * live.length)]!;
    victim.kill('SIGKILL');
    await exited(victim);
    kills++;
    workers[i] = spawnWorker();
  }
  await Promise.all(workers.map(exited));
  const seconds = (Date.now() - started) / 1000;

  const ledger = new Map((await store.allDeliveries()).map((d) => [d.subscriptionId, d]));
  let missed = 0;
  let mismatches = 0;
  for (const s of subs) {
    const received = (s.platform === 'slack' ? slack : discord).byKey.get(idempotencyKey(s.id, KEY));
    const row = ledger.get(s.id);
    if (!received || received.count !== 1) missed++;
    if (received && (row?.status !== 'sent' || row.messageId !== received.id)) mismatches++;
    if (!received && row?.status === 'sent') mismatches++;
  }
  const run: StoreRun = {
    store: kind, seconds: Math.round(seconds * 10) / 10, floor_seconds: Math.round((Math.max(0, DISCORD - 50) / 50 + (kills * LEASE_MS) / 1000) * 10) / 10, kills,
    duplicates: slack.duplicates() + discord.duplicates(), missed, ledger_mismatches: mismatches,
    reads: slack.reads + discord.reads, read_429: slack.rateLimited.reads, post_429: slack.rateLimited.channel + discord.rateLimited.global + discord.rateLimited.channel,
  };
  process.stderr.write(`${JSON.stringify(run)}\n`);
  await slack.close();
  await discord.close();
  await f.cleanup();
  return run;
}

export default async function run(): Promise<Record<string, unknown>> {
  const kinds: ('sqlite' | 'postgres')[] = ['sqlite'];
  if (process.env.RECOVERY_STORES !== 'sqlite' && (await pgReachable())) kinds.push('postgres');
  const runs: StoreRun[] = [];
  for (const k of kinds) runs.push(await runOn(k));
  const sum = (f: (r: StoreRun) => number): number => runs.reduce((n, r) => n + f(r), 0);
  return {
    bench: 'recovery', subs: SLACK + DISCORD, slack_subs: SLACK, discord_subs: DISCORD, replicas: REPLICAS, stores: kinds.join('+'),
    kills: sum((r) => r.kills), duplicates: sum((r) => r.duplicates), missed: sum((r) => r.missed), ledger_mismatches: sum((r) => r.ledger_mismatches),
    ratio_to_floor: Math.max(...runs.map((r) => Math.round((r.seconds / r.floor_seconds) * 100) / 100)),
    runs,
  };
}
