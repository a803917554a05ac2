// Configuration: every problem names its variable and what it should be, never the value;
// `config check` hides secrets; .env.example and docs/operations.md list every setting.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigSchema, parseConfig, SECRET_KEYS } from '../../src/config.js';
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

  it('DISCORD_SHARD_IDS needs a fixed DISCORD_SHARDS total', () => {
    expect(problemsOf({ DISCORD_SHARD_IDS: '0-3' })).toEqual(['DISCORD_SHARDS: must be the total number of shards (the same on every host) when DISCORD_SHARD_IDS is set']);
    expect(problemsOf({ DISCORD_SHARD_IDS: '0-3', DISCORD_SHARDS: '8' })).toEqual([]);
    expect(problemsOf({ DISCORD_SHARD_IDS: 'a-b', DISCORD_SHARDS: '8' })).toEqual(['DISCORD_SHARD_IDS: must be shard ids such as 0,1,2 or 0-3']);
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
    for (const k of [...SECRET_KEYS, 'SLACK_API_URL', 'DISCORD_API_URL', 'DISCORD_APPLICATION_ID', 'DISCORD_SHARD_IDS']) delete env[k];
    expect(() => parseConfig(env)).not.toThrow();
  });

  it('docs/operations.md has a row for every setting', () => {
    const docs = readFileSync(resolve(ROOT, 'docs/operations.md'), 'utf8');
    for (const name of SETTING_NAMES) expect(docs, name).toMatch(new RegExp(`^\\| \`${name}\``, 'm'));
  });
});
