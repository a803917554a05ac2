// The reference of every setting: what it means, where it belongs. `lodestone config check`,
// `.env.example` and docs/operations.md are derived from this table; the `satisfies` clause makes a
// setting added to ConfigSchema without a description a type error.
import { ConfigSchema, SECRET_KEYS, type Config } from '../config.js';

export type SettingName = keyof Config;

export type SettingGroup = 'General' | 'HTTP, logs and shutdown' | 'Store' | 'Slack' | 'Discord' | 'Language model' | 'Digests';

export interface SettingInfo {
  group: SettingGroup;
  /** One sentence; also the comment in .env.example. */
  meaning: string;
  /** Example value shown (commented out) in .env.example when the setting has no default. */
  example?: string;
}

export const SETTINGS = {
  LODESTONE_DATA_DIR: { group: 'General', meaning: 'Directory of the dataset (YAML files); must exist. Unset means the bundled data/ directory.', example: './data' },
  LODESTONE_STATE_DIR: { group: 'Store', meaning: 'Directory for local state: the SQLite database of subscriptions and the delivery ledger when DATABASE_URL is not set. Created on first start; a file at that path is rejected.' },
  LODESTONE_LOCALE: { group: 'General', meaning: 'Answer language (en or de) where the platform does not tell the user\'s language, and on the console.' },
  LODESTONE_WATCH_DATA: { group: 'General', meaning: 'Watch the dataset directory and hot-reload valid edits; an invalid edit is logged and the last good dataset keeps serving.' },
  LODESTONE_WATCH_DEBOUNCE_MS: { group: 'General', meaning: 'Quiet time after the last file change before the dataset is reloaded, so an editor\'s save of several files is one reload.' },
  LODESTONE_WATCH_POLL_MS: { group: 'General', meaning: 'Also compare the dataset directory\'s file list, sizes and times this often, for file systems without change events (NFS, SMB) and after the directory was replaced; 0 relies on events alone.' },
  LODESTONE_CONSOLE: { group: 'General', meaning: 'Interactive terminal chat: auto opens it when no platform token is set; on or off force it.' },
  LOG_LEVEL: { group: 'HTTP, logs and shutdown', meaning: 'Log level of the JSON logs on stderr (fatal, error, warn, info, debug, trace, silent); the interactive console defaults to warn on a terminal.' },
  HTTP_PORT: { group: 'HTTP, logs and shutdown', meaning: 'Port of the operations server (/healthz, /readyz, /metrics); unset means no server, 0 picks a free port.', example: '8080' },
  HTTP_HOST: { group: 'HTTP, logs and shutdown', meaning: 'Address the operations server listens on.' },
  LODESTONE_PUBLIC_URL: { group: 'HTTP, logs and shutdown', meaning: 'Public base URL of Lodestone\'s HTTP servers. When set, charts are served at <url>/charts/<id>.png by every HTTP server Lodestone runs (Slack endpoint, Discord interactions endpoint, operations server) and shown by address (Slack image block, Discord embed image) instead of being uploaded with every answer; unset means uploads.', example: 'https://lodestone.example.com' },
  SHUTDOWN_TIMEOUT_MS: { group: 'HTTP, logs and shutdown', meaning: 'How long a graceful shutdown (SIGTERM, SIGINT) may take to finish replies and deliveries in flight before the process is forced to exit.' },
  DATABASE_URL: { group: 'Store', meaning: 'PostgreSQL for subscriptions and the delivery ledger, shared by every replica; unset means SQLite in LODESTONE_STATE_DIR. Secret (holds the password).', example: 'postgres://lodestone:password@db.internal:5432/lodestone' },
  HTTPS_PROXY: { group: 'HTTP, logs and shutdown', meaning: 'Outbound proxy for Slack (Web API and the Socket Mode websocket), Discord (REST and the gateway websocket) and the language model. Secret (may hold a password).', example: 'http://proxy.internal:3128' },
  HTTP_PROXY: { group: 'HTTP, logs and shutdown', meaning: 'Proxy for plain-http destinations (a local model server, say); HTTPS_PROXY covers the platforms. Secret (may hold a password).', example: 'http://proxy.internal:3128' },
  NO_PROXY: { group: 'HTTP, logs and shutdown', meaning: 'Hosts reached directly despite a proxy, comma-separated (e.g. localhost,127.0.0.1,.internal).', example: 'localhost,127.0.0.1' },

  SLACK_BOT_TOKEN: { group: 'Slack', meaning: 'Bot token (xoxb-…); setting it connects Lodestone to Slack. Secret.', example: 'xoxb-…' },
  SLACK_SIGNING_SECRET: { group: 'Slack', meaning: 'Signing secret that verifies every request in HTTP mode (required without SLACK_APP_TOKEN). Secret.', example: '…' },
  SLACK_APP_TOKEN: { group: 'Slack', meaning: 'App-level token (xapp-…) for Socket Mode, for workspaces without a public URL. Secret.', example: 'xapp-…' },
  SLACK_PORT: { group: 'Slack', meaning: 'Port of the Slack HTTP endpoint (slash commands, events) in HTTP mode.' },
  SLACK_ADMINS: { group: 'Slack', meaning: 'Comma-separated Slack user ids (U… or W…, not names) allowed to manage digest subscriptions, besides workspace admins.', example: 'U0123ABCD,U0456EFGH' },
  SLACK_API_URL: { group: 'Slack', meaning: 'Base URL (http or https) of the Slack Web API; only for proxies and tests.', example: 'https://slack.com/api/' },
  SLACK_COMMAND: { group: 'Slack', meaning: 'Name of the one namespaced slash command (/lodestone reserves china); must match the manifest.' },
  SLACK_COMMAND_MODE: { group: 'Slack', meaning: 'single: one namespaced command (/lodestone <command>); each: one slash command per Lodestone command (/reserves, /element, …). Must match the manifest.' },
  SLACK_CLIENT_ID: { group: 'Slack', meaning: 'Client ID of the Slack app (Basic Information); with SLACK_CLIENT_SECRET and SLACK_STATE_SECRET it turns on installs to many workspaces (/slack/install), instead of SLACK_BOT_TOKEN.', example: '1234567890.9876543210' },
  SLACK_CLIENT_SECRET: { group: 'Slack', meaning: 'Client Secret of the Slack app, for OAuth installs. Secret.', example: '…' },
  SLACK_STATE_SECRET: { group: 'Slack', meaning: 'Random key of 32 or more characters (openssl rand -hex 32) that signs the OAuth state of an install in progress. Secret.', example: '…' },

  DISCORD_TOKEN: { group: 'Discord', meaning: 'Bot token; setting it connects Lodestone to the Discord gateway. Secret.', example: '…' },
  DISCORD_APPLICATION_ID: { group: 'Discord', meaning: 'Numeric application id (required with DISCORD_TOKEN).', example: '123456789012345678' },
  DISCORD_SHARDS: { group: 'Discord', meaning: 'Gateway shard count: auto (Discord\'s recommendation) or the total number; above 1, shards run as child processes of this one.' },
  DISCORD_SHARD_IDS: { group: 'Discord', meaning: 'The shards this host runs (e.g. 0-3 or 4,5), to spread a fixed DISCORD_SHARDS total over several hosts; unset means all.', example: '0-3' },
  DISCORD_MESSAGE_CONTENT: { group: 'Discord', meaning: 'Request the privileged Message Content intent (enable it in the Developer Portal first); only replies to Lodestone without an @mention need it: slash commands, mentions and DMs work without it.' },
  DISCORD_API_URL: { group: 'Discord', meaning: 'Base URL (http or https) of the Discord REST API; only for proxies and tests.', example: 'https://discord.com/api' },
  DISCORD_PUBLIC_KEY: { group: 'Discord', meaning: 'The application\'s public key (Developer Portal, General Information); verifies the Ed25519 signature of every request to the HTTP interactions endpoint.', example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
  DISCORD_HTTP_PORT: { group: 'Discord', meaning: 'Port of the HTTP interactions endpoint (POST /discord/interactions); unset means interactions arrive over the gateway only.', example: '3001' },
  DISCORD_GATEWAY: { group: 'Discord', meaning: 'Connect to the gateway (mentions, DMs, and interactions unless the HTTP endpoint is set in the portal); false runs the HTTP endpoint alone.' },

  OPENAI_API_KEY: { group: 'Language model', meaning: 'API key; setting it answers free-form questions with tool calling (offline router otherwise). Secret.', example: 'sk-…' },
  OPENAI_BASE_URL: { group: 'Language model', meaning: 'Any OpenAI-compatible endpoint (Ollama, vLLM, LM Studio), an http or https URL ending in /v1 (config check warns otherwise).', example: 'http://127.0.0.1:11434/v1' },
  OPENAI_MODEL: { group: 'Language model', meaning: 'Model name.' },
  OPENAI_STRICT_TOOLS: { group: 'Language model', meaning: 'Send strict tool schemas; turn off for servers that reject them.' },
  OPENAI_TIMEOUT_MS: { group: 'Language model', meaning: 'Timeout of one model request; on timeout the offline router answers.' },
  OPENAI_MAX_RETRIES: { group: 'Language model', meaning: 'Retries of a failed model request before falling back to the offline router.' },
  ASK_USER_PER_MINUTE: { group: 'Language model', meaning: 'Free-form questions one user may ask per minute.' },
  ASK_CHANNEL_PER_MINUTE: { group: 'Language model', meaning: 'Free-form questions one channel may ask per minute.' },

  DIGEST_DEFAULT_TIME: { group: 'Digests', meaning: 'Local time of a new subscription\'s daily digest when none is given: 08:00, 8:30 or 8am, as /digest subscribe takes it.' },
  DIGEST_DEFAULT_TZ: { group: 'Digests', meaning: 'Time zone of a new subscription when none is given: an IANA name (Europe/Berlin) or a city with its own zone (berlin, new york), as /digest subscribe takes it; anything else stops start-up.' },
  DIGEST_STALE_HOURS: { group: 'Digests', meaning: 'After downtime, a missed digest is still posted at start within this many hours of its time; later it is recorded as skipped.' },
  DIGEST_SCHEDULER: { group: 'Digests', meaning: 'Run the digest scheduler in this process; safe on every replica, the delivery ledger posts each digest once.' },
  LODESTONE_OPS_CHANNEL: { group: 'Digests', meaning: 'Operators\' channel told when an edit of data/ is rejected (the bot keeps serving the last good version); unset means logs, /readyz and the lodestone_dataset_edit_rejected metric only.', example: 'slack:C0123456789' },
} satisfies Record<SettingName, SettingInfo>;

const GROUP_ORDER: SettingGroup[] = ['General', 'HTTP, logs and shutdown', 'Store', 'Slack', 'Discord', 'Language model', 'Digests'];

/** Every setting of ConfigSchema, grouped in the order the reference shows them. */
export const SETTING_NAMES = (Object.keys(ConfigSchema.shape) as SettingName[])
  .map((name, i) => ({ name, i, g: GROUP_ORDER.indexOf(SETTINGS[name].group) }))
  .sort((a, b) => a.g - b.g || a.i - b.i)
  .map((x) => x.name);

export const isSecret = (name: string): boolean => (SECRET_KEYS as readonly string[]).includes(name);

/** The default of every setting that has one, as it would be written in the environment. */
export function defaultsAsText(): Partial<Record<SettingName, string>> {
  const parsed = ConfigSchema.safeParse({});
  if (!parsed.success) throw new Error('ConfigSchema must accept an empty environment');
  const out: Partial<Record<SettingName, string>> = {};
  for (const name of SETTING_NAMES) {
    const v = parsed.data[name];
    if (v !== undefined) out[name] = formatValue(v);
  }
  return out;
}

export function formatValue(v: unknown): string {
  return Array.isArray(v) ? v.join(',') : String(v);
}
