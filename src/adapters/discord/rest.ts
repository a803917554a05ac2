// One REST client setup for the bot, the delivery target and the CLI: API base from DISCORD_API_URL
// (a proxy, or the loopback fake in tests), and every 429 counted in the metrics. discord.js's REST
// itself waits out `Retry-After` and retries, per route bucket and against the global limit.
import { REST, type RESTOptions } from 'discord.js';
import type { Dispatcher } from 'undici';
import type { Logger } from '../../ops/log.js';
import type { Metrics } from '../../ops/metrics.js';
import { ReachabilityLog } from '../../ops/proxy.js';

/** `http://127.0.0.1:1234/api` or `https://discord.com/api` (the REST client appends `/v10`). */
export function apiBase(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return url.replace(/\/+$/, '').replace(/\/v\d+$/, '');
}

/** Options for discord.js's REST (and Client `rest` option). */
export function restOptions(api: string | undefined, proxy?: Dispatcher): Partial<RESTOptions> {
  const base = apiBase(api);
  // discord.js's REST retries network failures itself (with backoff); `agent` routes it via HTTPS_PROXY.
  // The proxy agent is undici 7's and discord.js bundles undici 6: the dispatcher contract
  // (dispatch with a handler) is the same at run time, only the declared types differ
  // (test/ops/proxy.test.ts sends Discord REST calls through it).
  return { ...(base ? { api: base } : {}), timeout: 15_000, retries: 3, ...(proxy ? { agent: proxy as unknown as RESTOptions['agent'] } : {}) };
}

/** One "Discord unreachable" report per outage and process, whichever client (or login attempt) hit it. */
const reachability = new WeakMap<Logger, ReachabilityLog>();

/** Reports an unreachable Discord API once per outage (host and hint), not on every retry. */
export function watchReachability(rest: REST, log: Logger, proxy: string | undefined): void {
  let reach = reachability.get(log);
  if (!reach) reachability.set(log, (reach = new ReachabilityLog(log, 'Discord', proxy)));
  const r = reach;
  const inner = rest.options.makeRequest;
  const watched: typeof inner = async (url, init) => {
    try {
      const res = await inner(url, init);
      r.succeeded(url);
      return res;
    } catch (error) {
      r.failed(url, error);
      throw error;
    }
  };
  (rest.options as { makeRequest: typeof inner }).makeRequest = watched;
}

/** Counts 429 responses (rate-limit hits Discord actually answered) without touching the request path. */
export function countRateLimits(rest: REST, metrics: Metrics | undefined): void {
  if (!metrics) return;
  const inner = rest.options.makeRequest;
  const counted: typeof inner = async (url, init) => {
    const res = await inner(url, init);
    if (res.status === 429) metrics.rateLimited.inc({ platform: 'discord' });
    return res;
  };
  (rest.options as { makeRequest: typeof inner }).makeRequest = counted;
}

export function createRest(token: string, api: string | undefined, metrics?: Metrics, proxy?: Dispatcher): REST {
  const rest = new REST(restOptions(api, proxy)).setToken(token);
  countRateLimits(rest, metrics);
  return rest;
}
