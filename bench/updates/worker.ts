// The updates benchmark's delivery process, for the run that is killed with SIGKILL mid-fan-out:
// serves version 2 (recording it, and its change set the first time), posts the updates through
// the real scheduler, store and pacing to the fake platforms, and exits when every update is
// recorded as sent. Started again after the kill, it takes over the dead process's claims.
// It tells the benchmark when it is up and, on exit, what its recovery did (claims taken over,
// channel reads), so the restart's cost can be broken down.
import { pino } from 'pino';
import { createBriefings } from '../../src/briefings/index.js';
import type { DeliveryTarget } from '../../src/briefings/delivery.js';
import { CommandCore } from '../../src/commands/core.js';
import { Registry } from '../../src/commands/registry.js';
import { parseConfig } from '../../src/config.js';
import { DatasetHolder } from '../../src/dataset/holder.js';
import { Metrics } from '../../src/ops/metrics.js';
import { openStore } from '../../src/store/index.js';
import { HttpTarget } from '../../test/briefings/fixtures/http-target.js';
import { current } from './data.js';

const env = process.env;
const expected = Number(env.WORKER_EXPECT);
// Info lines counted by message (takeovers, found-already-posted), with when each first appeared.
const said = new Map<string, { n: number; first: number; last: number }>();
const log = pino({ level: 'info' }, { write: (line: string) => {
  const msg = (JSON.parse(line) as { msg?: string }).msg ?? '';
  const now = Date.now();
  const c = said.get(msg) ?? { n: 0, first: now, last: now };
  c.n++;
  c.last = now;
  said.set(msg, c);
} });
const config = parseConfig({ LODESTONE_STATE_DIR: env.WORKER_STATE_DIR! });
const store = await openStore(config, log);
const v2 = await current();
const holder = new DatasetHolder(v2);
const core = new CommandCore({ registry: new Registry(), datasets: holder });
let reads = 0;
const counted = (t: DeliveryTarget): DeliveryTarget => {
  const find = t.findPosted.bind(t);
  t.findPosted = (...a) => { reads++; return find(...a); };
  return t;
};
const metrics = new Metrics();
const briefings = createBriefings({
  config, log, metrics, core, store,
  targets: [counted(new HttpTarget('discord', env.WORKER_DISCORD!)), counted(new HttpTarget('slack', env.WORKER_SLACK!))],
}, { charts: false, leaseMs: Number(env.WORKER_LEASE_MS ?? 3000) });
process.send?.({ type: 'up', at: Date.now() });
await briefings.start();
process.send?.({ type: 'started', at: Date.now() });
// Nothing here ticks the scheduler: taking over the dead process's claims is the product's own
// doing (its heartbeat finds them when their lease runs out). This loop only notices the end, and
// reads the ledger only while the fan-out is idle.
for (;;) {
  await briefings.scheduler.idle();
  const rows = await store.allDeliveries();
  if (rows.length >= expected && rows.every((r) => r.status !== 'claimed')) break;
  await new Promise((r) => setTimeout(r, 250));
}
await briefings.stop();
const byStatus = Object.fromEntries((await metrics.deliveries.get()).values.map((v) => [`${String(v.labels.platform)}:${String(v.labels.status)}`, v.value]));
process.send?.({ type: 'done', at: Date.now(), reads, byStatus, said: Object.fromEntries(said) });
await store.close();
process.exit(0);
