// The Slack DeliveryTarget against the loopback fake Web API: metadata for exactly-once,
// error mapping for the scheduler, rate limits surfaced with Retry-After.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeliveryError } from '../../src/briefings/delivery.js';
import type { ChannelRef } from '../../src/commands/types.js';
import type { Reply } from '../../src/reply/model.js';
import { startHarness, type Harness } from './harness.js';
import { expectNoPings, HOSTILE } from './pings.js';
import { expectWithinLimits } from './limits.js';

let h: Harness;
const ch = (channelId: string): ChannelRef => ({ platform: 'slack', channelId, workspaceId: 'T0TEST' });
const digest: Reply = {
  kind: 'briefing',
  locale: 'en',
  title: 'Morning digest',
  blocks: ['China tightened export controls.'],
  sources: [{ id: 'usgs', label: 'USGS MCS 2025', url: 'https://pubs.usgs.gov/mcs2025' }],
  chart: { kind: 'bar', title: 'Reserves', unit: 't', bars: [{ label: 'China', value: 44 }], alt: 'China 44 Mt' },
};

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const rejection = async (p: Promise<unknown>): Promise<DeliveryError> => {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(DeliveryError);
  return e as DeliveryError;
};

describe('post', () => {
  it('posts one Block Kit message with unfurls off and the key in message metadata', async () => {
    const { messageId } = await h.slack.delivery.post(ch('C0DIGEST'), digest, { key: 'sub-1:2025-10-29' });
    const [call] = h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0DIGEST');
    expect(call!.args).toMatchObject({
      channel: 'C0DIGEST',
      text: 'Morning digest: China tightened export controls.',
      unfurl_links: 'false',
      unfurl_media: 'false',
      parse: 'none',
      link_names: 'false',
      metadata: { event_type: 'lodestone_digest', event_payload: { key: 'sub-1:2025-10-29' } },
    });
    expect(call!.args.blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Morning digest', emoji: true } },
      { type: 'section', text: { type: 'mrkdwn', text: 'China tightened export controls.' } },
      { type: 'section', text: { type: 'mrkdwn', text: ':bar_chart: *Reserves*\nChina 44 Mt' } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: '*Sources:*' }, { type: 'mrkdwn', text: '<https://pubs.usgs.gov/mcs2025|USGS MCS 2025>' }] },
    ]);
    expect(messageId).toBe(h.fake.messages.find((m) => m.channel === 'C0DIGEST')!.ts);
  });

  it('uploads the chart PNG into the digest thread, keeping the text alternative in the message', async () => {
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    const { messageId } = await h.slack.delivery.post(ch('C0CHART'), digest, { key: 'k-chart', chartPng: png });
    const complete = await h.fake.until(() => h.fake.callsTo('files.completeUploadExternal').find((c) => c.args.channel_id === 'C0CHART'));
    expect(complete.args.thread_ts).toBe(messageId);
    expect(h.fake.callsTo('files.getUploadURLExternal').at(-1)!.args).toMatchObject({ filename: 'chart.png', length: String(png.length), alt_text: 'China 44 Mt' });
    expect(h.fake.uploads.length).toBeGreaterThan(0);
  });

  it('keeps a long, hostile digest to one message within limits and without pings', async () => {
    const reply: Reply = { ...digest, title: HOSTILE, blocks: Array.from({ length: 80 }, () => `${HOSTILE} `.repeat(20)), chart: undefined };
    await h.slack.delivery.post(ch('C0LONG'), reply, { key: 'k-long' });
    const calls = h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0LONG');
    expect(calls).toHaveLength(1);
    expectWithinLimits(calls[0]!.args);
    expectNoPings(calls[0]!.args);
  });

  it('maps permanent Slack errors to a permanent DeliveryError with a reason', async () => {
    const cases: [string, RegExp][] = [
      ['channel_not_found', /cannot find the channel/],
      ['is_archived', /archived/],
      ['not_in_channel', /invite it/],
      ['missing_scope', /reinstall/],
      ['account_inactive', /uninstalled|deactivated/],
      ['invalid_auth', /SLACK_BOT_TOKEN/],
    ];
    for (const [error, reason] of cases) {
      h.fake.fail('chat.postMessage', { error });
      const e = await rejection(h.slack.delivery.post(ch('C0PERM'), digest, { key: `k-${error}` }));
      expect(e.permanent, error).toBe(true);
      expect(e.reason).toMatch(reason);
      expect(e.retryAfterMs).toBeUndefined();
    }
  });

  it('surfaces a 429 at once with Retry-After and counts it, leaving pacing to the scheduler', async () => {
    const counted = async (): Promise<number> => (await h.metrics.rateLimited.get()).values.find((v) => v.labels.platform === 'slack')?.value ?? 0;
    const before = await counted();
    const calls = h.fake.callsTo('chat.postMessage').length;
    h.fake.fail('chat.postMessage', { status: 429, retryAfter: 7 });
    const e = await rejection(h.slack.delivery.post(ch('C0RATE'), digest, { key: 'k-rate' }));
    expect(e.permanent).toBe(false);
    expect(e.retryAfterMs).toBe(7_000);
    expect(h.fake.callsTo('chat.postMessage').length - calls).toBe(1); // no retry inside the client
    expect(await counted()).toBe(before + 1);
  });

  it('treats a 5xx as transient, and first checks whether the message went out anyway', async () => {
    h.fake.fail('chat.postMessage', { status: 500 });
    const e = await rejection(h.slack.delivery.post(ch('C05XX'), digest, { key: 'k-5xx' }));
    expect(e.permanent).toBe(false);
    expect(e.retryAfterMs).toBeUndefined();
    expect(h.fake.callsTo('conversations.history').some((c) => c.args.channel === 'C05XX')).toBe(true);
  });

  it('returns the existing message when a 5xx hid a post that did go out', async () => {
    const first = await h.slack.delivery.post(ch('C0HIDDEN'), digest, { key: 'k-hidden' });
    h.fake.fail('chat.postMessage', { status: 502 });
    const again = await h.slack.delivery.post(ch('C0HIDDEN'), digest, { key: 'k-hidden' });
    expect(again.messageId).toBe(first.messageId);
  });
});

describe('findPosted', () => {
  it('finds the message carrying the key, through pages of history, and not other keys', async () => {
    const since = new Date(Date.now() - 60_000);
    const target = await h.slack.delivery.post(ch('C0FIND'), digest, { key: 'k-find' });
    for (let i = 0; i < 450; i++) h.fake.messages.push({ channel: 'C0FIND', ts: (Number(target.messageId) + 1 + i).toFixed(6), text: 'chatter' });
    expect(await h.slack.delivery.findPosted(ch('C0FIND'), 'k-find', since)).toBe(target.messageId);
    expect(await h.slack.delivery.findPosted(ch('C0FIND'), 'k-other', since)).toBeNull();
    const history = h.fake.callsTo('conversations.history').filter((c) => c.args.channel === 'C0FIND');
    expect(history.length).toBeGreaterThan(2);
    expect(history[0]!.args).toMatchObject({ include_all_metadata: 'true', limit: '200' });
    expect(Number(history[0]!.args.oldest)).toBeLessThanOrEqual(since.getTime() / 1000);
  });

  it('maps a history error to a DeliveryError', async () => {
    h.fake.fail('conversations.history', { error: 'missing_scope' });
    const e = await rejection(h.slack.delivery.findPosted(ch('C0FIND'), 'k', new Date()));
    expect(e.permanent).toBe(true);
  });
});

describe('checkCanPost', () => {
  it('accepts a channel the bot is a member of', async () => {
    h.fake.channels.set('C0MEMBER', { is_member: true });
    expect(await h.slack.delivery.checkCanPost(ch('C0MEMBER'))).toEqual({ ok: true });
  });

  it('explains why it cannot post: not a member, archived, not found', async () => {
    h.fake.channels.set('C0OUTSIDE', { is_member: false });
    h.fake.channels.set('C0ARCHIVED', { is_member: true, is_archived: true });
    expect(await h.slack.delivery.checkCanPost(ch('C0OUTSIDE'))).toEqual({ ok: false, reason: expect.stringMatching(/invite it with \/invite @Lodestone/) });
    expect(await h.slack.delivery.checkCanPost(ch('C0ARCHIVED'))).toEqual({ ok: false, reason: 'The channel is archived.' });
    expect(await h.slack.delivery.checkCanPost(ch('C0MISSING'))).toEqual({ ok: false, reason: expect.stringMatching(/cannot find the channel/) });
  });

  it('throws a transient DeliveryError when Slack is unavailable', async () => {
    h.fake.channels.set('C0FLAKY', { is_member: true });
    h.fake.fail('conversations.info', { status: 503 });
    const e = await rejection(h.slack.delivery.checkCanPost(ch('C0FLAKY')));
    expect(e.permanent).toBe(false);
  });
});
