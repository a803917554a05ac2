// The scheduler end to end with a fake clock: real SQLite ledger, the real service, an in-memory
// platform. Exactly one post per (subscription, edition), across DST, catch-up, failures, crashes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeliveryError } from '../../src/briefings/delivery.js';
import { idempotencyKey } from '../../src/briefings/keys.js';
import { buildDataset } from '../../src/dataset/dataset.js';
import type { Store } from '../../src/store/index.js';
import { storeFixture, type StoreFixture } from '../store/helpers.js';
import { fixtureDataset, fixtureRaw } from './fixtures/dataset.js';
import { FakeClock, harness, slackChannel, type Harness } from './fixtures/harness.js';
import { MemoryTarget } from './fixtures/memory-target.js';

// Pacing has its own tests (lane.test.ts); here a channel may take several messages a second.
const FAST = { slack: { channel: { count: 50, perMs: 1000 }, concurrency: 4 } };

let f: StoreFixture;
let store: Store;
let target: MemoryTarget;
let clock: FakeClock;
let h: Harness;

beforeEach(async () => {
  f = await storeFixture('sqlite');
  store = await f.open();
  target = new MemoryTarget('slack');
  clock = new FakeClock(Date.parse('2026-11-29T12:00:00Z'));
});
afterEach(async () => {
  await h?.briefings.stop();
  await f.cleanup();
});

function make(opts: Parameters<typeof harness>[0]['options'] = {}, dataset = fixtureDataset()): Harness {
  h = harness({ store, targets: [target], clock, dataset, options: { retry: { baseMs: 5, maxMs: 20 }, limits: FAST, ...opts } });
  return h;
}

async function subscribe(args: { time?: string; timezone?: string; locale?: string }, channel = slackChannel()): Promise<string> {
  const reply = await h.briefings.service.subscribe(h.ctx({ channel }), args);
  expect(reply.kind).toBe('answer');
  return (await store.findSubscription('slack', channel.workspaceId ?? '', channel.channelId))!.id;
}

async function run(fromIso: string, toIso: string, stepMs = 60_000, catchUpFirst = false): Promise<void> {
  let first = true;
  for (let t = Date.parse(fromIso); t <= Date.parse(toIso); t += stepMs) {
    clock.t = t;
    await h.briefings.scheduler.tick({ now: new Date(t), catchUp: catchUpFirst && first });
    await h.briefings.scheduler.idle();
    first = false;
  }
}

describe('daily digests with a fake clock', () => {
  it('08:00 Europe/Berlin in German: one digest each morning at 08:00 local, with chart and text alternative', async () => {
    make();
    const id = await subscribe({ time: '08:00', timezone: 'Europe/Berlin', locale: 'de' });
    await run('2026-11-29T12:00:00Z', '2026-12-02T12:00:00Z', 10 * 60_000);
    const digests = target.posts.filter((p) => p.reply.title?.includes('Tagesdigest'));
    expect(digests.map((p) => p.reply.title)).toEqual([
      'Lodestone-Tagesdigest — 30. Nov. 2026', 'Lodestone-Tagesdigest — 1. Dez. 2026', 'Lodestone-Tagesdigest — 2. Dez. 2026',
    ]);
    expect(new Set(target.keys()).size).toBe(target.posts.length);
    for (const p of digests) {
      expect(p.reply.kind).toBe('briefing');
      expect(p.reply.locale).toBe('de');
      expect(p.reply.chart?.alt).toMatch(/China 44\.000\.000 t/);
    }
    const ledger = await store.listDeliveries(id, 10);
    expect(ledger.map((d) => [d.editionKey, d.status, d.sentAt?.toISOString()])).toEqual([
      ['digest:2026-12-02', 'sent', '2026-12-02T07:00:00.000Z'],
      ['digest:2026-12-01', 'sent', '2026-12-01T07:00:00.000Z'],
      ['digest:2026-11-30', 'sent', '2026-11-30T07:00:00.000Z'],
    ]);
    expect(ledger.map((d) => d.messageId).sort()).toEqual(digests.map((p) => p.messageId).sort());
    // The second digest reports what changed since the first (nothing).
    expect(digests[1]!.reply.blocks.join('\n')).toContain('Keine Änderungen am Datensatz seit dem letzten Digest dieses Kanals (30. Nov. 2026)');
  });

  it('America/New_York fall-back: 01:30 posts once, at the first 01:30 (05:30Z)', async () => {
    clock.set('2026-10-31T12:00:00Z');
    make();
    const id = await subscribe({ time: '01:30', timezone: 'America/New_York' });
    await run('2026-11-01T04:00:00Z', '2026-11-01T11:00:00Z');
    expect(target.posts.length).toBe(1);
    expect((await store.getDelivery(id, 'digest:2026-11-01'))?.sentAt?.toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('Europe/Berlin spring-forward: 02:30 posts once, at 03:00 local (01:00Z)', async () => {
    clock.set('2026-03-28T12:00:00Z');
    make();
    const id = await subscribe({ time: '02:30', timezone: 'Europe/Berlin' });
    await run('2026-03-28T23:00:00Z', '2026-03-29T06:00:00Z');
    expect(target.posts.length).toBe(1);
    expect((await store.getDelivery(id, 'digest:2026-03-29'))?.sentAt?.toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('catch-up at start: posts today within the window, records older misses as skipped and explains them', async () => {
    clock.set('2026-11-26T12:00:00Z');
    make();
    const id = await subscribe({ time: '08:00', timezone: 'Europe/Berlin' });
    // The bot was down from the 26th until 10:30 local on the 30th.
    clock.set('2026-11-30T09:30:00Z');
    await h.briefings.scheduler.tick({ now: clock.now(), catchUp: true });
    await h.briefings.scheduler.idle();
    expect(target.posts.map((p) => p.reply.title)).toEqual(['Lodestone daily digest — 30 Nov 2026']);
    const ledger = await store.listDeliveries(id, 10);
    expect(ledger.map((d) => [d.editionDate, d.status, d.reason])).toEqual([
      ['2026-11-30', 'sent', null],
      ['2026-11-29', 'skipped', 'missed-window'],
      ['2026-11-28', 'skipped', 'missed-window'],
      ['2026-11-27', 'skipped', 'missed-window'],
    ]);
    const status = await h.briefings.service.status(h.ctx({ channel: slackChannel() }));
    expect(status.blocks.join('\n')).toContain('29 Nov 2026 digest: skipped — not posted: the bot was not running at the scheduled time and did not catch up within 4 h');
    const de = await h.briefings.service.status(h.ctx({ channel: slackChannel(), locale: 'de' }));
    expect(de.blocks.join('\n')).toContain('ausgelassen — nicht gepostet: Der Bot lief zur geplanten Zeit nicht');
  });

  it('a start after the window records today as skipped and posts nothing', async () => {
    clock.set('2026-11-29T12:00:00Z');
    make();
    const id = await subscribe({ time: '08:00', timezone: 'Europe/Berlin' });
    clock.set('2026-11-30T11:00:00Z');
    await h.briefings.scheduler.tick({ now: clock.now(), catchUp: true });
    await h.briefings.scheduler.idle();
    expect(target.posts).toEqual([]);
    expect(await store.getDelivery(id, 'digest:2026-11-30')).toMatchObject({ status: 'skipped', reason: 'missed-window' });
  });
});

describe('summit briefings', () => {
  it('preview the day before, briefing on the day, outcome once recorded: each exactly once, after the digest', async () => {
    clock.set('2025-10-27T12:00:00Z');
    make({}, fixtureDataset());
    const id = await subscribe({ time: '08:00', timezone: 'Asia/Seoul' });
    await run('2025-10-28T22:00:00Z', '2025-10-29T01:00:00Z', 30 * 60_000); // 29 Oct 08:00 KST
    await run('2025-10-29T22:00:00Z', '2025-10-30T01:00:00Z', 30 * 60_000); // 30 Oct
    // The outcome of the Busan meeting is recorded later that day.
    h.holder.swap(fixtureDataset((raw) => {
      raw.meta.version = '2026.11.2';
      raw.events.find((e) => e.id === 'trump-xi-busan')!.outcome = { en: 'Tariffs cut; export controls paused for a year.', de: 'Zölle gesenkt; Exportkontrollen für ein Jahr ausgesetzt.' };
    }));
    await run('2025-10-30T22:00:00Z', '2025-10-31T01:00:00Z', 30 * 60_000); // 31 Oct
    await run('2025-10-31T22:00:00Z', '2025-11-01T01:00:00Z', 30 * 60_000); // 1 Nov: nothing new
    const titles = target.posts.map((p) => p.reply.title);
    expect(titles).toEqual([
      'Lodestone daily digest — 29 Oct 2025', 'Tomorrow: Trump–Xi meeting in Busan',
      'Lodestone daily digest — 30 Oct 2025', 'Today: Trump–Xi meeting in Busan', 'Tomorrow: APEC leaders’ meeting',
      'Lodestone daily digest — 31 Oct 2025', 'Today: APEC leaders’ meeting', 'Outcome: Trump–Xi meeting in Busan',
      'Lodestone daily digest — 1 Nov 2025',
    ]);
    expect(target.posts.every((p) => p.reply.kind === 'briefing')).toBe(true);
    expect(target.posts[7]!.reply.blocks[0]).toBe('Tariffs cut; export controls paused for a year.');
    expect(target.posts[5]!.reply.blocks.join('\n')).toContain('Outcome recorded: Trump–Xi meeting in Busan.');
    expect(target.posts[5]!.reply.blocks.join('\n')).toContain('Dataset updated: 2026.11.1 → 2026.11.2.');
    const keys = (await store.allDeliveries()).filter((d) => d.subscriptionId === id).map((d) => d.editionKey).sort();
    expect(keys).toContain('summit-outcome:trump-xi-busan');
    expect(keys).toContain('summit-preview:trump-xi-busan:2025-10-29');
    expect(keys).toContain('summit-day:apec-2025:2025-10-31');
  });
});

describe('failures', () => {
  it('a permanent failure pauses the subscription with the reason; subscribing again resumes it', async () => {
    make();
    const id = await subscribe({ time: '08:00', timezone: 'Europe/Berlin' });
    target.beforePost = () => { throw new DeliveryError('gone', true, 'channel_not_found'); };
    await run('2026-11-30T06:50:00Z', '2026-11-30T07:10:00Z');
    expect(target.posts).toEqual([]);
    expect(await store.getSubscription(id)).toMatchObject({ status: 'paused', statusReason: 'permanent:channel_not_found' });
    expect(await store.getDelivery(id, 'digest:2026-11-30')).toMatchObject({ status: 'failed', reason: 'permanent:channel_not_found' });
    const status = await h.briefings.service.status(h.ctx({ channel: slackChannel() }));
    expect(status.blocks[0]).toBe('Paused: refused by the platform (channel_not_found); subscription paused. Fix the cause, then run /digest subscribe again to resume.');
    await run('2026-12-01T06:50:00Z', '2026-12-01T07:10:00Z', 5 * 60_000);
    expect(await store.getDelivery(id, 'digest:2026-12-01')).toBeNull();

    target.beforePost = undefined;
    clock.set('2026-12-01T08:00:00Z');
    await subscribe({});
    expect((await store.getSubscription(id))?.status).toBe('active');
    await run('2026-12-02T06:50:00Z', '2026-12-02T07:10:00Z', 5 * 60_000);
    expect(target.posts.map((p) => p.reply.title)).toEqual(['Lodestone daily digest — 2 Dec 2026']);
  });

  it('temporary failures and rate limits are retried; an ambiguous failure is checked before re-posting', async () => {
    make();
    const id = await subscribe({ time: '08:00', timezone: 'Europe/Berlin' });
    target.beforePost = (_c, _o, attempt) => {
      if (attempt === 1) throw new DeliveryError('rate limited', false, 'ratelimited', 20);
      if (attempt === 2) throw new DeliveryError('server error', false, 'http_503');
    };
    // The third attempt posts, then the response is lost: the retry must find it, not post again.
    let lost = false;
    target.afterPost = () => { if (!lost) { lost = true; throw new Error('socket hang up'); } };
    await run('2026-11-30T07:00:00Z', '2026-11-30T07:00:00Z');
    expect(target.posts.length).toBe(1);
    expect(target.findCalls).toBeGreaterThanOrEqual(1);
    expect(await store.getDelivery(id, 'digest:2026-11-30')).toMatchObject({ status: 'sent', messageId: target.posts[0]!.messageId });
    expect(await h.metrics.deliveries.get()).toMatchObject({ values: expect.arrayContaining([expect.objectContaining({ labels: { platform: 'slack', status: 'recovered' }, value: 1 })]) });
  });

  it('gives up after the bounded attempts and says so in status', async () => {
    make({ retry: { baseMs: 1, maxMs: 2, maxAttempts: 3 } });
    const id = await subscribe({ time: '08:00', timezone: 'Europe/Berlin' });
    target.beforePost = () => { throw new DeliveryError('bad gateway', false, 'http_502'); };
    await run('2026-11-30T07:00:00Z', '2026-11-30T07:00:00Z');
    expect(await store.getDelivery(id, 'digest:2026-11-30')).toMatchObject({ status: 'failed', reason: 'gave-up:http_502', attempts: 3 });
    expect((await store.getSubscription(id))?.status).toBe('active');
    const status = await h.briefings.service.status(h.ctx({ channel: slackChannel() }));
    expect(status.blocks.join('\n')).toContain('failed — gave up after repeated temporary errors (http_502)');
  });
});

describe('claims left open by a crashed instance', () => {
  it('are taken over after the lease: recorded as sent when the platform has the message, re-posted once when not', async () => {
    make({ leaseMs: 60_000 });
    const a = await subscribe({ time: '08:00', timezone: 'Europe/Berlin' }, slackChannel('C1'));
    const b = await subscribe({ time: '08:00', timezone: 'Europe/Berlin' }, slackChannel('C2'));
    const at = new Date('2026-11-30T07:00:00Z');
    for (const id of [a, b]) {
      await store.claimDelivery({ subscriptionId: id, editionKey: 'digest:2026-11-30', kind: 'digest', editionDate: '2026-11-30', scheduledAt: at }, 'dead-replica', at);
    }
    // The dead replica had attempted C1 and posted (with the idempotency key) but never recorded
    // it; it never got to C2.
    await store.renewClaim(a, 'digest:2026-11-30', 'dead-replica', at);
    await target.post(slackChannel('C1'), { kind: 'briefing', locale: 'en', blocks: ['x'], sources: [] }, { key: idempotencyKey(a, 'digest:2026-11-30') });
    const before = target.posts.length;
    await run('2026-11-30T07:00:30Z', '2026-11-30T07:00:30Z'); // lease not yet over
    expect(target.posts.length).toBe(before);
    await run('2026-11-30T07:02:00Z', '2026-11-30T07:02:00Z');
    expect(target.posts.length).toBe(before + 1);
    expect(target.posts.at(-1)!.channel.channelId).toBe('C2');
    // Only the attempted claim was checked against the channel; the other was simply posted.
    expect(target.findCalls).toBe(1);
    expect(await store.getDelivery(a, 'digest:2026-11-30')).toMatchObject({ status: 'sent', messageId: target.posts[0]!.messageId });
    expect(await store.getDelivery(b, 'digest:2026-11-30')).toMatchObject({ status: 'sent', messageId: target.posts.at(-1)!.messageId });
    await run('2026-11-30T07:10:00Z', '2026-11-30T07:20:00Z');
    expect(target.posts.length).toBe(before + 1);
  });
});

it('the fixture builds through the real schemas', () => {
  expect(buildDataset(fixtureRaw()).events.length).toBe(3);
});
