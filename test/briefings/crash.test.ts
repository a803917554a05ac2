// A delivery process killed with SIGKILL at random points of a fan-out, restarted each time:
// afterwards the ledger and the fake platform's received messages agree, with no duplicate and
// no loss. Runs against SQLite and (when available) PostgreSQL.
import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { idempotencyKey } from '../../src/briefings/keys.js';
import { storeFixture, type StoreFixture } from '../store/helpers.js';
import { shouldRunPg } from '../store/pg-helper.js';
import { startFakePlatform, type FakePlatform } from './fixtures/fake-platform.js';
import { exited, spawnWorker } from './fixtures/worker-process.js';

const SUBS = 40;
const NOW = '2026-11-30T07:00:05Z';

let f: StoreFixture | undefined;
let platform: FakePlatform | undefined;
afterEach(async () => {
  await platform?.close();
  await f?.cleanup();
});

async function crashAndRecover(kind: 'sqlite' | 'postgres'): Promise<void> {
  f = await storeFixture(kind);
  const store = await f.open();
  const ids: string[] = [];
  for (let i = 0; i < SUBS; i++) {
    const { subscription } = await store.saveSubscription({ platform: 'slack', channelId: `C${i}`, workspaceId: 'T1', time: '08:00', timezone: 'Europe/Berlin', locale: i % 2 ? 'de' : 'en' }, new Date('2026-11-30T06:00:00Z'));
    ids.push(subscription.id);
  }
  platform = await startFakePlatform();
  const p = platform;
  // Kill points: right after the platform recorded the k-th message (before the worker hears
  // back: posted but not recorded), and once at a random moment after start.
  const killAt = [3, 11, 19, 28].map((k) => k + Math.floor(Math.random() * 3));
  let child: ChildProcess | undefined;
  let kills = 0;
  for (const k of killAt) {
    child = spawnWorker(f, { now: NOW, wall: Date.now(), expect: SUBS, platformUrl: p.url });
    const c = child;
    p.onMessage = (_r, total) => { if (total >= k && c.exitCode === null && c.signalCode === null) c.kill('SIGKILL'); };
    const res = await exited(c);
    if (res.signal === 'SIGKILL') kills++;
  }
  p.onMessage = undefined;
  child = spawnWorker(f, { now: NOW, wall: Date.now(), expect: SUBS, platformUrl: p.url });
  const c2 = child;
  setTimeout(() => c2.kill('SIGKILL'), 600 + Math.random() * 1500);
  if ((await exited(c2)).signal === 'SIGKILL') kills++;

  // Final run to completion.
  let stderr = '';
  child = spawnWorker(f, { now: NOW, wall: Date.now(), expect: SUBS, platformUrl: p.url });
  child.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
  const last = await exited(child);
  expect(stderr).toBe('');
  expect(last.code).toBe(0);
  expect(kills).toBeGreaterThanOrEqual(4);

  const ledger = await store.allDeliveries();
  expect(ledger.length).toBe(SUBS);
  expect(p.duplicates()).toBe(0);
  expect(p.byKey.size).toBe(SUBS);
  for (const row of ledger) {
    expect(row.status).toBe('sent');
    const received = p.byKey.get(idempotencyKey(row.subscriptionId, row.editionKey));
    expect(received?.count).toBe(1);
    expect(row.messageId).toBe(received?.id);
  }
  expect(new Set(ledger.map((r) => r.subscriptionId))).toEqual(new Set(ids));
}

describe('SIGKILL during a fan-out', () => {
  it('SQLite: no duplicate, no loss after repeated kills and restarts', async () => {
    await crashAndRecover('sqlite');
  }, 120_000);

  it('PostgreSQL: no duplicate, no loss after repeated kills and restarts', async () => {
    if (!(await shouldRunPg())) return;
    await crashAndRecover('postgres');
  }, 120_000);
});
