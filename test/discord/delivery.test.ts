// The Discord DeliveryTarget against the fake REST: nonces with enforce_nonce, findPosted after a
// crash, the permission check at subscribe time, and errors mapped to permanent or transient.
import { Routes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeliveryError } from '../../src/briefings/delivery.js';
import type { ChannelRef } from '../../src/commands/types.js';
import { DiscordDelivery, nonceFor, refFor } from '../../src/adapters/discord/delivery.js';
import { createRest } from '../../src/adapters/discord/rest.js';
import { Metrics } from '../../src/ops/metrics.js';
import type { Reply } from '../../src/reply/model.js';
import { snowflake, startFakeDiscord, user, type FakeDiscord } from '../fakes/discord/index.js';
import { longReply } from './fixtures.js';

let fake: FakeDiscord;
let delivery: DiscordDelivery;
let metrics: Metrics;
beforeAll(async () => {
  fake = await startFakeDiscord();
  metrics = new Metrics();
  const rest = createRest(fake.token, fake.apiBase, metrics);
  delivery = new DiscordDelivery({ rest, botUserId: async () => ((await rest.get(Routes.user('@me'))) as { id: string }).id });
});
afterAll(async () => {
  await fake?.close();
});

const digest: Reply = {
  kind: 'briefing', locale: 'en', title: 'Morning digest @everyone', blocks: ['Rare earths today.'],
  sources: [{ id: 's', label: 'USGS MCS 2025', url: 'https://pubs.usgs.gov/x' }], footer: 'Dataset 2026.11.1',
};
const at = (channelId: string, extra: Partial<ChannelRef> = {}): ChannelRef => ({ platform: 'discord', channelId, workspaceId: fake.guild.id, ...extra });
const posts = (channelId: string) => fake.rest.find('POST', new RegExp(`^/channels/${channelId}/messages$`));

describe('discord delivery', () => {
  it('posts with a nonce (≤ 25 characters) and enforce_nonce, parsing no mentions, and returns the message id', async () => {
    const { messageId } = await delivery.post(at(fake.text.id), digest, { key: 'sub-1|2026-11-02' });
    const req = posts(fake.text.id).at(-1)!;
    expect(req.body.nonce).toBe(nonceFor('sub-1|2026-11-02'));
    expect(req.body.nonce.length).toBeLessThanOrEqual(25);
    expect(req.body.enforce_nonce).toBe(true);
    expect(req.body.allowed_mentions).toEqual({ parse: [] });
    expect(req.body.embeds[0].title).not.toContain('@everyone');
    expect(req.body.embeds.at(-1).footer.text).toContain(refFor('sub-1|2026-11-02'));
    expect(fake.state.messages.get(fake.text.id)!.map((m) => m.id)).toContain(messageId);
  });

  it('does not post twice when the same delivery is retried (Discord returns the message with that nonce)', async () => {
    const first = await delivery.post(at(fake.text.id), digest, { key: 'sub-2|2026-11-02' });
    const again = await delivery.post(at(fake.text.id), digest, { key: 'sub-2|2026-11-02' });
    expect(again.messageId).toBe(first.messageId);
    const stored = fake.state.messages.get(fake.text.id)!.filter((m) => m.nonce === nonceFor('sub-2|2026-11-02'));
    expect(stored).toHaveLength(1);
  });

  it('posts into the thread when the channel reference has one, and splits long digests with a nonce per part', async () => {
    await delivery.post(at(fake.text.id, { threadId: fake.thread.id }), longReply(), { key: 'sub-3|2026-11-02' });
    const parts = posts(fake.thread.id);
    expect(parts.length).toBeGreaterThan(1);
    expect(new Set(parts.map((p) => p.body.nonce)).size).toBe(parts.length);
    for (const p of parts) expect(p.body.flags ?? 0).toBe(0);
  });

  it('uploads the chart as a file with the embed image pointing at it', async () => {
    const withChart: Reply = { ...digest, chart: { kind: 'bar', title: 'Reserves', unit: 't', bars: [{ label: 'CN', value: 1 }], alt: 'China first.' } };
    await delivery.post(at(fake.text.id), withChart, { key: 'sub-4|2026-11-02', chartPng: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
    const req = posts(fake.text.id).at(-1)!;
    expect(req.files).toEqual([expect.objectContaining({ filename: 'chart.png', size: 4 })]);
    expect(req.body.attachments).toEqual([expect.objectContaining({ id: 0, filename: 'chart.png' })]);
    expect(req.body.embeds.some((e: { image?: { url: string } }) => e.image?.url === 'attachment://chart.png')).toBe(true);
  });

  it('findPosted finds the message of a key since a time, even pages back, and nothing for another key', async () => {
    const since = new Date(Date.now() - 1_000);
    const { messageId } = await delivery.post(at(fake.text.id), digest, { key: 'sub-5|2026-11-03' });
    // 250 later messages by someone else push it back by more than two pages.
    const list = fake.state.messages.get(fake.text.id)!;
    for (let i = 0; i < 250; i++) list.push({ id: snowflake(), channel_id: fake.text.id, author: user(fake.human), content: `msg ${i}`, embeds: [] });
    expect(await delivery.findPosted(at(fake.text.id), 'sub-5|2026-11-03', since)).toBe(messageId);
    expect(await delivery.findPosted(at(fake.text.id), 'sub-6|2026-11-03', since)).toBeNull();
    expect(await delivery.findPosted(at(fake.text.id), 'sub-5|2026-11-03', new Date(Date.now() + 60_000))).toBeNull();
  });

  it('checkCanPost: ok where the bot may post, in threads and DMs', async () => {
    expect(await delivery.checkCanPost(at(fake.text.id))).toEqual({ ok: true });
    expect(await delivery.checkCanPost(at(fake.text.id, { threadId: fake.thread.id }))).toEqual({ ok: true });
    expect(await delivery.checkCanPost({ platform: 'discord', channelId: fake.dm.id })).toEqual({ ok: true });
  });

  it('checkCanPost names the missing permissions and a gone channel', async () => {
    const botRole = fake.guild.botRoles[0]!;
    const locked = { id: snowflake(), type: 0, name: 'locked', guildId: fake.guild.id, overwrites: [{ id: botRole, type: 0, allow: '0', deny: ((1n << 11n) | (1n << 15n)).toString() }] };
    fake.guild.channels.push(locked);
    const res = await delivery.checkCanPost(at(locked.id));
    expect(res.ok).toBe(false);
    expect(!res.ok && res.reason).toMatch(/Send Messages, Attach Files/);
    const gone = await delivery.checkCanPost(at('123456789012345678'));
    expect(gone).toEqual({ ok: false, reason: expect.stringMatching(/no longer exists/) });
  });

  it('maps Unknown Channel and Missing Permissions to permanent failures with a reason', async () => {
    const unknown = await delivery.post(at('123456789012345679'), digest, { key: 'k1' }).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(DeliveryError);
    expect(unknown).toMatchObject({ permanent: true, reason: expect.stringMatching(/Unknown Channel/) });
    fake.state.forbiddenChannels.add(fake.text.id);
    const denied = await delivery.post(at(fake.text.id), digest, { key: 'k2' }).catch((e: unknown) => e);
    fake.state.forbiddenChannels.delete(fake.text.id);
    expect(denied).toMatchObject({ permanent: true, reason: expect.stringMatching(/Missing Permissions/) });
    fake.rest.failNext({ method: 'POST', path: /\/messages$/, status: 403, code: 50001, message: 'Missing Access' });
    const access = await delivery.post(at(fake.text.id), digest, { key: 'k3' }).catch((e: unknown) => e);
    expect(access).toMatchObject({ permanent: true, reason: expect.stringMatching(/Missing Access/) });
  });

  it('retries a 5xx, and reports persistent 5xx as transient', async () => {
    fake.rest.failNext({ method: 'POST', path: /\/messages$/, status: 502 });
    const ok = await delivery.post(at(fake.text.id), digest, { key: 'k4' });
    expect(ok.messageId).toMatch(/^\d+$/);
    fake.rest.failNext({ method: 'POST', path: /\/messages$/, status: 503, times: 10 });
    const err = await delivery.post(at(fake.text.id), digest, { key: 'k5' }).catch((e: unknown) => e);
    fake.rest.clearFailures();
    expect(err).toMatchObject({ permanent: false, reason: expect.stringMatching(/server error/) });
    // Not a rate limit: the message may have gone out, so the scheduler must check before posting again.
    expect((err as DeliveryError).retryAfterMs).toBeUndefined();
  });

  it('honours a 429 on posting and counts it', async () => {
    const before = (await metrics.rateLimited.get()).values[0]?.value ?? 0;
    fake.rest.failNext({ method: 'POST', path: /\/messages$/, status: 429, retryAfter: 0.2 });
    const { messageId } = await delivery.post(at(fake.text.id), digest, { key: 'k6' });
    expect(messageId).toMatch(/^\d+$/);
    expect((await metrics.rateLimited.get()).values[0]?.value).toBe(before + 1);
  });
});

describe('findPosted in a busy channel', () => {
  it('finds a message behind more than 1,000 others when given the span the post could have landed in', async () => {
    const list = fake.state.messages.get(fake.text.id)!;
    const since = new Date(Date.now() - 1_000);
    // 1,200 messages by someone else first, then ours: more than the unbounded search's ten pages.
    for (let i = 0; i < 1_200; i++) list.push({ id: snowflake(), channel_id: fake.text.id, author: user(fake.human), content: `busy ${i}`, embeds: [] });
    const { messageId } = await delivery.post(at(fake.text.id), digest, { key: 'sub-9|2026-11-09' });
    const until = new Date(Date.now() + 1_000);
    expect(await delivery.findPosted(at(fake.text.id), 'sub-9|2026-11-09', since, until)).toBe(messageId);
    expect(await delivery.findPosted(at(fake.text.id), 'sub-9|2026-11-09', since)).toBeNull();
  });
});
