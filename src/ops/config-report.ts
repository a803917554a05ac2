// `lodestone config check`: the status of every setting (never a secret's value, never the value of
// a setting that is wrong) and the problems that would stop start-up.
import { ConfigError, configWarnings, parseConfig, discordEnabled, slackEnabled, slackOAuth, type Config } from '../config.js';
import { SETTINGS, SETTING_NAMES, defaultsAsText, formatValue, isSecret, type SettingName } from './settings.js';

export type SettingState = 'set' | 'set (hidden)' | 'default' | 'not set' | 'missing' | 'invalid';

export interface SettingStatus {
  name: SettingName;
  group: string;
  state: SettingState;
  /** Shown only for valid, non-secret settings (and defaults). */
  value?: string;
  problem?: string;
}

export interface ConfigCheck {
  ok: boolean;
  settings: SettingStatus[];
  problems: string[];
  /** Valid settings that are probably not what was meant (OPENAI_BASE_URL without /v1). */
  warnings: string[];
  /** What this configuration will run, when it is valid. */
  summary?: string[];
}

const isSet = (env: NodeJS.ProcessEnv, name: string): boolean => env[name] !== undefined && env[name] !== '';

export function checkConfig(env: NodeJS.ProcessEnv): ConfigCheck {
  let config: Config | undefined;
  let problems: string[] = [];
  try {
    config = parseConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems = error.problems;
  }
  const problemOf = new Map<string, string>();
  for (const p of problems) {
    const name = p.slice(0, p.indexOf(':'));
    if (!problemOf.has(name)) problemOf.set(name, p.slice(p.indexOf(':') + 1).trim());
  }
  const defaults = defaultsAsText();
  const settings = SETTING_NAMES.map((name): SettingStatus => {
    const base = { name, group: SETTINGS[name].group };
    const problem = problemOf.get(name);
    if (problem !== undefined) return { ...base, state: isSet(env, name) ? 'invalid' : 'missing', problem };
    if (isSet(env, name)) {
      return isSecret(name) ? { ...base, state: 'set (hidden)' } : { ...base, state: 'set', value: config ? formatValue(config[name]) : String(env[name]) };
    }
    const d = defaults[name];
    return d !== undefined ? { ...base, state: 'default', value: d } : { ...base, state: 'not set' };
  });
  const warnings = config ? configWarnings(config) : [];
  return { ok: problems.length === 0, settings, problems, warnings, ...(config ? { summary: summarize(config) } : {}) };
}

export function summarize(c: Config): string[] {
  const slack = slackEnabled(c) ? (c.SLACK_APP_TOKEN ? 'Socket Mode' : `HTTP mode on port ${c.SLACK_PORT}${slackOAuth(c) ? ', installs to many workspaces (/slack/install)' : ''}`) : 'off (SLACK_BOT_TOKEN not set)';
  const discord = discordEnabled(c) ? `on (shards: ${c.DISCORD_SHARDS})` : 'off (DISCORD_TOKEN not set)';
  const consoleOn = c.LODESTONE_CONSOLE === 'on' || (c.LODESTONE_CONSOLE === 'auto' && !slackEnabled(c) && !discordEnabled(c));
  return [
    `Slack: ${slack}`,
    `Discord: ${discord}`,
    `Console chat: ${consoleOn ? 'on' : 'off'}`,
    `Language model: ${c.OPENAI_API_KEY ? `${c.OPENAI_MODEL}${c.OPENAI_BASE_URL ? ' (custom endpoint)' : ''}` : 'off, offline router answers'}`,
    `Store: ${c.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `SQLite in ${c.LODESTONE_STATE_DIR}`}`,
    `Operations HTTP: ${c.HTTP_PORT !== undefined ? `${c.HTTP_HOST}:${c.HTTP_PORT} (/healthz, /readyz, /metrics)` : 'off (HTTP_PORT not set)'}`,
    `Dataset: ${c.LODESTONE_DATA_DIR ?? 'bundled data/'}${c.LODESTONE_WATCH_DATA ? ', hot reload on' : ''}`,
    `Digest scheduler: ${c.DIGEST_SCHEDULER ? 'on' : 'off'}`,
  ];
}

export function formatConfigCheck(check: ConfigCheck): string {
  const width = Math.max(...check.settings.map((s) => s.name.length)) + 2;
  const lines: string[] = [];
  let group = '';
  for (const s of check.settings) {
    if (s.group !== group) {
      group = s.group;
      lines.push('', `${group}`);
    }
    const detail = s.problem ?? (s.value !== undefined ? (s.state === 'default' ? `(${s.value || 'empty'})` : s.value) : '');
    lines.push(`  ${s.name.padEnd(width)}${s.state.padEnd(14)}${detail}`.trimEnd());
  }
  lines.push('');
  if (check.warnings.length) lines.push(`Warning${check.warnings.length === 1 ? '' : 's'}:`, ...check.warnings.map((w) => `  - ${w}`), '');
  if (check.ok) {
    lines.push('Configuration OK.', ...(check.summary ?? []).map((l) => `  ${l}`));
  } else {
    lines.push(`${check.problems.length} problem${check.problems.length === 1 ? '' : 's'}; Lodestone would not start:`, ...check.problems.map((p) => `  - ${p}`));
  }
  return lines.join('\n').replace(/^\n/, '');
}
