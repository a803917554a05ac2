// Web API client settings shared by replies, uploads and digest delivery.
import { webApi } from '@slack/bolt';
import type { Config } from '../../config.js';
import type { Logger } from '../../ops/log.js';
import type { Metrics } from '../../ops/metrics.js';
import { boltLogger } from './bolt-logger.js';
import { proxiedFetch, proxyForLog, ReachabilityLog } from '../../ops/proxy.js';

/** One "Slack unreachable" report per outage and process, whichever client hit it. */
const reachability = new WeakMap<Logger, ReachabilityLog>();

/** fetch through HTTPS_PROXY when set, reporting an unreachable Slack once with the host and a hint. */
export function slackFetch(config: Config, log: Logger, inner?: webApi.FetchFunction): webApi.FetchFunction {
  let reach = reachability.get(log);
  if (!reach) reachability.set(log, (reach = new ReachabilityLog(log, 'Slack', proxyForLog(config))));
  const r = reach;
  const next: webApi.FetchFunction = inner ?? (proxiedFetch(config) as unknown as webApi.FetchFunction);
  return async (url, init) => {
    try {
      const res = await next(url, init);
      r.succeeded(String(url));
      return res;
    } catch (error) {
      r.failed(String(url), error);
      throw error;
    }
  };
}

export type WebClient = webApi.WebClient;
export type WebClientOptions = webApi.WebClientOptions;

/** "http://127.0.0.1:4000" or ".../api" → ".../api/" as the WebClient expects. */
export function apiUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.replace(/\/+$/, '');
  return trimmed.endsWith('/api') ? `${trimmed}/` : `${trimmed}/api/`;
}

/**
 * Counts every HTTP 429 Slack answers (Web API and response_url alike) before the client reacts to
 * it, so lodestone_platform_rate_limited_total sees them all.
 */
export function countingFetch(metrics: Metrics, inner?: webApi.FetchFunction): webApi.FetchFunction {
  const next: webApi.FetchFunction = inner ?? ((url, init) => globalThis.fetch(url, init as RequestInit));
  return async (url, init) => {
    const res = await next(url, init);
    if (res.status === 429) metrics.rateLimited.inc({ platform: 'slack' });
    return res;
  };
}

/**
 * The client that sends interactive answers (thread replies, uploads). A 429 pauses it for the
 * Retry-After Slack sends and then retries; 5xx and network errors are retried with backoff. Both
 * stay bounded, because a user is waiting.
 */
export function replyClientOptions(deps: { config: Config; log: Logger; metrics: Metrics }, overrides: WebClientOptions = {}): WebClientOptions {
  const slackApiUrl = apiUrl(deps.config.SLACK_API_URL);
  return {
    logger: boltLogger(deps.log),
    retryConfig: { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5_000, randomize: true },
    rejectRateLimitedCalls: false,
    timeout: 10_000,
    ...(slackApiUrl ? { slackApiUrl } : {}),
    ...overrides,
    fetch: countingFetch(deps.metrics, slackFetch(deps.config, deps.log, overrides.fetch)),
  };
}

/**
 * The client for scheduled digests. A 429 is not waited out inside the client: it surfaces at once
 * as a DeliveryError carrying Retry-After, so the scheduler, which paces the whole fan-out, decides
 * when to try again. No automatic retry of a post either: a 5xx may hide a message that was
 * posted, and only the scheduler (with findPosted) can tell.
 */
export function deliveryClientOptions(deps: { config: Config; log: Logger; metrics: Metrics }, overrides: WebClientOptions = {}): WebClientOptions {
  return replyClientOptions(deps, { ...overrides, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
}

export function createWebClient(token: string | undefined, options: WebClientOptions): WebClient {
  return new webApi.WebClient(token, options);
}
