// PostgreSQL for tests: postgres://postgres@127.0.0.1:5432/test, one uniquely named schema per use
// (selected through search_path), dropped afterwards. PG may be absent on a developer machine only
// when LODESTONE_REQUIRE_PG is unset; CI sets it, and then an unreachable PG fails the run.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const PG_URL = process.env.LODESTONE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const PG_REQUIRED = Boolean(process.env.LODESTONE_REQUIRE_PG && process.env.LODESTONE_REQUIRE_PG !== '0');

export async function pgReachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

/** Whether this run exercises PostgreSQL: when reachable, or when required (and then it fails loudly). */
export async function shouldRunPg(): Promise<boolean> {
  const reachable = await pgReachable();
  if (!reachable && !PG_REQUIRED) console.warn('PostgreSQL unreachable and LODESTONE_REQUIRE_PG unset: PostgreSQL tests not run');
  return reachable || PG_REQUIRED;
}

export interface PgSchema {
  name: string;
  /** DATABASE_URL that selects the schema through search_path. */
  url: string;
  drop(): Promise<void>;
}

export async function createPgSchema(prefix = 'lodestone_test'): Promise<PgSchema> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA "${name}"`);
  } finally {
    await admin.end();
  }
  const sep = PG_URL.includes('?') ? '&' : '?';
  return {
    name,
    url: `${PG_URL}${sep}options=${encodeURIComponent(`-c search_path=${name}`)}`,
    async drop() {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      try {
        await c.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
      } finally {
        await c.end();
      }
    },
  };
}
