// A signed slash command replayed to another replica inside the five-minute window runs once: two
// real Bolt apps (HTTP receiver, signed requests) share one PostgreSQL store, where trigger ids are
// remembered (command_replays).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postSigned, slashBody } from '../fakes/slack/sign.js';
import { storeFixture, type StoreFixture } from '../store/helpers.js';
import { shouldRunPg } from '../store/pg-helper.js';
import { SECRET, startHarness, type Harness } from './harness.js';

const runPg = await shouldRunPg();

describe.runIf(runPg)('slash-command replays across two replicas on one PostgreSQL', () => {
  let f: StoreFixture;
  let replicas: Harness[] = [];
  const runs: string[] = [];

  beforeAll(async () => {
    f = await storeFixture('postgres');
    for (const name of ['a', 'b']) {
      const h = await startHarness({ app: { store: await f.open() } });
      h.core.onCommand(() => runs.push(name));
      replicas.push(h);
    }
  });
  afterAll(async () => {
    for (const h of replicas) await h.close();
    replicas = [];
    await f?.cleanup();
  });

  it('runs a command once when the same signed request reaches the other replica; a new trigger_id runs', async () => {
    const [a, b] = replicas as [Harness, Harness];
    const body = slashBody({ command: '/echo', text: 'once only', trigger_id: '311.replayed', response_url: a.fake.respondUrl('replay') });
    const first = await postSigned(a.url, body, { secret: SECRET });
    expect(first.status).toBe(200);
    expect(JSON.stringify(first.json())).toContain('once only');
    // The same signed body, to the other replica, now and a minute later (a fresh signature).
    const again = await postSigned(b.url, body, { secret: SECRET });
    const later = await postSigned(b.url, body, { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) - 60 });
    expect([again.status, later.status]).toEqual([200, 200]);
    expect(again.text).toBe('');
    expect(later.text).toBe('');
    expect(runs).toEqual(['a']);
    const fresh = await b.command({ command: '/echo', text: 'another', trigger_id: '312.fresh' });
    expect(JSON.stringify(fresh.json())).toContain('another');
    expect(runs).toEqual(['a', 'b']);
  });
});
