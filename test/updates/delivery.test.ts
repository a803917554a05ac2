// Update posts through the real service, scheduler and store: each change reaches each subscribed
// channel once, as one post per dataset version, across restarts and two racing replicas, on
// SQLite and PostgreSQL.
import { afterEach, describe, expect, it } from 'vitest';
import { idempotencyKey } from '../../src/briefings/keys.js';
import type { Store } from '../../src/store/index.js';
import { storeFixture, type StoreFixture } from '../store/helpers.js';
import { shouldRunPg } from '../store/pg-helper.js';
import { v1, v2, v3 } from './versions.js';
import { startFakePlatform, type FakePlatform } from '../briefings/fixtures/fake-platform.js';
import { FakeClock, harness, slackChannel, type Harness } from '../briefings/fixtures/harness.js';
import { HttpTarget } from '../briefings/fixtures/http-target.js';
import { MemoryTarget } from '../briefings/fixtures/memory-target.js';

let f: StoreFixture | undefined;
let platform: FakePlatform | undefined;
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const s of stops.splice(0)) await s();
  await platform?.close();
  await f?.cleanup();
});

const T0 = '2026-12-01T09:00:00Z';
const text = (r: { title?: string; blocks: string[] }): string => [r.title ?? '', ...r.blocks].join('\n');

function make(store: Store, target: MemoryTarget | HttpTarget, clock: FakeClock, id: string): Harness {
  const h = harness({ store, targets: [target], clock, dataset: v1(), options: { instanceId: id } });
  stops.push(() => h.briefings.stop());
  return h;
}

async function exactlyOnce(kind: 'sqlite' | 'postgres'): Promise<void> {
  f = await storeFixture(kind);
  const store = await f.open();
  const clock = new FakeClock(Date.parse(T0));
  const target = new MemoryTarget('slack');
  const a = make(store, target, clock, 'replica-a');
  const svc = a.briefings.service;
  // Updates only; digest and updates; digest only.
  const only = await svc.subscribe(a.ctx({ channel: slackChannel('C1') }), { updates: true });
  expect(text(only)).toContain('Subscribed to updates: each change to the dataset is posted here soon after it is loaded, in English, once per change.');
  await svc.subscribe(a.ctx({ channel: slackChannel('C2'), locale: 'de' }), { time: '08:00', locale: 'de', updates: true });
  await svc.subscribe(a.ctx({ channel: slackChannel('C3') }), {});
  await a.briefings.start();
  expect(await store.changeSetsSince(new Date(0))).toEqual([]);

  clock.advance(60_000);
  a.holder.swap(v2());
  await a.briefings.served();
  await a.briefings.scheduler.idle();
  expect(target.posts.map((p) => p.channel.channelId).sort()).toEqual(['C1', 'C2']);
  const en = target.posts.find((p) => p.channel.channelId === 'C1')!.reply;
  expect(en.title).toBe('Lodestone update: 2 changes');
  expect(en.blocks[0]).toBe([
    '• Outcome recorded: Trump–Xi meeting in Busan. China suspended its October export controls for a year. (/summit trump-xi-busan)',
    "• USGS cuts Australia's rare-earth reserves from 6.3 to 5.9 million t (USGS MCS 2026 (v1.0)) (/reserves AU rare-earths)",
  ].join('\n'));
  expect(en.footer).toBe('Dataset 2026.11.1 → 2026.12.1');
  const de = target.posts.find((p) => p.channel.channelId === 'C2')!.reply;
  expect(de.title).toBe('Lodestone-Aktualisierung: 2 Änderungen');
  expect(de.blocks[0]).toContain('Australien, Seltene Erden (Reserven): USGS senkt von 6,3 auf 5,9 Mio. t');

  // A restart (a new process on the same store) and more ticks: nothing again.
  await a.briefings.stop();
  const b = make(store, target, clock, 'replica-b');
  b.holder.swap(v2());
  await b.briefings.start();
  for (let i = 0; i < 3; i++) {
    clock.advance(60_000);
    await b.briefings.scheduler.tick({ now: clock.now() });
  }
  await b.briefings.scheduler.idle();
  expect(target.posts).toHaveLength(2);
  expect((await store.changeSetsSince(new Date(0))).map((c) => c.changeCount)).toEqual([2]);

  // The next version: only its own change, once.
  clock.advance(60_000);
  b.holder.swap(v3());
  await b.briefings.served();
  await b.briefings.scheduler.idle();
  expect(target.posts).toHaveLength(4);
  const third = target.posts.slice(2);
  expect(third.find((p) => p.channel.channelId === 'C1')!.reply.title).toBe('Lodestone update');
  expect(text(third.find((p) => p.channel.channelId === 'C2')!.reply)).toContain('Malaysia, Seltene Erden (Reserven): USGS erhöht von 710.000 t auf 720.000 t');

  // Going back to a version already served announces nothing.
  b.holder.swap(v2());
  await b.briefings.served();
  await b.briefings.scheduler.idle();
  expect(target.posts).toHaveLength(4);

  const status = await b.briefings.service.status(b.ctx({ channel: slackChannel('C1') }));
  expect(status.fields?.find((x) => x.label === 'Last change announced')?.value).toBe("1 Dec 2026: USGS raises Malaysia's rare-earth reserves from 710,000 t to 720,000 t (USGS MCS 2026 (v1.0))");
  expect(status.fields?.find((x) => x.label === 'Schedule')?.value).toBe('updates only, no digest, English');
  const ledger = (await store.allDeliveries()).filter((d) => d.kind === 'update');
  expect(ledger).toHaveLength(4);
  expect(ledger.every((d) => d.status === 'sent')).toBe(true);
}

async function racing(kind: 'sqlite' | 'postgres'): Promise<void> {
  f = await storeFixture(kind);
  const [storeA, storeB] = [await f.open(), await f.open()] as [Store, Store];
  platform = await startFakePlatform();
  const clock = new FakeClock(Date.parse(T0));
  const a = make(storeA, new HttpTarget('slack', platform.url), clock, 'replica-a');
  const b = make(storeB, new HttpTarget('slack', platform.url), clock, 'replica-b');
  const subs = 30;
  for (let i = 0; i < subs; i++) await a.briefings.service.subscribe(a.ctx({ channel: slackChannel(`C${i}`) }), { updates: true });
  await Promise.all([a.briefings.start(), b.briefings.start()]);
  clock.advance(60_000);
  // Both replicas load the new version at once, and both tick twice at the same instants.
  a.holder.swap(v2());
  b.holder.swap(v2());
  await Promise.all([a.briefings.served(), b.briefings.served()]);
  for (let i = 0; i < 3; i++) {
    const now = clock.now();
    await Promise.all([a.briefings.scheduler.tick({ now }), b.briefings.scheduler.tick({ now }), a.briefings.scheduler.tick({ now }), b.briefings.scheduler.tick({ now })]);
    clock.advance(30_000);
  }
  await Promise.all([a.briefings.scheduler.idle(), b.briefings.scheduler.idle()]);
  expect(await storeA.changeSetsSince(new Date(0))).toHaveLength(1);
  const ledger = await storeA.allDeliveries();
  expect(ledger).toHaveLength(subs);
  expect(platform.duplicates()).toBe(0);
  expect(platform.byKey.size).toBe(subs);
  for (const row of ledger) {
    expect(row.status).toBe('sent');
    expect(row.messageId).toBe(platform.byKey.get(idempotencyKey(row.subscriptionId, row.editionKey))?.id);
  }
}

describe('update posts', () => {
  it('SQLite: once per channel and change, across a restart and later versions', async () => { await exactlyOnce('sqlite'); }, 60_000);
  it('PostgreSQL: once per channel and change, across a restart and later versions', async () => {
    if (!(await shouldRunPg())) return;
    await exactlyOnce('postgres');
  }, 60_000);
  it('SQLite: two racing replicas post each update once', async () => { await racing('sqlite'); }, 60_000);
  it('PostgreSQL: two racing replicas post each update once', async () => {
    if (!(await shouldRunPg())) return;
    await racing('postgres');
  }, 60_000);

  it('owes a channel nothing from before it subscribed to updates, and stops when asked', async () => {
    f = await storeFixture('sqlite');
    const store = await f.open();
    const clock = new FakeClock(Date.parse(T0));
    const target = new MemoryTarget('slack');
    const h = make(store, target, clock, 'replica-a');
    await h.briefings.start();
    clock.advance(60_000);
    h.holder.swap(v2());
    await h.briefings.served();
    clock.advance(60_000);
    await h.briefings.service.subscribe(h.ctx({ channel: slackChannel('C1') }), { updates: true });
    await h.briefings.scheduler.tick({ now: clock.now() });
    await h.briefings.scheduler.idle();
    expect(target.posts).toEqual([]);
    const off = await h.briefings.service.unsubscribe(h.ctx({ channel: slackChannel('C1') }), { updates: true });
    expect(off.blocks.join('\n')).toContain('Unsubscribed');
    h.holder.swap(v3());
    await h.briefings.served();
    await h.briefings.scheduler.idle();
    expect(target.posts).toEqual([]);
  });
});
