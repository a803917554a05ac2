// `npm run bench -- digest`: 10,000 subscriptions (Discord-like and Slack-like channels) fanned
// out through the real scheduler, ledger (SQLite) and pacing, to loopback fake platforms that
// enforce the real limits: Discord 50 requests/s global (burst 50) and 5 per 5 s per channel;
// Slack 1 message/s per channel. Both answer 429 + Retry-After when exceeded.
//
// floor_seconds is the time the limits alone impose: Discord's global bucket must pass
// D messages, the first `burst` at once, then 50/s: (D - burst) / 50; a Slack channel with M
// messages needs (M - 1) s. The floor is the larger. A bare paced client (no store, no ledger,
// no digest building) runs through the same fake platforms as the baseline, at a fifth of the size.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { createBriefings, warmCharts } from '../src/briefings/index.js';
import { idempotencyKey } from '../src/briefings/keys.js';
import { Lane } from '../src/briefings/lane.js';
import { PLATFORM_LIMITS } from '../src/briefings/limits.js';
import { CommandCore } from '../src/commands/core.js';
import { Registry } from '../src/commands/registry.js';
import { parseConfig } from '../src/config.js';
import type { Dataset } from '../src/dataset/dataset.js';
import { DatasetHolder } from '../src/dataset/holder.js';
import { loadDataset } from '../src/dataset/load.js';
import { Metrics } from '../src/ops/metrics.js';
import { openStore } from '../src/store/index.js';
import { fixtureDataset } from '../test/briefings/fixtures/dataset.js';
import { startPlatformThread, type ThreadPlatform } from '../test/briefings/fixtures/fake-platform-thread.js';
import { HttpTarget } from '../test/briefings/fixtures/http-target.js';

const SUBSCRIPTIONS = Number(process.env.BENCH_DIGEST_SUBS ?? 10_000);
const DISCORD_SHARE = 0.4;
const DISCORD_GLOBAL = { perSecond: 50, burst: 50 };
const DISCORD_CHANNEL = { count: 5, perMs: 5000 };
const SLACK_CHANNEL = { count: 1, perMs: 1000, burst: 1 };
const NOW = new Date('2026-11-30T07:00:00Z');

function floorSeconds(discord: number, maxSlackPerChannel: number): number {
  const d = Math.max(0, discord - DISCORD_GLOBAL.burst) / DISCORD_GLOBAL.perSecond;
  const s = Math.max(0, maxSlackPerChannel - (SLACK_CHANNEL.burst ?? 1)) * (SLACK_CHANNEL.perMs / SLACK_CHANNEL.count) / 1000;
  return Math.max(d, s);
}

/** Discord-like and Slack-like fake platforms, each in its own worker thread. */
async function platforms(): Promise<[ThreadPlatform, ThreadPlatform]> {
  return Promise.all([
    startPlatformThread({ global: DISCORD_GLOBAL, channel: DISCORD_CHANNEL }),
    startPlatformThread({ channel: SLACK_CHANNEL }),
  ]);
}

async function dataset(): Promise<Dataset> {
  const loaded = await loadDataset().catch(() => null);
  return loaded?.ok ? loaded.dataset : fixtureDataset();
}

/** The same number of posts through a bare paced client: no store, no ledger, no digest building. */
async function baseline(n: number): Promise<{ seconds: number; floor: number }> {
  const [discord, slack] = await platforms();
  const targets = { discord: new HttpTarget('discord', discord.url), slack: new HttpTarget('slack', slack.url) };
  const lanes = { discord: new Lane(PLATFORM_LIMITS.discord), slack: new Lane(PLATFORM_LIMITS.slack) };
  const reply = { kind: 'briefing' as const, locale: 'en' as const, title: 'baseline', blocks: ['x'], sources: [] };
  const d = Math.round(n * DISCORD_SHARE);
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const platform = i < d ? 'discord' : 'slack';
    const channel = { platform, channelId: `b${i}` } as const;
    lanes[platform].push(channel.channelId, async () => {
      try {
        await targets[platform].post(channel, reply, { key: `b${i}` });
        return { kind: 'done' };
      } catch (e) {
        const ms = (e as { retryAfterMs?: number }).retryAfterMs;
        return { kind: 'retry', afterMs: ms ?? 100, ...((e as { global?: boolean }).global ? { global: true } : {}) };
      }
    });
  }
  await Promise.all([lanes.discord.idle(), lanes.slack.idle()]);
  const seconds = (performance.now() - started) / 1000;
  await Promise.all([discord.close(), slack.close()]);
  return { seconds, floor: floorSeconds(d, 1) };
}

export default async function run(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'lodestone-bench-digest-'));
  const log = pino({ level: 'silent' });
  const [discord, slack] = await platforms();
  try {
    const config = parseConfig({ LODESTONE_STATE_DIR: dir });
    const store = await openStore(config, log);
    const discordCount = Math.round(SUBSCRIPTIONS * DISCORD_SHARE);
    const ids: { id: string; platform: 'discord' | 'slack' }[] = [];
    for (let i = 0; i < SUBSCRIPTIONS; i++) {
      const platform = i < discordCount ? 'discord' : 'slack';
      const { subscription } = await store.saveSubscription({
        platform, channelId: `${platform}-${i}`, workspaceId: platform === 'slack' ? `T${i % 50}` : `G${i % 200}`,
        time: '08:00', timezone: 'Europe/Berlin', locale: i % 3 ? 'en' : 'de',
      }, new Date(NOW.getTime() - 86_400_000));
      ids.push({ id: subscription.id, platform });
    }
    const holder = new DatasetHolder(await dataset());
    const clock = (): Date => NOW;
    const core = new CommandCore({ registry: new Registry(), datasets: holder, clock });
    const briefings = createBriefings({
      config, log, metrics: new Metrics(), core, store,
      targets: [new HttpTarget('discord', discord.url, { sendChart: 'size' }), new HttpTarget('slack', slack.url, { sendChart: 'size' })],
    }, { clock, leaseMs: 600_000 });

    // What Briefings.start() does in production before the first scheduled fan-out.
    await warmCharts();
    const started = performance.now();
    await briefings.scheduler.tick({ now: NOW });
    const claimSeconds = (performance.now() - started) / 1000;
    await briefings.scheduler.idle();
    const seconds = (performance.now() - started) / 1000;
    await briefings.stop();
    const [d, sl] = await Promise.all([discord.summary(), slack.summary()]);
    const span = (r: { at: number }[]): number => r.length ? (Math.max(...r.map((x) => x.at)) - Math.min(...r.map((x) => x.at))) / 1000 : 0;
    if (process.env.BENCH_DEBUG) console.error({ claimSeconds, seconds, discordSpan: span(d.received), slackSpan: span(sl.received) });
    const byKey = { discord: new Map(d.received.map((r) => [r.key, r])), slack: new Map(sl.received.map((r) => [r.key, r])) };

    const ledger = await store.allDeliveries();
    const sent = new Map(ledger.filter((r) => r.status === 'sent').map((r) => [`${r.subscriptionId}|${r.editionKey}`, r]));
    let missed = 0;
    for (const s of ids) {
      const key = `${s.id}|digest:2026-11-30`;
      const received = byKey[s.platform].get(idempotencyKey(s.id, 'digest:2026-11-30'));
      if (!sent.has(key) || !received || received.id !== sent.get(key)!.messageId) missed++;
    }
    const duplicates = d.duplicates + sl.duplicates;
    const floor = floorSeconds(discordCount, 1);
    await store.close();
    const base = await baseline(Math.round(SUBSCRIPTIONS / 5));
    const round = (x: number, d = 2): number => Number(x.toFixed(d));
    return {
      bench: 'digest',
      subscriptions: SUBSCRIPTIONS,
      seconds: round(seconds),
      floor_seconds: round(floor),
      ratio_to_floor: round(seconds / floor, 3),
      duplicates,
      missed,
      discord_messages: byKey.discord.size,
      slack_messages: byKey.slack.size,
      http_429: { discord_global: d.rateLimited.global, discord_channel: d.rateLimited.channel, slack_channel: sl.rateLimited.channel },
      chart_png_bytes: d.received[0]?.chartBytes ?? 0,
      baseline: { client: 'bare paced HTTP client, no store/ledger/digest', messages: Math.round(SUBSCRIPTIONS / 5), seconds: round(base.seconds), floor_seconds: round(base.floor), ratio_to_floor: round(base.seconds / base.floor, 3) },
    };
  } finally {
    await Promise.all([discord.close(), slack.close()]);
    rmSync(dir, { recursive: true, force: true });
  }
}
