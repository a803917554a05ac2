// The LLM seam: with OPENAI_API_KEY set, questions are answered by tool calling over the command
// registry (service.ts); without it, nothing is created and the offline router answers.
import OpenAI from 'openai';
import type { Config } from '../../config.js';
import type { Logger } from '../../ops/log.js';
import type { Metrics } from '../../ops/metrics.js';
import type { CommandCore } from '../../commands/core.js';
import type { CommandServices } from '../../commands/types.js';
import { secretValues } from '../../ops/log.js';
import { proxiedFetch, proxyDispatcher } from '../../ops/proxy.js';
import { ModelClient } from './model.js';
import { AskService, type AskSettings } from './service.js';

export { AskService } from './service.js';
export type { AskOutcome, AskTrace, AskPath } from './service.js';

export interface AskDeps {
  config: Config;
  log: Logger;
  metrics: Metrics;
  core: CommandCore;
}

/** The service itself (the eval and the benchmark read its traces); undefined without a key. */
export function createAskService(deps: AskDeps, overrides: Partial<AskSettings> = {}): AskService | undefined {
  const { config } = deps;
  if (!config.OPENAI_API_KEY) return undefined;
  const client = new OpenAI({
    apiKey: config.OPENAI_API_KEY,
    ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
    timeout: config.OPENAI_TIMEOUT_MS,
    // Retries are ours (model.ts): bounded, never on 429, and inside the question's deadline.
    maxRetries: 0,
    // Through HTTPS_PROXY / HTTP_PROXY when set (NO_PROXY honoured), e.g. for a model behind a corporate proxy.
    ...(proxyDispatcher(config) ? { fetch: proxiedFetch(config) } : {}),
  });
  const log = deps.log.child({ component: 'ask' });
  const model = new ModelClient(client, {
    model: config.OPENAI_MODEL,
    compatibleServer: Boolean(config.OPENAI_BASE_URL),
    timeoutMs: config.OPENAI_TIMEOUT_MS,
    maxRetries: config.OPENAI_MAX_RETRIES,
    metrics: deps.metrics,
    log,
  });
  return new AskService(deps.core, model, {
    strictTools: config.OPENAI_STRICT_TOOLS,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
    userPerMinute: config.ASK_USER_PER_MINUTE,
    channelPerMinute: config.ASK_CHANNEL_PER_MINUTE,
    secrets: secretValues(config),
    ...overrides,
  }, log);
}

/** Returns the LLM-backed ask service, or undefined when no model is configured (offline router answers). */
export function createAsk(deps: AskDeps): CommandServices['ask'] {
  const service = createAskService(deps);
  if (!service) return undefined;
  return async (question, ctx) => (await service.answer(question, ctx)).reply;
}
