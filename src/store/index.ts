// PLACEHOLDER — owned by the briefings helper: subscriptions and the delivery ledger.
import type { Config } from '../config.js';
import type { Logger } from '../ops/log.js';

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Cheap round trip for /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export async function openStore(_config: Config, _log: Logger): Promise<Store> {
  return { kind: 'sqlite', ping: async () => {}, close: async () => {} };
}
