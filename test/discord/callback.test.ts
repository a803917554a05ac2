// Interaction callbacks go straight over the REST client's agent (callback.ts); whatever is not a
// success is handled as discord.js's REST handles it: a 429 counted, waited out and sent again, a
// 5xx or a network failure retried by the REST client, any other error the same DiscordAPIError.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DiscordAPIError, Routes, type REST } from 'discord.js';
import { CallbackSender } from '../../src/adapters/discord/callback.js';
import { createRest } from '../../src/adapters/discord/rest.js';
import { Metrics } from '../../src/ops/metrics.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord/index.js';

let fake: FakeDiscord;
let rest: REST;
let metrics: Metrics;
const route = Routes.interactionCallback('100000000000000001', 'tok-callback');
const body = Buffer.from(JSON.stringify({ type: 4, data: { content: 'hi', allowed_mentions: { parse: [] } } }));
const sent = () => fake.rest.find('POST', /^\/interactions\/100000000000000001\/tok-callback\/callback$/);

beforeEach(async () => {
  fake = await startFakeDiscord();
  metrics = new Metrics();
  rest = createRest(fake.token, fake.apiBase, metrics);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await fake.close();
});

describe('interaction callbacks', () => {
  it('sends the body once, without the bot token, and needs no REST call when Discord accepts it', async () => {
    const post = vi.spyOn(rest, 'post');
    await new CallbackSender(rest).send(route, body);
    expect(sent()).toHaveLength(1);
    expect(sent()[0]!.body).toEqual(JSON.parse(body.toString()));
    expect(sent()[0]!.auth).toBeUndefined();
    expect(post).not.toHaveBeenCalled();
  });

  it('waits out a 429, counts it, and sends again through the REST client', async () => {
    fake.rest.failNext({ method: 'POST', path: /\/callback$/, status: 429, retryAfter: 0.2 });
    const post = vi.spyOn(rest, 'post');
    await new CallbackSender(rest).send(route, body);
    const [first, second] = sent();
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(190);
    expect(second!.body).toEqual(first!.body);
    expect(post).toHaveBeenCalledTimes(1);
    expect((await metrics.rateLimited.get()).values.find((v) => v.labels.platform === 'discord')?.value).toBe(1);
  });

  it('leaves a server error to the REST client, which retries it', async () => {
    fake.rest.failNext({ method: 'POST', path: /\/callback$/, status: 502, times: 2 });
    await new CallbackSender(rest).send(route, body);
    expect(sent()).toHaveLength(3);
  });

  it('rejects with the DiscordAPIError the REST client would give, without sending again', async () => {
    fake.rest.failNext({ method: 'POST', path: /\/callback$/, status: 404, code: 10062, message: 'Unknown interaction' });
    const err = await new CallbackSender(rest).send(route, body).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DiscordAPIError);
    expect(err).toMatchObject({ code: 10062, status: 404, method: 'POST', message: 'Unknown interaction' });
    expect(sent()).toHaveLength(1);
  });

  it('hands a network failure to the REST client, whose error it rejects with', async () => {
    const down = createRest(fake.token, 'http://127.0.0.1:9/api', metrics);
    const post = vi.spyOn(down, 'post');
    await expect(new CallbackSender(down).send(route, body)).rejects.toThrow();
    expect(post).toHaveBeenCalledTimes(1);
  });

  it('puts on the wire what the REST client would: path as URL parsing gives it, headers and body', async () => {
    const seen: { url: string; headers: IncomingHttpHeaders; body: string }[] = [];
    const server = createServer((req, res) => {
      let b = '';
      req.on('data', (c: Buffer) => (b += c.toString('utf8')));
      req.on('end', () => {
        seen.push({ url: req.url!, headers: req.headers, body: b });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const local = createRest(fake.token, `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`, metrics);
      const sender = new CallbackSender(local);
      // A plain token, and one whose route URL parsing rewrites (never seen from Discord, but sent as before).
      for (const token of ['aW50ZXJhY3Rpb24_tok-1', 'odd token/../x?y']) {
        const r = Routes.interactionCallback('100000000000000001', token);
        await sender.send(r, body);
        await local.post(r, { body, passThroughBody: true, headers: { 'Content-Type': 'application/json' }, auth: false });
      }
      expect(seen).toHaveLength(4);
      for (let i = 0; i < 4; i += 2) {
        const [ours, theirs] = [seen[i]!, seen[i + 1]!];
        expect(ours.url).toBe(theirs.url);
        expect(ours.body).toBe(theirs.body);
        expect(ours.headers['content-type']).toBe(theirs.headers['content-type']);
        expect(ours.headers['user-agent']).toBe(theirs.headers['user-agent']);
        expect(ours.headers['content-length']).toBe(theirs.headers['content-length']);
      }
      expect(seen[0]!.url).toBe('/api/v10/interactions/100000000000000001/aW50ZXJhY3Rpb24_tok-1/callback');
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
