// What the HTTP receiver accepts before anything else runs: a body size limit enforced before the
// body is buffered or its signature checked (Slack's payloads are a few kilobytes, so an unsigned
// megabyte costs one header read, not a buffer), a 400 for signed bodies that are not a JSON object
// or form (Bolt would otherwise throw on `null` after the response was promised), and slash-command
// replays refused by trigger_id for as long as a signature stays valid.
import { createHmac, type KeyObject } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseForm } from 'node:querystring';
import { isValidSlackRequest, type BufferedIncomingMessage } from '@slack/bolt';
import { ReplayGuard, type ReplayMemory } from '../../util/replay-guard.js';

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

/** A request admit() let through: its buffered raw body and, when it parsed, the body Bolt would parse from it. */
export interface Admitted {
  raw: Buffer;
  /** The raw body as text (UTF-8), decoded once for the parse and the signature check. */
  text: string;
  /** Bolt's own parse of the raw body (HTTPModuleFunctions.parseHTTPRequestBody); undefined when it did not parse. */
  body: Record<string, unknown> | undefined;
}

/**
 * The body within `limit` bytes, read as Bolt's bufferIncomingMessage reads it (raw-body without an
 * encoding): 413 once more than `limit` bytes arrived, 400 when the stream fails, is aborted, or
 * was already decoded or consumed. Listeners of our own, without raw-body's option parsing, error
 * objects and callback wrappers per request.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 400 | 413> {
  if (req.readableEncoding !== null || !req.readable) return Promise.resolve(400);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      settled = true;
      req.pause();
      resolve(413);
    });
    req.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks, size));
    });
    for (const failure of ['aborted', 'error'] as const) {
      req.on(failure, () => {
        if (settled) return;
        settled = true;
        req.pause();
        resolve(400);
      });
    }
  });
}

/** HTTPModuleFunctions.parseHTTPRequestBody, on the text already decoded: a form (its `payload` as JSON), else JSON. */
function parseBody(text: string, contentType: string | undefined): unknown {
  if (contentType === 'application/x-www-form-urlencoded') {
    const form = parseForm(text);
    return typeof form.payload === 'string' ? JSON.parse(form.payload) : form;
  }
  return JSON.parse(text);
}

/**
 * Reads the body within the limit and checks its shape. Returns false when it has answered the
 * request itself; otherwise the request carries its buffered body (Bolt reuses it, verifies the
 * signature and dispatches) and the body parsed once, for the receiver's own verified path.
 */
export async function admit(req: IncomingMessage, res: ServerResponse, opts: { secret: string; now: () => number; limit?: number; onRefuse?: (status: number, why: string) => void }): Promise<Admitted | false> {
  const limit = opts.limit ?? BODY_LIMIT_BYTES;
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return refused(req, res, opts, 413, `body of ${declared} bytes declared, limit ${limit}`);
  const raw = await readBody(req, limit);
  if (raw === 413) return refused(req, res, opts, 413, `body over ${limit} bytes`);
  if (raw === 400) return refused(req, res, opts, 400, 'body could not be read');
  // Bolt's bufferIncomingMessage takes a request that carries its raw body as already read.
  (req as BufferedIncomingMessage).rawBody = raw;
  const text = raw.toString();
  let body: unknown;
  try {
    body = parseBody(text, req.headers['content-type']);
  } catch {
    return { raw, text, body: undefined }; // Bolt verifies first, then answers 400 (signed) or 401 (not)
  }
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) return { raw, text, body: body as Record<string, unknown> };
  return signed(req, raw, opts.secret, opts.now())
    ? refused(req, res, opts, 400, 'signed body is not an object')
    : refused(req, res, opts, 401, 'unsigned body');
}

function refused(req: IncomingMessage, res: ServerResponse, opts: { onRefuse?: (status: number, why: string) => void }, status: 400 | 401 | 413, why: string): false {
  opts.onRefuse?.(status, why);
  refuse(res, status);
  if (status === 413) req.destroy();
  return false;
}

const SIGNATURE = /^v0=[0-9a-f]{64}$/;
const TIMESTAMP = /^[1-9][0-9]{0,11}$/;
const REPLAY_WINDOW_S = REPLAY_WINDOW_MS / 1000;

/**
 * A slash command whose signature this process checks itself, so Bolt need not check it again:
 * a form body with a `command`, a v0 signature over timestamp and body that matches, and a
 * timestamp at most five minutes old (the receiver refuses ones from the future before this).
 * Everything here is a subset of what Bolt's verifySlackRequest accepts; anything else (ssl_check,
 * url_verification, other signature spellings, a mismatch) returns false and goes through Bolt's
 * own checks and answers unchanged. One HMAC and a constant-time compare, where Bolt's path
 * costs three HMACs, 32 random bytes and two more parses of the form per request. The secret may be
 * given as a KeyObject made once (createSecretKey), which spares encoding it on every request.
 */
export function verifiedCommand(req: IncomingMessage, admitted: Admitted, secret: string | KeyObject, nowMs: number): boolean {
  const body = admitted.body;
  if (!body || typeof body.command !== 'string' || 'ssl_check' in body || body.type === 'url_verification') return false;
  if (req.headers['content-type'] !== 'application/x-www-form-urlencoded') return false;
  const sig = req.headers['x-slack-signature'];
  const ts = req.headers['x-slack-request-timestamp'];
  if (typeof sig !== 'string' || typeof ts !== 'string' || !SIGNATURE.test(sig) || !TIMESTAMP.test(ts)) return false;
  if (Number(ts) < Math.floor(nowMs / 1000) - REPLAY_WINDOW_S) return false;
  const text = admitted.text;
  // Bolt lets ssl_check=1 bodies through unsigned and answers them itself; never take one here.
  if (text.includes('ssl_check')) return false;
  return sameHex(createHmac('sha256', secret).update(`v0:${ts}:${text}`).digest('hex'), sig, 3);
}

/**
 * Whether `sig` holds the hex digest `ours` from `at` on, in time that does not depend on where they
 * differ (an XOR of every code unit, as tsscmp compares). `sig` is lower-case hex here (SIGNATURE),
 * as digest('hex') writes it, so comparing the texts compares the bytes, without decoding `sig` into
 * a buffer for timingSafeEqual (a quarter of the check's CPU).
 */
function sameHex(ours: string, sig: string, at: number): boolean {
  if (sig.length - at !== ours.length) return false;
  let diff = 0;
  for (let i = 0; i < ours.length; i++) diff |= ours.charCodeAt(i) ^ sig.charCodeAt(at + i);
  return diff === 0;
}

export type { ReplayMemory } from '../../util/replay-guard.js';

/** Slash-command trigger ids remembered for the replay window (see ReplayGuard); true for a replay. */
export class CommandReplays {
  readonly #guard: ReplayGuard;

  constructor(now: () => number = Date.now, shared?: ReplayMemory, maxEntries = 100_000) {
    this.#guard = new ReplayGuard(REPLAY_WINDOW_MS, now, shared, maxEntries);
  }

  /** True for a replay; records the first sighting. Bodies without a trigger id are never replays. */
  async replayed(body: unknown): Promise<boolean> {
    if (typeof body !== 'object' || body === null || !('command' in body)) return false;
    const b = body as { trigger_id?: unknown; team_id?: unknown };
    if (typeof b.trigger_id !== 'string' || !b.trigger_id) return false;
    return this.#guard.replayed(`slack:${typeof b.team_id === 'string' ? b.team_id : ''}:${b.trigger_id}`);
  }
}
