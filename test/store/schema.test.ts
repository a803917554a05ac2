// The schema behind /readyz: a store whose tables were dropped while it runs (schema_migrations
// still listing them) is reported, and repaired when asked; then subscriptions work again.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import pg from 'pg';
import { join } from 'node:path';
import { SQLITE_FILE } from '../../src/store/index.js';
import { storeFixture, type StoreFixture } from './helpers.js';
import { shouldRunPg } from './pg-helper.js';

const fixtures: StoreFixture[] = [];
afterEach(async () => {
  for (const f of fixtures.splice(0)) await f.cleanup();
});

async function dropTables(f: StoreFixture, tables: string[]): Promise<void> {
  if (f.kind === 'sqlite') {
    const db = new Database(join(f.config.LODESTONE_STATE_DIR, SQLITE_FILE));
    db.pragma('foreign_keys = OFF');
    for (const t of tables) db.exec(`DROP TABLE ${t}`);
    db.close();
    return;
  }
  const c = new pg.Client({ connectionString: f.config.DATABASE_URL });
  await c.connect();
  for (const t of tables) await c.query(`DROP TABLE ${t} CASCADE`);
  await c.end();
}

const runPg = await shouldRunPg();
const sub = { platform: 'slack' as const, channelId: 'C1', workspaceId: 'T1', time: '08:00', timezone: 'Europe/Berlin', locale: 'en' as const };

describe.each(runPg ? ['sqlite', 'postgres'] as const : ['sqlite'] as const)('schema check (%s)', (kind) => {
  it('is ok on a fresh store', async () => {
    const f = await storeFixture(kind);
    fixtures.push(f);
    const store = await f.open();
    expect(await store.checkSchema()).toEqual({ ok: true, detail: expect.stringMatching(/^schema v\d+$/) });
  });

  it('reports dropped tables without healing, then recreates them and the store works again', async () => {
    const f = await storeFixture(kind);
    fixtures.push(f);
    const store = await f.open();
    await store.saveSubscription(sub, new Date());
    await dropTables(f, ['deliveries', 'subscriptions']);
    await expect(store.ping()).resolves.toBeUndefined(); // the old check said ready
    await expect(store.listSubscriptions()).rejects.toThrow();
    const reported = await store.checkSchema(false);
    expect(reported.ok).toBe(false);
    expect(reported.detail).toContain('missing tables: subscriptions, deliveries');
    const healed = await store.checkSchema();
    expect(healed.ok).toBe(true);
    expect(healed.healed).toContain('subscriptions');
    const saved = await store.saveSubscription(sub, new Date());
    expect(saved.created).toBe(true);
    expect(await store.claimDelivery({ subscriptionId: saved.subscription.id, editionKey: 'digest:2026-12-01', kind: 'digest', editionDate: '2026-12-01', scheduledAt: new Date() }, 'me', new Date())).toBe(true);
  });

  it('recreates schema_migrations itself when it is gone', async () => {
    const f = await storeFixture(kind);
    fixtures.push(f);
    const store = await f.open();
    await dropTables(f, ['schema_migrations']);
    expect((await store.checkSchema(false)).detail).toContain('schema_migrations');
    expect((await store.checkSchema()).ok).toBe(true);
  });
});
