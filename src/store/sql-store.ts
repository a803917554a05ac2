// The Store over SQL that SQLite and PostgreSQL both understand. A driver supplies the three
// primitives (query, execute, migrate); everything the ledger promises lives here once.
import type { Pool } from 'pg';
import type {
  ChangeSetRow, SchemaCheck, StoredInstallation, Delivery, DeliveryOutcome, NewDelivery, Platform, SaveResult, Store, StoredVersion, Subscription, SubscriptionInput, SubscriptionStatus,
} from './types.js';
import { num, toDelivery } from './rows.js';
import { SqlVersions } from './versions-sql.js';
import { SqlInstallations } from './installations.js';
import { SqlParts } from './parts.js';
import { SqlReplays } from './replays.js';
import { SqlChartSpecs } from './charts-sql.js';
import { SqlSubscriptions, type SubscriptionFilter } from './subscriptions-sql.js';
import { expectedTables, LATEST_VERSION, repairStatements } from './migrations.js';

export type Row = Record<string, unknown>;

export interface SqlDriver {
  readonly kind: 'sqlite' | 'postgres';
  /** `?` placeholders; the driver rewrites them for its database. */
  query(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Returns the number of rows changed. */
  execute(sql: string, params?: unknown[]): Promise<number>;
  close(): Promise<void>;
  /** Table names of the schema in use, lower case. */
  tables(): Promise<Set<string>>;
  /** Runs the versioned migrations again under the driver's migration lock (missing versions only). */
  migrate(): Promise<void>;
  /** PostgreSQL's pool, for limiters shared by replicas (sharedLimits). */
  readonly pool?: Pool;
}

export class SqlStore implements Store {
  readonly kind: 'sqlite' | 'postgres';
  readonly #db: SqlDriver;
  readonly #versions: SqlVersions;
  readonly #installations: SqlInstallations;
  readonly #parts: SqlParts;
  readonly #replays: SqlReplays;
  readonly #charts: SqlChartSpecs;
  readonly #subscriptions: SqlSubscriptions;

  constructor(driver: SqlDriver) {
    this.#db = driver;
    this.kind = driver.kind;
    this.#versions = new SqlVersions(driver);
    this.#installations = new SqlInstallations(driver);
    this.#parts = new SqlParts(driver);
    this.#replays = new SqlReplays(driver);
    this.#charts = new SqlChartSpecs(driver);
    this.#subscriptions = new SqlSubscriptions(driver);
  }

  sharedLimits(): { pool: Pool; table: string } | null {
    return this.#db.pool ? { pool: this.#db.pool, table: 'rate_limits' } : null;
  }

  async ping(): Promise<void> {
    await this.#db.query('SELECT 1 AS ok');
  }

  close(): Promise<void> {
    return this.#db.close();
  }

  async #schemaProblems(): Promise<string[]> {
    const have = await this.#db.tables();
    const missing = expectedTables().filter((t) => !have.has(t));
    if (missing.length) return [`missing tables: ${missing.join(', ')}`];
    const rows = await this.#db.query('SELECT MAX(version) AS v FROM schema_migrations');
    const v = num(rows[0]?.v ?? 0);
    return v < LATEST_VERSION ? [`schema version ${v}, expected ${LATEST_VERSION}`] : [];
  }

  async checkSchema(heal = true): Promise<SchemaCheck> {
    const problems = await this.#schemaProblems();
    if (!problems.length) return { ok: true, detail: `schema v${LATEST_VERSION}` };
    if (!heal) return { ok: false, detail: problems.join('; ') };
    try {
      // Versions not yet applied run as migrations; tables dropped behind the ledger's back are
      // recreated empty (the ledger's rows are gone either way; without tables nothing works).
      const { statements, repaired, unrepairable } = repairStatements();
      // A migration that alters tables cannot be replayed onto a recreated one; guessing would
      // leave tables of the wrong shape, so that case is reported for an operator to restore.
      if (unrepairable.length && problems.some((p) => p.startsWith('missing'))) {
        return { ok: false, detail: `${problems.join('; ')} (migrations ${unrepairable.join(', ')} cannot be replayed; restore the database)` };
      }
      await this.#db.execute('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
      for (const st of statements) await this.#db.execute(st);
      for (const m of repaired) {
        await this.#db.execute('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?) ON CONFLICT (version) DO NOTHING', [m.version, m.name, Date.now()]);
      }
      await this.#db.migrate();
      const left = await this.#schemaProblems();
      if (!left.length) return { ok: true, detail: `schema v${LATEST_VERSION}`, healed: problems.join('; ') };
      return { ok: false, detail: left.join('; ') };
    } catch (error) {
      return { ok: false, detail: `${problems.join('; ')}; repair failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  saveSubscription(input: SubscriptionInput, now: Date): Promise<SaveResult> { return this.#subscriptions.save(input, now); }
  findSubscription(platform: Platform, workspaceId: string, channelId: string): Promise<Subscription | null> { return this.#subscriptions.find(platform, workspaceId, channelId); }
  getSubscription(id: string): Promise<Subscription | null> { return this.#subscriptions.get(id); }
  listSubscriptions(filter: SubscriptionFilter = {}): Promise<Subscription[]> { return this.#subscriptions.list(filter); }
  setSubscriptionStatus(id: string, status: SubscriptionStatus, reason: string | null, now: Date): Promise<void> { return this.#subscriptions.setStatus(id, status, reason, now); }

  async claimDelivery(d: NewDelivery, claimedBy: string, now: Date): Promise<boolean> {
    return (await this.#insertDelivery(d, 'claimed', claimedBy, null, now)) === 1;
  }

  async claimDeliveries(ds: readonly NewDelivery[], claimedBy: string, now: Date): Promise<Set<string>> {
    const won = new Set<string>();
    const t = now.getTime();
    // One key order for every inserter: concurrent PostgreSQL INSERTs of overlapping keys then
    // wait on each other instead of deadlocking.
    const sorted = [...ds].sort((a, b) => (a.subscriptionId < b.subscriptionId ? -1 : a.subscriptionId > b.subscriptionId ? 1
      : a.editionKey < b.editionKey ? -1 : a.editionKey > b.editionKey ? 1 : 0));
    // 200 rows × 9 parameters stays far below both databases' parameter limits.
    for (let i = 0; i < sorted.length; i += 200) {
      const chunk = sorted.slice(i, i + 200);
      const rows = await this.#db.query(
        `INSERT INTO deliveries (subscription_id, edition_key, kind, edition_date, scheduled_at, status, claimed_by, claimed_at,
           attempts, message_id, sent_at, reason, fingerprint, updated_at)
         VALUES ${chunk.map(() => "(?, ?, ?, ?, ?, 'claimed', ?, ?, 0, NULL, NULL, NULL, ?, ?)").join(', ')}
         ON CONFLICT (subscription_id, edition_key) DO NOTHING
         RETURNING subscription_id, edition_key`,
        chunk.flatMap((d) => [d.subscriptionId, d.editionKey, d.kind, d.editionDate, d.scheduledAt.getTime(), claimedBy, t, d.fingerprint ?? null, t]),
      );
      for (const r of rows) won.add(`${String(r.subscription_id)}|${String(r.edition_key)}`);
    }
    return won;
  }

  async recordSkipped(d: NewDelivery, reason: string, now: Date): Promise<boolean> {
    return (await this.#insertDelivery(d, 'skipped', null, reason, now)) === 1;
  }

  #insertDelivery(d: NewDelivery, status: 'claimed' | 'skipped', claimedBy: string | null, reason: string | null, now: Date): Promise<number> {
    const t = now.getTime();
    return this.#db.execute(
      `INSERT INTO deliveries (subscription_id, edition_key, kind, edition_date, scheduled_at, status, claimed_by, claimed_at,
         attempts, message_id, sent_at, reason, fingerprint, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, NULL, ?, ?, ?)
       ON CONFLICT (subscription_id, edition_key) DO NOTHING`,
      [d.subscriptionId, d.editionKey, d.kind, d.editionDate, d.scheduledAt.getTime(), status, claimedBy,
        claimedBy ? t : null, reason, d.fingerprint ?? null, t],
    );
  }

  async renewClaim(subscriptionId: string, editionKey: string, claimedBy: string, now: Date): Promise<boolean> {
    const n = await this.#db.execute(
      `UPDATE deliveries SET claimed_at = ?, attempts = attempts + 1, updated_at = ?
       WHERE subscription_id = ? AND edition_key = ? AND status = 'claimed' AND claimed_by = ?`,
      [now.getTime(), now.getTime(), subscriptionId, editionKey, claimedBy],
    );
    return n === 1;
  }

  async heartbeat(claimedBy: string, now: Date): Promise<number> {
    return this.#db.execute(
      `UPDATE deliveries SET claimed_at = ? WHERE status = 'claimed' AND claimed_by = ?`,
      [now.getTime(), claimedBy],
    );
  }

  async releaseClaim(subscriptionId: string, editionKey: string, claimedBy: string): Promise<boolean> {
    const n = await this.#db.execute(
      `DELETE FROM deliveries WHERE subscription_id = ? AND edition_key = ? AND status = 'claimed' AND claimed_by = ? AND attempts = 0`,
      [subscriptionId, editionKey, claimedBy],
    );
    return n === 1;
  }

  async takeOverClaim(stale: Delivery, claimedBy: string, now: Date): Promise<boolean> {
    const n = await this.#db.execute(
      `UPDATE deliveries SET claimed_by = ?, claimed_at = ?, updated_at = ?
       WHERE subscription_id = ? AND edition_key = ? AND status = 'claimed' AND claimed_by = ? AND claimed_at = ?`,
      [claimedBy, now.getTime(), now.getTime(), stale.subscriptionId, stale.editionKey, stale.claimedBy, stale.claimedAt?.getTime() ?? null],
    );
    return n === 1;
  }

  async completeDelivery(subscriptionId: string, editionKey: string, claimedBy: string, outcome: DeliveryOutcome, now: Date): Promise<boolean> {
    const t = now.getTime();
    const n = outcome.status === 'sent'
      ? await this.#db.execute(
        `UPDATE deliveries SET status = 'sent', message_id = ?, sent_at = ?, reason = NULL, updated_at = ?
         WHERE subscription_id = ? AND edition_key = ? AND status = 'claimed' AND claimed_by = ?`,
        [outcome.messageId, t, t, subscriptionId, editionKey, claimedBy])
      : await this.#db.execute(
        `UPDATE deliveries SET status = ?, reason = ?, updated_at = ?
         WHERE subscription_id = ? AND edition_key = ? AND status = 'claimed' AND claimed_by = ?`,
        [outcome.status, outcome.reason, t, subscriptionId, editionKey, claimedBy]);
    return n === 1;
  }

  async getDelivery(subscriptionId: string, editionKey: string): Promise<Delivery | null> {
    const rows = await this.#db.query('SELECT * FROM deliveries WHERE subscription_id = ? AND edition_key = ?', [subscriptionId, editionKey]);
    return rows[0] ? toDelivery(rows[0]) : null;
  }

  async listDeliveries(subscriptionId: string, limit: number): Promise<Delivery[]> {
    const rows = await this.#db.query(
      'SELECT * FROM deliveries WHERE subscription_id = ? ORDER BY scheduled_at DESC, edition_key DESC LIMIT ?',
      [subscriptionId, limit],
    );
    return rows.map(toDelivery);
  }

  async allDeliveries(): Promise<Delivery[]> {
    return (await this.#db.query('SELECT * FROM deliveries ORDER BY subscription_id, edition_key')).map(toDelivery);
  }

  async staleClaims(olderThan: Date, limit: number): Promise<Delivery[]> {
    const rows = await this.#db.query(
      `SELECT * FROM deliveries WHERE status = 'claimed' AND message_id IS NULL AND claimed_at < ? ORDER BY claimed_at LIMIT ?`,
      [olderThan.getTime(), limit],
    );
    return rows.map(toDelivery);
  }

  async lastSentDigest(subscriptionId: string, beforeDate: string): Promise<Delivery | null> {
    const rows = await this.#db.query(
      `SELECT * FROM deliveries WHERE subscription_id = ? AND kind = 'digest' AND status = 'sent' AND edition_date < ?
       ORDER BY edition_date DESC LIMIT 1`,
      [subscriptionId, beforeDate],
    );
    return rows[0] ? toDelivery(rows[0]) : null;
  }

  async ledgerKeysSince(sinceDate: string): Promise<Set<string>> {
    const rows = await this.#db.query('SELECT subscription_id, edition_key FROM deliveries WHERE edition_date >= ?', [sinceDate]);
    return new Set(rows.map((r) => `${String(r.subscription_id)}|${String(r.edition_key)}`));
  }

  async putFingerprint(hash: string, body: string): Promise<void> {
    await this.#db.execute('INSERT INTO fingerprints (hash, body, created_at) VALUES (?, ?, ?) ON CONFLICT (hash) DO NOTHING', [hash, body, Date.now()]);
  }

  async getFingerprint(hash: string): Promise<string | null> {
    const rows = await this.#db.query('SELECT body FROM fingerprints WHERE hash = ?', [hash]);
    return rows[0] ? String(rows[0].body) : null;
  }

  lastSentUpdate(subscriptionId: string): Promise<Delivery | null> { return this.#versions.lastSentUpdate(subscriptionId); }
  markServed(v: { hash: string; version: string; body: string }, now: Date): Promise<{ firstTime: boolean }> { return this.#versions.markServed(v, now); }
  getDatasetVersion(hash: string): Promise<StoredVersion | null> { return this.#versions.get(hash); }
  findDatasetVersions(version: string): Promise<StoredVersion[]> { return this.#versions.findByVersion(version); }
  lastServedVersion(exceptHash?: string): Promise<StoredVersion | null> { return this.#versions.lastServed(exceptHash); }
  claimChanges(ids: readonly string[], changeSet: string, now: Date): Promise<Set<string>> { return this.#versions.claimChanges(ids, changeSet, now); }
  putChangeSet(cs: Omit<ChangeSetRow, 'createdAt'>, now: Date): Promise<boolean> { return this.#versions.putChangeSet(cs, now); }
  getChangeSet(id: string): Promise<ChangeSetRow | null> { return this.#versions.getChangeSet(id); }
  changeSetsSince(since: Date): Promise<ChangeSetRow[]> { return this.#versions.changeSetsSince(since); }
  mergedUpdates(subscriptionId: string, into: string): Promise<string[]> { return this.#versions.mergedUpdates(subscriptionId, into); }
  lastDigestFingerprints(): Promise<string[]> { return this.#versions.lastDigestFingerprints(); }
  pruneDatasetVersions(keep: readonly string[], servedBefore: Date): Promise<number> { return this.#versions.pruneVersions(keep, servedBefore); }
  recentDatasetVersions(n: number): Promise<string[]> { return this.#versions.recentVersions(n); }
  saveInstallation(inst: StoredInstallation, now: Date): Promise<void> { return this.#installations.save(inst, now); }
  getInstallation(key: string): Promise<StoredInstallation | null> { return this.#installations.get(key); }
  deleteInstallation(key: string): Promise<boolean> { return this.#installations.delete(key); }
  removeWorkspace(platform: Platform, workspaceId: string): Promise<number> { return this.#installations.removeWorkspace(platform, workspaceId); }
  recordPart(subscriptionId: string, editionKey: string, part: number, messageId: string, now: Date): Promise<void> { return this.#parts.record(subscriptionId, editionKey, part, messageId, now); }
  postedParts(subscriptionId: string, editionKey: string): Promise<string[]> { return this.#parts.list(subscriptionId, editionKey); }
  rememberOnce(key: string, until: Date, now: Date): Promise<boolean> { return this.#replays.rememberOnce(key, until, now); }
  putChartSpec(id: string, spec: string, now: Date): Promise<void> { return this.#charts.put(id, spec, now); }
  getChartSpec(id: string): Promise<string | null> { return this.#charts.get(id); }
}
