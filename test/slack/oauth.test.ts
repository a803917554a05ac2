// Installs to many workspaces: real Bolt with the OAuth installer on our HTTP receiver, the
// installation store on a real SQLite store and on PostgreSQL (a schema of its own), the fake Slack
// answering oauth.v2.access with a token per workspace. Install, answer each workspace with its own
// token, uninstall; no token in the log.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandCore } from '../../src/commands/core.js';
import { parseConfig } from '../../src/config.js';
import { DatasetHolder } from '../../src/dataset/holder.js';
import { createLogger } from '../../src/ops/log.js';
import { Metrics } from '../../src/ops/metrics.js';
import { createSlackApp, type SlackApp } from '../../src/adapters/slack/index.js';
import type { Store } from '../../src/store/index.js';
import { FakeSlack } from '../fakes/slack/server.js';
import { postSigned, slashBody } from '../fakes/slack/sign.js';
import { storeFixture, type StoreFixture } from '../store/helpers.js';
import { shouldRunPg } from '../store/pg-helper.js';
import { bundledDataset, SECRET, testRegistry } from './harness.js';

const STATE_SECRET = 'state-secret-for-tests-0123456789abcdef';

let fake: FakeSlack;
let fixture: StoreFixture;
let store: Store;
let slack: SlackApp;
let base: string;
const logs: string[] = [];

async function setUp(kind: 'sqlite' | 'postgres'): Promise<void> {
  logs.length = 0;
  fake = await new FakeSlack().start();
  fake.users.set('U0ALICE', { locale: 'en-US' });
  fixture = await storeFixture(kind);
  store = await fixture.open();
  const config = parseConfig({
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_CLIENT_ID: fake.oauthClient.id,
    SLACK_CLIENT_SECRET: fake.oauthClient.secret,
    SLACK_STATE_SECRET: STATE_SECRET,
    SLACK_API_URL: fake.apiUrl,
    LODESTONE_LOCALE: 'en',
    LOG_LEVEL: 'debug',
  });
  const sink = new Writable({ write(chunk: Buffer, _enc, cb) { logs.push(chunk.toString()); cb(); } });
  const core = new CommandCore({ registry: testRegistry(), datasets: new DatasetHolder(await bundledDataset()) });
  slack = createSlackApp({
    core, config, log: createLogger(config, sink), metrics: new Metrics(), store, port: 0, chartRenderer: null,
    clientOptions: { retryConfig: { retries: 0 } },
  });
  await slack.start();
  core.onCommand(() => ran++);
  // Bolt's global middleware sees every request Bolt dispatches (the pre-dispatch shortcut skips it).
  slack.app.use(async ({ next }) => { dispatched++; await next(); });
  base = `http://127.0.0.1:${slack.port() ?? 0}`;
}

let dispatched = 0;
let ran = 0;
/** A signed /echo from U0ALICE in `teamId`; whether Bolt dispatched it and the core ran it. */
async function slash(teamId: string, text: string): Promise<{ status: number; text: string; viaBolt: boolean; ran: boolean }> {
  const [d, r] = [dispatched, ran];
  const res = await postSigned(`${base}/slack/events`, slashBody({ command: '/echo', text, team_id: teamId, user_id: 'U0ALICE' }), { secret: SECRET });
  return { status: res.status, text: res.text, viaBolt: dispatched > d, ran: ran > r };
}

async function tearDown(): Promise<void> {
  await slack?.stop();
  await fixture?.cleanup();
  await fake?.stop();
}

/** The browser's part: open /slack/install, "Allow" in Slack (the fake's code), follow the redirect. */
async function install(teamId: string): Promise<{ token: string; page: string; status: number }> {
  const res = await fetch(`${base}/slack/install`);
  expect(res.status).toBe(200);
  const html = await res.text();
  const href = /<a href="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
  expect(href).toMatch(/^https:\/\/slack\.com\/oauth\/v2\/authorize\?/);
  const authorize = new URL(href!);
  expect(authorize.searchParams.get('client_id')).toBe(fake.oauthClient.id);
  expect(authorize.searchParams.get('scope')?.split(',')).toEqual(expect.arrayContaining(['commands', 'chat:write', 'app_mentions:read']));
  const state = authorize.searchParams.get('state')!;
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  expect(cookie).toContain(state);
  const { code, token } = fake.grantCode(teamId);
  const back = await fetch(`${base}/slack/oauth_redirect?code=${encodeURIComponent(code)}&state=${encodeURIComponent(state)}`, { headers: { cookie: cookie! } });
  return { token, page: await back.text(), status: back.status };
}

let seq = 0;
function event(teamId: string, ev: Record<string, unknown>): Promise<{ status: number }> {
  const body = JSON.stringify({
    token: 'unused', team_id: teamId, api_app_id: 'A0TEST', type: 'event_callback', event_id: `Ev${++seq}`, event_time: Math.floor(Date.now() / 1000), event: ev,
    authorizations: [{ team_id: teamId, user_id: `U${teamId}BOT`, is_bot: true }],
  });
  return postSigned(`${base}/slack/events`, body, { secret: SECRET });
}

const mention = (teamId: string, text: string): Record<string, unknown> => ({
  type: 'app_mention', user: 'U0ALICE', text: `<@U${teamId}BOT> ${text}`, ts: `17600000${String(++seq).padStart(2, '0')}.000100`, channel: `C${teamId}`, team: teamId, event_ts: '1760000000.000100',
});

const sub = (teamId: string, channelId: string) => ({ platform: 'slack' as const, workspaceId: teamId, channelId, time: '08:00', timezone: 'Europe/Berlin', locale: 'en' as const });

function suite(kind: 'sqlite' | 'postgres'): void {
  describe(`Slack installs to many workspaces (${kind})`, () => {
    const tokens: Record<string, string> = {};
    beforeAll(() => setUp(kind));
    afterAll(tearDown);

    it('installs through /slack/install and the redirect, and keeps the installation in the store', async () => {
      for (const team of ['T0AAA', 'T0BBB']) {
        const r = await install(team);
        expect(r.status).toBe(200);
        expect(r.page).not.toContain(r.token);
        tokens[team] = r.token;
        const row = await store.getInstallation(`team:${team}`);
        expect(row?.teamId).toBe(team);
        expect(JSON.parse(row!.body).bot.token).toBe(r.token);
        expect(JSON.parse(row!.body).bot.userId).toBe(`U${team}BOT`);
      }
      expect(fake.callsTo('oauth.v2.access')).toHaveLength(2);
    });

    it('refuses a redirect whose state was not issued by this app', async () => {
      const { code } = fake.grantCode('T0EVIL');
      const res = await fetch(`${base}/slack/oauth_redirect?code=${code}&state=forged`, { headers: { cookie: 'slack-app-oauth-state=forged' } });
      expect(res.status).toBeGreaterThanOrEqual(400);
      await res.text();
      expect(await store.getInstallation('team:T0EVIL')).toBeNull();
      expect(fake.oauthCodes.has(code)).toBe(true); // never exchanged
    });

    it('answers each workspace with its own token', async () => {
      for (const team of ['T0AAA', 'T0BBB']) {
        expect((await event(team, mention(team, '/hello'))).status).toBe(200);
        const [post] = await fake.until(() => {
          const p = fake.callsWithToken(tokens[team]!, 'chat.postMessage').filter((c) => c.args.channel === `C${team}`);
          return p.length ? p : undefined;
        });
        expect(post!.args.text).toBe('Lodestone: Hello!');
      }
      // No answer ever went out under the other workspace's token.
      expect(fake.callsWithToken(tokens.T0AAA!, 'chat.postMessage').every((c) => c.args.channel === 'CT0AAA')).toBe(true);
      expect(fake.callsWithToken(tokens.T0BBB!, 'chat.postMessage').every((c) => c.args.channel === 'CT0BBB')).toBe(true);
      // The asker's language is looked up in their own workspace too.
      expect(fake.callsWithToken(tokens.T0AAA!, 'users.info').length).toBeGreaterThan(0);
    });

    it('delivers digests with the token of the subscription\'s workspace', async () => {
      await slack.delivery.post({ platform: 'slack', workspaceId: 'T0BBB', channelId: 'CDIGEST' }, { kind: 'answer', locale: 'en', blocks: ['Digest'], sources: [] }, { key: 'k1' });
      expect(fake.callsWithToken(tokens.T0BBB!, 'chat.postMessage').some((c) => c.args.channel === 'CDIGEST')).toBe(true);
    });

    it('ignores events from a workspace that never installed', async () => {
      const before = fake.callsTo('chat.postMessage').length;
      await event('T0NONE', mention('T0NONE', '/hello'));
      await event('T0AAA', mention('T0AAA', '/hello')); // a later event, to know the first was processed
      await fake.until(() => fake.callsTo('chat.postMessage').length >= before + 1);
      expect(fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'CT0NONE')).toEqual([]);
    });

    it('answers slash commands of an installed workspace before Bolt\'s dispatch; one that never installed is left to Bolt', async () => {
      await slash('T0AAA', 'first'); // the user's language is looked up through Bolt first
      const fast = await slash('T0AAA', 'installed');
      expect(fast).toMatchObject({ status: 200, viaBolt: false, ran: true });
      expect(fast.text).toContain('You said: installed');
      // Bolt's authorize refuses it before any middleware: nothing runs, no answer.
      const none = await slash('T0NONE', 'not installed');
      expect(none).toMatchObject({ viaBolt: false, ran: false });
      expect(none.text).not.toContain('not installed');
    });

    it('app_uninstalled deletes the installation and that workspace\'s subscriptions, nobody else\'s', async () => {
      await store.saveSubscription(sub('T0AAA', 'C1'), new Date());
      await store.saveSubscription(sub('T0AAA', 'C2'), new Date());
      await store.saveSubscription(sub('T0BBB', 'C1'), new Date());
      expect((await event('T0AAA', { type: 'app_uninstalled', event_ts: '1760000000.000200' })).status).toBe(200);
      for (let i = 0; i < 100 && (await store.getInstallation('team:T0AAA')); i++) await new Promise((r) => setTimeout(r, 20));
      expect(await store.getInstallation('team:T0AAA')).toBeNull();
      expect(await store.listSubscriptions({ platform: 'slack', workspaceId: 'T0AAA' })).toEqual([]);
      expect((await store.listSubscriptions({ platform: 'slack', workspaceId: 'T0BBB' })).map((s) => s.channelId)).toEqual(['C1']);
      expect(await store.getInstallation('team:T0BBB')).not.toBeNull();
    });

    it('after app_uninstalled the workspace\'s commands are refused by Bolt\'s authorize, not answered by the shortcut', async () => {
      const gone = await slash('T0AAA', 'after uninstall');
      expect(gone).toMatchObject({ viaBolt: false, ran: false });
      expect(gone.text).not.toContain('after uninstall');
    });

    it('tokens_revoked for the bot token does the same', async () => {
      await event('T0BBB', { type: 'tokens_revoked', tokens: { bot: ['UT0BBBBOT'] }, event_ts: '1760000000.000301' });
      for (let i = 0; i < 100 && (await store.getInstallation('team:T0BBB')); i++) await new Promise((r) => setTimeout(r, 20));
      expect(await store.getInstallation('team:T0BBB')).toBeNull();
      expect(await store.listSubscriptions({ platform: 'slack', workspaceId: 'T0BBB' })).toEqual([]);
      expect(await slash('T0BBB', 'after revocation')).toMatchObject({ ran: false, text: '' });
    });

    it('never writes a workspace token to the log', () => {
      expect(logs.length).toBeGreaterThan(0);
      const all = logs.join('');
      for (const t of Object.values(tokens)) expect(all).not.toContain(t);
      expect(all).not.toContain(fake.oauthClient.secret);
      expect(all).not.toContain(STATE_SECRET);
    });
  });
}

suite('sqlite');
if (await shouldRunPg()) suite('postgres');
