// The store: digest subscriptions and the delivery ledger. SQLite (a file in LODESTONE_STATE_DIR)
// by default; PostgreSQL when DATABASE_URL is set, so several replicas share one ledger.
import { join } from 'node:path';
import type { Config } from '../config.js';
import type { Logger } from '../ops/log.js';
import { SqlStore } from './sql-store.js';
import { openSqliteDriver } from './sqlite.js';
import { openPostgresDriver } from './postgres.js';
import type { Store } from './types.js';

export type {
  Store, SchemaCheck, Subscription, SubscriptionInput, SubscriptionStatus, Delivery, DeliveryStatus, NewDelivery, DeliveryOutcome, SaveResult, Platform,
  StoredVersion, ChangeSetRow, StoredInstallation,
} from './types.js';

export const SQLITE_FILE = 'lodestone.db';

export async function openStore(config: Pick<Config, 'DATABASE_URL' | 'LODESTONE_STATE_DIR'>, log: Logger): Promise<Store> {
  if (config.DATABASE_URL) {
    const store = new SqlStore(await openPostgresDriver(config.DATABASE_URL, log));
    log.info({ store: 'postgres' }, 'store opened');
    return store;
  }
  const file = join(config.LODESTONE_STATE_DIR, SQLITE_FILE);
  const store = new SqlStore(openSqliteDriver(file, log));
  log.info({ store: 'sqlite', file }, 'store opened');
  return store;
}
