// The real scheduler process killed with SIGKILL in the middle of an update post's fan-out (30
// channels on the loopback fake Slack), restarted each time: afterwards each channel has the update
// exactly once, and the ledger agrees with what the platform received. SQLite and PostgreSQL.
import { afterEach, describe, expect, it } from 'vitest';
import { idempotencyKey } from '../../src/briefings/keys.js';
import { recordServed } from '../../src/updates/announce.js';
import { contentHash } from '../../src/updates/snapshot.js';
import { storeFixture, type StoreFixture } from '../store/helpers.js';
import { shouldRunPg } from '../store/pg-helper.js';
import { startFakePlatform, type FakePlatform } from '../briefings/fixtures/fake-platform.js';
import { exited, spawnWorker } from '../briefings/fixtures/worker-process.js';
import { v1, v2 } from './versions.js';

const SUBS = 30;
const NOW = '2026-12-01T10:00:00Z';

let f: StoreFixture | undefined;
let platform: FakePlatform | undefined;
afterEach(async () => {
  await platform?.close();
  await f?.cleanup();
});

async function killedMidFanOut(kind: 'sqlite' | 'postgres'): Promise<void> {
  f = await storeFixture(kind);
  const store = await f.open();
  // The version served so far; the worker process loads the next one and announces its changes.
  await recordServed(store, v1(), new Date('2026-12-01T08:00:00Z'));
  const ids: string[] = [];
  for (let i = 0; i < SUBS; i++) {
    const { subscription } = await store.saveSubscription({
      platform: 'slack', channelId: `C${i}`, workspaceId: 'T1', time: '08:00', timezone: 'Europe/Berlin', locale: i % 2 ? 'de' : 'en', cadence: 'none', updates: true,
    }, new Date('2026-12-01T09:00:00Z'));
    ids.push(subscription.id);
  }
  platform = await startFakePlatform();
  const p = platform;
  const wall = Date.now();
  // Killed right after the platform received the k-th update (posted, not yet recorded), three times.
  let kills = 0;
  for (const k of [4, 12, 21].map((x) => x + Math.floor(Math.random() * 3))) {
    const c = spawnWorker(f, { now: NOW, wall, expect: SUBS, platformUrl: p.url, dataset: 'updates' });
    p.onMessage = (_r, total) => { if (total >= k && c.exitCode === null && c.signalCode === null) c.kill('SIGKILL'); };
    if ((await exited(c)).signal === 'SIGKILL') kills++;
  }
  p.onMessage = undefined;
  let stderr = '';
  const last = spawnWorker(f, { now: NOW, wall, expect: SUBS, platformUrl: p.url, dataset: 'updates' });
  last.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
  const res = await exited(last);
  expect(stderr).toBe('');
  expect(res.code).toBe(0);
  expect(kills).toBe(3);

  const sets = await store.changeSetsSince(new Date(0));
  expect(sets.map((s) => s.id)).toEqual([contentHash(v2())]);
  const ledger = await store.allDeliveries();
  expect(ledger).toHaveLength(SUBS);
  expect(p.duplicates()).toBe(0);
  expect(p.byKey.size).toBe(SUBS);
  for (const row of ledger) {
    expect(row.editionKey).toBe(`update:${sets[0]!.id}`);
    expect(row.status).toBe('sent');
    const received = p.byKey.get(idempotencyKey(row.subscriptionId, row.editionKey));
    expect(received?.count).toBe(1);
    expect(row.messageId).toBe(received?.id);
  }
  expect(new Set(ledger.map((r) => r.subscriptionId))).toEqual(new Set(ids));
}

describe('SIGKILL during an update post\'s fan-out', () => {
  it('SQLite: every channel gets the update once after three kills and restarts', async () => { await killedMidFanOut('sqlite'); }, 120_000);
  it('PostgreSQL: every channel gets the update once after three kills and restarts', async () => {
    if (!(await shouldRunPg())) return;
    await killedMidFanOut('postgres');
  }, 120_000);
});
