// Outbound HTTP through a corporate proxy. Node 20's fetch ignores HTTPS_PROXY, so Slack's Web API,
// Discord's REST API (and interaction webhooks) and the language model would all try to connect
// directly and fail behind a firewall. With HTTPS_PROXY (or HTTP_PROXY) set, every one of them goes
// through undici's EnvHttpProxyAgent, which also honours NO_PROXY. undici 7 (not 6, whose
// EnvHttpProxyAgent printed an ExperimentalWarning at every start with a proxy) is also the undici of
// Slack's Socket Mode client, so one dispatcher serves its websocket too.
import { EnvHttpProxyAgent, fetch as undiciFetch, type Dispatcher } from 'undici';
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
    const host = hostOf(url);
    const n = this.#down.get(host);
    if (n === undefined) return;
    this.#down.delete(host);
    this.log.info({ host, failures: n }, `${this.platform} reachable again at ${host}`);
  }
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
