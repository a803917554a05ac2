// A crashed instance's claims are taken over by the survivors' heartbeat as soon as their lease
// runs out, all of them (more than a page of stale claims), without waiting for a
// scheduling tick; a live instance's claims are left alone; only the attempted ones are read back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idempotencyKey } from '../../src/briefings/keys.js';
import type { Store } from '../../src/store/index.js';
import { storeFixture, type StoreFixture } from '../store/helpers.js';
import { FakeClock, harness, slackChannel, type Harness } from './fixtures/harness.js';
import { MemoryTarget } from './fixtures/memory-target.js';

const KEY = 'digest:2026-11-30';
const AT = new Date('2026-11-30T07:00:00Z');
// More than one page (1,000) of stale claims.
const DEAD = 1_050;

let f: StoreFixture;
let store: Store;
let h: Harness | undefined;

beforeEach(async () => {
  f = await storeFixture('sqlite');
  store = await f.open();
});
afterEach(async () => {
  await h?.briefings.stop();
  h = undefined;
  await f.cleanup();
});

describe('taking over a dead instance\'s claims', () => {
  it('the heartbeat takes over every expired claim, posts each once, and leaves a live owner\'s claim alone', async () => {
    const target = new MemoryTarget('slack');
    const clock = new FakeClock(Date.parse('2026-11-30T06:00:00Z'));
    const ids: string[] = [];
    for (let i = 0; i <= DEAD; i++) {
      const { subscription } = await store.saveSubscription({
        platform: 'slack', channelId: `C${i}`, workspaceId: 'T1', time: '08:00', timezone: 'Europe/Berlin', locale: 'en',
      }, clock.now());
      ids.push(subscription.id);
    }
    const dead = ids.slice(0, DEAD);
    const live = ids[DEAD]!;
    await store.claimDeliveries(dead.map((id) => ({ subscriptionId: id, editionKey: KEY, kind: 'digest', editionDate: '2026-11-30', scheduledAt: AT })), 'dead', AT);
    // Two were in flight when it died; one of them reached the channel.
    await store.renewClaim(dead[0]!, KEY, 'dead', new Date(AT.getTime() + 1_000));
    await store.renewClaim(dead[1]!, KEY, 'dead', new Date(AT.getTime() + 1_000));
    await target.post(slackChannel('C0'), { kind: 'briefing', locale: 'en', blocks: ['x'], sources: [] }, { key: idempotencyKey(dead[0]!, KEY) });
    clock.set('2026-11-30T07:05:00Z');
    // Another instance, alive: its claim is as fresh as the clock.
    await store.claimDelivery({ subscriptionId: live, editionKey: KEY, kind: 'digest', editionDate: '2026-11-30', scheduledAt: AT }, 'alive', clock.now());

    h = harness({ store, targets: [target], clock, options: { leaseMs: 300, limits: { slack: { channel: { count: 50, perMs: 1000 }, concurrency: 8 } } } });
    // No tick: only the heartbeat runs.
    h.briefings.scheduler.startHeartbeat();
    await vi.waitFor(async () => {
      const open = (await store.allDeliveries()).filter((d) => d.claimedBy === 'dead' || d.status === 'claimed');
      expect(open.map((d) => d.subscriptionId)).toEqual([live]);
    }, { timeout: 60_000, interval: 100 });
    await h.briefings.scheduler.idle();

    const ledger = new Map((await store.allDeliveries()).map((d) => [d.subscriptionId, d]));
    expect(dead.every((id) => ledger.get(id)?.status === 'sent')).toBe(true);
    expect(ledger.get(live)).toMatchObject({ status: 'claimed', claimedBy: 'alive' });
    // The one already out was found, not posted again; only the two attempted claims were read.
    expect(target.posts).toHaveLength(DEAD);
    expect(new Set(target.keys()).size).toBe(DEAD);
    expect(ledger.get(dead[0]!)?.messageId).toBe(target.posts[0]!.messageId);
    expect(target.findCalls).toBe(2);
  }, 90_000);
});
