// Child process of bench/core.ts: a fresh process that loads, validates and indexes the dataset
// and builds the command core, then reports how long that took and its resident memory.
const started = performance.now();
const cpu0 = process.cpuUsage();
const [{ loadDataset, defaultDataDir }, { indexDataset }, { DatasetHolder }, { createRegistry }, { CommandCore }] = await Promise.all([
  import('../src/dataset/load.js'),
  import('../src/dataset/lookup.js'),
  import('../src/dataset/holder.js'),
  import('../src/commands/index.js'),
  import('../src/commands/core.js'),
]);
const loaded = await loadDataset(process.env.LODESTONE_DATA_DIR || defaultDataDir());
if (!loaded.ok) {
  process.stderr.write(`dataset invalid: ${JSON.stringify(loaded.errors.slice(0, 3))}\n`);
  process.exit(1);
}
indexDataset(loaded.dataset);
const core = new CommandCore({ registry: createRegistry(), datasets: new DatasetHolder(loaded.dataset) });
const ready = performance.now();
const cpu = process.cpuUsage(cpu0);
// One answer proves the core is usable; not part of the start-up time.
await core.handleText('/reserves china', { locale: 'en' });
process.stdout.write(`${JSON.stringify({
  startup_ms: ready - started,
  startup_cpu_ms: (cpu.user + cpu.system) / 1000,
  process_to_ready_ms: ready,
  rss_mb: process.memoryUsage().rss / 2 ** 20,
})}\n`);
