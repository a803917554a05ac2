// The HTTP receiver: Bolt's HTTPReceiver (v0 signature over timestamp and raw body, 401 when the
// signature is wrong or the timestamp more than five minutes old), tightened in three places:
// - a timestamp more than five minutes in the future is refused as well (Bolt checks only the past);
// - a signed body that is neither a slash command nor an event callback is answered 400 at once,
//   instead of being left to Bolt's three-second "not acknowledged" timeout;
// - an optional shortcut may answer a verified request before Bolt's dispatch (slash commands the
//   offline core answers in the ack alone; see preDispatchShortcut in commands.ts);
// - the body limit, signed non-objects and command replays are handled first (intake.ts), and
//   stopping drains the server (drain.ts);
// - a slash command whose signature intake.ts verified is dispatched here, as Bolt's
//   handleIncomingEvent would (same ack object, timeout and error handler), on the body parsed
//   once: Bolt would verify the signature again and parse the form twice more. The shortcut is
//   offered the command first with an ack that writes the response itself (what Bolt's ack does
//   with a body); Bolt's ack object, with its no-ack timer, is made only when the command goes on
//   to Bolt, its timer shortened by the time the shortcut took.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import {
  HTTPModuleFunctions, HTTPReceiver, HTTPResponseAck, type App, type HTTPReceiverOptions, type ReceiverEvent, type Logger as BoltLogger,
  type ReceiverProcessEventErrorHandlerArgs,
} from '@slack/bolt';
import { createSecretKey } from 'node:crypto';
import { isHandledPayload, parseSlashCommand, validatedCommands, type SlashCommandPayload } from './payloads.js';
import { admit, BODY_LIMIT_BYTES, CommandReplays, verifiedCommand, type ReplayMemory } from './intake.js';
import { bound, drain } from '../../ops/drain.js';

const REPLAY_WINDOW_S = 5 * 60;
/** Bolt's HTTPResponseAck default: a request not acknowledged within this is answered 404. */
const NO_ACK_MS = 3_001;

/** The request's path without its query. */
const pathOf = (url: string | undefined): string => {
  const u = url ?? '';
  const q = u.indexOf('?');
  return q < 0 ? u : u.slice(0, q);
};

/** An ack that answers the HTTP request at once, as Bolt's does with processBeforeResponse off. */
function directAck(res: ServerResponse): ReceiverEvent['ack'] {
  return async (response) => {
    if (res.headersSent) throw new Error('Slack request acknowledged twice');
    HTTPModuleFunctions.buildContentResponse(res, response);
  };
}

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
  /** Replay memory shared by replicas (the store); this process's memory alone without it. */
  replays?: ReplayMemory;
  /** How long stop() lets requests already received finish before their sockets are destroyed. */
  drainMs?: number;
  /** Bolt's OAuth installer (GET /slack/install and the redirect), for installs to many workspaces (oauth.ts). */
  oauth?: Pick<HTTPReceiverOptions, 'clientId' | 'clientSecret' | 'stateSecret' | 'scopes' | 'installationStore' | 'installerOptions'>;
}

export class LodestoneHttpReceiver extends HTTPReceiver {
  /**
   * Runs on every verified, well-formed request before the replay guard and Bolt's dispatch;
   * returns true when it has answered the request itself, in the ack alone (preDispatchShortcut).
   */
  shortcut: ((event: ReceiverEvent, command?: SlashCommandPayload) => Promise<boolean>) | undefined;
  /** Further routes beside the Slack endpoint (chart images); true when it answered the request. */
  extraRoutes: ((req: IncomingMessage, res: ServerResponse) => boolean) | undefined;
  readonly #replays: CommandReplays;
  readonly #log: BoltLogger;
  readonly #drainMs: number;
  #server: Server | undefined;
  #app: App | undefined;

  constructor(opts: LodestoneReceiverOptions) {
    const now = opts.now ?? Date.now;
    const endpoint = opts.endpoint ?? '/slack/events';
    const onError = async ({ error, response, logger }: ReceiverProcessEventErrorHandlerArgs): Promise<boolean> => {
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
    };
    super({
      bodyLimit: BODY_LIMIT_BYTES,
      signingSecret: opts.signingSecret,
      port: opts.port,
      logger: opts.logger,
      endpoints: [endpoint],
      processBeforeResponse: false,
      ...opts.oauth,
      processEventErrorHandler: onError,
    });
    /** The tail of Bolt's handleIncomingEvent, for a command verified and parsed by intake.ts. */
    const dispatch = async (req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>): Promise<void> => {
      const started = Date.now();
      let ack: HTTPResponseAck | undefined;
      // Bolt's ack object, its no-ack timer counting from the request as it would have.
      const boltAck = (): HTTPResponseAck => (ack ??= new HTTPResponseAck({
        logger: opts.logger, processBeforeResponse: false, httpRequest: req, httpRequestBody: body, httpResponse: res,
        unhandledRequestTimeoutMillis: Math.max(1, NO_ACK_MS - (Date.now() - started)),
      }));
      const retryNum = HTTPModuleFunctions.extractRetryNumFromHTTPRequest(req);
      const retryReason = HTTPModuleFunctions.extractRetryReasonFromHTTPRequest(req);
      try {
        // A signed command (verifiedCommand): validated here and handed to the shortcut, and kept
        // for the listener (validatedCommands) only when it goes on to Bolt.
        const command = parseSlashCommand(body);
        if (!command) throw new MalformedPayloadError();
        if (this.shortcut && (await this.shortcut({ body, ack: directAck(res), retryNum, retryReason, customProperties: {} }, command))) return;
        validatedCommands.set(body, command);
        await this.#toBolt({ body, ack: boltAck().bind(), retryNum, retryReason, customProperties: {} });
      } catch (error) {
        const a = boltAck();
        if (await onError({ error: error as Error, logger: opts.logger, request: req, response: res, storedResponse: a.storedResponse })) a.ack();
      }
    };
    const onRefuse = (status: number, why: string): void => opts.logger.warn(`Refused a Slack request (${status}): ${why}`);
    const key = createSecretKey(Buffer.from(opts.signingSecret, 'utf8'));
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
      if (req.method !== 'POST' || pathOf(req.url) !== endpoint) {
        if (!this.extraRoutes?.(req, res)) inner(req, res);
        return;
      }
      admit(req, res, { secret: opts.signingSecret, now, onRefuse }).then((ok) => {
        if (!ok) return;
        // Bolt checks staleness against the real clock (not `now`), and so does this.
        if (this.#app && verifiedCommand(req, ok, key, Date.now())) return void dispatch(req, res, ok.body!);
        inner(req, res);
      }, (error: unknown) => {
        opts.logger.error(`Slack request intake failed: ${error instanceof Error ? error.message : String(error)}`);
        if (!res.headersSent) { res.writeHead(500); res.end(); }
      });
    };
    this.#replays = new CommandReplays(now, opts.replays);
    this.#log = opts.logger;
    this.#drainMs = opts.drainMs ?? 8_000;
    // start() is overloaded (HTTP and HTTPS servers); wrap it rather than re-declare every overload.
    const start = this.start.bind(this) as (...a: unknown[]) => Promise<Server>;
    this.start = (async (...a: unknown[]) => {
      const server = await start(...a);
      this.#server = bound(server);
      return server;
    }) as HTTPReceiver['start'];
  }


  /** Stops accepting, lets requests already received finish, then destroys what is left. */
  override async stop(): Promise<void> {
    const server = this.#server;
    if (!server) return super.stop();
    this.#server = undefined;
    const left = await drain(server, this.#drainMs);
    if (left) this.#log.warn(`Slack listener stopped with ${left} connection(s) destroyed at the deadline`);
  }

  override init(app: App): void {
    this.#app = app;
    const guarded = {
      processEvent: async (event: ReceiverEvent): Promise<void> => {
        if (!isHandledPayload(event.body)) throw new MalformedPayloadError();
        // Before the replay guard: the shortcut answers only in the HTTP response (see
        // preDispatchShortcut), which a replayed request gets back on its own connection and
        // Slack never posts, so replays of such answers need no memory (nor a store write each).
        if (this.shortcut && (await this.shortcut(event))) return;
        await this.#toBolt(event);
      },
    };
    super.init(guarded as unknown as App);
  }

  /** Past the shortcut: the replay guard, then Bolt's dispatch. */
  async #toBolt(event: ReceiverEvent): Promise<void> {
    if (await this.#replays.replayed(event.body)) {
      this.#log.warn('Ignored a replayed Slack slash command (trigger_id seen within the replay window)');
      await event.ack();
      return;
    }
    await this.#app!.processEvent(event);
  }
}
