// Secrets never reach the logs. Every secret setting is configured with a recognisable value, the
// representative scenarios run with every log line captured at trace level — start-up, commands,
// questions through the language-model path (whose fake server echoes the key back in its error, as
// OpenAI's does), a failing command whose error carries secrets, HTTP requests that carry them,
// configuration errors — and the test fails if any captured line contains a secret in any form.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, type Config } from '../../src/config.js';
import { createLogger, secretValues } from '../../src/ops/log.js';
import { startApp, type App } from '../../src/app.js';
import { printConfigProblems } from '../../src/cli/start.js';
import { LogCapture } from './helpers.js';

const PG = 'postgres://postgres@127.0.0.1:5432/test';
const SCHEMA = `ops_secrets_${process.pid}_${Date.now()}`;

const SECRETS = {
  SLACK_BOT_TOKEN: 'xoxb-1111_2222_SLACKBOTSECRET',
  SLACK_SIGNING_SECRET: 'sig"ning\\SECRET-3333',
  SLACK_APP_TOKEN: 'xapp-1-A111-SLACKAPPSECRET',
  DISCORD_TOKEN: 'MTIzNDU2Nzg5.DISCORD.SECRETTOKEN',
  OPENAI_API_KEY: 'sk-test-OPENAIKEYSECRET-4444',
} as const;
const DB_PASSWORD = 'pg-PASSWORD-5555';
const DATABASE_URL = `postgres://postgres:${DB_PASSWORD}@127.0.0.1:5432/test?options=${encodeURIComponent(`-c search_path=${SCHEMA}`)}`;

/** Every way a secret could show up: raw, JSON-escaped, URL-encoded; and the DB password alone. */
const FORMS = [...Object.values(SECRETS), DATABASE_URL, DB_PASSWORD].flatMap((s) => [s, JSON.stringify(s).slice(1, -1), encodeURIComponent(s)]);

function leaks(text: string): string[] {
  return [...new Set(FORMS.filter((f) => text.includes(f)))];
}

let fakeOpenAI: Server;
let admin: pg.Client;
let stateDir = '';

beforeAll(async () => {
  admin = new pg.Client({ connectionString: PG });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${SCHEMA}"`);
  // Like OpenAI's 401: the error names the key it was given.
  fakeOpenAI = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const key = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `Incorrect API key provided: ${key}.`, type: 'invalid_request_error', code: 'invalid_api_key' } }));
    });
  });
  await new Promise<void>((r) => fakeOpenAI.listen(0, '127.0.0.1', r));
  stateDir = mkdtempSync(join(tmpdir(), 'lodestone-secrets-'));
});

afterAll(async () => {
  await new Promise((r) => fakeOpenAI.close(r));
  await admin.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
  await admin.end();
  rmSync(stateDir, { recursive: true, force: true });
});

describe('secrets in logs', () => {
  it('the value scrubber knows every form of every configured secret', () => {
    const config = { ...SECRETS, DATABASE_URL };
    const values = secretValues(config);
    for (const s of [...Object.values(SECRETS), DATABASE_URL, DB_PASSWORD]) expect(values).toContain(s);
    expect(values).toContain(JSON.stringify(SECRETS.SLACK_SIGNING_SECRET).slice(1, -1));
  });

  it('no log line of the representative scenarios contains a configured secret', async () => {
    const logs = new LogCapture();
    // The app runs the parts that need no external platform (Slack and Discord need their fakes; their
    // own suites cover their logs); the logger knows every secret, as in production.
    const appConfig: Config = parseConfig({
      OPENAI_API_KEY: SECRETS.OPENAI_API_KEY,
      OPENAI_BASE_URL: `http://127.0.0.1:${(fakeOpenAI.address() as AddressInfo).port}/v1`,
      OPENAI_MAX_RETRIES: '0',
      DATABASE_URL,
      HTTP_PORT: '0',
      HTTP_HOST: '127.0.0.1',
      LODESTONE_CONSOLE: 'off',
      LODESTONE_WATCH_DATA: 'false',
      LODESTONE_STATE_DIR: stateDir,
      DIGEST_SCHEDULER: 'false',
      LOG_LEVEL: 'trace',
    });
    const log = createLogger({ ...appConfig, ...SECRETS }, logs);
    let app: App | undefined;
    try {
      // Start-up.
      app = await startApp({ config: appConfig, log });

      // Commands and questions (the question goes to the model, which fails with the key in its error).
      const call = { locale: 'en' as const, actor: { platform: 'console' as const, userId: 'u1', canManageChannel: true }, channel: { platform: 'console' as const, channelId: 'console' } };
      await app.core.handleText('/reserves china', call);
      await app.core.handleText('/element Nd', call);
      await app.core.handleText(`/reserves ${SECRETS.DISCORD_TOKEN}`, call);
      const answer = await app.core.handleText('How large are Brazil\'s reserves?', call);
      expect(JSON.stringify(answer)).not.toContain(SECRETS.OPENAI_API_KEY);

      // A failing command whose error carries secrets in its message and its properties.
      app.core.registry.register({
        name: 'explode', description: { en: 'fails', de: 'scheitert' }, args: [], examples: ['/explode'],
        run: () => {
          const e = new Error(`token ${SECRETS.SLACK_BOT_TOKEN} rejected with secret ${SECRETS.SLACK_SIGNING_SECRET}`) as Error & Record<string, unknown>;
          e.config = { headers: { Authorization: `Bearer ${SECRETS.OPENAI_API_KEY}` } };
          e.detail = `url ${DATABASE_URL}`;
          throw e;
        },
      });
      const failed = await app.core.handleText('/explode', call);
      expect(failed.kind).toBe('error');
      expect(JSON.stringify(failed)).not.toMatch(/SECRET|rejected/);

      // HTTP requests carrying secrets in the URL and headers.
      const base = `http://127.0.0.1:${app.http!.port}`;
      await fetch(`${base}/healthz?token=${encodeURIComponent(SECRETS.SLACK_APP_TOKEN)}`, { headers: { authorization: `Bearer ${SECRETS.DISCORD_TOKEN}` } });
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      await fetch(`${base}/metrics`);
      await fetch(`${base}/${encodeURIComponent(SECRETS.OPENAI_API_KEY)}`);

      // What code elsewhere might log: objects holding secrets under their usual names, errors, the config.
      log.info({ token: SECRETS.SLACK_BOT_TOKEN, client: { botToken: SECRETS.SLACK_BOT_TOKEN, signingSecret: SECRETS.SLACK_SIGNING_SECRET }, headers: { authorization: `Bot ${SECRETS.DISCORD_TOKEN}` } }, 'platform client created');
      log.debug({ config: { ...appConfig, ...SECRETS } }, 'effective configuration');
      log.error({ err: new Error(`connect failed for ${DATABASE_URL} (password ${DB_PASSWORD})`) }, 'database error');
      log.warn(`discord login failed with ${SECRETS.DISCORD_TOKEN}`);
    } finally {
      // Shutdown.
      await app?.stop();
    }

    // Configuration errors, as `lodestone start` prints them.
    let printed = '';
    try {
      parseConfig({ SLACK_BOT_TOKEN: 'not-xoxb_SLACKBOTSECRET', OPENAI_BASE_URL: `not a url ${SECRETS.OPENAI_API_KEY}`, DATABASE_URL: `mysql://u:${DB_PASSWORD}@h/db` });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const out = new LogCapture();
      printConfigProblems(error as ConfigError, out);
      printed = out.text();
    }
    expect(printed).toMatch(/SLACK_BOT_TOKEN: must be a bot token/);
    expect(printed).not.toMatch(/SLACKBOTSECRET|OPENAIKEYSECRET|PASSWORD-5555/);

    // The scenarios did run and log (a test that cannot fail is a defect).
    const messages = logs.messages();
    expect(messages).toContain('lodestone started');
    expect(messages).toContain('command explode failed; the user got an apology');
    expect(messages).toContain('shutdown: store closed');
    expect(logs.records().some((r) => r.msg === 'ops http request' && r.status === 404)).toBe(true);
    expect(logs.lines.length).toBeGreaterThan(10);
    expect(logs.text()).toContain('[redacted]');

    expect(leaks(logs.text())).toEqual([]);
  });
});
