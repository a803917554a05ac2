// Stopping the Slack listener under load: requests keep arriving on new connections while it
// stops; every request the app took in is answered in full, later ones are refused at connect,
// and a client that never finishes its request cannot hold the stop beyond the drain deadline.
import { connect } from 'node:net';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { signature, slashBody } from '../fakes/slack/sign.js';
import { SECRET, startHarness } from './harness.js';

interface Outcome { status: number | string; body: string }

function send(url: string, text: string): Promise<Outcome> {
  const u = new URL(url);
  const body = slashBody({ command: '/slow', text });
  const ts = Math.floor(Date.now() / 1000);
  return new Promise((resolve) => {
    // agent: false opens a new connection per request, as a load balancer's new clients would.
    const req = request({
      host: u.hostname, port: u.port, path: u.pathname, method: 'POST', agent: false,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature(SECRET, ts, body) },
    }, (res) => {
      let text2 = '';
      res.on('data', (c: Buffer) => (text2 += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text2 }));
      res.on('error', (e: NodeJS.ErrnoException) => resolve({ status: e.code ?? 'error', body: '' }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ status: e.code ?? 'error', body: '' }));
    req.end(body);
  });
}

describe('draining stop', () => {
  it('under load on new connections: everything the app took in is answered in full', { timeout: 60_000 }, async () => {
    const h = await startHarness({ env: { SHUTDOWN_TIMEOUT_MS: '20000' } });
    let started = 0;
    let finished = 0;
    h.core.onCommand(() => finished++);
    // Counted where the command starts, whether Bolt dispatches it or the pre-dispatch shortcut answers it.
    const slow = h.core.registry.get('slow')!;
    const run = slow.run.bind(slow);
    slow.run = (a, ctx) => { started++; return run(a, ctx); };
    const sent: Promise<Outcome>[] = [];
    let stopping: Promise<void> | undefined;
    for (let i = 0; i < 200; i++) {
      sent.push(send(h.url, `load ${i}`));
      if (i === 100) stopping = h.slack.stop();
      await new Promise((r) => setTimeout(r, 3));
    }
    const results = await Promise.all(sent);
    await stopping;
    await h.fake.stop();
    const ok = results.filter((r) => r.status === 200);
    const refused = results.filter((r) => r.status === 'ECONNREFUSED');
    // The slow command runs 400 ms: requests taken in before the stop were still running.
    expect(ok.length).toBeGreaterThan(50);
    expect(ok.every((r) => r.body.includes('Finally.') || r.body === '')).toBe(true);
    expect(refused.length).toBeGreaterThan(0);
    // Nothing the app started was cut off: each started command got its answer out.
    expect(finished).toBe(started);
    const other = results.filter((r) => r.status !== 200 && r.status !== 'ECONNREFUSED');
    // Connections the kernel queued before the listener closed may be reset, never answered 5xx.
    expect(other.every((r) => r.status === 'ECONNRESET')).toBe(true);
    expect(ok.length + refused.length + other.length).toBe(200);
  });

  it('a client that never finishes its request is cut off at the deadline; stop still completes', { timeout: 60_000 }, async () => {
    const h = await startHarness({ env: { SHUTDOWN_TIMEOUT_MS: '1500' } });
    const socket = connect(h.slack.port()!, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    const closed = new Promise<void>((r) => socket.once('close', () => r()));
    socket.on('error', () => {});
    socket.write('POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\npartial');
    const idle = connect(h.slack.port()!, '127.0.0.1'); // an idle keep-alive client
    await new Promise((r) => idle.once('connect', r));
    const idleClosed = new Promise<void>((r) => idle.once('close', () => r()));
    idle.on('error', () => {});
    await h.slack.stop();
    await Promise.all([closed, idleClosed]);
    await h.fake.stop();
    expect(socket.destroyed).toBe(true);
  });
});
