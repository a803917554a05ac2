// PLACEHOLDER — owned by the LLM helper: tool-calling answers when a model is configured.
import type { Config } from '../../config.js';
import type { Logger } from '../../ops/log.js';
import type { Metrics } from '../../ops/metrics.js';
import type { CommandCore } from '../../commands/core.js';
import type { CommandServices } from '../../commands/types.js';

export interface AskDeps {
  config: Config;
  log: Logger;
  metrics: Metrics;
  core: CommandCore;
}

/** Returns the LLM-backed ask service, or undefined when no model is configured (offline router answers). */
export function createAsk(_deps: AskDeps): CommandServices['ask'] {
  return undefined;
}
