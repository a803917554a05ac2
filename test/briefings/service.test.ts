// /digest through the real DigestService: who may change subscriptions, validation, the platform
// check at subscribe time, replies in English and German, and that subscribing never posts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { storeFixture, type StoreFixture } from '../store/helpers.js';
import { FakeClock, harness, slackChannel, type Harness } from './fixtures/harness.js';
import { MemoryTarget } from './fixtures/memory-target.js';

let f: StoreFixture;
let store: Store;
let target: MemoryTarget;
let clock: FakeClock;
let h: Harness;

beforeEach(async () => {
  f = await storeFixture('sqlite');
  store = await f.open();
  target = new MemoryTarget('slack');
  clock = new FakeClock(Date.parse('2026-11-30T09:15:00Z'));
  h = harness({ store, targets: [target], clock });
});
afterEach(async () => {
  await h.briefings.stop();
  await f.cleanup();
});

const text = (r: { title?: string; blocks: string[] }): string => [r.title ?? '', ...r.blocks].join('\n');

describe('/digest subscribe', () => {
  it('subscribes with defaults, says when the first digest comes, and posts nothing now', async () => {
    const r = await h.briefings.service.subscribe(h.ctx({ channel: slackChannel() }), {});
    expect(r).toMatchObject({ kind: 'answer', ephemeral: true });
    expect(text(r)).toContain('Subscribed: this channel gets the Lodestone digest every day at 08:00 (Europe/Berlin), in English.');
    expect(text(r)).toContain('The first digest arrives on 1 Dec 2026 at 08:00 (Europe/Berlin).');
    await h.briefings.scheduler.tick({ now: clock.now(), catchUp: true });
    await h.briefings.scheduler.idle();
    expect(target.posts).toEqual([]);
    expect(await store.allDeliveries()).toEqual([]);
  });

  it('answers in German with the time, zone and language asked for, in any order', async () => {
    const r = await h.briefings.service.subscribe(h.ctx({ channel: slackChannel(), locale: 'de' }), { time: 'america/new_york', timezone: '7:30', locale: 'de' });
    expect(text(r)).toContain('Abonniert: Dieser Kanal erhält den Lodestone-Digest jeden Tag um 07:30 (America/New_York) auf Deutsch.');
    expect(text(r)).toContain('Der erste Digest kommt am 30. Nov. 2026 um 07:30 Uhr (America/New_York).');
    const again = await h.briefings.service.subscribe(h.ctx({ channel: slackChannel() }), {});
    expect(text(again)).toContain('already subscribed: every day at 07:30 (America/New_York), in German');
    const moved = await h.briefings.service.subscribe(h.ctx({ channel: slackChannel() }), { time: '06:00' });
    expect(text(moved)).toContain('Updated: this channel\'s digest now comes every day at 06:00 (America/New_York), in German.');
  });

  it('refuses members who cannot manage the channel, ephemerally, and changes nothing', async () => {
    for (const call of [
      () => h.briefings.service.subscribe(h.ctx({ channel: slackChannel(), actor: { canManageChannel: false } }), {}),
      () => h.briefings.service.unsubscribe(h.ctx({ channel: slackChannel(), actor: { canManageChannel: false } })),
      () => h.briefings.service.subscribe(h.ctx({ channel: slackChannel(), actor: null }), {}),
    ]) {
      const r = await call();
      expect(r).toMatchObject({ kind: 'error', ephemeral: true });
      expect(text(r)).toContain('Only members who can manage this channel');
    }
    expect(await store.listSubscriptions()).toEqual([]);
    const de = await h.briefings.service.subscribe(h.ctx({ channel: slackChannel(), actor: { canManageChannel: false }, locale: 'de' }), {});
    expect(text(de)).toContain('Nur Mitglieder, die diesen Kanal verwalten dürfen');
  });

  it('rejects a bad time, zone or language with a clear reply and suggestions', async () => {
    const time = await h.briefings.service.subscribe(h.ctx({ channel: slackChannel() }), { time: '24:61' });
    expect(time.blocks[0]).toBe('"24:61" is not a time. Use HH:MM on a 24-hour clock, for example 08:00 or 17:30.');
    const zone = await h.briefings.service.subscribe(h.ctx({ channel: slackChannel() }), { timezone: 'Europe/Berln' });
    expect(text(zone)).toContain('"Europe/Berln" is not an IANA time zone');
    expect(zone.suggestions).toContain('/digest subscribe Europe/Berlin');
    const lang = await h.briefings.service.subscribe(h.ctx({ channel: slackChannel() }), { locale: 'fr' });
    expect(text(lang)).toContain('"fr" is not a supported language');
    expect(await store.listSubscriptions()).toEqual([]);
  });

  it('checks that the bot can post first and refuses with the platform reason', async () => {
    target.canPost = { ok: false, reason: 'the bot is not a member of this channel' };
    const r = await h.briefings.service.subscribe(h.ctx({ channel: slackChannel() }), {});
    expect(r.kind).toBe('error');
    expect(text(r)).toContain("I can't post in this channel, so I did not subscribe it: the bot is not a member of this channel.");
    expect(await store.listSubscriptions()).toEqual([]);
  });

  it('needs a channel and a platform that can receive digests', async () => {
    expect(text(await h.briefings.service.subscribe(h.ctx({}), {}))).toContain('Digests are posted to channels');
    const discord = { platform: 'discord' as const, channelId: '123', workspaceId: '9' };
    expect(text(await h.briefings.service.subscribe(h.ctx({ channel: discord }), {}))).toContain('not available on discord');
  });
});

describe('/digest unsubscribe, list, status, preview and /brief', () => {
  it('lists the workspace\'s subscriptions and unsubscribes', async () => {
    await h.briefings.service.subscribe(h.ctx({ channel: slackChannel('C1') }), { time: '08:00' });
    await h.briefings.service.subscribe(h.ctx({ channel: slackChannel('C2') }), { time: '09:30', timezone: 'Asia/Tokyo', locale: 'de' });
    await h.briefings.service.subscribe(h.ctx({ channel: slackChannel('C9', 'OTHER') }), {});
    const list = await h.briefings.service.list(h.ctx({ channel: slackChannel('C1') }));
    expect(list.table?.rows.map((r) => r.slice(0, 5))).toEqual([
      ['C1', '08:00', 'Europe/Berlin', 'en', 'active'],
      ['C2', '09:30', 'Asia/Tokyo', 'de', 'active'],
    ]);
    const un = await h.briefings.service.unsubscribe(h.ctx({ channel: slackChannel('C2') }));
    expect(text(un)).toContain('Unsubscribed');
    expect((await h.briefings.service.list(h.ctx({ channel: slackChannel('C1') }))).table?.rows.length).toBe(1);
    expect(text(await h.briefings.service.unsubscribe(h.ctx({ channel: slackChannel('C2') })))).toContain('has no digest subscription');
    expect(text(await h.briefings.service.status(h.ctx({ channel: slackChannel('C2') })))).toContain('has no digest subscription');
  });

  it('status shows schedule, next run and that nothing was delivered yet', async () => {
    await h.briefings.service.subscribe(h.ctx({ channel: slackChannel() }), { time: '08:00', timezone: 'Europe/Berlin', locale: 'de' });
    const s = await h.briefings.service.status(h.ctx({ channel: slackChannel(), locale: 'de' }));
    expect(s.fields).toEqual(expect.arrayContaining([
      expect.objectContaining({ label: 'Zeitplan', value: 'jeden Tag um 08:00 (Europe/Berlin), Deutsch' }),
      expect.objectContaining({ label: 'Nächster Lauf', value: 'am 1. Dez. 2026 um 08:00 Uhr (Europe/Berlin)' }),
      expect.objectContaining({ label: 'Zustand', value: 'aktiv' }),
    ]));
    expect(s.blocks).toEqual(['Noch keine Zustellungen.']);
  });

  it('preview shows the next digest in the channel language without posting; /brief gives today\'s', async () => {
    await h.briefings.service.subscribe(h.ctx({ channel: slackChannel() }), { locale: 'de' });
    const p = await h.briefings.service.preview(h.ctx({ channel: slackChannel(), actor: { canManageChannel: false } }));
    expect(p).toMatchObject({ kind: 'briefing', locale: 'de', ephemeral: true, title: 'Vorschau: Lodestone-Tagesdigest — 1. Dez. 2026' });
    expect(p.blocks[0]).toContain('Nur Vorschau, nicht gepostet. Der nächste Digest kommt am 1. Dez. 2026 um 08:00 Uhr');
    expect(p.chart?.alt).toContain('China');
    const b = await h.briefings.service.brief(h.ctx({ channel: slackChannel() }));
    expect(b).toMatchObject({ kind: 'briefing', title: 'Lodestone-Tagesdigest — 30. Nov. 2026' });
    expect(b.ephemeral).toBeFalsy();
    const consolePreview = await h.briefings.service.preview(h.ctx({}));
    expect(consolePreview.blocks[0]).toContain('no digest subscription yet');
    expect(target.posts).toEqual([]);
    expect(await store.allDeliveries()).toEqual([]);
  });
});
