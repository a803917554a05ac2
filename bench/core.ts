// `npm run bench -- core`: answers per second of the command core over a mix of commands and
// questions (EN/DE), beside a baseline doing the same record lookups directly on prebuilt Maps;
// latency percentiles; start-up (dataset loaded, validated, indexed) in a fresh child process; RSS.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { loadDataset, defaultDataDir } from '../src/dataset/load.js';
import type { Dataset } from '../src/dataset/dataset.js';
import { figureKey } from '../src/dataset/dataset.js';
import { DatasetHolder } from '../src/dataset/holder.js';
import { createRegistry } from '../src/commands/index.js';
import { CommandCore } from '../src/commands/core.js';
import type { CallContext } from '../src/commands/core.js';

/** What users type, commands and questions, English and German, with typos. */
export const MIX: string[] = [
  '/reserves china', '/reserves Vietnam', '/reserves Brasilien', 'reserves south africa', '/reserves united states lithium',
  '/reserves', '/production australia', '/production', '/element Nd', 'element neodymium', '/elements magnets', '/summit',
  '/summit "trump xi"', '/events Oct 2025', '/sources', '/help', 'reserves chna', '/reserves germany',
  "How large are Brazil's reserves?", 'Wie groß sind die Reserven von Brasilien?', 'Wofür wird Europium verwendet?',
  'When did Trump and Takaichi sign the agreement?', 'How many rare earth elements are there?',
  'Wer produziert am meisten seltene Erden?', "What's the weather?", 'Was ist schwer am Abbau?',
];

/** The bare baseline: the records each MIX entry needs, fetched straight from the dataset's Maps. */
function baselineOps(ds: Dataset): (() => unknown)[] {
  const fig = (mineral: string, country: string, measure: 'reserves' | 'production') => () => {
    const list = ds.figuresByKey.get(figureKey(mineral, country, measure)) ?? [];
    return { blocks: [String(list[0]?.value)], sources: list.flatMap((f) => f.sources.map((s) => ds.sourceById.get(s))) };
  };
  const ranking = (measure: 'reserves' | 'production') => () =>
    ds.countries.map((c) => ds.figuresByKey.get(figureKey('rare-earths', c.id, measure))?.[0]).filter(Boolean);
  const el = (symbol: string) => () => ({ el: ds.elementBySymbol.get(symbol), sources: ds.elementBySymbol.get(symbol)?.sources.map((s) => ds.sourceById.get(s)) });
  const ev = (id: string) => () => ({ ev: ds.eventById.get(id), sources: ds.eventById.get(id)?.sources.map((s) => ds.sourceById.get(s)) });
  const fact = (id: string) => () => ds.factById.get(id);
  const list = <T>(xs: readonly T[]) => () => xs.map((x) => x);
  return [
    fig('rare-earths', 'CN', 'reserves'), fig('rare-earths', 'VN', 'reserves'), fig('rare-earths', 'BR', 'reserves'), fig('rare-earths', 'ZA', 'reserves'),
    fig('lithium', 'US', 'reserves'), ranking('reserves'), fig('rare-earths', 'AU', 'production'), ranking('production'), el('Nd'), el('Nd'),
    list(ds.elements), ev('trump-xi-busan'), ev('trump-xi-busan'), list(ds.events), list(ds.sources), list(ds.elements),
    fig('rare-earths', 'CN', 'reserves'), fig('rare-earths', 'DE', 'reserves'), fig('rare-earths', 'BR', 'reserves'), fig('rare-earths', 'BR', 'reserves'),
    el('Eu'), ev('us-japan-framework'), fact('seventeen-elements'), ranking('production'), () => ds.meta, fact('mining-is-hard'),
  ];
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

interface Startup {
  startup_ms: number;
  startup_cpu_ms: number;
  process_to_ready_ms: number;
  rss_mb: number;
}

/**
 * Start-up is measured on compiled JavaScript, as `npm start` runs it (dist/), not through tsx's
 * on-the-fly TypeScript transform: core-startup.ts is bundled with esbuild (tsx's own compiler;
 * packages stay external) and run in a fresh Node process.
 */
async function compileStartup(): Promise<string> {
  const { build } = await import('esbuild');
  // Inside node_modules so the bundle's package imports resolve from the project.
  const cache = join(import.meta.dirname, '..', 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'lodestone-bench-'));
  const outfile = join(dir, 'core-startup.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'core-startup.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
  });
  return outfile;
}

async function startupInChild(): Promise<Startup> {
  const file = await compileStartup();
  try {
    // Best of three fresh processes: one start-up on a shared machine can catch a busy moment.
    const runs: Startup[] = [];
    for (let i = 0; i < 3; i++) runs.push(await runStartup(file));
    return runs.sort((a, b) => a.startup_ms - b.startup_ms)[0]!;
  } finally {
    rmSync(dirname(file), { recursive: true, force: true });
  }
}

function runStartup(file: string): Promise<Startup> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file], {
      stdio: ['ignore', 'pipe', 'inherit'],
      cwd: join(import.meta.dirname, '..'),
      // The bundle does not sit beside data/: name the directory.
      env: { ...process.env, LODESTONE_DATA_DIR: process.env.LODESTONE_DATA_DIR || join(import.meta.dirname, '..', 'data') },
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`start-up child exited ${code}`));
      resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Startup);
    });
  });
}

interface Run {
  ops: number;
  cpuOps: number;
  sorted: Float64Array;
}

/** Answers MIX round and round for `seconds`; wall-clock and CPU-time rates, per-answer latencies. */
async function measure(core: CommandCore, seconds: number): Promise<Run> {
  const call: CallContext = { locale: 'en' };
  // Warm-up: JIT and the lazily built indexes.
  for (let i = 0; i < 3_000; i++) await core.handleText(MIX[i % MIX.length]!, call);
  const latencies = new Float64Array(2_000_000);
  let n = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const until = t0 + seconds * 1000;
  while (performance.now() < until && n + MIX.length < latencies.length) {
    for (let k = 0; k < MIX.length; k++) {
      const s = performance.now();
      await core.handleText(MIX[k]!, call);
      latencies[n++] = performance.now() - s;
    }
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { ops: (n / ms) * 1000, cpuOps: n / ((cpu.user + cpu.system) / 1e6), sorted: latencies.slice(0, n).sort() };
}

export default async function run(): Promise<Record<string, unknown>> {
  const loaded = await loadDataset(defaultDataDir());
  if (!loaded.ok) throw new Error(`dataset invalid: ${loaded.errors.length} errors`);
  const ds = loaded.dataset;
  const seconds = Number(process.env.BENCH_SECONDS ?? 5);
  // The core as it runs (answers of read-only commands and offline questions cached per dataset)…
  const ours = await measure(new CommandCore({ registry: createRegistry(), datasets: new DatasetHolder(ds) }), seconds);
  // …and with the cache off, so every answer is computed from scratch.
  const uncached = await measure(new CommandCore({ registry: createRegistry(), datasets: new DatasetHolder(ds), replyCacheEntries: 0 }), seconds);
  const sorted = ours.sorted;

  const base = baselineOps(ds);
  let sink = 0;
  let m = 0;
  const b0 = performance.now();
  const bUntil = b0 + Math.min(seconds, 2) * 1000;
  while (performance.now() < bUntil) {
    for (const op of base) {
      if (await Promise.resolve(op())) sink++;
      m++;
    }
  }
  const baseMs = performance.now() - b0;
  if (sink < 0) throw new Error('unreachable');

  const startup = await startupInChild();
  return {
    bench: 'core',
    ours_ops: Math.round(ours.ops),
    baseline_ops: Math.round((m / baseMs) * 1000),
    p50_us: Math.round(percentile(sorted, 0.5) * 1000),
    p99_us: Math.round(percentile(sorted, 0.99) * 1000),
    startup_ms: Math.round(startup.startup_ms),
    startup_cpu_ms: Math.round(startup.startup_cpu_ms),
    process_to_ready_ms: Math.round(startup.process_to_ready_ms),
    rss_mb: Math.round(startup.rss_mb * 10) / 10,
    ours_ops_per_cpu_s: Math.round(ours.cpuOps),
    uncached_ops: Math.round(uncached.ops),
    uncached_ops_per_cpu_s: Math.round(uncached.cpuOps),
    uncached_p50_us: Math.round(percentile(uncached.sorted, 0.5) * 1000),
    uncached_p99_us: Math.round(percentile(uncached.sorted, 0.99) * 1000),
    mix: MIX.length,
    load_avg_1m: Math.round(loadavg()[0]! * 100) / 100,
  };
}
