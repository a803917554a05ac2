// Digest cadences (daily, weekdays, a cron expression, none) decided on the channel's local date,
// across daylight-saving changes; "skip when nothing is new" and the digest that leads with what
// is new; the /digest subscribe words that choose them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cadenceAllows, parseCron } from '../../src/briefings/cadence.js';
import { CommandCore } from '../../src/commands/core.js';
import { createRegistry } from '../../src/commands/index.js';
import { buildDigest } from '../../src/briefings/digest.js';
import { fingerprintOf } from '../../src/briefings/fingerprint.js';
import { dueAt, nextRun } from '../../src/briefings/planner.js';
import type { Store, Subscription } from '../../src/store/index.js';
import { storeFixture, type StoreFixture } from '../store/helpers.js';
import { fixtureDataset } from './fixtures/dataset.js';
import { FakeClock, harness, slackChannel, type Harness } from './fixtures/harness.js';
import { MemoryTarget } from './fixtures/memory-target.js';

const sub = (time: string, timezone: string, cadence: string): Subscription => ({
  id: `${cadence}-${time}-${timezone}`, platform: 'slack', channelId: 'C', workspaceId: 'T', time, timezone, locale: 'en', status: 'active',
  statusReason: null, effectiveFrom: new Date('2026-01-01T00:00:00Z'), createdBy: null, createdAt: new Date('2026-01-01T00:00:00Z'),
  updatedAt: new Date('2026-01-01T00:00:00Z'), cadence, skipEmpty: false, updates: false, updatesFrom: null, quiet: null,
});

/** The edition dates due over [from, to), checking every 10 minutes, each date once (as the ledger keeps it). */
function dates(s: Subscription, from: string, to: string): string[] {
  const seen = new Set<string>();
  for (let t = Date.parse(from); t < Date.parse(to); t += 600_000) {
    for (const e of dueAt([s], new Date(t), 4 * 3_600_000).due) seen.add(`${e.date}@${e.scheduledAt.toISOString()}`);
  }
  return [...seen].sort();
}

describe('cadences', () => {
  it('weekdays: Monday to Friday in the channel\'s zone, not the server\'s', () => {
    // 2026-11-27 is a Friday. In Tokyo, Saturday 07:30 local is Friday 22:30 UTC: not a weekday there.
    expect(dates(sub('07:30', 'Asia/Tokyo', 'weekdays'), '2026-11-26T00:00:00Z', '2026-12-01T00:00:00Z')).toEqual([
      '2026-11-26@2026-11-25T22:30:00.000Z', '2026-11-27@2026-11-26T22:30:00.000Z',
      '2026-11-30@2026-11-29T22:30:00.000Z', '2026-12-01@2026-11-30T22:30:00.000Z',
    ]);
    expect(nextRun(sub('08:00', 'Europe/Berlin', 'weekdays'), new Date('2026-11-27T09:00:00Z'))?.date).toBe('2026-11-30');
  });

  it('cron: the days and the time of a five-field expression; one run a day at most', () => {
    expect(parseCron('0 8 * * 1,3,5')?.time).toBe('08:00');
    expect(parseCron('*/15 8 * * *')).toBeNull();
    expect(parseCron('0 8,12 * * *')).toBeNull();
    expect(parseCron('0 0 8 * * *')).toBeNull();
    expect(parseCron('0 8 * * 9')).toBeNull();
    expect(dates(sub('08:00', 'Europe/Berlin', 'cron:0 8 * * 1,3,5'), '2026-11-30T00:00:00Z', '2026-12-07T00:00:00Z')).toEqual([
      '2026-11-30@2026-11-30T07:00:00.000Z', '2026-12-02@2026-12-02T07:00:00.000Z', '2026-12-04@2026-12-04T07:00:00.000Z',
    ]);
    // Day of month OR day of week when both are restricted, as cron has it; month names work.
    expect(cadenceAllows('cron:0 8 1 * mon', '2026-12-01')).toBe(true);
    expect(cadenceAllows('cron:0 8 1 * mon', '2026-12-07')).toBe(true);
    expect(cadenceAllows('cron:0 8 1 * mon', '2026-12-08')).toBe(false);
    expect(cadenceAllows('cron:0 8 * jan *', '2026-12-08')).toBe(false);
    expect(nextRun(sub('08:00', 'Europe/Berlin', 'cron:0 8 1 1 *'), new Date('2026-11-30T12:00:00Z'))?.date).toBe('2027-01-01');
  });

  it('across daylight saving: weekdays at 02:30 Berlin run once on the spring-forward Monday gap day and keep local time', () => {
    // 2026-03-29 (Sunday) is the spring-forward day; a weekday cron never fires on it, Monday is 02:30 CEST.
    expect(dates(sub('02:30', 'Europe/Berlin', 'cron:30 2 * * 0'), '2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z')).toEqual(['2026-03-29@2026-03-29T01:00:00.000Z']);
    expect(dates(sub('02:30', 'Europe/Berlin', 'weekdays'), '2026-03-27T00:00:00Z', '2026-03-31T00:00:00Z')).toEqual([
      '2026-03-27@2026-03-27T01:30:00.000Z', '2026-03-30@2026-03-30T00:30:00.000Z',
    ]);
    // Fall back in New York (1 Nov 2026, a Sunday): 01:30 happens twice; the Sunday cron runs once.
    expect(dates(sub('01:30', 'America/New_York', 'cron:30 1 * * 0'), '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z')).toEqual(['2026-11-01@2026-11-01T05:30:00.000Z']);
  });

  it('none: updates only, no digest', () => {
    expect(dates(sub('08:00', 'UTC', 'none'), '2026-11-30T00:00:00Z', '2026-12-03T00:00:00Z')).toEqual([]);
    expect(nextRun(sub('08:00', 'UTC', 'none'), new Date())).toBeNull();
  });
});

describe('digests that lead with what is new', () => {
  it('puts the changes first and knows when nothing is new', () => {
    const ds = fixtureDataset();
    const prev = { date: '2026-11-29', fingerprint: fingerprintOf(ds, '2026-11-29') };
    const quiet = buildDigest({ dataset: ds, date: '2026-11-30', locale: 'en', timezone: 'UTC', previous: prev });
    expect(quiet.nothingNew).toBe(true);
    expect(quiet.reply.blocks[1]).toBe("No changes to the dataset since this channel's last digest (29 Nov 2026).");
    const next = fixtureDataset((r) => { r.figures.find((f) => f.id === 're-mcs2026-au-reserves')!.value = 5_900_000; });
    const busy = buildDigest({ dataset: next, date: '2026-11-30', locale: 'en', timezone: 'UTC', previous: prev });
    expect(busy.nothingNew).toBe(false);
    expect(busy.reply.blocks[1]).toMatch(/^What changed since this channel's last digest \(29 Nov 2026\):\n• Revised: Rare earths, Australia/);
    // An event on a day since the previous digest is news too.
    const eventful = buildDigest({ dataset: ds, date: '2025-10-30', locale: 'en', timezone: 'UTC', previous: { date: '2025-10-29', fingerprint: fingerprintOf(ds, '2025-10-29') } });
    expect(eventful.nothingNew).toBe(false);
  });
});

describe('/digest subscribe with cadence, skip and updates (scheduler over a real store)', () => {
  let f: StoreFixture;
  let store: Store;
  let target: MemoryTarget;
  let clock: FakeClock;
  let h: Harness;
  beforeEach(async () => {
    f = await storeFixture('sqlite');
    store = await f.open();
    target = new MemoryTarget('slack');
    clock = new FakeClock(Date.parse('2026-11-27T12:00:00Z'));
    h = harness({ store, targets: [target], clock });
  });
  afterEach(async () => {
    await h.briefings.stop();
    await f.cleanup();
  });
  const run = async (line: string, locale: 'en' | 'de' = 'en'): Promise<string> => {
    const core = new CommandCore({ registry: createRegistry(), datasets: h.holder, clock: clock.now });
    core.services = h.core.services;
    const r = await core.handleText(line, { locale, localeExplicit: true, channel: slackChannel(), actor: { platform: 'slack', userId: 'U1', canManageChannel: true }, now: clock.now() });
    return [r.title ?? '', ...r.blocks].join('\n');
  };

  it('reads the words in any order, in English and German, and refuses a bad cron', async () => {
    expect(await run('/digest subscribe weekdays 07:30 skip')).toContain('Subscribed: this channel gets the Lodestone digest Monday to Friday at 07:30 (Europe/Berlin), in English.');
    expect(await run('/digest subscribe werktags', 'de')).toContain('montags bis freitags um 07:30 (Europe/Berlin)');
    const cron = await run('/digest subscribe cron 0 9 * * 1,3,5 updates');
    expect(cron).toContain('on the days of "0 9 * * 1,3,5" at 09:00 (Europe/Berlin)');
    expect(cron).toContain('Updates: each change to the dataset');
    expect(await run('/digest subscribe cron */5 * * * *')).toContain('is not a cron expression for one run a day');
    const s = await store.findSubscription('slack', 'T1', 'C1');
    expect(s).toMatchObject({ cadence: 'cron:0 9 * * 1,3,5', time: '09:00', skipEmpty: true, updates: true });
    expect(await run('/digest unsubscribe updates')).toContain('Updates stopped');
    expect((await store.findSubscription('slack', 'T1', 'C1'))?.updates).toBe(false);
  });

  it('reads quiet hours for update posts in English and German, and refuses a bad range', async () => {
    const en = await run('/digest subscribe updates quiet 22:00-07:00');
    expect(en).toContain('Quiet hours 22:00–07:00 (Europe/Berlin): update posts that fall in them wait until they end');
    expect((await store.findSubscription('slack', 'T1', 'C1'))).toMatchObject({ quiet: '22:00-07:00', updates: true, cadence: 'none' });
    const de = await run('/digest subscribe ruhezeit 23 uhr bis 6:30', 'de');
    expect(de).toContain('Ruhezeit 23:00–06:30 Uhr (Europe/Berlin): Aktualisierungen, die in sie fallen, warten bis zu ihrem Ende');
    expect((await store.findSubscription('slack', 'T1', 'C1'))).toMatchObject({ quiet: '23:00-06:30', cadence: 'none' });
    expect(await run('/digest subscribe 21:30-06:00')).toContain('Quiet hours 21:30–06:00');
    expect(await run('/digest subscribe quiet 22:00', 'en')).toContain('give quiet hours as two times, e.g. quiet 22:00-07:00');
    expect(await run('/digest subscribe ruhezeit abends', 'de')).toContain('Gib die Ruhezeit als zwei Uhrzeiten an');
    expect((await store.findSubscription('slack', 'T1', 'C1'))?.quiet).toBe('21:30-06:00');
    expect(await run('/digest subscribe ruhezeit aus', 'de')).toContain('Keine Ruhezeit');
    expect((await store.findSubscription('slack', 'T1', 'C1'))?.quiet).toBeNull();
  });

  it('skips a digest with nothing new when the channel asked for it, and records why', async () => {
    await run('/digest subscribe 08:00 UTC skip');
    for (const day of ['2026-11-28', '2026-11-29']) {
      clock.set(`${day}T08:00:30Z`);
      await h.briefings.scheduler.tick({ now: clock.now() });
      await h.briefings.scheduler.idle();
    }
    // The first digest is posted (nothing to compare with); the second had nothing new.
    expect(target.posts).toHaveLength(1);
    const rows = await store.allDeliveries();
    expect(rows.map((r) => [r.editionKey, r.status, r.reason])).toEqual([
      ['digest:2026-11-28', 'sent', null], ['digest:2026-11-29', 'skipped', 'nothing-new'],
    ]);
    const status = await h.briefings.service.status(h.ctx({ channel: slackChannel() }));
    expect(status.blocks.join('\n')).toContain('skipped — skipped: nothing new since the previous digest');
  });
});
