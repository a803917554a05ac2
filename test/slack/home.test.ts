// The App Home's digest section through the real Bolt app and a real store: only subscriptions of
// channels the viewer is in (users.conversations with the viewer's id, on the bot token, read page
// by page), each with its last posted digest — not the workspace's other channels, not another
// workspace's — and a hint when there are none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { storeFixture, type StoreFixture } from '../store/helpers.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
let fixture: StoreFixture;
let store: Store;
const LAST = new Date('2026-11-30T07:00:00Z');

async function sent(channelId: string, at: Date, workspaceId = 'T0TEST'): Promise<void> {
  const { subscription } = await store.saveSubscription({ platform: 'slack', workspaceId, channelId, time: '08:00', timezone: 'Europe/Berlin', locale: 'de' }, new Date('2026-11-01T00:00:00Z'));
  const d = { subscriptionId: subscription.id, editionKey: `digest:${at.toISOString().slice(0, 10)}`, kind: 'digest', editionDate: at.toISOString().slice(0, 10), scheduledAt: at };
  await store.claimDelivery(d, 'test', at);
  await store.completeDelivery(d.subscriptionId, d.editionKey, 'test', { status: 'sent', messageId: `${channelId}.1` }, at);
}

beforeAll(async () => {
  fixture = await storeFixture('sqlite');
  store = await fixture.open();
  h = await startHarness({ app: { store } });
  await sent('C0MINE', new Date('2026-11-29T07:00:00Z'));
  await sent('C0MINE', LAST);
  await sent('C0OTHERS', LAST);
  await sent('C0ELSEWHERE', LAST, 'T0OTHER');
  await store.saveSubscription({ platform: 'slack', workspaceId: 'T0TEST', channelId: 'D0ALICE', time: '07:30', timezone: 'Europe/Vienna', locale: 'en' }, new Date());
  const paused = await store.saveSubscription({ platform: 'slack', workspaceId: 'T0TEST', channelId: 'C0PAUSED', time: '09:00', timezone: 'UTC', locale: 'en' }, new Date());
  await store.setSubscriptionStatus(paused.subscription.id, 'paused', 'channel_not_found', new Date());
  // 450 channels before the subscribed ones: the list is read over three pages.
  const filler = Array.from({ length: 450 }, (_, i) => `C1${String(i).padStart(6, '0')}`);
  h.fake.memberships.set('U0ALICE', [...filler, 'C0MINE', 'C0ELSEWHERE', 'D0ALICE', 'C0PAUSED']);
  h.fake.memberships.set('U0NEW', ['C0NOTHING']);
});
afterAll(async () => {
  await h.close();
  await fixture.cleanup();
});

async function home(user: string): Promise<string> {
  const before = h.fake.callsTo('views.publish').filter((c) => c.args.user_id === user).length;
  await h.event({ type: 'app_home_opened', user, channel: `D${user.slice(1)}`, tab: 'home', event_ts: '1' });
  const call = await h.fake.until(() => h.fake.callsTo('views.publish').filter((c) => c.args.user_id === user)[before]);
  const view = (typeof call.args.view === 'string' ? JSON.parse(call.args.view) : call.args.view) as { type: string; blocks: unknown[] };
  expect(view.type).toBe('home');
  expect(view.blocks.length).toBeLessThanOrEqual(100);
  return JSON.stringify(view.blocks);
}

describe('App Home: the viewer\'s channels and their last digest', () => {
  it('lists only the subscriptions of channels the viewer is in, with the last digest posted', async () => {
    const text = await home('U0ALICE');
    expect(text).toContain('Daily digests in your channels');
    expect(text).toContain('<#C0MINE>');
    expect(text).toContain(`Last digest: <!date^${LAST.getTime() / 1000}^{date_short_pretty}, {time}|2026-11-30 07:00 UTC>`);
    expect(text).not.toContain(String(Date.parse('2026-11-29T07:00:00Z') / 1000)); // the older digest
    expect(text).toContain('08:00 Europe/Berlin · German');
    expect(text).toContain('Your direct messages with Lodestone');
    expect(text).toContain('No digest posted yet');
    expect(text).toContain('<#C0PAUSED>');
    expect(text).toContain('Paused: `/lodestone digest status` in the channel says why.');
    expect(text).not.toContain('channel_not_found');
    expect(text).not.toContain('C0OTHERS');
    expect(text).not.toContain('C0ELSEWHERE');
    const calls = h.fake.callsTo('users.conversations').filter((c) => c.args.user === 'U0ALICE');
    expect(calls.length).toBe(3);
    expect(calls[0]!.args.types).toBe('public_channel,private_channel,mpim,im');
  });

  it('tells a viewer without subscribed channels how to subscribe one, in their language', async () => {
    h.fake.users.set('U0NEW', { locale: 'de-DE' });
    const text = await home('U0NEW');
    expect(text).toContain('Tägliche Digests in deinen Kanälen');
    expect(text).toContain('Noch keiner deiner Kanäle erhält den täglichen Digest');
    expect(text).toContain('/lodestone digest subscribe 08:00 Europe/Berlin de');
  });
});
