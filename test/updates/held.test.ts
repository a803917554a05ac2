// Update posts a channel could not get when their version was loaded: in its quiet hours they wait
// until the quiet hours end, and past the catch-up window (an outage) they still go out; either way
// one post for all held versions, once. Sets older than 7 days are recorded as skipped, with a
// reason. Real service, scheduler and store, SQLite and PostgreSQL.
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { storeFixture, type StoreFixture } from '../store/helpers.js';
import { shouldRunPg } from '../store/pg-helper.js';
import { FakeClock, harness, slackChannel, type Harness } from '../briefings/fixtures/harness.js';
import { MemoryTarget } from '../briefings/fixtures/memory-target.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import { contentHash } from '../../src/updates/snapshot.js';
import { v1, v2, v3 } from './versions.js';

let f: StoreFixture | undefined;
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const s of stops.splice(0)) await s();
  await f?.cleanup();
});

function make(store: Store, target: MemoryTarget, clock: FakeClock, id: string, ds: Dataset): Harness {
  const h = harness({ store, targets: [target], clock, dataset: ds, options: { instanceId: id } });
  stops.push(() => h.briefings.stop());
  return h;
}
const posted = (target: MemoryTarget, channel: string) => target.posts.filter((p) => p.channel.channelId === channel);
const field = (r: { fields?: { label: string; value: string }[] }, label: string) => r.fields?.find((x) => x.label === label)?.value;

async function quietHours(kind: 'sqlite' | 'postgres'): Promise<void> {
  f = await storeFixture(kind);
  const store = await f.open();
  // 1 Dec 2026, 20:00 in Berlin (19:00 UTC).
  const clock = new FakeClock(Date.parse('2026-12-01T19:00:00Z'));
  const target = new MemoryTarget('slack');
  let h = make(store, target, clock, 'a', v1());
  const svc = h.briefings.service;
  const reply = await svc.subscribe(h.ctx({ channel: slackChannel('C1') }), { updates: true, timezone: 'Europe/Berlin', quiet: '22:00-07:00' });
  expect(reply.blocks).toContain('Quiet hours 22:00–07:00 (Europe/Berlin): update posts that fall in them wait until they end, and then come as one post.');
  await svc.subscribe(h.ctx({ channel: slackChannel('C2') }), { updates: true, timezone: 'Europe/Berlin' });
  await h.briefings.start();

  // 23:00 and 02:00 Berlin: two versions. C2 gets each at once; C1 is in its quiet hours.
  clock.set('2026-12-01T22:00:00Z');
  h.holder.swap(v2());
  await h.briefings.served();
  await h.briefings.scheduler.idle();
  clock.set('2026-12-02T01:00:00Z');
  h.holder.swap(v3());
  await h.briefings.served();
  await h.briefings.scheduler.idle();
  expect(posted(target, 'C2')).toHaveLength(2);
  expect(posted(target, 'C1')).toHaveLength(0);
  // A restart during the night changes nothing; 06:59 is still quiet.
  await h.briefings.stop();
  h = make(store, target, clock, 'b', v3());
  await h.briefings.start();
  clock.set('2026-12-02T05:59:00Z');
  await h.briefings.scheduler.tick({ now: clock.now() });
  await h.briefings.scheduler.idle();
  expect(posted(target, 'C1')).toHaveLength(0);

  // 07:00 Berlin: one post with both versions' changes.
  for (const at of ['2026-12-02T06:00:10Z', '2026-12-02T06:01:10Z', '2026-12-02T06:02:10Z']) {
    clock.set(at);
    await h.briefings.scheduler.tick({ now: clock.now() });
    await h.briefings.scheduler.idle();
  }
  const c1 = posted(target, 'C1');
  expect(c1).toHaveLength(1);
  expect(c1[0]!.reply.title).toBe('Lodestone update: 3 changes');
  expect(c1[0]!.reply.footer).toBe('Dataset 2026.11.1 → 2026.12.2');
  expect(c1[0]!.reply.blocks[0]).toContain('Outcome recorded: Trump–Xi meeting in Busan.');
  expect(c1[0]!.reply.blocks[0]).toContain("USGS raises Malaysia's rare-earth reserves");
  const c1Id = (await store.findSubscription('slack', 'T1', 'C1'))!.id;
  const ledger = (await store.allDeliveries()).filter((d) => d.subscriptionId === c1Id);
  expect(ledger.map((d) => [d.editionKey, d.status, d.reason]).sort()).toEqual([
    [`update:${contentHash(v2())}`, 'skipped', `merged:${contentHash(v3())}`],
    [`update:${contentHash(v3())}`, 'sent', null],
  ].sort());
  const status = await h.briefings.service.status(h.ctx({ channel: slackChannel('C1') }));
  expect(field(status, 'Quiet hours')).toBe('22:00–07:00 (Europe/Berlin)');
  expect(status.blocks.join('\n')).toContain('posted in one update together with later changes');

  // Another restart and more ticks: nothing twice.
  await h.briefings.stop();
  h = make(store, target, clock, 'c', v3());
  await h.briefings.start();
  clock.advance(60_000);
  await h.briefings.scheduler.tick({ now: clock.now() });
  await h.briefings.scheduler.idle();
  expect(target.posts).toHaveLength(3);

  // "quiet off" clears them.
  const off = await h.briefings.service.subscribe(h.ctx({ channel: slackChannel('C1') }), { quiet: null });
  expect(off.blocks).toContain('No quiet hours: update posts come as soon as a new version is loaded.');
  expect((await store.findSubscription('slack', 'T1', 'C1'))?.quiet).toBeNull();
  expect((await store.findSubscription('slack', 'T1', 'C1'))?.cadence).toBe('none');
}

async function outage(kind: 'sqlite' | 'postgres'): Promise<void> {
  f = await storeFixture(kind);
  const store = await f.open();
  const clock = new FakeClock(Date.parse('2026-11-20T09:00:00Z'));
  const target = new MemoryTarget('slack');
  let h = make(store, target, clock, 'a', v1());
  await h.briefings.service.subscribe(h.ctx({ channel: slackChannel('C1') }), { updates: true });
  await h.briefings.served();
  // Loaded by a replica that runs no scheduler: 9 days before the scheduler comes back, then 5 hours before.
  clock.set('2026-11-22T09:00:00Z');
  h.holder.swap(v2());
  await h.briefings.served();
  clock.set('2026-12-01T09:00:00Z');
  h.holder.swap(v3());
  await h.briefings.served();
  expect(target.posts).toHaveLength(0);
  await h.briefings.stop();

  clock.set('2026-12-01T14:00:00Z');
  h = make(store, target, clock, 'b', v3());
  await h.briefings.start();
  await h.briefings.scheduler.idle();
  // Past the catch-up window but within 7 days: posted; older than 7 days: recorded as skipped.
  expect(target.posts).toHaveLength(1);
  expect(target.posts[0]!.reply.title).toBe('Lodestone update');
  expect(target.posts[0]!.reply.footer).toBe('Dataset 2026.12.1 → 2026.12.2');
  const rows = await store.allDeliveries();
  expect(rows.map((d) => [d.editionKey, d.status, d.reason]).sort()).toEqual([
    [`update:${contentHash(v2())}`, 'skipped', 'update-too-old'],
    [`update:${contentHash(v3())}`, 'sent', null],
  ].sort());
  const status = await h.briefings.service.status(h.ctx({ channel: slackChannel('C1') }));
  expect(status.blocks.join('\n')).toContain('not posted: these changes were loaded more than 7 days before the bot could post them');
  expect(await h.metrics.registry.getSingleMetricAsString('lodestone_digest_deliveries_total')).toMatch(/status="skipped"} 1/);
}

describe('held update posts', () => {
  it('SQLite: quiet hours hold update posts until they end, then one post, once', async () => { await quietHours('sqlite'); }, 60_000);
  it('PostgreSQL: quiet hours hold update posts until they end, then one post, once', async () => {
    if (!(await shouldRunPg())) return;
    await quietHours('postgres');
  }, 60_000);
  it('SQLite: after an outage, late updates are posted within 7 days, older ones recorded as skipped', async () => { await outage('sqlite'); }, 60_000);
  it('PostgreSQL: after an outage, late updates are posted within 7 days, older ones recorded as skipped', async () => {
    if (!(await shouldRunPg())) return;
    await outage('postgres');
  }, 60_000);
});
