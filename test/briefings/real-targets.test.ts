// One delivery path through each real platform target (the Slack and Discord adapters' own
// DeliveryTargets) against loopback fakes of their APIs: the subscribe-time check, a scheduled
// post carrying the idempotency key (Slack metadata; Discord nonce + enforce_nonce), and recovery
// of a crashed claim by finding the message by key instead of posting it again.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REST } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { SlackDelivery } from '../../src/adapters/slack/delivery.js';
import { createWebClient, deliveryClientOptions } from '../../src/adapters/slack/client.js';
import { DiscordDelivery, nonceFor } from '../../src/adapters/discord/delivery.js';
import { idempotencyKey } from '../../src/briefings/keys.js';
import { parseConfig } from '../../src/config.js';
import { Metrics } from '../../src/ops/metrics.js';
import type { Store } from '../../src/store/index.js';
import { storeFixture, type StoreFixture } from '../store/helpers.js';
import { FakeClock, harness, silent, type Harness } from './fixtures/harness.js';

let f: StoreFixture | undefined;
let server: Server | undefined;
let h: Harness | undefined;
afterEach(async () => {
  await h?.briefings.stop();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server?.closeAllConnections();
  await f?.cleanup();
});

async function raw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function listen(handler: (req: IncomingMessage, body: Buffer) => Promise<{ status?: number; json: unknown }>): Promise<string> {
  server = createServer((req, res) => {
    void raw(req).then((b) => handler(req, b)).then(({ status, json }) => {
      res.writeHead(status ?? 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    });
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

/** A subscription due right now (real time: the platforms' message ids carry real timestamps). */
async function dueNow(store: Store, platform: 'slack' | 'discord', channelId: string, workspaceId: string): Promise<{ id: string; key: string }> {
  const now = Date.now();
  const scheduled = new Date(now - 120_000);
  const time = `${String(scheduled.getUTCHours()).padStart(2, '0')}:${String(scheduled.getUTCMinutes()).padStart(2, '0')}`;
  const { subscription } = await store.saveSubscription({ platform, channelId, workspaceId, time, timezone: 'UTC', locale: 'en' }, new Date(now - 86_400_000));
  return { id: subscription.id, key: `digest:${scheduled.toISOString().slice(0, 10)}` };
}

describe('through the real Slack target', () => {
  it('checks membership at subscribe, posts with metadata, and finds a crashed claim\'s message by key', async () => {
    const posted: { channel: string; key: string; ts: string }[] = [];
    const history = new Map<string, { ts: string; metadata: { event_type: string; event_payload: { key: string } } }[]>();
    let n = 0;
    const url = await listen(async (req, body) => {
      const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0];
      const form = new URLSearchParams(body.toString('utf8'));
      if (method === 'conversations.info') return { json: { ok: true, channel: { id: form.get('channel'), is_member: form.get('channel') !== 'COUT' } } };
      if (method === 'chat.postMessage') {
        const channel = form.get('channel')!;
        const metadata = JSON.parse(form.get('metadata') ?? '{}') as { event_type: string; event_payload: { key: string } };
        const ts = `${Math.floor(Date.now() / 1000)}.${String(++n).padStart(6, '0')}`;
        posted.push({ channel, key: metadata.event_payload.key, ts });
        history.set(channel, [...(history.get(channel) ?? []), { ts, metadata }]);
        return { json: { ok: true, channel, ts } };
      }
      if (method === 'conversations.history') return { json: { ok: true, messages: history.get(form.get('channel')!) ?? [], has_more: false } };
      return { json: { ok: false, error: 'unknown_method' } };
    });
    f = await storeFixture('sqlite');
    const store = await f.open();
    const config = parseConfig({ SLACK_API_URL: url });
    const target = new SlackDelivery({ client: createWebClient('xoxb-test', deliveryClientOptions({ config, log: silent, metrics: new Metrics() })), log: silent });
    h = harness({ store, targets: [target], clock: new FakeClock(Date.now()) });

    const refused = await h.briefings.service.subscribe(h.ctx({ channel: { platform: 'slack', channelId: 'COUT', workspaceId: 'T1' } }), {});
    expect(refused.blocks[0]).toContain('Lodestone is not a member of this channel');
    expect(await store.listSubscriptions()).toEqual([]);

    const a = await dueNow(store, 'slack', 'CA', 'T1');
    const b = await dueNow(store, 'slack', 'CB', 'T1');
    // CB's delivery was posted by a replica that died before recording it.
    const bKey = idempotencyKey(b.id, b.key);
    history.set('CB', [{ ts: '1.000001', metadata: { event_type: 'lodestone_digest', event_payload: { key: bKey } } }]);
    const stale = new Date(Date.now() - 10 * 60_000);
    await store.claimDelivery({ subscriptionId: b.id, editionKey: b.key, kind: 'digest', editionDate: b.key.slice(7), scheduledAt: stale }, 'dead', stale);
    await store.renewClaim(b.id, b.key, 'dead', stale); // it was attempted: only then can it have posted

    const clockNow = new Date();
    await h.briefings.scheduler.tick({ now: clockNow });
    await h.briefings.scheduler.idle();
    expect(posted.map((p) => [p.channel, p.key])).toEqual([['CA', idempotencyKey(a.id, a.key)]]);
    expect(await store.getDelivery(a.id, a.key)).toMatchObject({ status: 'sent', messageId: posted[0]!.ts });
    expect(await store.getDelivery(b.id, b.key)).toMatchObject({ status: 'sent', messageId: '1.000001' });
  });
});

describe('through the real Discord target', () => {
  it('posts with nonce + enforce_nonce and the chart attached, and finds a crashed claim\'s message by nonce', async () => {
    const BOT = '900000000000000001';
    const messages = new Map<string, { id: string; nonce?: string; author: { id: string }; embeds: unknown[] }[]>();
    const posts: { channel: string; nonce: string; enforce: boolean; files: number }[] = [];
    let seq = 0n;
    const snowflake = (): string => (((BigInt(Date.now()) - 1420070400000n) << 22n) + ++seq).toString();
    const url = await listen(async (req, body) => {
      const path = (req.url ?? '').split('?')[0]!;
      const m = /^\/api\/v10\/channels\/(\d+)(\/messages)?$/.exec(path);
      if (!m) return { status: 404, json: { code: 0, message: 'Not Found' } };
      const channel = m[1]!;
      if (!m[2]) return { json: { id: channel, type: channel === '222' ? 4 : 0 } };
      if (req.method === 'GET') {
        const after = BigInt(new URL(req.url!, 'http://x').searchParams.get('after') ?? '0');
        return { json: (messages.get(channel) ?? []).filter((x) => BigInt(x.id) > after) };
      }
      let payload: { nonce?: string; enforce_nonce?: boolean; embeds?: unknown[] };
      let files = 0;
      if ((req.headers['content-type'] ?? '').startsWith('multipart/')) {
        const form = await new Response(body, { headers: { 'content-type': req.headers['content-type']! } }).formData();
        payload = JSON.parse(String(form.get('payload_json'))) as typeof payload;
        files = [...form.keys()].filter((k) => k.startsWith('files[')).length;
      } else {
        payload = JSON.parse(body.toString('utf8')) as typeof payload;
      }
      const msg = { id: snowflake(), nonce: payload.nonce!, author: { id: BOT }, embeds: payload.embeds ?? [] };
      messages.set(channel, [...(messages.get(channel) ?? []), msg]);
      posts.push({ channel, nonce: payload.nonce!, enforce: payload.enforce_nonce === true, files });
      return { json: { ...msg, channel_id: channel } };
    });
    f = await storeFixture('sqlite');
    const store = await f.open();
    const rest = new REST({ api: `${url}/api`, version: '10', retries: 0 }).setToken('test-token');
    const target = new DiscordDelivery({ rest, botUserId: async () => BOT });
    h = harness({ store, targets: [target], clock: new FakeClock(Date.now()), options: { charts: true } });

    const refused = await h.briefings.service.subscribe(h.ctx({ channel: { platform: 'discord', channelId: '222', workspaceId: '' } }), {});
    expect(refused.blocks[0]).toContain('cannot post into this kind of channel');
    const ok = await h.briefings.service.subscribe(h.ctx({ channel: { platform: 'discord', channelId: '333', workspaceId: '' } }), {});
    expect(ok.kind).toBe('answer');
    await store.setSubscriptionStatus((await store.findSubscription('discord', '', '333'))!.id, 'off', null, new Date());

    const a = await dueNow(store, 'discord', '111', '');
    const b = await dueNow(store, 'discord', '112', '');
    const bNonce = nonceFor(idempotencyKey(b.id, b.key), 0);
    messages.set('112', [{ id: snowflake(), nonce: bNonce, author: { id: BOT }, embeds: [] }]);
    const stale = new Date(Date.now() - 10 * 60_000);
    await store.claimDelivery({ subscriptionId: b.id, editionKey: b.key, kind: 'digest', editionDate: b.key.slice(7), scheduledAt: stale }, 'dead', stale);
    await store.renewClaim(b.id, b.key, 'dead', stale); // it was attempted: only then can it have posted

    await h.briefings.scheduler.tick({ now: new Date() });
    await h.briefings.scheduler.idle();
    const aNonce = nonceFor(idempotencyKey(a.id, a.key), 0);
    expect(posts.filter((p) => p.channel === '112')).toEqual([]);
    const first = posts.find((p) => p.channel === '111' && p.nonce === aNonce);
    expect(first).toMatchObject({ enforce: true });
    expect(posts.filter((p) => p.channel === '111').reduce((s, p) => s + p.files, 0)).toBe(1);
    expect(await store.getDelivery(a.id, a.key)).toMatchObject({ status: 'sent', messageId: messages.get('111')![0]!.id });
    expect(await store.getDelivery(b.id, b.key)).toMatchObject({ status: 'sent', messageId: messages.get('112')![0]!.id });
  });
});
