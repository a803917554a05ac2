// One conformance suite, run against SQLite and PostgreSQL alike.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { SQLITE_FILE, type NewDelivery, type Store } from '../../src/store/index.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { shouldRunPg } from './pg-helper.js';
import { storeFixture, type StoreFixture } from './helpers.js';

const T0 = new Date('2026-11-30T07:00:00Z');
const at = (ms: number): Date => new Date(T0.getTime() + ms);
const sub = { platform: 'slack' as const, channelId: 'C1', workspaceId: 'T1', time: '08:00', timezone: 'Europe/Berlin', locale: 'de' as const, createdBy: 'U1' };
const edition = (subscriptionId: string, key = 'digest:2026-11-30', date = '2026-11-30'): NewDelivery =>
  ({ subscriptionId, editionKey: key, kind: key.split(':')[0]!, editionDate: date, scheduledAt: T0 });

async function migrationVersions(f: StoreFixture): Promise<number[]> {
  if (f.kind === 'sqlite') {
    const db = new Database(join(f.config.LODESTONE_STATE_DIR, SQLITE_FILE), { readonly: true });
    try {
      return (db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version);
    } finally {
      db.close();
    }
  }
  const c = new pg.Client({ connectionString: f.config.DATABASE_URL });
  await c.connect();
  try {
    return (await c.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r) => r.version);
  } finally {
    await c.end();
  }
}

function conformance(kind: 'sqlite' | 'postgres'): void {
  describe(`store conformance: ${kind}`, () => {
    let f: StoreFixture;
    let store: Store;
    afterEach(async () => { await f?.cleanup(); });
    const setup = async (): Promise<void> => {
      f = await storeFixture(kind);
      store = await f.open();
    };

    it('creates its schema on first open, records the migration once, and keeps data across reopen', async () => {
      await setup();
      expect(store.kind).toBe(kind);
      await store.ping();
      if (kind === 'sqlite') expect(existsSync(join(f.config.LODESTONE_STATE_DIR, SQLITE_FILE))).toBe(true);
      const { subscription } = await store.saveSubscription(sub, T0);
      await store.close();
      // Two replicas starting at once both migrate safely.
      const [a, b] = await Promise.all([f.open(), f.open()]);
      expect(await migrationVersions(f)).toEqual(MIGRATIONS.map((m) => m.version));
      // Limits shared by replicas live in PostgreSQL; SQLite serves one process.
      expect(a.sharedLimits() !== null).toBe(kind === 'postgres');
      expect((await a.getSubscription(subscription.id))?.channelId).toBe('C1');
      expect((await b.findSubscription('slack', 'T1', 'C1'))?.id).toBe(subscription.id);
    });

    it('remembers replay keys once until they expire, across connections', async () => {
      await setup();
      const other = await f.open();
      const until = new Date(T0.getTime() + 360_000);
      expect(await store.rememberOnce('slack:T1:1.1', until, T0)).toBe(true);
      expect(await other.rememberOnce('slack:T1:1.1', until, new Date(T0.getTime() + 1_000))).toBe(false);
      expect(await other.rememberOnce('slack:T1:1.2', until, T0)).toBe(true);
      // Past its expiry a key is a first sighting again.
      expect(await store.rememberOnce('slack:T1:1.1', new Date(until.getTime() + 360_000), new Date(until.getTime() + 1))).toBe(true);
    });

    it('saves one subscription per channel and tells created, changed and unchanged apart', async () => {
      await setup();
      const first = await store.saveSubscription(sub, T0);
      expect(first).toMatchObject({ created: true, changed: true });
      expect(first.subscription).toMatchObject({ status: 'active', time: '08:00', timezone: 'Europe/Berlin', locale: 'de', createdBy: 'U1' });
      expect(first.subscription.effectiveFrom.getTime()).toBe(T0.getTime());

      const same = await store.saveSubscription(sub, at(60_000));
      expect(same).toMatchObject({ created: false, changed: false });
      expect(same.subscription.id).toBe(first.subscription.id);
      expect(same.subscription.effectiveFrom.getTime()).toBe(T0.getTime());

      const lang = await store.saveSubscription({ ...sub, locale: 'en' }, at(90_000));
      expect(lang.changed).toBe(true);
      expect(lang.subscription.effectiveFrom.getTime()).toBe(T0.getTime());

      const moved = await store.saveSubscription({ ...sub, time: '07:30' }, at(120_000));
      expect(moved).toMatchObject({ created: false, changed: true });
      expect(moved.subscription.effectiveFrom.getTime()).toBe(at(120_000).getTime());

      await store.saveSubscription({ ...sub, channelId: 'C2' }, T0);
      await store.saveSubscription({ ...sub, platform: 'discord', workspaceId: 'G1', channelId: 'C1' }, T0);
      expect((await store.listSubscriptions()).length).toBe(3);
      expect((await store.listSubscriptions({ platform: 'slack', workspaceId: 'T1' })).map((s) => s.channelId).sort()).toEqual(['C1', 'C2']);
      expect((await store.listSubscriptions({ channelId: 'C1' })).length).toBe(2);
      expect(await store.findSubscription('slack', 'T1', 'C9')).toBeNull();
    });

    it('pauses with a reason, and a new subscribe reactivates without owing past runs', async () => {
      await setup();
      const { subscription } = await store.saveSubscription(sub, T0);
      await store.setSubscriptionStatus(subscription.id, 'paused', 'channel_not_found', at(1000));
      expect(await store.getSubscription(subscription.id)).toMatchObject({ status: 'paused', statusReason: 'channel_not_found' });
      expect((await store.listSubscriptions({ status: ['active'] })).length).toBe(0);
      const again = await store.saveSubscription(sub, at(5000));
      expect(again).toMatchObject({ created: false, changed: true });
      expect(again.subscription).toMatchObject({ status: 'active', statusReason: null });
      expect(again.subscription.effectiveFrom.getTime()).toBe(at(5000).getTime());
    });

    it('lets exactly one of many concurrent claimers (two connections) claim an edition', async () => {
      await setup();
      const other = await f.open();
      const { subscription } = await store.saveSubscription(sub, T0);
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? other : store).claimDelivery(edition(subscription.id), `replica-${i}`, T0)));
      expect(results.filter(Boolean).length).toBe(1);
      const row = await store.getDelivery(subscription.id, 'digest:2026-11-30');
      expect(row).toMatchObject({ status: 'claimed', kind: 'digest', editionDate: '2026-11-30', attempts: 0, messageId: null });
      expect(row?.claimedBy).toBe(`replica-${results.indexOf(true)}`);
    });

    it('claims many editions in one statement; each key still has exactly one winner across connections', async () => {
      await setup();
      const other = await f.open();
      const subs: string[] = [];
      for (let i = 0; i < 30; i++) subs.push((await store.saveSubscription({ ...sub, channelId: `C${i}` }, T0)).subscription.id);
      await store.claimDelivery(edition(subs[0]!), 'early', T0);
      const batch = subs.flatMap((id) => [edition(id), edition(id, 'summit-day:x:2026-11-30')]);
      // 60 rows: more than one chunk is not needed for correctness, but two racers are.
      const [a, b] = await Promise.all([store.claimDeliveries(batch, 'a', T0), other.claimDeliveries([...batch].reverse(), 'b', T0)]);
      expect(a.size + b.size).toBe(59);
      for (const k of a) expect(b.has(k)).toBe(false);
      expect(a.has(`${subs[0]}|digest:2026-11-30`) || b.has(`${subs[0]}|digest:2026-11-30`)).toBe(false);
      const rows = await store.allDeliveries();
      expect(rows.length).toBe(60);
      for (const r of rows) expect(r.claimedBy).toBe(a.has(`${r.subscriptionId}|${r.editionKey}`) ? 'a' : b.has(`${r.subscriptionId}|${r.editionKey}`) ? 'b' : 'early');
      expect(await store.claimDeliveries([], 'a', T0)).toEqual(new Set());
      const many = Array.from({ length: 450 }, (_, i) => edition(subs[i % 30]!, `digest:k${i}`, '2026-12-01'));
      expect((await store.claimDeliveries(many, 'c', T0)).size).toBe(450);
    });

    it('only the claimer completes; a sent row keeps its message id; skipped never overrides', async () => {
      await setup();
      const { subscription } = await store.saveSubscription(sub, T0);
      expect(await store.claimDelivery({ ...edition(subscription.id), fingerprint: 'fp1' }, 'a', T0)).toBe(true);
      expect(await store.completeDelivery(subscription.id, 'digest:2026-11-30', 'b', { status: 'sent', messageId: 'x' }, at(1))).toBe(false);
      expect(await store.completeDelivery(subscription.id, 'digest:2026-11-30', 'a', { status: 'sent', messageId: 'M1' }, at(2))).toBe(true);
      expect(await store.completeDelivery(subscription.id, 'digest:2026-11-30', 'a', { status: 'failed', reason: 'late' }, at(3))).toBe(false);
      expect(await store.recordSkipped(edition(subscription.id), 'missed', at(4))).toBe(false);
      expect(await store.getDelivery(subscription.id, 'digest:2026-11-30')).toMatchObject({ status: 'sent', messageId: 'M1', fingerprint: 'fp1', sentAt: at(2) });

      expect(await store.recordSkipped(edition(subscription.id, 'digest:2026-11-29', '2026-11-29'), 'bot was offline', at(5))).toBe(true);
      expect(await store.claimDelivery(edition(subscription.id, 'digest:2026-11-29', '2026-11-29'), 'a', at(6))).toBe(false);
      expect(await store.getDelivery(subscription.id, 'digest:2026-11-29')).toMatchObject({ status: 'skipped', reason: 'bot was offline', claimedBy: null });

      expect(await store.claimDelivery(edition(subscription.id, 'summit-day:apec:2026-11-30'), 'a', T0)).toBe(true);
      expect(await store.completeDelivery(subscription.id, 'summit-day:apec:2026-11-30', 'a', { status: 'failed', reason: 'missing_access' }, at(7))).toBe(true);
      expect(await store.getDelivery(subscription.id, 'summit-day:apec:2026-11-30')).toMatchObject({ status: 'failed', reason: 'missing_access' });
    });

    it('renews only its own open claim and counts attempts', async () => {
      await setup();
      const { subscription } = await store.saveSubscription(sub, T0);
      await store.claimDelivery(edition(subscription.id), 'a', T0);
      expect(await store.renewClaim(subscription.id, 'digest:2026-11-30', 'a', at(1000))).toBe(true);
      expect(await store.renewClaim(subscription.id, 'digest:2026-11-30', 'a', at(2000))).toBe(true);
      expect(await store.renewClaim(subscription.id, 'digest:2026-11-30', 'b', at(3000))).toBe(false);
      expect(await store.getDelivery(subscription.id, 'digest:2026-11-30')).toMatchObject({ attempts: 2, claimedAt: at(2000) });
      await store.completeDelivery(subscription.id, 'digest:2026-11-30', 'a', { status: 'sent', messageId: 'M' }, at(4000));
      expect(await store.renewClaim(subscription.id, 'digest:2026-11-30', 'a', at(5000))).toBe(false);
    });

    it('finds stale claims and lets exactly one recoverer take each over, fencing the old owner out', async () => {
      await setup();
      const other = await f.open();
      const { subscription } = await store.saveSubscription(sub, T0);
      await store.claimDelivery(edition(subscription.id), 'crashed', T0);
      await store.claimDelivery(edition(subscription.id, 'summit-preview:x:2026-11-30'), 'alive', at(50_000));
      expect(await store.staleClaims(T0, 10)).toEqual([]);
      const stale = await store.staleClaims(at(30_000), 10);
      expect(stale.map((d) => d.editionKey)).toEqual(['digest:2026-11-30']);
      const [x, y] = await Promise.all([store.takeOverClaim(stale[0]!, 'r1', at(31_000)), other.takeOverClaim(stale[0]!, 'r2', at(31_000))]);
      expect([x, y].filter(Boolean).length).toBe(1);
      const owner = x ? 'r1' : 'r2';
      expect(await store.renewClaim(subscription.id, 'digest:2026-11-30', 'crashed', at(32_000))).toBe(false);
      expect(await store.completeDelivery(subscription.id, 'digest:2026-11-30', 'crashed', { status: 'sent', messageId: 'dup' }, at(32_000))).toBe(false);
      expect(await store.completeDelivery(subscription.id, 'digest:2026-11-30', owner, { status: 'sent', messageId: 'M' }, at(33_000))).toBe(true);
      expect(await store.staleClaims(at(40_000), 10)).toEqual([]);
    });

    it('heartbeats keep an instance\'s open claims fresh; only never-attempted claims can be released', async () => {
      await setup();
      const { subscription } = await store.saveSubscription(sub, T0);
      const id = subscription.id;
      await store.claimDelivery(edition(id), 'a', T0);
      await store.claimDelivery(edition(id, 'digest:2026-12-01', '2026-12-01'), 'a', T0);
      await store.claimDelivery(edition(id, 'digest:2026-12-02', '2026-12-02'), 'b', T0);
      expect(await store.heartbeat('a', at(20_000))).toBe(2);
      expect((await store.staleClaims(at(10_000), 10)).map((d) => d.claimedBy)).toEqual(['b']);
      await store.renewClaim(id, 'digest:2026-12-01', 'a', at(21_000));
      expect(await store.releaseClaim(id, 'digest:2026-12-01', 'a')).toBe(false);
      expect(await store.releaseClaim(id, 'digest:2026-11-30', 'b')).toBe(false);
      expect(await store.releaseClaim(id, 'digest:2026-11-30', 'a')).toBe(true);
      expect(await store.getDelivery(id, 'digest:2026-11-30')).toBeNull();
      expect(await store.claimDelivery(edition(id), 'c', at(22_000))).toBe(true);
    });

    it('answers the newest sent digest before a date, the ledger keys since a date, and deliveries newest first', async () => {
      await setup();
      const { subscription } = await store.saveSubscription(sub, T0);
      const id = subscription.id;
      for (const [date, status] of [['2026-11-26', 'sent'], ['2026-11-27', 'sent'], ['2026-11-28', 'skipped'], ['2026-11-29', 'failed']] as const) {
        const d = { ...edition(id, `digest:${date}`, date), scheduledAt: new Date(`${date}T07:00:00Z`), fingerprint: `fp-${date}` };
        if (status === 'skipped') await store.recordSkipped(d, 'offline', T0);
        else {
          await store.claimDelivery(d, 'a', T0);
          await store.completeDelivery(id, d.editionKey, 'a', status === 'sent' ? { status, messageId: `m-${date}` } : { status, reason: 'x' }, T0);
        }
      }
      expect((await store.lastSentDigest(id, '2026-11-30'))?.editionDate).toBe('2026-11-27');
      expect((await store.lastSentDigest(id, '2026-11-27'))?.fingerprint).toBe('fp-2026-11-26');
      expect(await store.lastSentDigest(id, '2026-11-26')).toBeNull();
      expect([...await store.ledgerKeysSince('2026-11-28')].sort()).toEqual([`${id}|digest:2026-11-28`, `${id}|digest:2026-11-29`]);
      expect((await store.listDeliveries(id, 2)).map((d) => d.editionDate)).toEqual(['2026-11-29', '2026-11-28']);
      expect((await store.allDeliveries()).length).toBe(4);
    });

    it('stores fingerprints once by hash', async () => {
      await setup();
      await store.putFingerprint('h1', '{"v":"1"}');
      await store.putFingerprint('h1', '{"v":"other"}');
      expect(await store.getFingerprint('h1')).toBe('{"v":"1"}');
      expect(await store.getFingerprint('nope')).toBeNull();
    });

    it('keeps Slack installations by key, updates them in place, and removes a workspace with its subscriptions and ledger', async () => {
      await setup();
      await store.saveInstallation({ key: 'team:TA', teamId: 'TA', enterpriseId: null, body: '{"bot":{"token":"xoxb-a1"}}' }, T0);
      await store.saveInstallation({ key: 'team:TA', teamId: 'TA', enterpriseId: null, body: '{"bot":{"token":"xoxb-a2"}}' }, at(1_000));
      await store.saveInstallation({ key: 'enterprise:E1', teamId: null, enterpriseId: 'E1', body: '{}' }, T0);
      expect(await store.getInstallation('team:TA')).toEqual({ key: 'team:TA', teamId: 'TA', enterpriseId: null, body: '{"bot":{"token":"xoxb-a2"}}' });
      expect((await store.getInstallation('enterprise:E1'))?.enterpriseId).toBe('E1');
      expect(await store.getInstallation('team:TB')).toBeNull();
      const base = { platform: 'slack' as const, time: '08:00', timezone: 'UTC', locale: 'en' as const };
      const { subscription: a1 } = await store.saveSubscription({ ...base, workspaceId: 'TA', channelId: 'C1', updates: true }, T0);
      await store.saveSubscription({ ...base, workspaceId: 'TA', channelId: 'C2' }, T0);
      await store.saveSubscription({ ...base, workspaceId: 'TB', channelId: 'C1' }, T0);
      await store.saveSubscription({ ...base, platform: 'discord', workspaceId: 'TA', channelId: 'C9' }, T0);
      expect(await store.claimDelivery(edition(a1.id), 'a', T0)).toBe(true);
      expect(await store.removeWorkspace('slack', 'TA')).toBe(2);
      expect(await store.listSubscriptions({ platform: 'slack', workspaceId: 'TA' })).toEqual([]);
      expect(await store.getDelivery(a1.id, edition(a1.id).editionKey)).toBeNull();
      expect((await store.listSubscriptions()).map((s) => `${s.platform}/${s.workspaceId}/${s.channelId}`).sort()).toEqual(['discord/TA/C9', 'slack/TB/C1']);
      expect(await store.deleteInstallation('team:TA')).toBe(true);
      expect(await store.deleteInstallation('team:TA')).toBe(false);
      expect(await store.getInstallation('team:TA')).toBeNull();
    });
  });
}

conformance('sqlite');
if (await shouldRunPg()) conformance('postgres');
else it('PostgreSQL conformance is only left out when PostgreSQL is unreachable and not required', () => expect(process.env.LODESTONE_REQUIRE_PG ?? '').toMatch(/^0?$/));
