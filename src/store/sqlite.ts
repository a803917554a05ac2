// SQLite driver (the default): one file in LODESTONE_STATE_DIR, WAL so several processes can share
// it, and a busy timeout so concurrent writers wait instead of failing.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from '../ops/log.js';
import { MIGRATIONS } from './migrations.js';
import type { Row, SqlDriver } from './sql-store.js';

export function openSqliteDriver(file: string, log?: Logger): SqlDriver {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 10000');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db, log);
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let st = cache.get(sql);
    if (!st) {
      st = db.prepare(sql);
      cache.set(sql, st);
    }
    return st;
  };
  return {
    kind: 'sqlite',
    query: async (sql, params = []) => prepare(sql).all(...params) as Row[],
    execute: async (sql, params = []) => prepare(sql).run(...params).changes,
    close: async () => { db.close(); },
    tables: async () => new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name.toLowerCase())),
    migrate: async () => migrate(db, log),
  };
}

function migrate(db: Database.Database, log?: Logger): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
  // IMMEDIATE takes the write lock first, so two processes starting together migrate once.
  const run = db.transaction(() => {
    const done = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      for (const s of m.statements) db.exec(s);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, Date.now());
      log?.info({ store: 'sqlite', version: m.version, migration: m.name }, 'store migration applied');
    }
  });
  run.immediate();
}
