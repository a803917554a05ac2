// Versioned schema. Each migration runs once, in order, inside the driver's migration lock, and is
// recorded in schema_migrations. Append new versions; never edit one that has shipped.
export interface Migration {
  version: number;
  name: string;
  /** Statements valid in both SQLite and PostgreSQL. */
  statements: string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'subscriptions and delivery ledger',
    statements: [
      `CREATE TABLE subscriptions (
        id TEXT PRIMARY KEY,
        platform TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        workspace_id TEXT NOT NULL DEFAULT '',
        time TEXT NOT NULL,
        timezone TEXT NOT NULL,
        locale TEXT NOT NULL,
        status TEXT NOT NULL,
        status_reason TEXT,
        effective_from BIGINT NOT NULL,
        created_by TEXT,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        UNIQUE (platform, workspace_id, channel_id)
      )`,
      `CREATE TABLE deliveries (
        subscription_id TEXT NOT NULL REFERENCES subscriptions(id),
        edition_key TEXT NOT NULL,
        kind TEXT NOT NULL,
        edition_date TEXT NOT NULL,
        scheduled_at BIGINT NOT NULL,
        status TEXT NOT NULL,
        claimed_by TEXT,
        claimed_at BIGINT,
        attempts INTEGER NOT NULL DEFAULT 0,
        message_id TEXT,
        sent_at BIGINT,
        reason TEXT,
        fingerprint TEXT,
        updated_at BIGINT NOT NULL,
        PRIMARY KEY (subscription_id, edition_key)
      )`,
      'CREATE INDEX deliveries_open ON deliveries (status, claimed_at)',
      'CREATE INDEX deliveries_date ON deliveries (edition_date)',
      'CREATE INDEX deliveries_sub ON deliveries (subscription_id, updated_at)',
      `CREATE TABLE fingerprints (
        hash TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        created_at BIGINT NOT NULL
      )`,
    ],
  },
  {
    version: 2,
    name: 'dataset versions, change sets and update subscriptions',
    statements: [
      // updates: 1 when the channel gets update posts; updates_from: change sets before it are not owed.
      // cadence: daily | weekdays | none | a cron expression; skip_empty: 1 to skip a digest with nothing new.
      'ALTER TABLE subscriptions ADD COLUMN updates INTEGER NOT NULL DEFAULT 0',
      'ALTER TABLE subscriptions ADD COLUMN updates_from BIGINT',
      "ALTER TABLE subscriptions ADD COLUMN cadence TEXT NOT NULL DEFAULT 'daily'",
      'ALTER TABLE subscriptions ADD COLUMN skip_empty INTEGER NOT NULL DEFAULT 0',
      `CREATE TABLE dataset_versions (
        hash TEXT PRIMARY KEY,
        version TEXT NOT NULL,
        body TEXT NOT NULL,
        first_served_at BIGINT NOT NULL,
        last_served_at BIGINT NOT NULL
      )`,
      'CREATE INDEX dataset_versions_served ON dataset_versions (last_served_at)',
      `CREATE TABLE change_sets (
        id TEXT PRIMARY KEY,
        from_hash TEXT NOT NULL,
        version TEXT NOT NULL,
        from_version TEXT NOT NULL,
        changes TEXT NOT NULL,
        change_count INTEGER NOT NULL,
        created_at BIGINT NOT NULL
      )`,
      'CREATE INDEX change_sets_created ON change_sets (created_at)',
      `CREATE TABLE changes (
        id TEXT PRIMARY KEY,
        change_set TEXT NOT NULL,
        created_at BIGINT NOT NULL
      )`,
    ],
  },
];
