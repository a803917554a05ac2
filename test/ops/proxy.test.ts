// HTTPS_PROXY / HTTP_PROXY: Slack's Web API, Discord's REST API and the model go through the proxy
// when one is set (a loopback proxy records what passes), NO_PROXY is honoured, and an unreachable
// platform is reported once per outage with its host and a hint, not on every retry.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/ops/log.js';
import { Metrics } from '../../src/ops/metrics.js';
import { proxyForLog, ReachabilityLog } from '../../src/ops/proxy.js';
import { createWebClient, replyClientOptions } from '../../src/adapters/slack/client.js';
import { createRest } from '../../src/adapters/discord/rest.js';
import { startFakeProxy, type FakeProxy } from '../fakes/proxy.js';

let target: Server;
let fake: FakeProxy;
let targetUrl: string;
let proxyUrl: string;

beforeAll(async () => {
  target = createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: true, user_id: 'U0BOT', team_id: 'T0', id: '1' }));
  });
  await new Promise<void>((r) => target.listen(0, '127.0.0.1', r));
  targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
  fake = await startFakeProxy();
  proxyUrl = fake.url;
});
afterAll(async () => {
  target.closeAllConnections();
  await fake.close();
  await new Promise((r) => target.close(r));
});

function logSink(): { lines: string[]; log: ReturnType<typeof createLogger> } {
  const lines: string[] = [];
  const cfg = parseConfig({ LOG_LEVEL: 'debug' });
  return { lines, log: createLogger(cfg, new Writable({ write(c: Buffer, _e, cb) { lines.push(c.toString()); cb(); } })) };
}

describe('outbound proxy', () => {
  it('Slack Web API calls go through HTTP_PROXY', async () => {
    fake.seen.length = 0;
    const config = parseConfig({ SLACK_API_URL: `${targetUrl}/api/`, HTTP_PROXY: proxyUrl });
    const { log } = logSink();
    const client = createWebClient('xoxb-test', replyClientOptions({ config, log, metrics: new Metrics() }, { retryConfig: { retries: 0 } }));
    const res = await client.auth.test();
    expect(res.ok).toBe(true);
    expect(fake.seen.some((s) => s.includes('127.0.0.1') && s.includes((target.address() as AddressInfo).port.toString()))).toBe(true);
  });

  it('Discord REST calls go through the proxy', async () => {
    fake.seen.length = 0;
    const config = parseConfig({ HTTP_PROXY: proxyUrl });
    const rest = createRest('discord-proxy-test', `${targetUrl}/api`, undefined, config);
    await rest.get('/users/@me');
    expect(fake.seen.length).toBeGreaterThan(0);
    // A multipart upload (a chart) too: it needs a dispatcher of discord.js's own undici, and this
    // process has undici 7 loaded as well (the proxy module), which once broke it.
    fake.seen.length = 0;
    await rest.post('/channels/1/messages', { files: [{ name: 'chart.png', data: Buffer.alloc(600) }], body: { content: 'chart' } });
    expect(fake.seen.length).toBeGreaterThan(0);
  });

  it('NO_PROXY hosts are reached directly', async () => {
    fake.seen.length = 0;
    const config = parseConfig({ SLACK_API_URL: `${targetUrl}/api/`, HTTP_PROXY: proxyUrl, NO_PROXY: '127.0.0.1' });
    const { log } = logSink();
    const client = createWebClient('xoxb-test', replyClientOptions({ config, log, metrics: new Metrics() }, { retryConfig: { retries: 0 } }));
    expect((await client.auth.test()).ok).toBe(true);
    expect(fake.seen).toEqual([]);
  });

  it('lower-case https_proxy is read; proxy URLs are secrets', () => {
    expect(parseConfig({ https_proxy: 'http://user:pw@proxy:3128' }).HTTPS_PROXY).toBe('http://user:pw@proxy:3128');
  });
});

describe('an unreachable platform', () => {
  it('is logged once per outage with the host and a hint, and again when it is back', () => {
    const { lines, log } = logSink();
    const reach = new ReachabilityLog(log, 'Slack', 'http://proxy.internal:3128');
    const err = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    for (let i = 0; i < 5; i++) reach.failed('https://slack.com/api/chat.postMessage', err);
    const warns = lines.filter((l) => l.includes('"level":40'));
    expect(warns).toHaveLength(1);
    expect(warns[0]).toContain('slack.com');
    expect(warns[0]).toContain('ECONNREFUSED');
    expect(warns[0]).toContain('HTTPS_PROXY');
    reach.succeeded('https://slack.com/api/auth.test');
    expect(lines.some((l) => l.includes('reachable again at slack.com'))).toBe(true);
    reach.failed('https://slack.com/api/auth.test', err);
    expect(lines.filter((l) => l.includes('"level":40'))).toHaveLength(2);
  });

  it('a real Slack client pointed at a closed port reports it once over its retries', async () => {
    const { lines, log } = logSink();
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const config = parseConfig({ SLACK_API_URL: `http://127.0.0.1:${port}/api/` });
    const client = createWebClient('xoxb-test', replyClientOptions({ config, log, metrics: new Metrics() }, { retryConfig: { retries: 3, minTimeout: 5, maxTimeout: 10, factor: 1 } }));
    await expect(client.auth.test()).rejects.toThrow();
    const warns = lines.filter((l) => l.includes('unreachable at'));
    expect(warns).toHaveLength(1);
    expect(warns[0]).toContain(`127.0.0.1:${port}`);
  });
});

describe('the proxy in logs', () => {
  const sink = (env: Record<string, string>): { lines: string[]; log: ReturnType<typeof createLogger>; config: ReturnType<typeof parseConfig> } => {
    const lines: string[] = [];
    const config = parseConfig({ LOG_LEVEL: 'debug', ...env });
    return { lines, config, log: createLogger(config, new Writable({ write(c: Buffer, _e, cb) { lines.push(c.toString()); cb(); } })) };
  };
  const refused = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });

  it('names the proxy host in the hint (a proxy without a password holds no secret)', () => {
    const { lines, log, config } = sink({ HTTPS_PROXY: 'http://proxy.internal:3128' });
    new ReachabilityLog(log, 'Slack', proxyForLog(config)).failed('https://slack.com/api/auth.test', refused);
    expect(lines.join('')).toContain('check that the proxy http://proxy.internal:3128 (HTTPS_PROXY) is reachable and allows slack.com');
  });

  it('never logs a proxy password, whatever logs the URL', () => {
    const { lines, log, config } = sink({ HTTPS_PROXY: 'http://ops:s3cret-pw@proxy.internal:3128', HTTP_PROXY: 'http://ops:abc@plain.internal:3128' });
    new ReachabilityLog(log, 'Slack', proxyForLog(config)).failed('https://slack.com/api/auth.test', refused);
    log.warn({ url: 'http://ops:s3cret-pw@proxy.internal:3128' }, 'proxy http://ops:s3cret-pw@proxy.internal:3128 and http://ops:abc@plain.internal:3128 said no');
    const all = lines.join('');
    expect(all).toContain('proxy.internal:3128');
    expect(all).not.toContain('s3cret-pw');
    expect(all).not.toContain('ops:abc@');
  });
});
