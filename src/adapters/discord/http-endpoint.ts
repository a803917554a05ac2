// Discord's HTTP interactions endpoint: the usual way to run a bot behind a load balancer. Discord
// POSTs every interaction, signed with Ed25519 over timestamp + raw body; the application's public
// key (DISCORD_PUBLIC_KEY) verifies it. Order of checks: method and path, body size (before any
// crypto, so a flood of large bodies costs no verification), signature, then the payload (zod).
// A bad signature gets 401 — Discord itself probes the endpoint with one and expects exactly that.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { ReplayGuard, type ReplayMemory } from '../../util/replay-guard.js';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../ops/log.js';
import { handleHttpInteraction, RawInteraction, type HttpInteractionDeps } from './http-interactions.js';

export const INTERACTIONS_PATH = '/discord/interactions';
/** Interaction payloads are a few KB; resolved data can add some. Anything larger is refused unread. */
export const MAX_BODY_BYTES = 256 * 1024;

/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the 32-byte raw key follows (RFC 8410). */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** The application's public key (64 hex characters, from the Developer Portal) as a KeyObject. */
export function discordPublicKey(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error('DISCORD_PUBLIC_KEY: must be the 64 hex characters of the application\'s public key');
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

/** Ed25519 over timestamp + body, as Discord signs it. */
export function verifyInteraction(key: KeyObject, signatureHex: string | undefined, timestamp: string | undefined, body: Buffer): boolean {
  if (!signatureHex || !timestamp || !/^[0-9a-f]{128}$/i.test(signatureHex) || timestamp.length > 20) return false;
  try {
    return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signatureHex, 'hex'));
  } catch {
    return false;
  }
}

export interface HttpEndpointOptions {
  publicKey: string;
  port: number;
  host?: string;
  log: Logger;
  deps: Omit<HttpInteractionDeps, 'stopping'>;
  /** Further routes beside the interactions path (chart images); true when it answered the request. */
  routes?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** Where interaction ids are remembered across replicas and restarts (the store). */
  replays?: ReplayMemory;
  now?: () => number;
}

/**
 * A signed interaction older (or further ahead) than this is refused, and ids are remembered for
 * as long: Discord sends each interaction once and at once, so only a replay arrives late or twice.
 */
export const REPLAY_WINDOW_MS = 5 * 60_000;

const JSON_TYPE = { 'content-type': 'application/json' };

/** JSON bodies of responses, serialised once per response object (cached answers repeat them). */
const wire = new WeakMap<object, Buffer>();
function bytesOf(response: unknown): Buffer {
  if (typeof response !== 'object' || response === null) return Buffer.from(JSON.stringify(response));
  let b = wire.get(response);
  if (!b) wire.set(response, (b = Buffer.from(JSON.stringify(response))));
  return b;
}

function reply(res: ServerResponse, status: number, body?: Buffer): void {
  res.writeHead(status, body ? { ...JSON_TYPE, 'content-length': body.length } : { 'content-length': 0 });
  res.end(body);
}

export class DiscordHttpEndpoint {
  readonly #key: KeyObject;
  readonly #server: Server;
  readonly #inflight = new Set<Promise<void>>();
  readonly #replays: ReplayGuard;
  readonly #now: () => number;
  #stopping = false;
  #port: number | undefined;

  constructor(readonly opts: HttpEndpointOptions) {
    this.#key = discordPublicKey(opts.publicKey);
    this.#now = opts.now ?? Date.now;
    this.#replays = new ReplayGuard(REPLAY_WINDOW_MS, this.#now, opts.replays);
    const deps: HttpInteractionDeps = { ...opts.deps, stopping: () => this.#stopping };
    this.#server = createServer((req, res) => {
      this.#handle(req, res, deps).catch((err: unknown) => {
        opts.log.error({ err: (err as Error)?.message }, 'discord http: handling an interaction failed');
        if (!res.headersSent) reply(res, 500);
      });
    });
    this.#server.keepAliveTimeout = 65_000;
  }

  get port(): number | undefined {
    return this.#port;
  }

  /** Bytes of a body up to the limit; undefined (and the socket drained no further) when over it. */
  #read(req: IncomingMessage): Promise<Buffer | undefined> {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) return Promise.resolve(undefined);
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_BODY_BYTES) {
          req.removeAllListeners('data');
          req.pause();
          resolve(undefined);
        } else chunks.push(c);
      });
      req.on('end', () => resolve(Buffer.concat(chunks)));
      req.on('error', reject);
    });
  }

  async #handle(req: IncomingMessage, res: ServerResponse, deps: HttpInteractionDeps): Promise<void> {
    if ((req.url ?? '').split('?')[0] !== INTERACTIONS_PATH) {
      if (!this.opts.routes?.(req, res)) reply(res, 404);
      return;
    }
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return reply(res, 405);
    }
    const body = await this.#read(req);
    if (!body) {
      res.setHeader('connection', 'close');
      return reply(res, 413);
    }
    const sig = req.headers['x-signature-ed25519'];
    const ts = req.headers['x-signature-timestamp'];
    if (!verifyInteraction(this.#key, typeof sig === 'string' ? sig : undefined, typeof ts === 'string' ? ts : undefined, body)) {
      return reply(res, 401, Buffer.from('{"error":"invalid request signature"}'));
    }
    if (Math.abs(this.#now() - Number(ts) * 1000) > REPLAY_WINDOW_MS) {
      return reply(res, 401, Buffer.from('{"error":"request timestamp outside the replay window"}'));
    }
    let raw: unknown;
    try {
      raw = JSON.parse(body.toString('utf8'));
    } catch {
      return reply(res, 400);
    }
    const parsed = RawInteraction.safeParse(raw);
    if (!parsed.success) return reply(res, 400);
    if (await this.#replays.replayed(`discord:${parsed.data.id}`)) {
      this.opts.log.warn('discord http: ignored a replayed interaction (id seen within the replay window)');
      return reply(res, 409, Buffer.from('{"error":"interaction already received"}'));
    }
    const outcome = await handleHttpInteraction(deps, parsed.data);
    if (!outcome) return reply(res, 400);
    reply(res, 200, bytesOf(outcome.response));
    if (outcome.after) this.#track(outcome.after);
  }

  #track(p: Promise<void>): void {
    const done = p.catch((err: unknown) => {
      this.opts.log.warn({ err: (err as Error)?.message }, 'discord http: sending a follow-up failed');
    }).finally(() => this.#inflight.delete(done));
    this.#inflight.add(done);
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(this.opts.port, this.opts.host ?? '0.0.0.0', () => {
        this.#server.off('error', reject);
        resolve();
      });
    });
    this.#port = (this.#server.address() as AddressInfo).port;
    this.opts.log.info({ port: this.#port, path: INTERACTIONS_PATH }, 'discord: HTTP interactions endpoint listening');
  }

  /** Refuses new interactions politely, finishes follow-ups in flight (bounded), closes. */
  async stop(timeoutMs = 8_000): Promise<void> {
    this.#stopping = true;
    const deadline = new Promise((r) => setTimeout(r, timeoutMs).unref());
    await Promise.race([Promise.allSettled([...this.#inflight]), deadline]);
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    this.#server.closeIdleConnections();
    // A client holding a keep-alive connection open must not hold up shutdown.
    setTimeout(() => this.#server.closeAllConnections(), 1_000).unref();
    await closed;
  }
}
