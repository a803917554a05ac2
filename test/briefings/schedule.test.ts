// Daylight saving, decided by pure functions of fake instants: spring-forward runs once at the
// first minute after the gap; fall-back runs once, at the first occurrence.
import { describe, expect, it } from 'vitest';
import { dueAt, nextRun, scheduledAt } from '../../src/briefings/planner.js';
import { canonicalZone, localDate, localTime, zonedInstant } from '../../src/briefings/schedule.js';
import { parseSubscribeArgs } from '../../src/briefings/validate.js';
import type { Subscription } from '../../src/store/index.js';

const sub = (time: string, timezone: string, effectiveFrom = '2026-01-01T00:00:00Z'): Subscription => ({
  id: `${time}-${timezone}`, platform: 'slack', channelId: 'C', workspaceId: 'T', time, timezone, locale: 'en', status: 'active',
  statusReason: null, effectiveFrom: new Date(effectiveFrom), createdBy: null, createdAt: new Date(effectiveFrom), updatedAt: new Date(effectiveFrom),
  cadence: 'daily', skipEmpty: false, updates: false, updatesFrom: null, quiet: null,
});

const HOUR = 3_600_000;

/** Every minute of [from, to): the instants at which `s` is due, with their edition dates. */
function firings(s: Subscription, from: string, to: string, windowMs = 4 * HOUR): { at: string; date: string }[] {
  const seen = new Set<string>();
  const out: { at: string; date: string }[] = [];
  for (let t = Date.parse(from); t < Date.parse(to); t += 60_000) {
    for (const e of dueAt([s], new Date(t), windowMs).due) {
      // The ledger's unique (subscription, edition) key: the first due instant wins, later ones are no-ops.
      if (seen.has(e.date)) continue;
      seen.add(e.date);
      out.push({ at: new Date(t).toISOString(), date: e.date });
    }
  }
  return out;
}

describe('wall-clock times across daylight-saving changes', () => {
  it('Europe/Berlin spring-forward: 02:30 does not exist and runs at 03:00 local (01:00Z), once', () => {
    expect(zonedInstant('2026-03-29', '02:30', 'Europe/Berlin').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(localTime(zonedInstant('2026-03-29', '02:30', 'Europe/Berlin'), 'Europe/Berlin')).toBe('03:00');
    const s = sub('02:30', 'Europe/Berlin');
    expect(firings(s, '2026-03-27T22:00:00Z', '2026-03-30T22:00:00Z')).toEqual([
      { at: '2026-03-28T01:30:00.000Z', date: '2026-03-28' }, // 02:30 CET
      { at: '2026-03-29T01:00:00.000Z', date: '2026-03-29' }, // gap → 03:00 CEST
      { at: '2026-03-30T00:30:00.000Z', date: '2026-03-30' }, // 02:30 CEST
    ]);
  });

  it('Europe/Berlin fall-back: 02:30 happens twice and runs at the first (CEST), once', () => {
    const s = sub('02:30', 'Europe/Berlin');
    const f = firings(s, '2026-10-24T22:00:00Z', '2026-10-26T22:00:00Z');
    expect(f).toEqual([
      { at: '2026-10-25T00:30:00.000Z', date: '2026-10-25' },
      { at: '2026-10-26T01:30:00.000Z', date: '2026-10-26' },
    ]);
    // The second 02:30 (CET, 01:30Z) is still inside the window but the same edition date.
    expect(dueAt([s], new Date('2026-10-25T01:30:00Z'), 4 * HOUR).due.map((e) => e.date)).toEqual(['2026-10-25']);
  });

  it('America/New_York spring-forward: 02:30 runs at 03:00 EDT (07:00Z), once', () => {
    const s = sub('02:30', 'America/New_York');
    expect(firings(s, '2026-03-07T12:00:00Z', '2026-03-09T12:00:00Z')).toEqual([
      { at: '2026-03-07T07:30:00.000Z', date: '2026-03-07' },
      { at: '2026-03-08T07:00:00.000Z', date: '2026-03-08' },
      { at: '2026-03-09T06:30:00.000Z', date: '2026-03-09' },
    ].filter((x) => x.at >= '2026-03-07T12:00:00Z'));
  });

  it('America/New_York fall-back: 01:30 occurs at 05:30Z (EDT) and 06:30Z (EST) and runs at the first, once', () => {
    const s = sub('01:30', 'America/New_York');
    expect(scheduledAt(s, '2026-11-01').toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(localDate(new Date('2026-11-01T06:30:00Z'), 'America/New_York')).toBe('2026-11-01');
    expect(firings(s, '2026-10-31T12:00:00Z', '2026-11-02T12:00:00Z')).toEqual([
      { at: '2026-11-01T05:30:00.000Z', date: '2026-11-01' },
      { at: '2026-11-02T06:30:00.000Z', date: '2026-11-02' },
    ]);
  });

  it('an ordinary 08:00 Europe/Berlin subscription keeps 08:00 local on both sides of a change', () => {
    const s = sub('08:00', 'Europe/Berlin');
    expect(firings(s, '2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z').map((f) => f.at)).toEqual(['2026-03-28T07:00:00.000Z', '2026-03-29T06:00:00.000Z']);
  });

  it('is not due before its time, is due within the window, and is missed after it', () => {
    const s = sub('08:00', 'Europe/Berlin');
    expect(dueAt([s], new Date('2026-11-30T06:59:00Z'), 4 * HOUR).due).toEqual([]);
    expect(dueAt([s], new Date('2026-11-30T10:59:00Z'), 4 * HOUR).due.map((e) => e.date)).toEqual(['2026-11-30']);
    const late = dueAt([s], new Date('2026-11-30T11:00:00Z'), 4 * HOUR);
    expect(late.due).toEqual([]);
    expect(late.missed.map((e) => e.date)).toEqual(['2026-11-29', '2026-11-30']);
  });

  it('owes nothing scheduled before the subscription existed (subscribing never floods)', () => {
    const s = sub('08:00', 'Europe/Berlin', '2026-11-30T09:00:00Z');
    const p = dueAt([s], new Date('2026-11-30T09:01:00Z'), 4 * HOUR, 7);
    expect(p.due).toEqual([]);
    expect(p.missed).toEqual([]);
    expect(nextRun(s, new Date('2026-11-30T09:01:00Z'))!.at.toISOString()).toBe('2026-12-01T07:00:00.000Z');
  });

  it('next run is strictly after now, in the subscription zone', () => {
    const s = sub('08:00', 'America/New_York');
    expect(nextRun(s, new Date('2026-11-30T12:59:00Z'))).toEqual({ date: '2026-11-30', at: new Date('2026-11-30T13:00:00Z') });
    expect(nextRun(s, new Date('2026-11-30T13:00:00Z'))!.date).toBe('2026-12-01');
  });
});

describe('subscribe arguments', () => {
  it('canonicalises IANA zones and rejects offsets and unknown names', () => {
    expect(canonicalZone('europe/berlin')).toBe('Europe/Berlin');
    expect(canonicalZone('UTC')).toBe('UTC');
    expect(canonicalZone('+01:00')).toBeNull();
    expect(canonicalZone('Mars/Olympus')).toBeNull();
  });

  it('reads time, zone and language in any order and names what is wrong', () => {
    expect(parseSubscribeArgs(['8:00', 'Europe/Berlin', 'de'])).toEqual({ ok: true, time: '08:00', timezone: 'Europe/Berlin', locale: 'de' });
    expect(parseSubscribeArgs(['America/New_York', undefined, 'English'])).toEqual({ ok: true, timezone: 'America/New_York', locale: 'en' });
    expect(parseSubscribeArgs(['25:00'])).toMatchObject({ ok: false, problem: 'time', value: '25:00' });
    const zone = parseSubscribeArgs(['08:00', 'Europe/Berlinn']);
    expect(zone).toMatchObject({ ok: false, problem: 'timezone' });
    expect(zone.ok ? [] : zone.suggestions).toContain('Europe/Berlin');
    expect(parseSubscribeArgs(['fr'])).toMatchObject({ ok: false, problem: 'locale' });
  });
});
