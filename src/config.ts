// One validated configuration, read from the environment (and .env when present). A bad setting
// stops start-up with a message naming the variable and what it should be, never its value.
import { existsSync, statSync } from 'node:fs';
import { z } from 'zod';
import { normalizeTime, normalizeTimezone } from './commands/digest-input.js';

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'], { message: 'must be true or false' })
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));
const port = z.coerce.number({ message: 'must be a port number' }).int().min(0).max(65535);
const list = z.string().transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));
const optionalSecret = z.string().trim().min(1).optional();
const httpUrl = z.url({ protocol: /^https?$/, message: 'must be an http:// or https:// URL' });
// The same rules as /digest subscribe (src/commands/digest-input.ts): what a user may type there,
// an operator may write here, and the value is stored in its canonical form.
const timeOfDay = z.string().transform((s, ctx) => {
  const t = normalizeTime(s);
  if (t === undefined) ctx.addIssue({ code: 'custom', message: 'must be a time of day such as 08:00, 8:30 or 8am' });
  return t ?? s;
});
const timeZone = z.string().transform((s, ctx) => {
  const zone = normalizeTimezone(s);
  if (zone === undefined) ctx.addIssue({ code: 'custom', message: 'must be an IANA time zone such as Europe/Berlin or UTC, or a city with its own zone (berlin, new york)' });
  return zone ?? s;
});
const isDir = (p: string): boolean => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};
const existingDir = z.string().refine(isDir, 'must be an existing directory');
// Created on first start when missing, but a file in its place would fail only later.
const stateDir = z.string().refine((p) => !existsSync(p) || isDir(p), 'must be a directory (or a path where one can be created), not a file');
const slackUserIds = list.refine((ids) => ids.every((id) => /^[UW][A-Z0-9]{2,}$/.test(id)), 'must be Slack user ids such as U0123ABCD, separated by commas');

/** Every setting, with the sentence shown when it is wrong. Documented in .env.example. */
export const ConfigSchema = z.object({
  LODESTONE_DATA_DIR: existingDir.optional(),
  LODESTONE_STATE_DIR: stateDir.default('.data'),
  LODESTONE_LOCALE: z.enum(['en', 'de'], { message: 'must be en or de' }).default('en'),
  LODESTONE_WATCH_DATA: bool.default(true),
  LODESTONE_WATCH_DEBOUNCE_MS: z.coerce.number({ message: 'must be milliseconds' }).int().min(0).max(60_000).default(300),
  LODESTONE_WATCH_POLL_MS: z.coerce.number({ message: 'must be milliseconds' }).int().min(0).max(3_600_000).default(2_000),
  LODESTONE_CONSOLE: z.enum(['auto', 'on', 'off'], { message: 'must be auto, on or off' }).default('auto'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number({ message: 'must be milliseconds' }).int().min(100).max(600_000).default(10_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'must be one of fatal, error, warn, info, debug, trace, silent' }).default('info'),
  HTTP_PORT: port.optional(),
  HTTP_HOST: z.string().default('0.0.0.0'),
  LODESTONE_PUBLIC_URL: httpUrl.optional(),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  HTTPS_PROXY: z.string().regex(/^https?:\/\//, 'must be an http:// or https:// proxy URL').optional(),
  HTTP_PROXY: z.string().regex(/^https?:\/\//, 'must be an http:// or https:// proxy URL').optional(),
  NO_PROXY: z.string().optional(),

  SLACK_BOT_TOKEN: z.string().regex(/^xoxb-/, 'must be a bot token starting with xoxb-').optional(),
  SLACK_SIGNING_SECRET: optionalSecret,
  SLACK_APP_TOKEN: z.string().regex(/^xapp-/, 'must be an app-level token starting with xapp-').optional(),
  SLACK_PORT: port.default(3000),
  SLACK_ADMINS: slackUserIds.default([]),
  SLACK_API_URL: httpUrl.optional(),
  SLACK_COMMAND: z.string().regex(/^\/?[a-z0-9_-]{1,31}$/, 'must be a command name of lower-case letters, digits, - or _ (at most 31)').transform((s) => s.replace(/^\//, '')).default('lodestone'),
  SLACK_COMMAND_MODE: z.enum(['single', 'each'], { message: 'must be single or each' }).default('single'),
  // Slack's client ids are two dot-separated numbers (e.g. 1234567890.9876543210).
  SLACK_CLIENT_ID: z.string().regex(/^\d+\.\d+$/, 'must be the app\'s Client ID (two numbers joined by a dot, from Basic Information)').optional(),
  SLACK_CLIENT_SECRET: optionalSecret,
  // Signs the OAuth state (a JWT, HS256): long and random, like any HMAC key.
  SLACK_STATE_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -hex 32)').optional(),

  DISCORD_TOKEN: optionalSecret,
  DISCORD_APPLICATION_ID: z.string().regex(/^\d{5,25}$/, 'must be the numeric application id').optional(),
  DISCORD_SHARDS: z.string().regex(/^(auto|\d+)$/, 'must be auto or a number').default('auto'),
  DISCORD_SHARD_IDS: z.string().regex(/^\s*\d+(\s*-\s*\d+)?(\s*,\s*\d+(\s*-\s*\d+)?)*\s*$/, 'must be shard ids such as 0,1,2 or 0-3').optional(),
  DISCORD_MESSAGE_CONTENT: bool.default(false),
  DISCORD_API_URL: httpUrl.optional(),
  DISCORD_PUBLIC_KEY: z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be the 64 hex characters of the application\'s public key').optional(),
  DISCORD_HTTP_PORT: port.optional(),
  DISCORD_GATEWAY: bool.default(true),

  OPENAI_API_KEY: optionalSecret,
  OPENAI_BASE_URL: httpUrl.optional(),
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  OPENAI_STRICT_TOOLS: bool.default(true),
  OPENAI_TIMEOUT_MS: z.coerce.number({ message: 'must be milliseconds' }).int().min(100).max(120_000).default(15_000),
  OPENAI_MAX_RETRIES: z.coerce.number({ message: 'must be a number' }).int().min(0).max(5).default(1),
  ASK_USER_PER_MINUTE: z.coerce.number({ message: 'must be a number' }).int().min(1).default(6),
  ASK_CHANNEL_PER_MINUTE: z.coerce.number({ message: 'must be a number' }).int().min(1).default(30),

  DIGEST_DEFAULT_TIME: timeOfDay.default('08:00'),
  DIGEST_DEFAULT_TZ: timeZone.default('Europe/Berlin'),
  DIGEST_STALE_HOURS: z.coerce.number({ message: 'must be hours' }).min(0).max(24).default(4),
  DIGEST_SCHEDULER: bool.default(true),
  LODESTONE_OPS_CHANNEL: z.string().trim().regex(/^(slack|discord):[A-Za-z0-9]{1,40}$/, 'must be slack:<channel id> or discord:<channel id>').optional(),
});

export type Config = z.infer<typeof ConfigSchema>;

/** Names of settings whose values must never be printed or logged. */
export const SECRET_KEYS = ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'DISCORD_TOKEN', 'OPENAI_API_KEY', 'DATABASE_URL', 'HTTPS_PROXY', 'HTTP_PROXY'] as const;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function parseConfig(env: NodeJS.ProcessEnv): Config {
  // Empty assignments in .env ("SLACK_BOT_TOKEN=") mean "not set".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  // Proxies are often set in lower case (curl's convention); the upper-case name wins.
  for (const k of ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY']) {
    const lower = env[k.toLowerCase()];
    if (cleaned[k] === undefined && lower) cleaned[k] = lower;
  }
  const result = ConfigSchema.safeParse(cleaned);
  const problems = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  // Settings that only make sense together are checked on presence, so that one run names every problem.
  const has = (k: keyof Config): boolean => cleaned[k] !== undefined;
  const named = (k: string): boolean => problems.some((p) => p.startsWith(`${k}:`));
  const need = (k: keyof Config, message: string): void => {
    if (!named(k)) problems.push(`${k}: ${message}`);
  };
  if (has('SLACK_BOT_TOKEN') && !has('SLACK_SIGNING_SECRET') && !has('SLACK_APP_TOKEN')) {
    need('SLACK_SIGNING_SECRET', 'required with SLACK_BOT_TOKEN in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)');
  }
  const OAUTH = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;
  const oauth = OAUTH.some(has);
  if (oauth) {
    for (const k of OAUTH) if (!has(k)) need(k, `required with ${OAUTH.filter(has).join(' and ')} (OAuth installs need all three)`);
    if (!has('SLACK_SIGNING_SECRET')) need('SLACK_SIGNING_SECRET', 'required for OAuth installs (they are served in HTTP mode)');
    if (has('SLACK_APP_TOKEN')) problems.push('SLACK_APP_TOKEN: not with OAuth installs; /slack/install and the redirect need HTTP mode (unset SLACK_APP_TOKEN or the SLACK_CLIENT_* settings)');
    if (has('SLACK_BOT_TOKEN')) problems.push('SLACK_BOT_TOKEN: not with OAuth installs; each workspace\'s token comes from its installation (install your own workspace through /slack/install)');
  }
  if ((has('SLACK_SIGNING_SECRET') || has('SLACK_APP_TOKEN')) && !has('SLACK_BOT_TOKEN') && !oauth) need('SLACK_BOT_TOKEN', 'required when Slack is configured (or set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET for OAuth installs)');
  if (has('DISCORD_TOKEN') && !has('DISCORD_APPLICATION_ID')) need('DISCORD_APPLICATION_ID', 'required with DISCORD_TOKEN');
  if (has('DISCORD_HTTP_PORT') && !has('DISCORD_PUBLIC_KEY')) need('DISCORD_PUBLIC_KEY', 'required with DISCORD_HTTP_PORT (it verifies every interaction)');
  if (cleaned.DISCORD_GATEWAY !== undefined && result.success && !result.data.DISCORD_GATEWAY && !has('DISCORD_HTTP_PORT')) {
    need('DISCORD_HTTP_PORT', 'required with DISCORD_GATEWAY=false (interactions then arrive only over HTTP)');
  }
  if (has('DISCORD_SHARD_IDS') && !/^\d+$/.test(String(cleaned.DISCORD_SHARDS ?? ''))) {
    need('DISCORD_SHARDS', 'must be the total number of shards (the same on every host) when DISCORD_SHARD_IDS is set');
  }
  if (problems.length || !result.success) throw new ConfigError(problems);
  return result.data;
}

/** Reads .env (if present) without overriding the real environment, then validates. */
export function loadConfig(envFile = '.env'): Config {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return parseConfig(process.env);
}

/**
 * Settings that are valid but probably not what was meant: shown by `lodestone config check` and
 * logged at start. Never the value of a secret.
 */
export function configWarnings(c: Config): string[] {
  const warnings: string[] = [];
  if (c.OPENAI_BASE_URL !== undefined && !/\/v1\/?$/.test(new URL(c.OPENAI_BASE_URL).pathname)) {
    warnings.push('OPENAI_BASE_URL: does not end in /v1; OpenAI-compatible servers (OpenAI, Ollama, vLLM, LM Studio) serve the API under /v1, e.g. http://127.0.0.1:11434/v1');
  }
  if (c.OPENAI_BASE_URL !== undefined && c.OPENAI_API_KEY === undefined) {
    warnings.push('OPENAI_BASE_URL: set without OPENAI_API_KEY, so the language model stays off (a local server takes any non-empty key, e.g. ollama)');
  }
  return warnings;
}

export const slackOAuth = (c: Config): boolean => Boolean(c.SLACK_CLIENT_ID && c.SLACK_CLIENT_SECRET && c.SLACK_STATE_SECRET);
export const slackEnabled = (c: Config): boolean => Boolean(c.SLACK_BOT_TOKEN) || slackOAuth(c);
export const discordEnabled = (c: Config): boolean => Boolean(c.DISCORD_TOKEN);
