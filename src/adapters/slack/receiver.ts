// The HTTP receiver: Bolt's HTTPReceiver (v0 signature over timestamp and raw body, 401 when the
// signature is wrong or the timestamp more than five minutes old), tightened in three places:
// - a timestamp more than five minutes in the future is refused as well (Bolt checks only the past);
// - a signed body that is neither a slash command nor an event callback is answered 400 at once,
//   instead of being left to Bolt's three-second "not acknowledged" timeout;
// - an optional shortcut may answer a request before Bolt's dispatch (cached slash command answers).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPReceiver, type App, type ReceiverEvent, type Logger as BoltLogger } from '@slack/bolt';
import { isHandledPayload } from './payloads.js';

const REPLAY_WINDOW_S = 5 * 60;

class MalformedPayloadError extends Error {
  constructor() {
    super('Slack request body is neither a slash command nor an event callback');
    this.name = 'MalformedPayloadError';
  }
}

function timestampTooNew(req: IncomingMessage, nowMs: number): boolean {
  const raw = req.headers['x-slack-request-timestamp'];
  if (typeof raw !== 'string') return false; // Bolt refuses a missing timestamp itself
  const ts = Number(raw);
  return Number.isFinite(ts) && ts > Math.floor(nowMs / 1000) + REPLAY_WINDOW_S;
}

export interface LodestoneReceiverOptions {
  signingSecret: string;
  port: number;
  logger: BoltLogger;
  endpoint?: string;
  /** Clock for the replay window (tests). */
  now?: () => number;
}

export class LodestoneHttpReceiver extends HTTPReceiver {
  /**
   * Runs on every verified, well-formed request before Bolt's dispatch; returns true when it has
   * answered the request itself (the Slack adapter's cached answers).
   */
  shortcut: ((event: ReceiverEvent) => Promise<boolean>) | undefined;

  constructor(opts: LodestoneReceiverOptions) {
    const now = opts.now ?? Date.now;
    super({
      signingSecret: opts.signingSecret,
      port: opts.port,
      logger: opts.logger,
      endpoints: [opts.endpoint ?? '/slack/events'],
      processBeforeResponse: false,
      processEventErrorHandler: async ({ error, response, logger }) => {
        if (error instanceof MalformedPayloadError) {
          if (!response.headersSent) {
            response.writeHead(400);
            response.end();
          }
          return true; // tells Bolt the request is answered
        }
        logger.error(`Slack request failed: ${error.message}`);
        if (!response.headersSent) {
          response.writeHead(500);
          response.end();
        }
        return false;
      },
    });
    const inner = this.requestListener;
    this.requestListener = (req: IncomingMessage, res: ServerResponse) => {
      if (req.method === 'POST' && timestampTooNew(req, now())) {
        opts.logger.warn('Refused a Slack request whose timestamp is more than five minutes in the future');
        res.writeHead(401);
        res.end();
        req.resume();
        return;
      }
      // Bolt labels object acks application/json and sends string acks without a type; the
      // adapter sends pre-serialized JSON acks, so every response carries the JSON type.
      res.setHeader('content-type', 'application/json; charset=utf-8');
      inner(req, res);
    };
  }

  override init(app: App): void {
    const guarded = {
      processEvent: async (event: ReceiverEvent): Promise<void> => {
        if (!isHandledPayload(event.body)) throw new MalformedPayloadError();
        if (this.shortcut && (await this.shortcut(event))) return;
        await app.processEvent(event);
      },
    };
    super.init(guarded as unknown as App);
  }
}
