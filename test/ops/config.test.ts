// Configuration: every problem names its variable and what it should be, never the value;
// `config check` hides secrets; .env.example and docs/operations.md list every setting.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigSchema, parseConfig, SECRET_KEYS, slackEnabled, slackOAuth } from '../../src/config.js';
import { checkConfig, formatConfigCheck } from '../../src/ops/config-report.js';
import { envExample } from '../../src/ops/env-example.js';
import { SETTING_NAMES } from '../../src/ops/settings.js';

const ROOT = resolve(import.meta.dirname, '../..');

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('an empty environment is a valid configuration (console mode on the bundled dataset)', () => {
    const c = parseConfig({});
    expect(c.LODESTONE_CONSOLE).toBe('auto');
    expect(c.HTTP_PORT).toBeUndefined();
    expect(c.SLACK_BOT_TOKEN).toBeUndefined();
  });

  it('a malformed setting is named with what it should be, and its value is never echoed', () => {
    const problems = problemsOf({ HTTP_PORT: 'not-a-port-zz91', SLACK_BOT_TOKEN: 'wrong-shape-secret-zz92', LOG_LEVEL: 'loud-zz93', DATABASE_URL: 'mysql://u:pw-zz94@h/db' });
    const text = problems.join('\n');
    expect(text).toMatch(/^HTTP_PORT: must be a port number$/m);
    expect(text).toMatch(/^SLACK_BOT_TOKEN: must be a bot token starting with xoxb-$/m);
    expect(text).toMatch(/^LOG_LEVEL: must be one of/m);
    expect(text).toMatch(/^DATABASE_URL: must be a postgres:\/\/ URL$/m);
    expect(text).not.toMatch(/zz9/);
  });

  it('settings that go together are reported together with the schema problems in one run', () => {
    const problems = problemsOf({ SLACK_BOT_TOKEN: 'xoxb-1-2-3', HTTP_PORT: '99999', DISCORD_TOKEN: 'abcdefghij' });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['DISCORD_APPLICATION_ID', 'HTTP_PORT', 'SLACK_SIGNING_SECRET']);
  });

  it('Slack OAuth installs need client id, client secret and state secret together, in HTTP mode, without a single bot token', () => {
    const oauth = { SLACK_CLIENT_ID: '1111.2222', SLACK_CLIENT_SECRET: 'client-secret', SLACK_STATE_SECRET: 'x'.repeat(32), SLACK_SIGNING_SECRET: 'signing' };
    const c = parseConfig(oauth);
    expect(slackEnabled(c)).toBe(true);
    expect(slackOAuth(c)).toBe(true);
    expect(problemsOf({ SLACK_CLIENT_ID: '1111.2222', SLACK_SIGNING_SECRET: 'signing' }).map((p) => p.split(':')[0]).sort()).toEqual(['SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET']);
    expect(problemsOf({ ...oauth, SLACK_SIGNING_SECRET: '' }).map((p) => p.split(':')[0])).toEqual(['SLACK_SIGNING_SECRET']);
    expect(problemsOf({ ...oauth, SLACK_BOT_TOKEN: 'xoxb-1-2-3' }).map((p) => p.split(':')[0])).toEqual(['SLACK_BOT_TOKEN']);
    expect(problemsOf({ ...oauth, SLACK_APP_TOKEN: 'xapp-1' }).map((p) => p.split(':')[0])).toEqual(['SLACK_APP_TOKEN']);
    const bad = problemsOf({ ...oauth, SLACK_CLIENT_ID: 'abc', SLACK_STATE_SECRET: 'short-secret-value' });
    expect(bad.map((p) => p.split(':')[0]).sort()).toEqual(['SLACK_CLIENT_ID', 'SLACK_STATE_SECRET']);
    expect(bad.join('\n')).not.toContain('short-secret-value');
  });

  it('DISCORD_SHARD_IDS needs a fixed DISCORD_SHARDS total', () => {
    expect(problemsOf({ DISCORD_SHARD_IDS: '0-3' })).toEqual(['DISCORD_SHARDS: must be the total number of shards (the same on every host) when DISCORD_SHARD_IDS is set']);
    expect(problemsOf({ DISCORD_SHARD_IDS: '0-3', DISCORD_SHARDS: '8' })).toEqual([]);
    expect(problemsOf({ DISCORD_SHARD_IDS: 'a-b', DISCORD_SHARDS: '8' })).toEqual(['DISCORD_SHARD_IDS: must be shard ids such as 0,1,2 or 0-3']);
  });

  it('time zones and times follow /digest subscribe: IANA names, unambiguous cities, 8am', () => {
    expect(parseConfig({ DIGEST_DEFAULT_TZ: 'Berlin' }).DIGEST_DEFAULT_TZ).toBe('Europe/Berlin');
    expect(parseConfig({ DIGEST_DEFAULT_TZ: 'new york' }).DIGEST_DEFAULT_TZ).toBe('America/New_York');
    expect(parseConfig({ DIGEST_DEFAULT_TZ: 'asia/tokyo' }).DIGEST_DEFAULT_TZ).toBe('Asia/Tokyo');
    expect(problemsOf({ DIGEST_DEFAULT_TZ: 'Narnia-zz95' })).toEqual(['DIGEST_DEFAULT_TZ: must be an IANA time zone such as Europe/Berlin or UTC, or a city with its own zone (berlin, new york)']);
    expect(parseConfig({ DIGEST_DEFAULT_TIME: '8am' }).DIGEST_DEFAULT_TIME).toBe('08:00');
    expect(parseConfig({ DIGEST_DEFAULT_TIME: '7:30' }).DIGEST_DEFAULT_TIME).toBe('07:30');
    expect(problemsOf({ DIGEST_DEFAULT_TIME: '25:00' })).toEqual(['DIGEST_DEFAULT_TIME: must be a time of day such as 08:00, 8:30 or 8am']);
  });

  it('paths, id lists and URLs are checked, never echoed', () => {
    expect(problemsOf({ LODESTONE_DATA_DIR: '/nonexistent/zz96' })).toEqual(['LODESTONE_DATA_DIR: must be an existing directory']);
    expect(problemsOf({ LODESTONE_DATA_DIR: ROOT })).toEqual([]);
    expect(problemsOf({ LODESTONE_STATE_DIR: resolve(ROOT, 'package.json') })).toEqual(['LODESTONE_STATE_DIR: must be a directory (or a path where one can be created), not a file']);
    expect(problemsOf({ SLACK_ADMINS: 'bob' })).toEqual(['SLACK_ADMINS: must be Slack user ids such as U0123ABCD, separated by commas']);
    expect(parseConfig({ SLACK_ADMINS: 'U0123ABCD, W0456EFGH' }).SLACK_ADMINS).toEqual(['U0123ABCD', 'W0456EFGH']);
    expect(problemsOf({ OPENAI_BASE_URL: 'ftp://zz97.example/v1' })).toEqual(['OPENAI_BASE_URL: must be an http:// or https:// URL']);
  });

  it('warns about an OpenAI-compatible URL without /v1, in config check', () => {
    const check = checkConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:11434', OPENAI_API_KEY: 'ollama' });
    expect(check.ok).toBe(true);
    expect(check.warnings).toEqual([expect.stringMatching(/^OPENAI_BASE_URL: does not end in \/v1;/)]);
    expect(formatConfigCheck(check)).toMatch(/^Warning:\n {2}- OPENAI_BASE_URL: does not end in \/v1/m);
    expect(checkConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', OPENAI_API_KEY: 'ollama' }).warnings).toEqual([]);
  });

  it('empty assignments in .env mean "not set"', () => {
    expect(parseConfig({ SLACK_BOT_TOKEN: '', HTTP_PORT: '' }).SLACK_BOT_TOKEN).toBeUndefined();
  });
});

describe('lodestone config check', () => {
  const env = {
    SLACK_BOT_TOKEN: 'xoxb-111_222_topsecretvalue',
    OPENAI_API_KEY: 'sk-verysecretkeyvalue',
    DATABASE_URL: 'postgres://lodestone:pg-password-value@127.0.0.1:5432/test',
    HTTP_PORT: '8080',
  };

  it('shows every setting as set, default, not set or missing, with secrets hidden', () => {
    const check = checkConfig(env);
    const state = Object.fromEntries(check.settings.map((s) => [s.name, s]));
    expect(check.settings.map((s) => s.name).sort()).toEqual(Object.keys(ConfigSchema.shape).sort());
    expect(state.SLACK_BOT_TOKEN).toMatchObject({ state: 'set (hidden)' });
    expect(state.SLACK_BOT_TOKEN?.value).toBeUndefined();
    expect(state.DATABASE_URL).toMatchObject({ state: 'set (hidden)' });
    expect(state.HTTP_PORT).toMatchObject({ state: 'set', value: '8080' });
    expect(state.LOG_LEVEL).toMatchObject({ state: 'default', value: 'info' });
    expect(state.DISCORD_TOKEN).toMatchObject({ state: 'not set' });
    expect(state.SLACK_SIGNING_SECRET).toMatchObject({ state: 'missing' });
    expect(state.SLACK_SIGNING_SECRET?.problem).toMatch(/required with SLACK_BOT_TOKEN/);
    expect(check.ok).toBe(false);

    const text = formatConfigCheck(check);
    for (const v of Object.values(env).filter((_, i) => Object.keys(env)[i] !== 'HTTP_PORT')) expect(text).not.toContain(v);
    expect(text).not.toContain('pg-password-value');
    expect(text).toMatch(/SLACK_SIGNING_SECRET\s+missing\s+required with SLACK_BOT_TOKEN/);
    expect(text).toMatch(/1 problem; Lodestone would not start/);
  });

  it('an invalid secret is reported as invalid without its value', () => {
    const check = checkConfig({ SLACK_BOT_TOKEN: 'not-a-bot-token-secret' });
    const s = check.settings.find((x) => x.name === 'SLACK_BOT_TOKEN');
    expect(s).toMatchObject({ state: 'invalid' });
    expect(formatConfigCheck(check)).not.toContain('not-a-bot-token-secret');
  });

  it('a valid configuration says what it will run', () => {
    const check = checkConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', HTTP_PORT: '9100' });
    expect(check.ok).toBe(true);
    const text = formatConfigCheck(check);
    expect(text).toContain('Slack: Socket Mode');
    expect(text).toContain('Console chat: off');
    expect(text).toContain('Operations HTTP: 0.0.0.0:9100');
  });
});

describe('the settings reference', () => {
  const example = readFileSync(resolve(ROOT, '.env.example'), 'utf8');

  it('.env.example is what `lodestone config example` prints, so it lists every setting with a comment', () => {
    expect(example).toBe(envExample());
    for (const name of SETTING_NAMES) {
      const lines = example.split('\n');
      const at = lines.findIndex((l) => l.startsWith(`# ${name}=`));
      expect(at, name).toBeGreaterThan(0);
      expect(lines[at - 1], `comment above ${name}`).toMatch(/^# \S.{10,}/);
    }
    expect(SETTING_NAMES.length).toBe(Object.keys(ConfigSchema.shape).length);
  });

  it('.env.example, uncommented, is itself a valid configuration except for the platform pairs it documents', () => {
    const uncommented = example.split('\n').filter((l) => /^# [A-Z_]+=/.test(l)).map((l) => l.slice(2)).join('\n');
    const env = parseEnv(uncommented);
    // Secrets are placeholders ("…"); drop them and what needs them, the rest must parse.
    for (const k of [...SECRET_KEYS, 'SLACK_API_URL', 'SLACK_CLIENT_ID', 'DISCORD_API_URL', 'DISCORD_APPLICATION_ID', 'DISCORD_SHARD_IDS']) delete env[k];
    expect(() => parseConfig(env)).not.toThrow();
  });

  it('docs/operations.md has a row for every setting', () => {
    const docs = readFileSync(resolve(ROOT, 'docs/operations.md'), 'utf8');
    for (const name of SETTING_NAMES) expect(docs, name).toMatch(new RegExp(`^\\| \`${name}\``, 'm'));
  });
});
