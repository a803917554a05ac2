// Interaction responses (POST /interactions/:id/:token/callback) sent straight over the REST
// client's own HTTP agent. The response to a command is the bot's most frequent request, and
// discord.js's REST spends more CPU on one (route data, its handler queue, an AbortController and a
// timer per attempt, WHATWG headers, response parsing: about 45 µs a request on the bench machine)
// than the rest of a cached answer. None of that is needed to send it: discord.js sends this route
// through its BurstHandler, which has no bucket to wait for and only reacts to a 429. So a request
// Discord answers with success costs one undici dispatch; anything else goes on as before:
// - a 429 is counted, waited out (Retry-After plus the REST client's offset) and the request then
//   handed to the REST client, which waits out any further 429 itself;
// - a 5xx, a timeout or a network failure: handed to the REST client, which retries under its own
//   policy (as it would have retried these);
// - any other status: the DiscordAPIError the REST client would throw, without sending again.
// Same URL, agent (and so proxy), headers, body and timeout as the REST client's own request.
// The request is dispatched with a handler of our own rather than undici's `request`, which parsed
// the URL again and wrapped every response, even an empty 204, in a Readable stream to be dumped
// (about 8 µs CPU per callback on the bench machine).
import { setTimeout as sleep } from 'node:timers/promises';
import { DefaultUserAgent, DiscordAPIError, type REST } from 'discord.js';
import { responded } from './rest.js';

/** The REST client's bucket route for callbacks (its rate-limit offset may depend on it). */
const BUCKET_ROUTE = '/interactions/:id/:token/callback';
const JSON_HEADERS = { 'Content-Type': 'application/json' };

/** What a callback's outcome needs of the response: its status, and for a failure its headers and body. */
interface Outcome {
  status: number;
  headers: Buffer[];
  body: Buffer[];
  /** A failure while the body was read, after the status arrived. */
  error?: Error;
}

/** The part of undici 6's Dispatcher (the REST client's agent) used here. */
interface Dispatcher {
  dispatch(opts: {
    origin: string; path: string; method: 'POST'; body: Buffer | string; headers: Record<string, string>;
    headersTimeout: number; bodyTimeout: number;
  }, handler: OutcomeHandler): boolean;
}

/** An undici dispatch handler that keeps a failure's headers and body, and nothing of a success. */
class OutcomeHandler {
  #outcome: Outcome | undefined;

  constructor(private readonly resolve: (o: Outcome) => void, private readonly reject: (err: Error) => void) {}

  onConnect(): void {}

  onHeaders(status: number, headers: Buffer[]): boolean {
    // Informational responses are skipped, as undici's `request` skips them.
    if (status >= 200) this.#outcome = { status, headers: status >= 300 ? headers : [], body: [] };
    return true;
  }

  onData(chunk: Buffer): boolean {
    const o = this.#outcome;
    if (o && o.status >= 300) o.body.push(chunk);
    return true;
  }

  onComplete(): void {
    this.resolve(this.#outcome!);
  }

  onError(err: Error): void {
    // Before the status: the request failed. After it: the response stands, and the error matters only
    // where its body is read (as the dumped body of a success or a retry never failed the request).
    if (this.#outcome) this.resolve({ ...this.#outcome, error: err });
    else this.reject(err);
  }
}

/** A header as undici's `request` gave it (names case-insensitive, repeated values joined). */
function header(raw: Buffer[], name: string): string | undefined {
  let out: string | undefined;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    if (raw[i]!.toString('latin1').toLowerCase() !== name) continue;
    const v = raw[i + 1]!.toString('utf8');
    out = out === undefined ? v : `${out}, ${v}`;
  }
  return out;
}

/** The body as text, as undici's `body.text()` decodes it (UTF-8, a byte order mark skipped). */
function text(chunks: Buffer[]): string {
  const b = Buffer.concat(chunks);
  return b.toString('utf8', b.length > 2 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0);
}

/** A route whose path URL parsing leaves as it is: segments of letters, digits, `_` and `-` only. */
const PLAIN_ROUTE = /^(?:\/[\w-]+)+$/;

export class CallbackSender {
  readonly #headers: Record<string, string>;
  /** Origin and path prefix of the API base, parsed once (undici parsed the whole URL per request). */
  #base: { api: string; version: string; parsed: { origin: string; path: string } | null } | undefined;

  constructor(private readonly rest: REST) {
    const o = rest.options;
    this.#headers = { ...o.headers, ...JSON_HEADERS, 'User-Agent': `${DefaultUserAgent} ${o.userAgentAppendix}`.trim() };
  }

  /** POSTs a callback's JSON body to its route (Routes.interactionCallback); resolves once Discord has it. */
  send(route: `/${string}`, body: Buffer | string): Promise<void> {
    const { rest } = this;
    const agent = rest.agent as Dispatcher | null;
    if (!agent) return this.#viaRest(route, body);
    const url = `${rest.options.api}/v${rest.options.version}${route}`;
    const timeout = rest.options.timeout;
    return new Promise<Outcome>((resolve, reject) => {
      const { origin, path } = this.#target(url, route);
      agent.dispatch({ origin, path, method: 'POST', body, headers: this.#headers, headersTimeout: timeout, bodyTimeout: timeout }, new OutcomeHandler(resolve, reject));
    }).then((res) => this.#settle(route, url, body, res), () => this.#viaRest(route, body));
  }

  /** Where undici sends `url`: the origin, and the path as URL parsing normalises it. */
  #target(url: string, route: string): { origin: string; path: string } {
    const base = this.#baseOf(this.rest.options.api, this.rest.options.version);
    if (base && PLAIN_ROUTE.test(route)) return { origin: base.origin, path: base.path + route };
    const u = new URL(url);
    return { origin: u.origin, path: u.search ? `${u.pathname}${u.search}` : u.pathname };
  }

  /** The parsed API base, when appending a plain route to it needs no parsing (it is in normal form). */
  #baseOf(api: string, version: string): { origin: string; path: string } | null {
    const b = this.#base;
    if (b !== undefined && b.api === api && b.version === version) return b.parsed;
    const href = `${api}/v${version}`;
    let u: URL | undefined;
    try {
      u = new URL(href);
    } catch {
      u = undefined;
    }
    const parsed = u && u.href === href && !u.search && !u.hash ? { origin: u.origin, path: u.pathname } : null;
    this.#base = { api, version, parsed };
    return parsed;
  }

  async #settle(route: `/${string}`, url: string, body: Buffer | string, res: Outcome): Promise<void> {
    const status = res.status;
    responded(this.rest, url, status);
    if (status >= 200 && status < 300) return;
    if (status === 429 || status >= 500) {
      const retry = status === 429 ? header(res.headers, 'retry-after') : undefined;
      if (retry) await sleep(Number(retry) * 1_000 + this.#offset());
      return this.#viaRest(route, body);
    }
    if (res.error) throw res.error;
    const raw = text(res.body);
    const data = (header(res.headers, 'content-type')?.startsWith('application/json') ? JSON.parse(raw) : new TextEncoder().encode(raw).buffer) as Record<string, unknown>;
    const code = 'code' in data ? data.code : data.error;
    throw new DiscordAPIError(data as never, code as never, status, 'POST', url, { body, files: undefined });
  }

  #offset(): number {
    const offset = this.rest.options.offset;
    return Math.max(0, typeof offset === 'number' ? offset : offset(BUCKET_ROUTE));
  }

  #viaRest(route: `/${string}`, body: Buffer | string): Promise<void> {
    return this.rest.post(route, { body, passThroughBody: true, headers: JSON_HEADERS, auth: false }).then(() => undefined);
  }
}
