// What the HTTP receiver accepts before anything else runs: a body size limit enforced before the
// body is buffered or its signature checked (Slack's payloads are a few kilobytes, so an unsigned
// megabyte costs one header read, not a buffer), a 400 for signed bodies that are not a JSON object
// or form (Bolt would otherwise throw on `null` after the response was promised), and slash-command
// replays refused by trigger_id for as long as a signature stays valid.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPModuleFunctions, isValidSlackRequest, type BufferedIncomingMessage } from '@slack/bolt';
import { BoundedCache } from '../../util/bounded-cache.js';

/** Slash commands and Events API callbacks stay far below this (message text is capped at 40k). */
export const BODY_LIMIT_BYTES = 128 * 1024;
/** Slack's signature replay window: a request older than this is refused anyway. */
export const REPLAY_WINDOW_MS = 5 * 60_000;

export type Verdict = { ok: true } | { ok: false; status: 400 | 401 | 413; why: string };

function refuse(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  // Closing the connection stops a client from streaming the rest of an oversized body at us.
  res.writeHead(status, status === 413 ? { connection: 'close' } : {});
  res.end();
}

function signed(req: IncomingMessage, raw: Buffer, secret: string, now: number): boolean {
  const sig = req.headers['x-slack-signature'];
  const ts = Number(req.headers['x-slack-request-timestamp']);
  if (typeof sig !== 'string' || !Number.isFinite(ts)) return false;
  return isValidSlackRequest({ signingSecret: secret, body: raw.toString(), headers: { 'x-slack-signature': sig, 'x-slack-request-timestamp': ts }, nowMilliseconds: now });
}

/**
 * Reads the body within the limit and checks its shape. Returns false when it has answered the
 * request itself; otherwise the request carries its buffered body (Bolt reuses it, verifies the
 * signature and dispatches).
 */
export async function admit(req: IncomingMessage, res: ServerResponse, opts: { secret: string; now: () => number; limit?: number; onRefuse?: (status: number, why: string) => void }): Promise<boolean> {
  const limit = opts.limit ?? BODY_LIMIT_BYTES;
  const fail = (status: 400 | 401 | 413, why: string): false => {
    opts.onRefuse?.(status, why);
    refuse(res, status);
    if (status === 413) req.destroy();
    return false;
  };
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return fail(413, `body of ${declared} bytes declared, limit ${limit}`);
  let buffered: BufferedIncomingMessage;
  try {
    buffered = await HTTPModuleFunctions.bufferIncomingMessage(req, limit);
  } catch (error) {
    if (HTTPModuleFunctions.isRawBodyError(error) && (error as { statusCode: number }).statusCode === 413) return fail(413, `body over ${limit} bytes`);
    return fail(400, 'body could not be read');
  }
  let body: unknown;
  try {
    body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
  } catch {
    return true; // Bolt verifies first, then answers 400 (signed) or 401 (not)
  }
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) return true;
  return signed(req, buffered.rawBody, opts.secret, opts.now()) ? fail(400, 'signed body is not an object') : fail(401, 'unsigned body');
}

/** Where trigger ids are remembered beyond this process: the store, shared by replicas (Store.rememberOnce). */
export interface ReplayMemory {
  rememberOnce(key: string, until: Date, now: Date): Promise<boolean>;
}

/**
 * Remembers slash-command trigger ids for the replay window; true when one was seen before. With
 * a shared memory (the store) a replay sent to another replica, or after a restart, is caught as
 * well; a failing store falls back to this process's memory rather than refusing commands.
 */
export class CommandReplays {
  readonly #seen: BoundedCache<string, true>;
  readonly #now: () => number;
  readonly #shared: ReplayMemory | undefined;

  constructor(now: () => number = Date.now, shared?: ReplayMemory, maxEntries = 100_000) {
    this.#seen = new BoundedCache(maxEntries, REPLAY_WINDOW_MS + 60_000, now);
    this.#now = now;
    this.#shared = shared;
  }

  /** True for a replay; records the first sighting. Bodies without a trigger id are never replays. */
  async replayed(body: unknown): Promise<boolean> {
    if (typeof body !== 'object' || body === null || !('command' in body)) return false;
    const b = body as { trigger_id?: unknown; team_id?: unknown };
    if (typeof b.trigger_id !== 'string' || !b.trigger_id) return false;
    const key = `${typeof b.team_id === 'string' ? b.team_id : ''}:${b.trigger_id}`;
    if (this.#seen.has(key)) return true;
    this.#seen.set(key, true);
    if (!this.#shared) return false;
    const now = this.#now();
    // A minute beyond the window, as in memory: clocks of replicas and Slack differ a little.
    const first = await this.#shared.rememberOnce(`slack:${key}`, new Date(now + REPLAY_WINDOW_MS + 60_000), new Date(now)).catch(() => true);
    return !first;
  }
}
