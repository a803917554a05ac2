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
      // Per-subscription settings beside the subscription row (CREATE only, so /readyz can rebuild
      // a dropped table). cadence: daily | weekdays | none | cron:<expr>; skip_empty: 1 to skip a
      // digest with nothing new; updates: 1 for update posts, owed from updates_from on.
      `CREATE TABLE subscription_settings (
        subscription_id TEXT PRIMARY KEY,
        cadence TEXT NOT NULL DEFAULT 'daily',
        skip_empty INTEGER NOT NULL DEFAULT 0,
        updates INTEGER NOT NULL DEFAULT 0,
        updates_from BIGINT
      )`,
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
  {
    version: 3,
    name: 'slack installations',
    statements: [
      // One row per installed Slack workspace (or Enterprise Grid org), written by Bolt's OAuth flow.
      // body is the installation as Bolt hands it over, tokens included: the table is as secret as
      // SLACK_BOT_TOKEN (database access means workspace access).
      `CREATE TABLE slack_installations (
        install_key TEXT PRIMARY KEY,
        team_id TEXT,
        enterprise_id TEXT,
        body TEXT NOT NULL,
        installed_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL
      )`,
    ],
  },
  {
    version: 4,
    name: 'rate limits shared by replicas',
    statements: [
      // rate-limiter-flexible's RateLimiterPostgres table (its own column names): one fixed window
      // per budget key, so every replica on PostgreSQL draws on the same platform budgets. SQLite
      // runs one process and keeps its limits in memory; the table stays empty there.
      `CREATE TABLE rate_limits (
        key VARCHAR(255) PRIMARY KEY,
        points INTEGER NOT NULL DEFAULT 0,
        expire BIGINT
      )`,
    ],
  },
  {
    version: 5,
    name: 'delivery parts',
    statements: [
      // The messages of a delivery the platform splits (a long Discord digest), each recorded once
      // it is posted, so a crash between parts resumes at the first part not recorded.
      `CREATE TABLE delivery_parts (
        subscription_id TEXT NOT NULL,
        edition_key TEXT NOT NULL,
        part INTEGER NOT NULL,
        message_id TEXT NOT NULL,
        posted_at BIGINT NOT NULL,
        PRIMARY KEY (subscription_id, edition_key, part),
        FOREIGN KEY (subscription_id, edition_key) REFERENCES deliveries (subscription_id, edition_key) ON DELETE CASCADE
      )`,
    ],
  },
  {
    version: 6,
    name: 'quiet hours for update posts',
    statements: [
      // quiet: "HH:MM-HH:MM" in the subscription's zone (may wrap midnight); no row: no quiet hours.
      // A table of its own (CREATE only), so /readyz can rebuild it like subscription_settings.
      `CREATE TABLE subscription_quiet (
        subscription_id TEXT PRIMARY KEY,
        quiet TEXT NOT NULL
      )`,
    ],
  },
  {
    version: 7,
    name: 'command replay memory',
    statements: [
      // Slash commands seen (platform, team and trigger id) until their signature can no longer be
      // replayed, shared by every replica and kept across restarts.
      `CREATE TABLE command_replays (
        key TEXT PRIMARY KEY,
        expires_at BIGINT NOT NULL
      )`,
      'CREATE INDEX command_replays_expiry ON command_replays (expires_at)',
    ],
  },
  {
    version: 8,
    name: 'chart specs by address',
    statements: [
      // Charts served by address (LODESTONE_PUBLIC_URL): the spec behind each content-addressed id,
      // so any replica behind the load balancer, and a restarted one, can draw a chart it did not
      // link itself. Few rows: one per distinct chart (rankings per dataset version and locale,
      // digest charts per day).
      `CREATE TABLE chart_specs (
        id TEXT PRIMARY KEY,
        spec TEXT NOT NULL,
        created_at BIGINT NOT NULL
      )`,
    ],
  },
];

/** Every table the migrations create: what /readyz expects to find. */
export function expectedTables(): string[] {
  const out = new Set<string>(['schema_migrations']);
  for (const m of MIGRATIONS) for (const st of m.statements) {
    const t = /^\s*CREATE TABLE (?:IF NOT EXISTS )?(\w+)/i.exec(st)?.[1];
    if (t) out.add(t.toLowerCase());
  }
  return [...out];
}

export const LATEST_VERSION = MIGRATIONS.reduce((v, m) => Math.max(v, m.version), 0);

/**
 * The statements that rebuild missing tables and indexes without touching existing ones, for a
 * store whose tables were dropped while its schema_migrations still lists them. Only migrations
 * made of CREATE statements can be replayed this way; the others are reported, not guessed at.
 */
export function repairStatements(): { statements: string[]; repaired: Migration[]; unrepairable: number[] } {
  const statements: string[] = [];
  const repaired: Migration[] = [];
  const unrepairable: number[] = [];
  for (const m of MIGRATIONS) {
    if (!m.statements.every((st) => /^\s*CREATE (TABLE|INDEX|UNIQUE INDEX) /i.test(st))) {
      unrepairable.push(m.version);
      continue;
    }
    repaired.push(m);
    for (const st of m.statements) statements.push(st.replace(/^\s*CREATE (TABLE|INDEX|UNIQUE INDEX) (?!IF NOT EXISTS)/i, (_x, what: string) => `CREATE ${what} IF NOT EXISTS `));
  }
  return { statements, repaired, unrepairable };
}
