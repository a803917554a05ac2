// A digest leads with what is new since that channel's own last delivered digest: the dataset
// changes between the version that digest was built from and the version served now, through the
// real service, scheduler and store, across versions and restarts, on SQLite and PostgreSQL.
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { storeFixture, type StoreFixture } from '../store/helpers.js';
import { shouldRunPg } from '../store/pg-helper.js';
import { FakeClock, harness, slackChannel, type Harness } from '../briefings/fixtures/harness.js';
import { MemoryTarget } from '../briefings/fixtures/memory-target.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import { v1, v2, v3 } from './versions.js';
import { buildDigest } from '../../src/briefings/digest.js';
import { fingerprintOf } from '../../src/briefings/fingerprint.js';
import { diffDatasets } from '../../src/updates/changes.js';

let f: StoreFixture | undefined;
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const s of stops.splice(0)) await s();
  await f?.cleanup();
});

const text = (r: { title?: string; blocks: string[] }): string => [r.title ?? '', ...r.blocks].join('\n');

function make(store: Store, target: MemoryTarget, clock: FakeClock, id: string, ds: Dataset): Harness {
  const h = harness({ store, targets: [target], clock, dataset: ds, options: { instanceId: id } });
  stops.push(() => h.briefings.stop());
  return h;
}

async function leads(kind: 'sqlite' | 'postgres'): Promise<void> {
  f = await storeFixture(kind);
  const store = await f.open();
  // Tuesday 1 Dec 2026, 06:00 UTC; digests at 08:00 Berlin (07:00 UTC).
  const clock = new FakeClock(Date.parse('2026-12-01T06:00:00Z'));
  const target = new MemoryTarget('slack');
  let h = make(store, target, clock, 'a', v1());
  // C1 every day, skipping days with nothing new; C2 on Tuesdays and Fridays only, in German.
  await h.briefings.service.subscribe(h.ctx({ channel: slackChannel('C1') }), { time: '08:00', timezone: 'Europe/Berlin', skipEmpty: true });
  await h.briefings.service.subscribe(h.ctx({ channel: slackChannel('C2'), locale: 'de' }), { locale: 'de', cadence: 'cron:0 8 * * 2,5', timezone: 'Europe/Berlin' });
  await h.briefings.start();
  const day = async (iso: string): Promise<Map<string, string>> => {
    const before = target.posts.length;
    clock.set(iso);
    await h.briefings.scheduler.tick({ now: clock.now() });
    await h.briefings.scheduler.idle();
    return new Map(target.posts.slice(before).filter((p) => p.reply.title?.includes('digest')).map((p) => [p.channel.channelId, text(p.reply)]));
  };
  const restart = async (ds: Dataset, id: string): Promise<void> => {
    await h.briefings.stop();
    h = make(store, target, clock, id, ds);
    await h.briefings.start();
  };

  const d1 = await day('2026-12-01T07:00:30Z');
  expect(d1.get('C1')).toContain("This is this channel's first digest");
  expect(d1.get('C2')).toContain('Dies ist der erste Digest dieses Kanals');

  // Version 2 arrives at noon; a restart; the next morning C1 leads with its changes.
  clock.set('2026-12-01T12:00:00Z');
  await restart(v2(), 'b');
  const d2 = await day('2026-12-02T07:00:30Z');
  expect([...d2.keys()]).toEqual(['C1']);
  const c1 = d2.get('C1')!;
  expect(c1).toContain([
    "What changed since this channel's last digest (1 Dec 2026):",
    '• Dataset updated: 2026.11.1 → 2026.12.1.',
    '• Outcome recorded: Trump–Xi meeting in Busan. China suspended its October export controls for a year. (/summit trump-xi-busan)',
    "• USGS cuts Australia's rare-earth reserves from 6.3 to 5.9 million t (USGS MCS 2026 (v1.0)) (/reserves AU rare-earths)",
  ].join('\n'));
  // Each change once: not again from the fingerprint's own view of the same outcome and figure.
  expect(c1.match(/Outcome recorded/g)).toHaveLength(1);
  expect(c1).not.toContain('Revised: Rare earths, Australia');

  // Nothing new on 3 Dec: C1 skips. Version 3 arrives after that; a restart again.
  expect((await day('2026-12-03T07:00:30Z')).size).toBe(0);
  clock.set('2026-12-03T12:00:00Z');
  await restart(v3(), 'c');

  // Friday: C1's last delivered digest is 2 Dec, so only version 3's change; C2's is 1 Dec, so both
  // versions' changes, once, in German.
  const d4 = await day('2026-12-04T07:00:30Z');
  expect(d4.get('C1')).toContain([
    "What changed since this channel's last digest (2 Dec 2026):",
    '• Dataset updated: 2026.12.1 → 2026.12.2.',
    "• USGS raises Malaysia's rare-earth reserves from 710,000 t to 720,000 t (USGS MCS 2026 (v1.0)) (/reserves MY rare-earths)",
  ].join('\n'));
  expect(d4.get('C1')).not.toContain('Outcome recorded');
  const c2 = d4.get('C2')!;
  expect(c2).toContain('Was sich seit dem letzten Digest dieses Kanals (1. Dez. 2026) geändert hat:\n• Datensatz aktualisiert: 2026.11.1 → 2026.12.2.');
  expect(c2).toContain('• Ergebnis verzeichnet: Treffen Trump–Xi in Busan.');
  expect(c2).toContain('Australien, Seltene Erden (Reserven): USGS senkt von 6,3 auf 5,9 Mio. t');
  expect(c2).toContain('Malaysia, Seltene Erden (Reserven): USGS erhöht von 710.000 t auf 720.000 t');

  // Tuesday: C2 has nothing new since Friday; it says so (it does not skip).
  await restart(v3(), 'd');
  const d8 = await day('2026-12-08T07:00:30Z');
  expect(d8.get('C2')).toContain('Keine Änderungen am Datensatz seit dem letzten Digest dieses Kanals (4. Dez. 2026).');
  expect(d8.has('C1')).toBe(false);
}

describe('digests lead with what is new for the channel', () => {
  it('SQLite: since each channel\'s own last digest, across versions and restarts', async () => { await leads('sqlite'); }, 60_000);
  it('PostgreSQL: since each channel\'s own last digest, across versions and restarts', async () => {
    if (!(await shouldRunPg())) return;
    await leads('postgres');
  }, 60_000);
});

describe('the version changes in a digest, as of its date', () => {
  it('hold back what was not known on the edition date, and show it once when it is', () => {
    const [a, b] = [v1(), v2()];
    const changes = diffDatasets(a, b);
    const block = (date: string, prevDate: string): string =>
      buildDigest({ dataset: b, date, locale: 'en', timezone: 'UTC', previous: { date: prevDate, fingerprint: fingerprintOf(a, prevDate), changes } }).reply.blocks[1]!;
    // 5 Nov 2025: the outcome is dated 7 Nov, the revised figure is from MCS 2026 (Feb 2026).
    expect(block('2025-11-05', '2025-11-04')).toBe("What changed since this channel's last digest (4 Nov 2025):\n• Dataset updated: 2026.11.1 → 2026.12.1.");
    const nov8 = block('2025-11-08', '2025-11-04');
    expect(nov8.match(/Outcome recorded/g)).toHaveLength(1);
    expect(nov8).not.toContain('Australia');
  });
});
