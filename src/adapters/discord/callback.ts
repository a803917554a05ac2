// Interaction responses (POST /interactions/:id/:token/callback) sent straight over the REST
// client's own HTTP agent. The response to a command is the bot's most frequent request, and
// discord.js's REST spends more CPU on one (route data, its handler queue, an AbortController and a
// timer per attempt, WHATWG headers, response parsing: about 45 µs a request on the bench machine)
// than the rest of a cached answer. None of that is needed to send it: discord.js sends this route
// through its BurstHandler, which has no bucket to wait for and only reacts to a 429. So a request
// Discord answers with success costs one undici request; anything else goes on as before:
// - a 429 is counted, waited out (Retry-After plus the REST client's offset) and the request then
//   handed to the REST client, which waits out any further 429 itself;
// - a 5xx, a timeout or a network failure: handed to the REST client, which retries under its own
//   policy (as it would have retried these);
// - any other status: the DiscordAPIError the REST client would throw, without sending again.
// Same URL, agent (and so proxy), headers, body and timeout as the REST client's own request.
import { setTimeout as sleep } from 'node:timers/promises';
import { DefaultUserAgent, DiscordAPIError, type REST } from 'discord.js';
import { responded, restRequest, type UndiciResponse } from './rest.js';

/** The REST client's bucket route for callbacks (its rate-limit offset may depend on it). */
const BUCKET_ROUTE = '/interactions/:id/:token/callback';
const JSON_HEADERS = { 'Content-Type': 'application/json' };

const header = (res: UndiciResponse, name: string): string | undefined => {
  const v = res.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
};

export class CallbackSender {
  readonly #headers: Record<string, string>;

  constructor(private readonly rest: REST) {
    const o = rest.options;
    this.#headers = { ...o.headers, ...JSON_HEADERS, 'User-Agent': `${DefaultUserAgent} ${o.userAgentAppendix}`.trim() };
  }

  /** POSTs a callback's JSON body to its route (Routes.interactionCallback); resolves once Discord has it. */
  send(route: `/${string}`, body: Buffer | string): Promise<void> {
    const { rest } = this;
    if (!rest.agent) return this.#viaRest(route, body);
    const url = `${rest.options.api}/v${rest.options.version}${route}`;
    const timeout = rest.options.timeout;
    return restRequest(url, { method: 'POST', body, headers: this.#headers, dispatcher: rest.agent, headersTimeout: timeout, bodyTimeout: timeout })
      .then((res) => this.#settle(route, url, body, res), () => this.#viaRest(route, body));
  }

  async #settle(route: `/${string}`, url: string, body: Buffer | string, res: UndiciResponse): Promise<void> {
    const status = res.statusCode;
    responded(this.rest, url, status);
    if (status >= 200 && status < 300) return res.body.dump();
    if (status === 429 || status >= 500) {
      await res.body.dump();
      const retry = status === 429 ? header(res, 'retry-after') : undefined;
      if (retry) await sleep(Number(retry) * 1_000 + this.#offset());
      return this.#viaRest(route, body);
    }
    const text = await res.body.text();
    const data = (header(res, 'content-type')?.startsWith('application/json') ? JSON.parse(text) : new TextEncoder().encode(text).buffer) as Record<string, unknown>;
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
