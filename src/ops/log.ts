// Structured JSON logs. Secrets are redacted by key and, as a second line of defence, by value:
// any configured secret that appears anywhere in a written line (an error message, a URL, a
// serialized request) is replaced before the line leaves the process.
import { pino, type Logger, type DestinationStream } from 'pino';
import { SECRET_KEYS, type Config } from '../config.js';

export type { Logger };

const SECRET_FIELDS = [
  'token', 'botToken', 'appToken', 'signingSecret', 'clientSecret', 'secret', 'apiKey', 'api_key', 'password',
  // Slack OAuth: an installation (bot.token, bot.refreshToken, user.token) and oauth.v2.access fields.
  'refreshToken', 'userToken', 'access_token', 'refresh_token', 'client_secret', 'stateSecret',
  'authorization', 'Authorization', 'cookie', 'connectionString', 'DATABASE_URL',
  ...SECRET_KEYS,
];

// pino's wildcards match one level, so each field is listed at the depths our objects actually have
// (top level, one object down, and under headers).
const REDACT_PATHS = [
  ...SECRET_FIELDS,
  ...SECRET_FIELDS.map((f) => `*.${f}`),
  ...SECRET_FIELDS.map((f) => `*.*.${f}`),
  'headers.authorization', 'headers.cookie', 'headers["x-slack-signature"]',
  '*.headers.authorization', '*.headers.cookie', '*.headers["x-slack-signature"]',
  'config.*', 'env.*',
];

/** Every form in which a configured secret could appear in a log line. */
export function secretValues(config: Partial<Config>): string[] {
  const values = new Set<string>();
  // A proxy URL is secret only for its password: without one, its host is what an operator needs
  // in "check that the proxy … is reachable" (with one, the password alone is replaced).
  const PASSWORD_ONLY: readonly string[] = ['HTTPS_PROXY', 'HTTP_PROXY'];
  for (const key of SECRET_KEYS) {
    const v = config[key];
    if (typeof v !== 'string' || v.length < 6 || PASSWORD_ONLY.includes(key)) continue;
    values.add(v);
    // Inside a JSON string, quotes and backslashes are escaped; a URL may carry it percent-encoded.
    values.add(JSON.stringify(v).slice(1, -1));
    values.add(encodeURIComponent(v));
  }
  // A database URL's password may be logged on its own (a driver's connection error).
  for (const url of [config.DATABASE_URL, config.HTTPS_PROXY, config.HTTP_PROXY]) {
    if (!url) continue;
    try {
      const raw = new URL(url).password;
      const password = decodeURIComponent(raw);
      if (password.length >= 4) {
        values.add(password);
        values.add(raw);
        values.add(JSON.stringify(password).slice(1, -1));
      } else if (password) {
        values.add(url); // too short to replace on its own without mangling other text
      }
    } catch {
      /* a malformed URL is reported by config validation */
    }
  }
  // Longest first, so a secret that contains another is replaced whole.
  return [...values].filter((v) => v.length >= 4).sort((a, b) => b.length - a.length);
}

export function scrubber(config: Partial<Config>): (line: string) => string {
  const secrets = secretValues(config);
  return (line) => {
    let out = line;
    for (const s of secrets) if (out.includes(s)) out = out.split(s).join('[redacted]');
    return out;
  };
}

export function createLogger(config: Partial<Config>, destination?: DestinationStream): Logger {
  const scrub = scrubber(config);
  return pino(
    {
      level: config.LOG_LEVEL ?? 'info',
      base: { app: 'lodestone', pid: process.pid },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      hooks: { streamWrite: scrub },
    },
    destination ?? pino.destination({ dest: 2, sync: true }),
  );
}
