// Bolt, the Web API client and Socket Mode log through this adapter into our pino logger, so their
// lines share our format and our secret redaction.
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../ops/log.js';

const LEVELS: Record<string, LogLevel> = { trace: LogLevel.DEBUG, debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN };

/**
 * The Web API client warns "http request failed" on every failed attempt of every retry. Our fetch
 * wrapper (client.ts, ReachabilityLog) already warns once per outage with the host and a hint, so
 * the client's repeats go to debug.
 */
const REPORTED_ELSEWHERE = /^http request failed\b/;

const text = (msg: unknown[]): string => msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' ');

export function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: 'slack' });
  let level: LogLevel = LEVELS[log.level] ?? LogLevel.ERROR;
  return {
    debug: (...msg: unknown[]) => { if (level === LogLevel.DEBUG) child.debug(text(msg)); },
    info: (...msg: unknown[]) => child.info(text(msg)),
    warn: (...msg: unknown[]) => {
      const line = text(msg);
      if (REPORTED_ELSEWHERE.test(line)) child.debug(line);
      else child.warn(line);
    },
    error: (...msg: unknown[]) => child.error(text(msg)),
    setLevel: (l: LogLevel) => { level = l; },
    getLevel: () => level,
    setName: () => {},
  };
}
