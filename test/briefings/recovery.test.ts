// Recovery that fits the platforms' limits: a claim left by a dead replica that was never attempted
// is posted without reading the channel; an attempted one is read only in the span its owner could
// have posted in; verification reads are paced by the platform's verify budget; a rate-limited
// delivery keeps waiting inside its window instead of giving up; and a delivery given up after
// ambiguous failures is recorded as sent when the platform shows it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeliveryError } from '../../src/briefings/delivery.js';
import { idempotencyKey } from '../../src/briefings/keys.js';
import type { ChannelRef } from '../../src/commands/types.js';
import type { Store } from '../../src/store/index.js';
import { storeFixture, type StoreFixture } from '../store/helpers.js';
import { FakeClock, harness, slackChannel, type Harness } from './fixtures/harness.js';
import { MemoryTarget } from './fixtures/memory-target.js';
import { Verifier } from '../../src/briefings/verify.js';
import { SharedBudgets } from '../../src/briefings/budgets.js';
import type { Job } from '../../src/briefings/scheduler-parts.js';

/** Records the span of every verification read, and refuses reads over a Tier-3-like budget. */
class TierTarget extends MemoryTarget {
  readonly reads: { since: Date; until: Date | undefined }[] = [];
  override async findPosted(channel: ChannelRef, key: string, since?: Date, until?: Date): Promise<string | null> {
    this.reads.push({ since: since!, until });
    return super.findPosted(channel, key);
  }
}

const FAST = { slack: { channel: { count: 50, perMs: 1000 }, concurrency: 4 } };
const KEY = 'digest:2026-11-30';
const AT = new Date('2026-11-30T07:00:00Z');

let f: StoreFixture;
let store: Store;
let target: TierTarget;
let clock: FakeClock;
let h: Harness | undefined;

beforeEach(async () => {
  f = await storeFixture('sqlite');
  store = await f.open();
  target = new TierTarget('slack');
  clock = new FakeClock(Date.parse('2026-11-29T12:00:00Z'));
});
afterEach(async () => {
  await h?.briefings.stop();
  h = undefined;
  await f.cleanup();
});

function make(opts: Parameters<typeof harness>[0]['options'] = {}): Harness {
  h = harness({ store, targets: [target], clock, options: { retry: { baseMs: 5, maxMs: 20 }, limits: FAST, leaseMs: 60_000, ...opts } });
  return h;
}

async function subscribe(channelId: string): Promise<string> {
  const channel = slackChannel(channelId);
  await h!.briefings.service.subscribe(h!.ctx({ channel }), { time: '08:00', timezone: 'Europe/Berlin' });
  return (await store.findSubscription('slack', channel.workspaceId ?? '', channelId))!.id;
}

async function tickAt(iso: string): Promise<void> {
  clock.t = Date.parse(iso);
  await h!.briefings.scheduler.tick({ now: new Date(clock.t) });
  await h!.briefings.scheduler.idle();
}

describe('taking over claims of a dead replica', () => {
  it('posts never-attempted claims without reading the channel, and reads attempted ones only in their span', async () => {
    make();
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push(await subscribe(`C${i}`));
    for (const id of ids) await store.claimDelivery({ subscriptionId: id, editionKey: KEY, kind: 'digest', editionDate: '2026-11-30', scheduledAt: AT }, 'dead', AT);
    // Two were attempted; one of those reached the channel.
    await store.renewClaim(ids[0]!, KEY, 'dead', new Date(AT.getTime() + 1_000));
    await store.renewClaim(ids[1]!, KEY, 'dead', new Date(AT.getTime() + 1_000));
    await target.post(slackChannel('C0'), { kind: 'briefing', locale: 'en', blocks: ['x'], sources: [] }, { key: idempotencyKey(ids[0]!, KEY) });
    const before = target.posts.length;

    await tickAt('2026-11-30T07:05:00Z');
    expect(target.findCalls).toBe(2);
    for (const r of target.reads) {
      expect(r.since.getTime()).toBeGreaterThanOrEqual(AT.getTime() - 5 * 60_000);
      expect(r.until).toBeDefined();
      // The owner's last sign of life, plus lease, post timeout and clock skew: minutes, not hours.
      expect(r.until!.getTime() - AT.getTime()).toBeLessThan(10 * 60_000);
    }
    expect(target.posts.length - before).toBe(19);
    const ledger = await Promise.all(ids.map((id) => store.getDelivery(id, KEY)));
    expect(ledger.every((d) => d?.status === 'sent')).toBe(true);
    expect(ledger[0]!.messageId).toBe(target.posts[0]!.messageId);
    expect(new Set(target.keys()).size).toBe(target.posts.length);
  });

  it('paces verification reads by the platform budget: reads are spaced, later ones wait their turn', async () => {
    const budgets = new SharedBudgets({ sharedLimits: () => null }, { slack: { concurrency: 1, verify: { count: 45, perMs: 60_000 } } }, ['slack']);
    const verifier = new Verifier(budgets);
    const sub = { id: 's1', platform: 'slack', channelId: 'C1', workspaceId: 'T1' } as Job['sub'];
    const job: Job = { sub, plan: { key: KEY, kind: 'digest' }, date: '2026-11-30', scheduledAt: AT, attempts: 0, rateLimited: 0, verify: true, started: true };
    const results = [];
    for (let i = 0; i < 10; i++) results.push(await verifier.check(job, target, new Date(AT.getTime() + 60_000), 1_000));
    // 45 a minute: one read per 1.34 s; the other nine wait about that long.
    expect(results[0]!.kind).toBe('absent');
    expect(results.slice(1).every((r) => r.kind === 'wait' && r.ms > 1_000 && r.ms <= 1_334)).toBe(true);
    expect(target.findCalls).toBe(1);
  });
});

describe('rate limits and the ledger', () => {
  it('a delivery rate-limited 30 times in a row waits each out and is posted, still claimed by its owner', async () => {
    make();
    const id = await subscribe('CR');
    target.beforePost = (_c, _o, attempt) => {
      if (attempt <= 30) throw new DeliveryError('ratelimited', false, 'rate limited', 5);
    };
    await tickAt('2026-11-30T07:00:10Z');
    expect(target.posts.length).toBe(1);
    expect(await store.getDelivery(id, KEY)).toMatchObject({ status: 'sent' });
  });

  it('after ambiguous failures, giving up records what the platform shows: sent when the message is there', async () => {
    make({ retry: { baseMs: 1, maxMs: 2, maxAttempts: 3 } });
    const id = await subscribe('CA');
    // Every attempt times out after the message went out (the first one reached the channel).
    target.afterPost = () => { throw new DeliveryError('timeout', false, 'timed out'); };
    target.beforePost = (_c, _o, attempt) => { if (attempt > 1) throw new DeliveryError('timeout', false, 'timed out'); };
    await tickAt('2026-11-30T07:00:10Z');
    expect(target.posts.length).toBe(1);
    expect(await store.getDelivery(id, KEY)).toMatchObject({ status: 'sent', messageId: target.posts[0]!.messageId });
  });
});
