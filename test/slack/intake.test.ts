// Hostile input at the Slack HTTP edge: oversized unsigned bodies are refused before they are
// buffered or verified, signed bodies that are not objects get 400, and a replayed slash command
// (same trigger_id inside the signature's five minutes) runs once.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postSigned, slashBody } from '../fakes/slack/sign.js';
import { SECRET, startHarness, type Harness } from './harness.js';
import { BODY_LIMIT_BYTES } from '../../src/adapters/slack/intake.js';

let h: Harness;
const commandsRun: string[] = [];

beforeAll(async () => {
  h = await startHarness();
  h.core.onCommand((e) => commandsRun.push(e.name));
});
afterAll(async () => {
  await h.close();
});

/** Streams `bytes` of body at the server and reports the status and how much it accepted. */
function stream(bytes: number, declareLength: boolean): Promise<{ status: number | 'reset'; sent: number }> {
  const u = new URL(h.url);
  return new Promise((resolve) => {
    let sent = 0;
    const req = request({
      host: u.hostname, port: u.port, path: u.pathname, method: 'POST',
      headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)), 'x-slack-signature': 'v0=00', ...(declareLength ? { 'content-length': String(bytes) } : {}) },
    });
    req.on('response', (res) => { res.resume(); resolve({ status: res.statusCode ?? 0, sent }); });
    req.on('error', () => resolve({ status: 'reset', sent }));
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const pump = (): void => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!req.write(chunk)) { req.once('drain', pump); return; }
      }
      req.end();
    };
    pump();
  });
}

describe('body limit before the signature check', () => {
  it('refuses 40 parallel unsigned 4 MB bodies with 413 without buffering them, and keeps serving', async () => {
    const before = process.memoryUsage().rss;
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => stream(4 * 1024 * 1024, i % 2 === 0)));
    for (const r of results) {
      // Declared lengths are refused from the header; chunked bodies once they pass the limit.
      // Either way the answer is 413 or the connection is closed on the sender mid-body.
      expect(r.status === 413 || r.status === 'reset', JSON.stringify(r)).toBe(true);
    }
    expect(results.filter((r) => r.status === 413).length).toBeGreaterThanOrEqual(20);
    expect(commandsRun).toEqual([]);
    // Not a timing: 40 × 4 MB buffered would be 160 MB more; we allow a fraction of that.
    expect(process.memoryUsage().rss - before).toBeLessThan(80 * 1024 * 1024);
    const next = await h.command({ command: '/hello' });
    expect(next.status).toBe(200);
  });

  it('accepts a signed command just under the limit path (a few kilobytes of text)', async () => {
    const res = await h.command({ command: '/echo', text: 'ü'.repeat(1_500) });
    expect(res.status).toBe(200);
    expect(BODY_LIMIT_BYTES).toBeGreaterThan(32 * 1024);
  });
});

describe('signed bodies that are not objects', () => {
  for (const body of ['null', '42', '"text"', '[]', '[{"command":"/hello"}]', 'true']) {
    it(`answers signed JSON ${body} with 400 and an unsigned one with 401`, async () => {
      const signed = await postSigned(h.url, body, { secret: SECRET, contentType: 'application/json' });
      expect(signed.status).toBe(400);
      const unsigned = await postSigned(h.url, body, { secret: 'wrong-secret', contentType: 'application/json' });
      expect(unsigned.status).toBe(401);
    });
  }

  it('answers a signed form body whose payload is null with 400', async () => {
    const res = await postSigned(h.url, 'payload=null', { secret: SECRET, contentType: 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(400);
    const next = await h.command({ command: '/hello' });
    expect(next.status).toBe(200);
  });
});

describe('slash-command replays', () => {
  it('answers a replayed command whose whole answer is the ack on its own connection, and nothing is posted', async () => {
    const body = slashBody({ command: '/echo', text: 'once only', trigger_id: '111.replayed', response_url: h.fake.respondUrl('replay') });
    const first = await postSigned(h.url, body, { secret: SECRET });
    const again = await postSigned(h.url, body, { secret: SECRET });
    expect(first.status).toBe(200);
    expect(JSON.stringify(first.json())).toContain('once only');
    // Slack posts an ack only for the request it sent itself: the replay gets the same public
    // answer back and nothing reaches the channel.
    expect(again.status).toBe(200);
    expect(again.text).toBe(first.text);
    await new Promise((r) => setTimeout(r, 50));
    expect(h.fake.responds.filter((r) => r.id === 'replay')).toEqual([]);
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('runs a command with follow-up messages once when replayed with the same trigger_id; a new trigger_id runs again', async () => {
    const body = slashBody({ command: '/long', text: '12', trigger_id: '113.replayed', response_url: h.fake.respondUrl('replay-long') });
    const first = await postSigned(h.url, body, { secret: SECRET });
    await h.fake.until(() => h.fake.responds.some((r) => r.id === 'replay-long'));
    await new Promise((r) => setTimeout(r, 100));
    const posted = h.fake.responds.filter((r) => r.id === 'replay-long').length;
    const again = await postSigned(h.url, body, { secret: SECRET });
    const third = await postSigned(h.url, body, { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) - 60 });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.text).toBe('');
    expect(third.text).toBe('');
    await new Promise((r) => setTimeout(r, 100));
    expect(h.fake.responds.filter((r) => r.id === 'replay-long').length).toBe(posted);
    const fresh = await h.command({ command: '/echo', text: 'twice now', trigger_id: '112.fresh' });
    expect(JSON.stringify(fresh.json())).toContain('twice now');
  });
});
