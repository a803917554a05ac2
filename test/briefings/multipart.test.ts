// A Discord digest long enough for two messages (the bundled dataset's 29 Oct 2025 digest), posted
// through the real Discord target (discord.js REST on a loopback server), when the replica posting
// it goes silent between or inside its parts: the fake never answers one part's request (having
// kept the message or not), and a second replica takes the claim over after the lease. Every part
// must end up in the channel exactly once, in order, and the ledger must hold them all.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REST } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { DiscordDelivery, nonceFor, refFor } from '../../src/adapters/discord/delivery.js';
import { idempotencyKey } from '../../src/briefings/keys.js';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import { storeFixture, type StoreFixture } from '../store/helpers.js';
import { FakeClock, harness, type Harness } from './fixtures/harness.js';

const BOT = '900000000000000001';
const CHANNEL = '4242';
const KEY = 'digest:2025-10-29';
const loaded = await loadDataset();
if (!loaded.ok) throw new Error('bundled dataset invalid');
const dataset: Dataset = loaded.dataset;

interface Msg { id: string; nonce: string; author: { id: string }; embeds: { footer?: { text?: string } }[] }

let f: StoreFixture | undefined;
let server: Server | undefined;
let replicas: Harness[] = [];
let held: ServerResponse[] = [];
afterEach(async () => {
  for (const res of held) res.destroy();
  held = [];
  for (const r of replicas) await r.briefings.stop();
  replicas = [];
  server?.closeAllConnections();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  await f?.cleanup();
});

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A Discord channel on loopback. The request posting part `hang.part` of `hang.key` is never
 * answered (the replica sending it is presumed dead); with `hang.kept` the message was stored first.
 */
async function fakeDiscord(clock: FakeClock, hang: { key: string; part: number; kept: boolean }, onHang: () => void): Promise<{ url: string; messages: Msg[]; posts: string[] }> {
  const messages: Msg[] = [];
  const posts: string[] = [];
  let seq = 0n;
  const snowflake = (): string => (((BigInt(clock.t) - 1420070400000n) << 22n) + ++seq).toString();
  let hung = false;
  server = createServer((req, res) => {
    void body(req).then(async (raw) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const json = (status: number, value: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (!url.pathname.endsWith(`/channels/${CHANNEL}/messages`)) return json(404, { code: 0, message: 'Not Found' });
      if (req.method === 'GET') {
        const after = BigInt(url.searchParams.get('after') ?? '0');
        return json(200, messages.filter((m) => BigInt(m.id) > after).slice(0, 100));
      }
      const type = req.headers['content-type'] ?? '';
      const payload = (type.startsWith('multipart/')
        ? JSON.parse(String((await new Response(raw, { headers: { 'content-type': type } }).formData()).get('payload_json')))
        : JSON.parse(raw.toString('utf8'))) as { nonce: string; embeds: Msg['embeds'] };
      posts.push(payload.nonce);
      const msg: Msg = { id: snowflake(), nonce: payload.nonce, author: { id: BOT }, embeds: payload.embeds };
      const hangHere = !hung && payload.nonce === nonceFor(hang.key, hang.part);
      if (!hangHere || hang.kept) messages.push(msg);
      if (hangHere) {
        hung = true;
        held.push(res);
        onHang();
        return;
      }
      json(200, { ...msg, channel_id: CHANNEL });
    });
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, messages, posts };
}

describe('a multi-part Discord digest whose replica dies between parts', () => {
  it.each([
    { part: 0, kept: true, what: 'the first part out but not recorded' },
    { part: 1, kept: false, what: 'the first part out and recorded, the second never sent' },
    { part: 1, kept: true, what: 'the second part out but not recorded' },
  ])('resumes part by part: $what', async ({ part, kept }) => {
    f = await storeFixture('sqlite');
    const stores = [await f.open(), await f.open()];
    const clock = new FakeClock(Date.parse('2025-10-29T07:00:30Z'));
    const { subscription } = await stores[0]!.saveSubscription({ platform: 'discord', channelId: CHANNEL, workspaceId: 'G1', time: '08:00', timezone: 'Europe/Berlin', locale: 'en' }, new Date('2025-10-28T12:00:00Z'));
    const key = idempotencyKey(subscription.id, KEY);
    let hung!: () => void;
    const hanging = new Promise<void>((r) => { hung = r; });
    const fake = await fakeDiscord(clock, { key, part, kept }, () => hung());
    replicas = stores.map((store, i) => harness({
      store, clock, dataset,
      targets: [new DiscordDelivery({ rest: new REST({ api: `${fake.url}/api`, version: '10', retries: 0, timeout: 120_000 }).setToken('t'), botUserId: async () => BOT })],
      options: { instanceId: `replica-${i}`, leaseMs: 60_000, postTimeoutMs: 120_000 },
    }));
    const [a, b] = replicas as [Harness, Harness];

    // Replica A claims and posts until the fake stops answering; then it is silent, as if killed.
    await a.briefings.scheduler.tick({ now: clock.now() });
    await hanging;
    expect((await stores[1]!.getDelivery(subscription.id, KEY))?.status).toBe('claimed');

    // After the lease, replica B takes the claim over and finishes the digest.
    clock.advance(2 * 60_000);
    const report = await b.briefings.scheduler.tick({ now: clock.now() });
    // The digest, and the summit preview queued behind it in the same channel (never attempted).
    expect(report.recovered).toBeGreaterThanOrEqual(1);
    await b.briefings.scheduler.idle();

    // Both parts in the channel, once each, in order, each with its own reference; nothing doubled.
    expect(new Set(fake.messages.map((m) => m.nonce)).size).toBe(fake.messages.length);
    const digest = fake.messages.filter((m) => m.nonce === nonceFor(key, 0) || m.nonce === nonceFor(key, 1));
    expect(digest.map((m) => m.nonce)).toEqual([nonceFor(key, 0), nonceFor(key, 1)]);
    expect(digest[0]!.embeds.at(-1)!.footer!.text!.endsWith(refFor(key))).toBe(true);
    expect(digest[1]!.embeds.at(-1)!.footer!.text!.endsWith(refFor(key, 1))).toBe(true);
    // B never re-sent a part that was out.
    expect(fake.posts.filter((n) => n === nonceFor(key, 0)).length).toBe(1);
    expect(fake.posts.filter((n) => n === nonceFor(key, 1)).length).toBe(kept || part === 0 ? 1 : 2);
    // The ledger holds every part and the delivery as sent with its first message.
    expect(await stores[1]!.postedParts(subscription.id, KEY)).toEqual(digest.map((m) => m.id));
    expect(await stores[1]!.getDelivery(subscription.id, KEY)).toMatchObject({ status: 'sent', messageId: digest[0]!.id, claimedBy: 'replica-1' });
    const ledger = await stores[1]!.allDeliveries();
    expect(ledger.every((d) => d.status === 'sent')).toBe(true);
  });
});
