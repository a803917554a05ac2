// Structured JSON logs. Secrets are redacted by key and, as a second line of defence, by value:
// any configured secret that appears inside a logged string is replaced before it is written.
import { pino, type Logger, type DestinationStream } from 'pino';
import { SECRET_KEYS, type Config } from '../config.js';

export type { Logger };

const REDACT_PATHS = [
  '*.token', '*.botToken', '*.appToken', '*.signingSecret', '*.apiKey', '*.authorization', '*.password',
  'headers.authorization', 'req.headers.authorization', '*.headers.authorization', 'config.*',
];

export function secretValues(config: Partial<Config>): string[] {
  return SECRET_KEYS.map((k) => config[k]).filter((v): v is string => typeof v === 'string' && v.length >= 6);
}

export function createLogger(config: Partial<Config>, destination?: DestinationStream): Logger {
  const secrets = secretValues(config);
  const scrub = (s: string): string => secrets.reduce((acc, sec) => acc.split(sec).join('[redacted]'), s);
  return pino(
    {
      level: config.LOG_LEVEL ?? 'info',
      base: { app: 'lodestone' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      hooks: secrets.length
        ? {
            streamWrite: scrub,
          }
        : {},
    },
    destination ?? pino.destination(2),
  );
}
