// Discord's HTTP interactions endpoint: requests signed with the application's Ed25519 key are
// answered (PING → PONG, commands, autocomplete); tampered, unsigned or oversized ones are refused
// and change nothing. Deferred answers and follow-ups go through the interaction webhook of the
// loopback fake Discord, exactly as the gateway path's do. A replayed or stale signed interaction
// runs nothing, also when it reaches another replica (interaction ids remembered in the store).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandCore } from '../../src/commands/core.js';
import { parseConfig } from '../../src/config.js';
import { DatasetHolder } from '../../src/dataset/holder.js';
import { createLogger } from '../../src/ops/log.js';
import { Metrics } from '../../src/ops/metrics.js';
import { createDiscordHttp, type DiscordHttpHandle } from '../../src/adapters/discord/http-start.js';
import { MAX_BODY_BYTES } from '../../src/adapters/discord/http-endpoint.js';
import { autocomplete, chatInput, startFakeDiscord, type FakeDiscord, type OptionSpec } from '../fakes/discord/index.js';
import { postInteraction, signatureHeaders, signingKey, type SigningKey } from '../fakes/discord/sign.js';
import { testDataset, testRegistry } from './fixtures.js';
import { str, sub } from './harness.js';
import { storeFixture } from '../store/helpers.js';
import { shouldRunPg } from '../store/pg-helper.js';

let fake: FakeDiscord;
let http: DiscordHttpHandle;
let key: SigningKey;
let url: string;
let calls = 0;

beforeAll(async () => {
  fake = await startFakeDiscord();
  key = signingKey();
  const config = parseConfig({
    DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_PUBLIC_KEY: key.publicKeyHex,
    DISCORD_HTTP_PORT: '0', DISCORD_GATEWAY: 'false', LOG_LEVEL: 'silent',
  });
  const core = new CommandCore({ registry: testRegistry(), datasets: new DatasetHolder(testDataset()), services: {} });
  core.onCommand(() => { calls++; });
  http = createDiscordHttp({ core, config, log: createLogger(config), metrics: new Metrics(), restApi: fake.apiBase, renderChart: null, deferAfterMs: 300 });
  await http.start();
  url = `http://127.0.0.1:${http.endpoint.port!}/discord/interactions`;
});
afterAll(async () => {
  await http?.stop();
  await fake?.close();
});

const base = (extra: Record<string, unknown> = {}) => ({ applicationId: fake.applicationId, guild: fake.guild, channel: fake.text, user: fake.human, locale: 'en-US', ...extra });
function command(name: string, options: OptionSpec[] = [], extra: Record<string, unknown> = {}): Record<string, unknown> {
  const payload = chatInput(base(extra), name, options);
  // Discord knows the interaction's webhook from the moment it sends it.
  fake.state.answeredOverHttp(String(payload.token), { type: 5 });
  return payload;
}

describe('signature verification', () => {
  it('answers a signed PING with PONG', async () => {
    const res = await postInteraction(url, key, { id: '1', application_id: fake.applicationId, type: 1, token: 'tok', version: 1 });
    expect(res).toEqual({ status: 200, json: { type: 1 } });
  });

  it('refuses a tampered body, a wrong key, a missing signature and a changed timestamp with 401', async () => {
    const ping = { id: '1', application_id: fake.applicationId, type: 1, token: 'tok' };
    expect((await postInteraction(url, key, ping, { tamper: (b) => b.replace('"type":1', '"type":2') })).status).toBe(401);
    expect((await postInteraction(url, signingKey(), ping)).status).toBe(401);
    expect((await postInteraction(url, key, ping, { headers: { 'x-signature-ed25519': '' } })).status).toBe(401);
    expect((await postInteraction(url, key, ping, { headers: { 'x-signature-timestamp': '1' } })).status).toBe(401);
    expect((await postInteraction(url, key, ping, { headers: { 'x-signature-ed25519': 'zz'.repeat(64) } })).status).toBe(401);
  });

  it('a tampered command runs nothing and sends nothing', async () => {
    const before = fake.rest.requests.length;
    const callsBefore = calls;
    const res = await postInteraction(url, key, command('reserves', [str('country', 'CN')]), { tamper: (b) => b.replace('"CN"', '"BR"') });
    expect(res.status).toBe(401);
    expect(fake.rest.requests.length).toBe(before);
    expect(calls).toBe(callsBefore);
  });

  it('refuses an oversized body before verifying it, other methods and paths, and signed nonsense', async () => {
    const big = JSON.stringify({ type: 1, pad: 'x'.repeat(MAX_BODY_BYTES) });
    const res = await fetch(url, { method: 'POST', headers: signatureHeaders(key, big), body: big });
    expect(res.status).toBe(413);
    expect((await fetch(url)).status).toBe(405);
    expect((await fetch(url.replace('/discord/interactions', '/other'), { method: 'POST' })).status).toBe(404);
    const notJson = 'not json';
    expect((await fetch(url, { method: 'POST', headers: signatureHeaders(key, notJson), body: notJson })).status).toBe(400);
    expect((await postInteraction(url, key, { type: 2, id: 'x' })).status).toBe(400);
  });
});

describe('commands over HTTP', () => {
  it('answers a quick command in the HTTP response, nobody pinged', async () => {
    const res = await postInteraction(url, key, command('reserves', [str('country', 'CN')]));
    expect(res.status).toBe(200);
    expect(res.json.type).toBe(4);
    expect(JSON.stringify(res.json.data.embeds)).toMatch(/China/);
    expect(res.json.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers in the user\'s language', async () => {
    const res = await postInteraction(url, key, command('element', [str('element', 'Nd')], { locale: 'de' }));
    expect(res.json.type).toBe(4);
    expect(JSON.stringify(res.json.data)).toMatch(/Quellen|Neodym/);
  });

  it('defers a slow command at once and edits the answer in through the webhook', async () => {
    const payload = command('digest', [sub('list')]);
    const res = await postInteraction(url, key, payload);
    expect(res.json).toEqual({ type: 5, data: {} });
    const edit = await fake.rest.waitFor((r) => r.method === 'PATCH' && r.path === `/webhooks/${fake.applicationId}/${String(payload.token)}/messages/@original`);
    expect(JSON.stringify(edit.body)).toContain('digest list');
    expect(edit.auth).toBeUndefined();
  });

  it('answers an offline /ask in the response itself (no language model: nothing slow to wait for)', async () => {
    const res = await postInteraction(url, key, command('ask', [str('question', 'how large are Brazil\'s reserves?')]));
    expect(res.json.type).toBe(4);
    expect(JSON.stringify(res.json.data)).toContain('Brazil');
  });

  it('a command still running after the defer budget is deferred, then edited', async () => {
    const payload = command('slow', [str('ms', '600')]);
    const res = await postInteraction(url, key, payload);
    expect(res.json.type).toBe(5);
    const edit = await fake.rest.waitFor((r) => r.method === 'PATCH' && r.path.includes(String(payload.token)));
    expect(JSON.stringify(edit.body)).toContain('slow done');
  });

  it('/digest subscribe is private, and refused without Manage Channels in the channel', async () => {
    const payload = command('digest', [sub('subscribe')], { permissions: '0' });
    const res = await postInteraction(url, key, payload);
    expect(res.json).toEqual({ type: 5, data: { flags: 64 } });
    const edit = await fake.rest.waitFor((r) => r.method === 'PATCH' && r.path.includes(String(payload.token)));
    expect(JSON.stringify(edit.body)).toMatch(/manage this channel/);
    const ok = command('digest', [sub('subscribe', [str('time', '07:30')])], { permissions: '16' });
    await postInteraction(url, key, ok);
    const done = await fake.rest.waitFor((r) => r.method === 'PATCH' && r.path.includes(String(ok.token)));
    expect(JSON.stringify(done.body)).toContain('07:30');
  });

  it('a long answer goes out as the response plus follow-ups through the webhook', async () => {
    const payload = command('long');
    const res = await postInteraction(url, key, payload);
    expect(res.json.type).toBe(4);
    const follow = await fake.rest.waitFor((r) => r.method === 'POST' && r.path === `/webhooks/${fake.applicationId}/${String(payload.token)}`);
    expect(follow.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('an unknown command and a failing one get a polite ephemeral answer', async () => {
    const unknown = await postInteraction(url, key, command('nope'));
    expect(unknown.json.type).toBe(4);
    expect(unknown.json.data.flags & 64).toBe(64);
    const boom = await postInteraction(url, key, command('boom'));
    expect(boom.json.data.flags & 64).toBe(64);
    expect(JSON.stringify(boom.json)).not.toMatch(/kaboom|fake-bot-token/);
  });

  it('autocompletes from the dataset', async () => {
    const res = await postInteraction(url, key, autocomplete(base(), 'reserves', [str('country', 'chi', true)]));
    expect(res.json.type).toBe(8);
    expect(res.json.data.choices.map((c: { value: string }) => c.value)).toContain('CN');
  });
});

describe('HTTP endpoint settings', () => {
  const base = { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456789012345678' };
  it('the endpoint needs the public key, and gateway-off needs the endpoint', () => {
    expect(() => parseConfig({ ...base, DISCORD_HTTP_PORT: '3001' })).toThrow(/DISCORD_PUBLIC_KEY/);
    expect(() => parseConfig({ ...base, DISCORD_GATEWAY: 'false' })).toThrow(/DISCORD_HTTP_PORT/);
    expect(() => parseConfig({ ...base, DISCORD_PUBLIC_KEY: 'xyz' })).toThrow(/DISCORD_PUBLIC_KEY/);
    expect(parseConfig({ ...base, DISCORD_HTTP_PORT: '3001', DISCORD_PUBLIC_KEY: 'a'.repeat(64), DISCORD_GATEWAY: 'false' }).DISCORD_GATEWAY).toBe(false);
  });
});

describe('replayed interactions', () => {
  it('a signed interaction sent again runs nothing and sends nothing; one signed outside the window is refused', async () => {
    const payload = command('reserves', [str('country', 'CN')]);
    const body = JSON.stringify(payload);
    const headers = signatureHeaders(key, body);
    const first = await fetch(url, { method: 'POST', headers, body });
    expect(first.status).toBe(200);
    const callsAfter = calls;
    const mine = (): number => fake.rest.requests.filter((r) => r.path.includes(String(payload.token))).length;
    const sentAfter = mine();
    const again = await fetch(url, { method: 'POST', headers, body });
    expect(again.status).toBe(409);
    expect(calls).toBe(callsAfter);
    expect(mine()).toBe(sentAfter);
    // A valid signature over an old timestamp: captured earlier, replayed now.
    const old = command('reserves', [str('country', 'BR')]);
    const oldBody = JSON.stringify(old);
    const stale = await fetch(url, { method: 'POST', headers: signatureHeaders(key, oldBody, String(Math.floor(Date.now() / 1000) - 600)), body: oldBody });
    expect(stale.status).toBe(401);
    expect(calls).toBe(callsAfter);
  });
});

describe.runIf(await shouldRunPg())('replayed interactions across two replicas on one PostgreSQL', () => {
  it('the same signed interaction reaching the other replica runs once', async () => {
    const f = await storeFixture('postgres');
    const replicas: DiscordHttpHandle[] = [];
    let runs = 0;
    try {
      for (let i = 0; i < 2; i++) {
        const config = parseConfig({
          DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_PUBLIC_KEY: key.publicKeyHex,
          DISCORD_HTTP_PORT: '0', DISCORD_GATEWAY: 'false', LOG_LEVEL: 'silent',
        });
        const core = new CommandCore({ registry: testRegistry(), datasets: new DatasetHolder(testDataset()), services: {} });
        core.onCommand(() => { runs++; });
        const h = createDiscordHttp({ core, config, log: createLogger(config), metrics: new Metrics(), restApi: fake.apiBase, renderChart: null, store: await f.open() });
        await h.start();
        replicas.push(h);
      }
      const body = JSON.stringify(command('reserves', [str('country', 'CN')]));
      const headers = signatureHeaders(key, body);
      const [a, b] = replicas.map((h) => `http://127.0.0.1:${h.endpoint.port!}/discord/interactions`) as [string, string];
      expect((await fetch(a, { method: 'POST', headers, body })).status).toBe(200);
      expect((await fetch(b, { method: 'POST', headers, body })).status).toBe(409);
      expect(runs).toBe(1);
    } finally {
      for (const h of replicas) await h.stop();
      await f.cleanup();
    }
  });
});
