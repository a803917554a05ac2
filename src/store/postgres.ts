// PostgreSQL driver (when DATABASE_URL is set): shared by every replica, so the ledger's unique
// key is what decides which replica posts. Migrations run under an advisory lock.
import pg from 'pg';
import type { Logger } from '../ops/log.js';
import { MIGRATIONS } from './migrations.js';
import type { Row, SqlDriver } from './sql-store.js';

/** Arbitrary constant: the advisory lock that serialises migrations across replicas. */
const MIGRATION_LOCK = 7_041_962_311;

const toPg = (sql: string): string => {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
};

export async function openPostgresDriver(connectionString: string, log?: Logger, opts: { max?: number } = {}): Promise<SqlDriver> {
  const pool = new pg.Pool({ connectionString, max: opts.max ?? 10, connectionTimeoutMillis: 10_000 });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', (err) => log?.warn({ err: err.message }, 'postgres idle client error'));
  try {
    await migrate(pool, log);
  } catch (err) {
    await pool.end().catch(() => {});
    throw err;
  }
  const texts = new Map<string, string>();
  const text = (sql: string): string => {
    let t = texts.get(sql);
    if (t === undefined) {
      t = toPg(sql);
      texts.set(sql, t);
    }
    return t;
  };
  return {
    kind: 'postgres',
    pool,
    query: async (sql, params = []) => (await pool.query(text(sql), params)).rows as Row[],
    execute: async (sql, params = []) => (await pool.query(text(sql), params)).rowCount ?? 0,
    close: () => pool.end(),
    tables: async () => new Set((await pool.query<{ t: string }>('SELECT table_name AS t FROM information_schema.tables WHERE table_schema = current_schema()')).rows.map((r) => r.t.toLowerCase())),
    migrate: () => migrate(pool, log),
  };
}

async function migrate(pool: pg.Pool, log?: Logger): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      for (const s of m.statements) await client.query(s);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, Date.now()]);
      log?.info({ store: 'postgres', version: m.version, migration: m.name }, 'store migration applied');
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
