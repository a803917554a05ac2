// What the app hands to a platform adapter, and what it gets back.
import type { Config } from '../config.js';
import type { Logger } from '../ops/log.js';
import type { CommandCore } from '../commands/core.js';
import type { Metrics } from '../ops/metrics.js';
import type { DeliveryTarget } from '../briefings/delivery.js';
import type { Store } from '../store/index.js';
import type { ChartImages } from '../charts/images.js';

export interface PlatformDeps {
  config: Config;
  log: Logger;
  core: CommandCore;
  metrics: Metrics;
  /** The store (Slack keeps its OAuth installations there). */
  store?: Store;
  /** Chart images served by address on the app's HTTP servers (LODESTONE_PUBLIC_URL); unset: charts are uploaded. */
  chartImages?: ChartImages;
}

export interface PlatformHandle {
  readonly name: 'console' | 'slack' | 'discord';
  /** Connected and able to answer (feeds /readyz). */
  isReady(): boolean;
  /** Stop taking new work, finish replies in flight, close connections. */
  stop(): Promise<void>;
  /** Present when the platform can receive digests. */
  delivery?: DeliveryTarget;
}
