// Stored dataset versions are pruned on load, keeping what diffs and catch-up need: the version
// served now, the most recent ones, and the version each subscription's newest digest was built
// from (its next digest diffs against it, however old). SQLite and PostgreSQL.
import { afterEach, describe, expect, it } from 'vitest';
import { storeFixture, type StoreFixture } from '../store/helpers.js';
import { shouldRunPg } from '../store/pg-helper.js';
import { fixtureDataset } from '../briefings/fixtures/dataset.js';
import { FakeClock, harness, slackChannel } from '../briefings/fixtures/harness.js';
import { MemoryTarget } from '../briefings/fixtures/memory-target.js';
import { contentHash } from '../../src/updates/snapshot.js';

let f: StoreFixture | undefined;
afterEach(async () => { await f?.cleanup(); });

/** Version i: Malaysia's MCS 2026 reserves at 700,000 + i × 1,000 t. */
const version = (i: number) => fixtureDataset((r) => {
  if (i === 0) return;
  r.meta.version = `2026.12.${i}`;
  r.figures.find((x) => x.id === 're-mcs2026-my-reserves')!.value = 700_000 + i * 1000;
});

async function prunes(kind: 'sqlite' | 'postgres'): Promise<void> {
  f = await storeFixture(kind);
  const store = await f.open();
  const clock = new FakeClock(Date.parse('2026-12-01T06:00:00Z'));
  const target = new MemoryTarget('slack');
  const h = harness({ store, targets: [target], clock, dataset: version(0), options: { instanceId: 'a' } });
  try {
    await h.briefings.service.subscribe(h.ctx({ channel: slackChannel('C1') }), { time: '08:00', timezone: 'Europe/Berlin' });
    await h.briefings.start();
    clock.set('2026-12-01T07:00:30Z');
    await h.briefings.scheduler.tick({ now: clock.now() });
    await h.briefings.scheduler.idle();
    expect(target.posts).toHaveLength(1);
    // No digest for C1 until version 8: it is paused meanwhile (as after a permanent failure).
    const sub = (await store.listSubscriptions())[0]!;
    await store.setSubscriptionStatus(sub.id, 'paused', 'test', clock.now());
    // Versions 1..8, one every two days, in the afternoon (no digest due).
    for (let i = 1; i <= 8; i++) {
      clock.set(`2026-12-${String(1 + 2 * i).padStart(2, '0')}T15:00:00Z`);
      h.holder.swap(version(i));
      await h.briefings.served();
    }
    const stored = async (): Promise<number[]> => {
      const out: number[] = [];
      for (let i = 0; i <= 8; i++) if (await store.getDatasetVersion(contentHash(version(i)))) out.push(i);
      return out;
    };
    // Version 0 stays (C1's last digest was built from it); 1–3 go; the 5 most recent stay.
    expect(await stored()).toEqual([0, 4, 5, 6, 7, 8]);

    // C1 resumes: its digest lists what changed since version 0, from the kept version.
    await store.setSubscriptionStatus(sub.id, 'active', null, clock.now());
    clock.set('2026-12-18T07:00:30Z');
    await h.briefings.scheduler.tick({ now: clock.now() });
    await h.briefings.scheduler.idle();
    const digest = target.posts.at(-1)!.reply.blocks.join('\n');
    expect(digest).toContain("What changed since this channel's last digest (1 Dec 2026):\n• Dataset updated: 2026.11.1 → 2026.12.8.");
    expect(digest).toContain("USGS cuts Malaysia's rare-earth reserves from 710,000 t to 708,000 t");

    // Once no digest needs version 0 any more, the next load prunes it.
    clock.set('2026-12-19T15:00:00Z');
    h.holder.swap(version(9));
    await h.briefings.served();
    expect(await stored()).toEqual([5, 6, 7, 8]);
  } finally {
    await h.briefings.stop();
  }
}

describe('pruning stored dataset versions', () => {
  it('SQLite: keeps the versions digests and catch-up need, prunes the rest on load', async () => { await prunes('sqlite'); }, 60_000);
  it('PostgreSQL: keeps the versions digests and catch-up need, prunes the rest on load', async () => {
    if (!(await shouldRunPg())) return;
    await prunes('postgres');
  }, 60_000);
});
