// PLACEHOLDER — owned by the briefings helper: digest service and scheduler.
import type { Config } from '../config.js';
import type { Logger } from '../ops/log.js';
import type { Metrics } from '../ops/metrics.js';
import type { CommandCore } from '../commands/core.js';
import type { DigestService } from '../commands/types.js';
import type { Store } from '../store/index.js';
import type { DeliveryTarget } from './delivery.js';

export interface BriefingsDeps {
  config: Config;
  log: Logger;
  metrics: Metrics;
  core: CommandCore;
  store: Store;
  targets: DeliveryTarget[];
}

export interface Briefings {
  service: DigestService;
  /** Starts the cron scheduler and runs catch-up (no-op when DIGEST_SCHEDULER=false). */
  start(): Promise<void>;
  /** Stops scheduling and waits for deliveries in flight (ledger writes included). */
  stop(): Promise<void>;
}

export function createBriefings(_deps: BriefingsDeps): Briefings {
  throw new Error('briefings not implemented yet');
}
