// Outbound HTTP through a corporate proxy. Node 20's fetch ignores HTTPS_PROXY, so Slack's Web API,
// Discord's REST API (and interaction webhooks) and the language model would all try to connect
// directly and fail behind a firewall. With HTTPS_PROXY (or HTTP_PROXY) set, Slack and the model go
// through undici's EnvHttpProxyAgent, which also honours NO_PROXY. undici 7 (not 6, whose
// EnvHttpProxyAgent printed an ExperimentalWarning at every start with a proxy) is also the undici of
// Slack's Socket Mode client, so one dispatcher serves its websocket too. Discord's REST needs an
// agent of its own undici 6 (adapters/discord/rest.ts) and its gateway an http.Agent
// (gateway-proxy.ts); proxyUrlFor applies the same rules to both.
import { EnvHttpProxyAgent, fetch as undiciFetch, type Dispatcher } from 'undici';
import pRetry from 'p-retry';
import type { Logger } from './log.js';

export interface ProxySettings {
  HTTPS_PROXY?: string | undefined;
  HTTP_PROXY?: string | undefined;
  NO_PROXY?: string | undefined;
}

let shared: { key: string; agent: Dispatcher } | undefined;

/** One proxy-aware dispatcher per proxy configuration, or undefined when no proxy is set. */
export function proxyDispatcher(s: ProxySettings): Dispatcher | undefined {
  if (!s.HTTPS_PROXY && !s.HTTP_PROXY) return undefined;
  const key = `${s.HTTPS_PROXY ?? ''}|${s.HTTP_PROXY ?? ''}|${s.NO_PROXY ?? ''}`;
  if (shared?.key !== key) {
    shared = {
      key,
      // Explicit values: the validated configuration decides, not whatever else is in process.env.
      agent: new EnvHttpProxyAgent({ httpsProxy: s.HTTPS_PROXY ?? '', httpProxy: s.HTTP_PROXY ?? '', noProxy: s.NO_PROXY ?? '' }),
    };
  }
  return shared.agent;
}

export type FetchLike = (url: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** fetch through the proxy when one is set; the global fetch otherwise. */
export function proxiedFetch(s: ProxySettings): FetchLike {
  const dispatcher = proxyDispatcher(s);
  if (!dispatcher) return (url, init) => globalThis.fetch(url, init);
  return (url, init) => undiciFetch(url as Parameters<typeof undiciFetch>[0], { ...(init as Parameters<typeof undiciFetch>[1]), dispatcher }) as unknown as Promise<Response>;
}

/**
 * The proxy a connection to `target` goes through, or undefined for a direct one: HTTPS_PROXY (else
 * HTTP_PROXY) for https/wss, HTTP_PROXY for http/ws, none for a NO_PROXY host. For the websockets,
 * which cannot take undici's dispatcher; the rules are EnvHttpProxyAgent's, so a host is proxied or
 * not alike for its HTTP calls and its websocket. (proxy-from-env has the same rules but reads
 * process.env; here the validated configuration decides.)
 */
export function proxyUrlFor(target: string, s: ProxySettings): string | undefined {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return undefined;
  }
  const secure = url.protocol === 'https:' || url.protocol === 'wss:';
  const proxy = secure ? s.HTTPS_PROXY ?? s.HTTP_PROXY : s.HTTP_PROXY;
  if (!proxy || bypassed(url, secure, s.NO_PROXY ?? '')) return undefined;
  return proxy;
}

/** NO_PROXY: `*`, or entries `host`, `.domain`, `*.domain`, each with an optional `:port`. */
function bypassed(url: URL, secure: boolean, noProxy: string): boolean {
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const port = Number(url.port || (secure ? 443 : 80));
  for (const raw of noProxy.split(/[,\s]+/)) {
    if (!raw) continue;
    if (raw === '*') return true;
    // A bare IPv6 address ("::1") has no port; "[::1]:8080" and "host:8080" may.
    const bareV6 = !raw.startsWith('[') && raw.split(':').length > 2;
    const m = bareV6 ? [raw, raw.toLowerCase(), undefined] : /^(.*?)(?::(\d+))?$/.exec(raw.toLowerCase())!;
    const entry = (m[1] ?? '').replace(/^\*?\./, '').replace(/^\[|\]$/g, '');
    if (m[2] && Number(m[2]) !== port) continue;
    if (host === entry || host.endsWith(`.${entry}`)) return true;
  }
  return false;
}

/** The proxy URL without credentials, for logs. */
export function proxyForLog(s: ProxySettings): string | undefined {
  const raw = s.HTTPS_PROXY ?? s.HTTP_PROXY;
  if (!raw) return undefined;
  try {
    const u = new URL(raw);
    return `${u.protocol}//${u.host}`;
  } catch {
    return 'set';
  }
}

/**
 * Reports an unreachable platform once per outage: the first network failure to a host is logged
 * as a warning with the host and what to check; repeats stay quiet (debug) until a request to that
 * host succeeds again, which is logged as recovered. Retrying (with backoff) is the caller's.
 */
export class ReachabilityLog {
  readonly #down = new Map<string, number>();

  constructor(private readonly log: Logger, private readonly platform: string, private readonly proxy: string | undefined) {}

  failed(url: string, error: unknown): void {
    const host = hostOf(url);
    const n = (this.#down.get(host) ?? 0) + 1;
    this.#down.set(host, n);
    const cause = causeOf(error);
    if (n > 1) {
      this.log.debug({ host, cause, failures: n }, `${this.platform} still unreachable`);
      return;
    }
    const hint = this.proxy
      ? `check that the proxy ${this.proxy} (HTTPS_PROXY) is reachable and allows ${host}`
      : `check the network and firewall; behind a corporate proxy set HTTPS_PROXY`;
    this.log.warn({ host, cause, ...(this.proxy ? { proxy: this.proxy } : {}) }, `${this.platform} unreachable at ${host} (${cause}); retrying with backoff — ${hint}`);
  }

  succeeded(url: string): void {
    // Called on every request: parse the URL only while some host is down.
    if (this.#down.size === 0) return;
    const host = hostOf(url);
    const n = this.#down.get(host);
    if (n === undefined) return;
    this.#down.delete(host);
    this.log.info({ host, failures: n }, `${this.platform} reachable again at ${host}`);
  }
}

/**
 * Runs `attempt` until it succeeds, retrying with exponential backoff (from `minMs`, doubling, up
 * to a minute, jittered) for as long as the failure is an unreachable host; anything the host
 * answered is thrown at once. `signal` stops the retrying. The outage itself is logged by the
 * clients' ReachabilityLog, once.
 */
export function whenReachable<T>(attempt: () => Promise<T>, opts: { signal?: AbortSignal; minMs?: number; beforeRetry?: (error: Error) => unknown } = {}): Promise<T> {
  return pRetry(attempt, {
    retries: Number.POSITIVE_INFINITY,
    factor: 2,
    minTimeout: opts.minMs ?? 1_000,
    maxTimeout: 60_000,
    randomize: true,
    ...(opts.signal ? { signal: opts.signal } : {}),
    shouldRetry: ({ error }) => isUnreachable(error),
    onFailedAttempt: async ({ error }) => {
      if (isUnreachable(error) && !opts.signal?.aborted) await opts.beforeRetry?.(error);
    },
  });
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE',
  'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_SOCKET',
]);

/** The host did not answer at all (refused, unresolvable, timed out, cut off): worth retrying later. */
export function isUnreachable(error: unknown): boolean {
  const e = error as { name?: unknown; code?: unknown; cause?: { code?: unknown; name?: unknown } } | undefined;
  if (!e || typeof e !== 'object') return false;
  const code = e.cause?.code ?? e.code;
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
  // discord.js's REST aborts a request that exceeds its timeout.
  return e.name === 'AbortError' || e.name === 'TimeoutError' || e.cause?.name === 'AbortError' || e.cause?.name === 'TimeoutError';
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'unknown host';
  }
}

/** "ECONNREFUSED", "ENOTFOUND", "UND_ERR_CONNECT_TIMEOUT" … from fetch's "fetch failed" TypeError. */
function causeOf(error: unknown): string {
  const e = error as { cause?: { code?: unknown; message?: unknown }; code?: unknown; message?: unknown };
  const code = e?.cause?.code ?? e?.code;
  if (typeof code === 'string') return code;
  const msg = e?.cause?.message ?? e?.message;
  return typeof msg === 'string' ? msg.slice(0, 120) : 'network error';
}
