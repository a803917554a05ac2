// Two scheduler instances (as two replicas would run) on the same database, ticking at the same
// instants for the same subscriptions: every edition is posted exactly once.
import { afterEach, describe, expect, it } from 'vitest';
import { idempotencyKey } from '../../src/briefings/keys.js';
import type { Store } from '../../src/store/index.js';
import { storeFixture, type StoreFixture } from '../store/helpers.js';
import { shouldRunPg } from '../store/pg-helper.js';
import { startFakePlatform, type FakePlatform } from './fixtures/fake-platform.js';
import { FakeClock, harness } from './fixtures/harness.js';
import { HttpTarget } from './fixtures/http-target.js';

const SUBS = 60;
let f: StoreFixture | undefined;
let platform: FakePlatform | undefined;
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const s of stops.splice(0)) await s();
  await platform?.close();
  await f?.cleanup();
});

async function race(kind: 'sqlite' | 'postgres'): Promise<void> {
  f = await storeFixture(kind);
  const [storeA, storeB] = [await f.open(), await f.open()] as [Store, Store];
  for (let i = 0; i < SUBS; i++) {
    await storeA.saveSubscription({ platform: 'slack', channelId: `C${i}`, workspaceId: 'T1', time: i % 3 ? '08:00' : '08:01', timezone: 'Europe/Berlin', locale: 'en' }, new Date('2026-11-29T12:00:00Z'));
  }
  platform = await startFakePlatform();
  const clock = new FakeClock(Date.parse('2026-11-30T06:59:00Z'));
  const limits = { slack: { channel: { count: 5, perMs: 1000 }, concurrency: 8 } };
  const a = harness({ store: storeA, targets: [new HttpTarget('slack', platform.url)], clock, options: { instanceId: 'replica-a', limits } });
  const b = harness({ store: storeB, targets: [new HttpTarget('slack', platform.url)], clock, options: { instanceId: 'replica-b', limits } });
  stops.push(() => a.briefings.stop(), () => b.briefings.stop());
  for (let t = clock.t; t <= Date.parse('2026-11-30T07:05:00Z'); t += 30_000) {
    clock.t = t;
    const now = new Date(t);
    // Both replicas fire at the same instant, twice (cron task and sweep coincide).
    await Promise.all([a.briefings.scheduler.tick({ now }), b.briefings.scheduler.tick({ now }), a.briefings.scheduler.tick({ now }), b.briefings.scheduler.tick({ now })]);
  }
  await Promise.all([a.briefings.scheduler.idle(), b.briefings.scheduler.idle()]);

  const ledger = await storeA.allDeliveries();
  expect(ledger.length).toBe(SUBS);
  expect(platform.duplicates()).toBe(0);
  expect(platform.byKey.size).toBe(SUBS);
  for (const row of ledger) {
    expect(row.status).toBe('sent');
    expect(row.messageId).toBe(platform.byKey.get(idempotencyKey(row.subscriptionId, row.editionKey))?.id);
  }
  // Whichever replica won a claim posted it; the other never did (no duplicates above).
  for (const row of ledger) expect(['replica-a', 'replica-b']).toContain(row.claimedBy);
}

describe('two schedulers racing on one database', () => {
  it('SQLite file: exactly one post per edition', async () => {
    await race('sqlite');
  });

  it('PostgreSQL: exactly one post per edition', async () => {
    if (!(await shouldRunPg())) return;
    await race('postgres');
  });
});
