// One REST client setup for the bot, the delivery target and the CLI: API base from DISCORD_API_URL
// (a proxy, or the loopback fake in tests), and every 429 counted in the metrics. discord.js's REST
// itself waits out `Retry-After` and retries, per route bucket and against the global limit.
// Interaction callbacks go around it while Discord accepts them (callback.ts), over the same agent.
import { createRequire } from 'node:module';
import { REST, type RESTOptions } from 'discord.js';
import type { Logger } from '../../ops/log.js';
import type { Metrics } from '../../ops/metrics.js';
import { proxyUrlFor, ReachabilityLog, type ProxySettings } from '../../ops/proxy.js';

/** `http://127.0.0.1:1234/api` or `https://discord.com/api` (the REST client appends `/v10`). */
export function apiBase(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return url.replace(/\/+$/, '').replace(/\/v\d+$/, '');
}

/**
 * discord.js's REST runs on its own undici (6), and its requests must go through a dispatcher of
 * that same undici: a multipart body (chart uploads) handed to another undici's dispatcher fails
 * ("action is not a function"). Without an explicit agent it would use the process-wide global
 * dispatcher, which belongs to whichever undici loaded first — undici 7 once Bolt or the proxy
 * module is loaded. So REST always gets an agent of its own undici: a ProxyAgent when the API host
 * is to be proxied (the same HTTPS_PROXY/NO_PROXY rules as everything else), an Agent otherwise.
 */
type RestUndici = { Agent: new () => unknown; ProxyAgent: new (uri: string) => unknown };
let restUndici: RestUndici | undefined;
const restAgents = new Map<string, unknown>();
const undiciOfRest = (): RestUndici => (restUndici ??= createRequire(createRequire(import.meta.url).resolve('@discordjs/rest'))('undici') as RestUndici);

function restAgent(apiUrl: string, proxy: ProxySettings): RESTOptions['agent'] {
  const undici = undiciOfRest();
  const via = proxyUrlFor(apiUrl, proxy) ?? '';
  let agent = restAgents.get(via);
  if (!agent) restAgents.set(via, (agent = via ? new undici.ProxyAgent(via) : new undici.Agent()));
  return agent as RESTOptions['agent'];
}

/**
 * What countRateLimits and watchReachability observe of each response, for the requests callback.ts
 * sends beside discord.js's REST (and so beside the makeRequest they wrap).
 */
const observers = new WeakMap<REST, ((url: string, status: number) => void)[]>();
const observe = (rest: REST, o: (url: string, status: number) => void): void => {
  const list = observers.get(rest);
  if (list) list.push(o);
  else observers.set(rest, [o]);
};
export function responded(rest: REST, url: string, status: number): void {
  for (const o of observers.get(rest) ?? []) o(url, status);
}

/** Options for discord.js's REST (and Client `rest` option). */
export function restOptions(api: string | undefined, proxy: ProxySettings = {}): Partial<RESTOptions> {
  const base = apiBase(api);
  // discord.js's REST retries network failures itself (with backoff).
  return { ...(base ? { api: base } : {}), timeout: 15_000, retries: 3, agent: restAgent(base ?? 'https://discord.com/api', proxy) };
}

/** One "Discord unreachable" report per outage and process, whichever client (or login attempt) hit it. */
const reachability = new WeakMap<Logger, ReachabilityLog>();

/** Reports an unreachable Discord API once per outage (host and hint), not on every retry. */
export function watchReachability(rest: REST, log: Logger, proxy: string | undefined): void {
  let reach = reachability.get(log);
  if (!reach) reachability.set(log, (reach = new ReachabilityLog(log, 'Discord', proxy)));
  const r = reach;
  observe(rest, (url) => r.succeeded(url));
  const inner = rest.options.makeRequest;
  // Every REST call passes here: a plain .then, not another async frame per request.
  const watched: typeof inner = (url, init) => inner(url, init).then((res) => {
    r.succeeded(url);
    return res;
  }, (error: unknown) => {
    r.failed(url, error);
    throw error;
  });
  (rest.options as { makeRequest: typeof inner }).makeRequest = watched;
}

/** Counts 429 responses (rate-limit hits Discord actually answered) without touching the request path. */
export function countRateLimits(rest: REST, metrics: Metrics | undefined): void {
  if (!metrics) return;
  observe(rest, (_url, status) => {
    if (status === 429) metrics.rateLimited.inc({ platform: 'discord' });
  });
  const inner = rest.options.makeRequest;
  const counted: typeof inner = (url, init) => inner(url, init).then((res) => {
    if (res.status === 429) metrics.rateLimited.inc({ platform: 'discord' });
    return res;
  });
  (rest.options as { makeRequest: typeof inner }).makeRequest = counted;
}

/**
 * A REST client for the interaction-token webhook routes (the deferred message's edit and deletion,
 * follow-ups): the same options as `rest` (base, agent, timeout, retries, and the request wrappers
 * countRateLimits and watchReachability installed), without discord.js's client-side global limit.
 * discord.js counts every request but the callback against 50 a second and holds the rest back until
 * the next second, yet Discord does not bind interaction endpoints to the global rate limit
 * (discord/discord-api-docs#4416). On the Discord bench the follow-ups of long answers used up those
 * 50 within half a second, and the answers of deferred commands then waited 0.5–0.8 s for the next
 * second. Route buckets (X-RateLimit headers) and 429s, a global one included, still hold these back.
 */
export function interactionRest(rest: REST): REST {
  return new REST({ ...rest.options, agent: rest.agent, globalRequestsPerSecond: Number.POSITIVE_INFINITY });
}

export function createRest(token: string, api: string | undefined, metrics?: Metrics, proxy?: ProxySettings): REST {
  const rest = new REST(restOptions(api, proxy)).setToken(token);
  countRateLimits(rest, metrics);
  return rest;
}
