// Dataset versions and change sets over SQL (both SQLite and PostgreSQL): which versions were
// served, and which changes each new version brought. Every write is an INSERT under a primary key
// (ON CONFLICT DO NOTHING), so replicas that load the same version at once agree on one result.
import type { ChangeSetRow, Delivery, StoredVersion } from './types.js';
import { toDelivery } from './rows.js';
import type { Row, SqlDriver } from './sql-store.js';

const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));

function toVersion(r: Row): StoredVersion {
  return {
    hash: String(r.hash),
    version: String(r.version),
    body: String(r.body),
    firstServedAt: new Date(num(r.first_served_at)),
    lastServedAt: new Date(num(r.last_served_at)),
  };
}

function toChangeSet(r: Row): ChangeSetRow {
  return {
    id: String(r.id),
    fromHash: String(r.from_hash),
    version: String(r.version),
    fromVersion: String(r.from_version),
    changes: String(r.changes),
    changeCount: num(r.change_count),
    createdAt: new Date(num(r.created_at)),
  };
}

export class SqlVersions {
  readonly #db: SqlDriver;

  constructor(db: SqlDriver) {
    this.#db = db;
  }

  async markServed(v: { hash: string; version: string; body: string }, now: Date): Promise<{ firstTime: boolean }> {
    const t = now.getTime();
    const inserted = await this.#db.execute(
      `INSERT INTO dataset_versions (hash, version, body, first_served_at, last_served_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (hash) DO NOTHING`,
      [v.hash, v.version, v.body, t, t],
    );
    if (inserted === 0) await this.#db.execute('UPDATE dataset_versions SET last_served_at = ? WHERE hash = ? AND last_served_at < ?', [t, v.hash, t]);
    return { firstTime: inserted === 1 };
  }

  async get(hash: string): Promise<StoredVersion | null> {
    const rows = await this.#db.query('SELECT * FROM dataset_versions WHERE hash = ?', [hash]);
    return rows[0] ? toVersion(rows[0]) : null;
  }

  async findByVersion(version: string): Promise<StoredVersion[]> {
    return (await this.#db.query('SELECT * FROM dataset_versions WHERE version = ? ORDER BY last_served_at DESC', [version])).map(toVersion);
  }

  async lastServed(exceptHash?: string): Promise<StoredVersion | null> {
    const rows = await this.#db.query(
      `SELECT * FROM dataset_versions WHERE hash <> ? ORDER BY last_served_at DESC, first_served_at DESC LIMIT 1`,
      [exceptHash ?? ''],
    );
    return rows[0] ? toVersion(rows[0]) : null;
  }

  async claimChanges(ids: readonly string[], changeSet: string, now: Date): Promise<Set<string>> {
    const mine = new Set<string>();
    const unique = [...new Set(ids)].sort();
    for (let i = 0; i < unique.length; i += 300) {
      const chunk = unique.slice(i, i + 300);
      await this.#db.execute(
        `INSERT INTO changes (id, change_set, created_at) VALUES ${chunk.map(() => '(?, ?, ?)').join(', ')} ON CONFLICT (id) DO NOTHING`,
        chunk.flatMap((id) => [id, changeSet, now.getTime()]),
      );
      const rows = await this.#db.query(`SELECT id FROM changes WHERE change_set = ? AND id IN (${chunk.map(() => '?').join(', ')})`, [changeSet, ...chunk]);
      for (const r of rows) mine.add(String(r.id));
    }
    return mine;
  }

  async putChangeSet(cs: Omit<ChangeSetRow, 'createdAt'>, now: Date): Promise<boolean> {
    const n = await this.#db.execute(
      `INSERT INTO change_sets (id, from_hash, version, from_version, changes, change_count, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO NOTHING`,
      [cs.id, cs.fromHash, cs.version, cs.fromVersion, cs.changes, cs.changeCount, now.getTime()],
    );
    return n === 1;
  }

  async getChangeSet(id: string): Promise<ChangeSetRow | null> {
    const rows = await this.#db.query('SELECT * FROM change_sets WHERE id = ?', [id]);
    return rows[0] ? toChangeSet(rows[0]) : null;
  }

  async changeSetsSince(since: Date): Promise<ChangeSetRow[]> {
    return (await this.#db.query('SELECT * FROM change_sets WHERE created_at >= ? ORDER BY created_at, id', [since.getTime()])).map(toChangeSet);
  }

  async lastSentUpdate(subscriptionId: string): Promise<Delivery | null> {
    const rows = await this.#db.query(
      `SELECT * FROM deliveries WHERE subscription_id = ? AND kind = 'update' AND status = 'sent' ORDER BY sent_at DESC LIMIT 1`,
      [subscriptionId],
    );
    return rows[0] ? toDelivery(rows[0]) : null;
  }

  /**
   * Fingerprint hashes of each subscription's newest sent digest: the versions they were built from
   * are what the next digests diff against.
   */
  async lastDigestFingerprints(): Promise<string[]> {
    const rows = await this.#db.query(
      `SELECT DISTINCT d.fingerprint FROM deliveries d
       WHERE d.kind = 'digest' AND d.status = 'sent' AND d.fingerprint IS NOT NULL
         AND d.edition_key = (SELECT MAX(e.edition_key) FROM deliveries e
                              WHERE e.subscription_id = d.subscription_id AND e.kind = 'digest' AND e.status = 'sent')`,
      [],
    );
    return rows.map((r) => String(r.fingerprint));
  }

  /** Deletes stored versions last served before `servedBefore`, except `keep`; returns how many. */
  async pruneVersions(keep: readonly string[], servedBefore: Date): Promise<number> {
    const kept = [...new Set(keep)];
    const notIn = kept.length ? ` AND hash NOT IN (${kept.map(() => '?').join(', ')})` : '';
    return this.#db.execute(`DELETE FROM dataset_versions WHERE last_served_at < ?${notIn}`, [servedBefore.getTime(), ...kept]);
  }

  /** Hashes of the `n` versions served most recently. */
  async recentVersions(n: number): Promise<string[]> {
    return (await this.#db.query('SELECT hash FROM dataset_versions ORDER BY last_served_at DESC, first_served_at DESC LIMIT ?', [n])).map((r) => String(r.hash));
  }

  async mergedUpdates(subscriptionId: string, into: string): Promise<string[]> {
    const rows = await this.#db.query(
      `SELECT edition_key FROM deliveries WHERE subscription_id = ? AND kind = 'update' AND status = 'skipped' AND reason = ?`,
      [subscriptionId, `merged:${into}`],
    );
    return rows.map((r) => String(r.edition_key).slice('update:'.length)).sort();
  }
}
