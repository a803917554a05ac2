// The updates benchmark's delivery process, for the run that is killed with SIGKILL mid-fan-out:
// serves version 2 (recording it, and its change set the first time), posts the updates through
// the real scheduler, store and pacing to the fake platforms, and exits when every update is
// recorded as sent. Started again after the kill, it takes over the dead process's claims.
import { pino } from 'pino';
import { createBriefings } from '../../src/briefings/index.js';
import { CommandCore } from '../../src/commands/core.js';
import { Registry } from '../../src/commands/registry.js';
import { parseConfig } from '../../src/config.js';
import { DatasetHolder } from '../../src/dataset/holder.js';
import { Metrics } from '../../src/ops/metrics.js';
import { openStore } from '../../src/store/index.js';
import { HttpTarget } from '../../test/briefings/fixtures/http-target.js';
import { versions } from './data.js';

const env = process.env;
const expected = Number(env.WORKER_EXPECT);
const log = pino({ level: 'silent' });
const config = parseConfig({ LODESTONE_STATE_DIR: env.WORKER_STATE_DIR! });
const store = await openStore(config, log);
const { v2 } = await versions();
const holder = new DatasetHolder(v2);
const core = new CommandCore({ registry: new Registry(), datasets: holder });
const briefings = createBriefings({
  config, log, metrics: new Metrics(), core, store,
  targets: [new HttpTarget('discord', env.WORKER_DISCORD!), new HttpTarget('slack', env.WORKER_SLACK!)],
}, { charts: false, leaseMs: Number(env.WORKER_LEASE_MS ?? 3000) });
await briefings.start();
process.send?.('started');
for (;;) {
  const rows = await store.allDeliveries();
  if (rows.length >= expected && rows.every((r) => r.status !== 'claimed')) break;
  await new Promise((r) => setTimeout(r, 1000));
  await briefings.scheduler.tick();
}
await briefings.stop();
await store.close();
process.exit(0);
