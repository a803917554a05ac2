// One replica for `npm run bench -- recovery`: the real scheduler (production pacing and verify
// budgets, a short lease) on the shared store, posting to the loopback fake platforms until every
// ledger row is closed. The benchmark kills it with SIGKILL at random points and starts it again.
import { pino } from 'pino';
import { createBriefings } from '../src/briefings/index.js';
import { CommandCore } from '../src/commands/core.js';
import { Registry } from '../src/commands/registry.js';
import { parseConfig } from '../src/config.js';
import { DatasetHolder } from '../src/dataset/holder.js';
import { loadDataset } from '../src/dataset/load.js';
import { Metrics } from '../src/ops/metrics.js';
import { openStore } from '../src/store/index.js';
import { HttpTarget } from '../test/briefings/fixtures/http-target.js';

const env = process.env;
const base = Date.parse(env.RECOVERY_NOW!);
const wall = Number(env.RECOVERY_WALL!);
// Fake time that moves with real time, so leases expire across restarts.
const clock = (): Date => new Date(base + (Date.now() - wall));
const expected = Number(env.RECOVERY_EXPECT!);
const log = pino({ level: 'silent' });
const config = parseConfig({ LODESTONE_STATE_DIR: env.RECOVERY_STATE_DIR!, ...(env.RECOVERY_DATABASE_URL ? { DATABASE_URL: env.RECOVERY_DATABASE_URL } : {}) });
const store = await openStore(config, log);
const loaded = await loadDataset();
if (!loaded.ok) throw new Error('bundled dataset invalid');
const core = new CommandCore({ registry: new Registry(), datasets: new DatasetHolder(loaded.dataset), clock });
const targets = [new HttpTarget('slack', env.RECOVERY_SLACK_URL!, { sendChart: 'size' }), new HttpTarget('discord', env.RECOVERY_DISCORD_URL!, { sendChart: 'size' })];
const briefings = createBriefings({ config, log, metrics: new Metrics(), core, store, targets }, {
  clock, charts: false, leaseMs: Number(env.RECOVERY_LEASE_MS ?? 2000), postTimeoutMs: 5_000,
});
await briefings.start();
for (;;) {
  const rows = await store.allDeliveries();
  if (rows.length >= expected && rows.every((r) => r.status !== 'claimed')) break;
  await new Promise((r) => setTimeout(r, 250));
  await briefings.scheduler.tick({ now: clock() });
}
await briefings.stop();
await store.close();
process.exit(0);
