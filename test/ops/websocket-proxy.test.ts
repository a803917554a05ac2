// The websockets through the outbound proxy: Slack's Socket Mode connection and Discord's gateway
// connect through HTTP CONNECT tunnels of a loopback proxy (which sees the websocket handshake inside
// them), and still work end to end; NO_PROXY sends them direct.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxyUrlFor } from '../../src/ops/proxy.js';
import { startFakeProxy, type FakeProxy } from '../fakes/proxy.js';
import { startHarness as startSlack } from '../slack/harness.js';
import { startHarness as startDiscord, str } from '../discord/harness.js';

let proxy: FakeProxy;
beforeAll(async () => {
  proxy = await startFakeProxy();
});
afterAll(async () => {
  await proxy.close();
});

describe('Slack Socket Mode through HTTP_PROXY', () => {
  it('opens its websocket through a CONNECT tunnel and answers over it', async () => {
    const before = proxy.websocketTunnels().length;
    const h = await startSlack({ socket: true, env: { HTTP_PROXY: proxy.url } });
    try {
      await h.slack.start();
      expect(h.slack.isReady()).toBe(true);
      const ws = proxy.websocketTunnels().slice(before);
      expect(ws).toHaveLength(1);
      expect(ws[0]!.sent).toMatch(/^GET \/socket HTTP\/1\.1$/m);
      // apps.connections.open went through the proxy too.
      expect(proxy.tunnels.some((t) => t.sent.includes('POST /api/apps.connections.open'))).toBe(true);
      h.fake.sendSocket({
        envelope_id: 'env-proxy-1', type: 'slash_commands', accepts_response_payload: true,
        payload: { team_id: 'T0TEST', channel_id: 'C0SOCK', user_id: 'U0HANS', command: '/hello', text: '', response_url: h.fake.respondUrl('proxy-1') },
      });
      const ack = await h.fake.until(() => h.fake.socketReceived.find((m) => m.envelope_id === 'env-proxy-1'));
      expect(JSON.stringify(ack.payload)).toContain('Hallo!');
    } finally {
      await h.close();
    }
  });

  it('connects directly when NO_PROXY names the host', async () => {
    const before = proxy.tunnels.length;
    const h = await startSlack({ socket: true, env: { HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' } });
    try {
      await h.slack.start();
      expect(h.slack.isReady()).toBe(true);
      expect(proxy.tunnels.length).toBe(before);
    } finally {
      await h.close();
    }
  });
});

describe('Discord gateway through HTTP_PROXY', () => {
  it('connects the gateway websocket through a CONNECT tunnel and answers a command', async () => {
    const before = proxy.websocketTunnels().length;
    const h = await startDiscord({ env: { HTTP_PROXY: proxy.url } });
    try {
      const ws = proxy.websocketTunnels().slice(before);
      expect(ws.length).toBeGreaterThanOrEqual(1);
      expect(ws[0]!.target).toBe(`127.0.0.1:${h.fake.port}`);
      const { callback } = await h.command('element', [str('element', 'Nd')]);
      expect(JSON.stringify(callback.body)).toContain('Neodymium');
    } finally {
      await h.close();
    }
  });

  it('connects directly when NO_PROXY names the host', async () => {
    const before = proxy.tunnels.length;
    const h = await startDiscord({ env: { HTTP_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1' } });
    try {
      expect(proxy.tunnels.length).toBe(before);
    } finally {
      await h.close();
    }
  });
});

describe('which websocket is proxied', () => {
  const s = { HTTPS_PROXY: 'http://proxy.internal:3128', HTTP_PROXY: 'http://plain.internal:3128', NO_PROXY: 'localhost, .corp.example,[::1]:8443,10.0.0.7:443' };
  it('follows HTTPS_PROXY for wss, HTTP_PROXY for ws, and NO_PROXY', () => {
    expect(proxyUrlFor('wss://gateway.discord.gg/?v=10', s)).toBe('http://proxy.internal:3128');
    expect(proxyUrlFor('wss://wss-primary.slack.com/link', { HTTP_PROXY: 'http://plain.internal:3128' })).toBe('http://plain.internal:3128');
    expect(proxyUrlFor('ws://127.0.0.1:9999/socket', s)).toBe('http://plain.internal:3128');
    expect(proxyUrlFor('ws://localhost:9999/socket', s)).toBeUndefined();
    expect(proxyUrlFor('wss://gw.corp.example/', s)).toBeUndefined();
    expect(proxyUrlFor('wss://corp.example.org/', s)).toBe('http://proxy.internal:3128');
    expect(proxyUrlFor('wss://[::1]:8443/', s)).toBeUndefined();
    expect(proxyUrlFor('wss://[::1]:9443/', s)).toBe('http://proxy.internal:3128');
    expect(proxyUrlFor('wss://10.0.0.7/', s)).toBeUndefined();
    expect(proxyUrlFor('wss://gateway.discord.gg/', { ...s, NO_PROXY: '*' })).toBeUndefined();
    expect(proxyUrlFor('wss://gateway.discord.gg/', {})).toBeUndefined();
  });
});
