// Two replicas on one PostgreSQL share the platforms' budgets (budgets.ts): each replica alone would
// pace itself to the whole budget, so together they would send twice it and collect 429s. Here two
// real schedulers, each with its own pool, post to loopback fakes that enforce the limits as token
// buckets: Discord-like 20 messages/s global, Slack-like 10 verification reads/s per workspace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idempotencyKey } from '../../src/briefings/keys.js';
import type { PaceLimits } from '../../src/briefings/limits.js';
import type { Platform, Store } from '../../src/store/index.js';
import { storeFixture, type StoreFixture } from '../store/helpers.js';
import { shouldRunPg } from '../store/pg-helper.js';
import { startFakePlatform, type FakePlatform } from './fixtures/fake-platform.js';
import { FakeClock, harness, type Harness } from './fixtures/harness.js';
import { HttpTarget } from './fixtures/http-target.js';

const runPg = await shouldRunPg();
const KEY = 'digest:2026-11-30';
const DISCORD_PER_S = 20;
const LIMITS: Partial<Record<Platform, PaceLimits>> = {
  discord: { globalPerSecond: DISCORD_PER_S, globalBurst: DISCORD_PER_S, channel: { count: 5, perMs: 5000 }, concurrency: 8 },
  slack: { channel: { count: 1, perMs: 1000 }, concurrency: 8, verify: { count: 10, perMs: 1000 } },
};

/** The most messages the fake received inside any one second. */
function peakPerSecond(times: number[]): number {
  const t = [...times].sort((a, b) => a - b);
  let peak = 0;
  for (let i = 0, j = 0; i < t.length; i++) {
    while (t[i]! - t[j]! >= 1000) j++;
    peak = Math.max(peak, i - j + 1);
  }
  return peak;
}

describe.runIf(runPg)('two replicas on one PostgreSQL', () => {
  let f: StoreFixture;
  let stores: Store[];
  let discord: FakePlatform;
  let slack: FakePlatform;
  const subs: { id: string; platform: 'slack' | 'discord' }[] = [];
  let replicas: Harness[];
  const prePosted = new Set<string>();

  beforeAll(async () => {
    f = await storeFixture('postgres');
    stores = [await f.open(), await f.open()];
    const [s] = stores as [Store, Store];
    const created = new Date('2026-11-30T06:00:00Z');
    // Discord: half due at 08:00 (claimed by replica A), half at 08:01 (replica B); each half alone
    // takes three seconds at the whole budget, so the two fan-outs overlap. (With each replica's
    // budget in memory the fake refused about 20 posts here and peaked at 35 a second.)
    for (let i = 0; i < 120; i++) {
      const { subscription } = await s.saveSubscription({ platform: 'discord', channelId: `D${i}`, workspaceId: 'G1', time: i % 2 ? '08:01' : '08:00', timezone: 'Europe/Berlin', locale: 'en' }, created);
      subs.push({ id: subscription.id, platform: 'discord' });
    }
    discord = await startFakePlatform({ global: { perSecond: DISCORD_PER_S, burst: DISCORD_PER_S }, channel: { count: 5, perMs: 5000 } });
    slack = await startFakePlatform({ channel: { count: 1, perMs: 1000, burst: 1 }, reads: { count: 10, perMs: 1000, burst: 2 } });
    // Slack: 40 claims of a replica that died after attempting them, so each must be read before
    // it is posted; half are stale for A's tick, half only for B's. Five had reached the channel.
    for (let i = 0; i < 40; i++) {
      const { subscription } = await s.saveSubscription({ platform: 'slack', channelId: `S${i}`, workspaceId: 'T1', time: '08:00', timezone: 'Europe/Berlin', locale: 'en' }, created);
      subs.push({ id: subscription.id, platform: 'slack' });
      const at = new Date(i % 2 ? '2026-11-30T06:50:30Z' : '2026-11-30T06:45:00Z');
      await s.claimDelivery({ subscriptionId: subscription.id, editionKey: KEY, kind: 'digest', editionDate: '2026-11-30', scheduledAt: new Date('2026-11-30T07:00:00Z') }, 'dead', at);
      await s.renewClaim(subscription.id, KEY, 'dead', at);
      if (i % 8 === 0) {
        const key = idempotencyKey(subscription.id, KEY);
        await new HttpTarget('slack', slack.url).post({ platform: 'slack', channelId: `S${i}`, workspaceId: 'T1' }, { kind: 'briefing', locale: 'en', blocks: ['x'], sources: [] }, { key });
        prePosted.add(key);
      }
    }
    replicas = stores.map((store, i) => harness({
      store, clock: new FakeClock(Date.parse(i ? '2026-11-30T07:01:05Z' : '2026-11-30T07:00:05Z')),
      targets: [new HttpTarget('discord', discord.url), new HttpTarget('slack', slack.url)],
      options: { instanceId: `replica-${i}`, limits: LIMITS, leaseMs: 10 * 60_000, retry: { baseMs: 20, maxMs: 200 } },
    }));
  });

  afterAll(async () => {
    for (const r of replicas ?? []) await r.briefings.stop();
    await discord?.close();
    await slack?.close();
    await f?.cleanup();
  });

  it('draws on one budget: the combined rate stays within it, with no duplicate and no miss', async () => {
    const [a, b] = replicas as [Harness, Harness];
    // A claims first (its tick resolves once claimed, while its fan-out runs), then B.
    const ra = await a.briefings.scheduler.tick({ now: new Date('2026-11-30T07:00:05Z') });
    const rb = await b.briefings.scheduler.tick({ now: new Date('2026-11-30T07:01:05Z') });
    // Both replicas work at once, on both platforms.
    expect(ra.claimed).toBe(60);
    expect(rb.claimed).toBe(60);
    expect(ra.recovered).toBe(20);
    expect(rb.recovered).toBe(20);
    await Promise.all([a.briefings.scheduler.idle(), b.briefings.scheduler.idle()]);

    // Within the budget: the platforms never had to refuse, and no second held more than the
    // budget plus one window's points.
    expect(discord.rateLimited.global).toBe(0);
    expect(slack.rateLimited.reads).toBe(0);
    const discordTimes = [...discord.byKey.values()].map((r) => r.at);
    expect(peakPerSecond(discordTimes)).toBeLessThanOrEqual(DISCORD_PER_S + 5);

    // Exactly once, and the ledger says what the platforms show.
    expect(discord.duplicates() + slack.duplicates()).toBe(0);
    const ledger = new Map((await stores[0]!.allDeliveries()).filter((d) => d.editionKey === KEY).map((d) => [d.subscriptionId, d]));
    for (const s of subs) {
      const got = (s.platform === 'slack' ? slack : discord).byKey.get(idempotencyKey(s.id, KEY));
      expect(got?.count, `${s.platform} ${s.id}`).toBe(1);
      expect(ledger.get(s.id)).toMatchObject({ status: 'sent', messageId: got!.id });
    }
    expect(slack.reads).toBe(40);
    expect(prePosted.size).toBe(5);
  });
});
