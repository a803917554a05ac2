// `npm run bench -- core`: answers per second of the command core over the shared corpus
// (bench/corpus.ts), in alternating rounds (bench/rounds.ts) of two workloads: the mix (Zipf-replayed
// corpus, reply cache on) and distinct (every input once per round, reply cache off). Beside it, the
// bare baseline: for each input, the records it names fetched straight from the dataset's prebuilt
// Maps (no parsing rules, no fuzzy matching, no wording). Latency percentiles per answer; start-up
// (dataset loaded, validated, indexed) in a fresh child process; RSS.
// Settings: CORE_BENCH_ROUNDS (9), CORE_BENCH_MIX (20000 answers per mix round).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import type { Dataset } from '../src/dataset/dataset.js';
import type { CommandCore } from '../src/commands/core.js';
import { shipped } from './shipped.js';
import { buildCorpus, CORPUS_SEED, describeCorpus, distinctSequence, zipfSequence, type CorpusInput } from './corpus.js';
import { alternate, envNumber, median, warmupPasses, workloadFigures, type Sample, type Side, type Workload } from './rounds.js';

/**
 * The bare baseline: every word of an input looked up in one Map of the dataset's names and ids
 * (countries, minerals, elements, events, sources, commands), and the records found returned with
 * their sources. What any answer needs at least, with nothing of the work that makes it an answer.
 */
function baselineLookup(ds: Dataset): (input: CorpusInput) => unknown[] {
  type Rec = object & { sources?: readonly string[] };
  const names = new Map<string, Rec>();
  const put = (k: string, v: Rec): void => void names.set(k.toLowerCase(), v);
  for (const c of ds.countries) for (const n of [c.id, c.name.en, c.name.de, ...c.aliases]) put(n, c);
  for (const m of ds.minerals) for (const n of [m.id, m.name.en, m.name.de]) put(n, m);
  for (const e of ds.elements) for (const n of [e.symbol, e.name.en, e.name.de]) put(n, e);
  for (const e of ds.events) put(e.id, e);
  for (const s of ds.sources) put(s.id, s);
  return (input) => {
    const found: unknown[] = [];
    for (const w of input.line.toLowerCase().split(/[^\p{L}\p{N}-]+/u)) {
      const hit = names.get(w);
      if (hit) found.push(hit, ...(hit.sources ?? []).map((id) => ds.sourceById.get(id)));
    }
    return found;
  };
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

/** One round: the inputs of `seq` answered one after another; rate, per-answer latency, CPU. */
async function round(answer: (c: CorpusInput) => unknown, corpus: readonly CorpusInput[], seq: Uint32Array): Promise<Sample> {
  const latencies = new Float64Array(seq.length);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < seq.length; i++) {
    const s = performance.now();
    await answer(corpus[seq[i]!]!);
    latencies[i] = performance.now() - s;
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  latencies.sort();
  return { rps: (seq.length / ms) * 1000, p99_ms: percentile(latencies, 0.99), cpu_us: (cpu.user + cpu.system) / seq.length, errors: 0 };
}

export default async function run(): Promise<Record<string, unknown>> {
  const [{ loadDataset, defaultDataDir }, { DatasetHolder }, { createRegistry }, { CommandCore }] = await Promise.all([
    shipped<typeof import('../src/dataset/load.js')>('dataset/load'), shipped<typeof import('../src/dataset/holder.js')>('dataset/holder'),
    shipped<typeof import('../src/commands/index.js')>('commands/index'), shipped<typeof import('../src/commands/core.js')>('commands/core'),
  ]);
  const loaded = await loadDataset(defaultDataDir());
  if (!loaded.ok) throw new Error(`dataset invalid: ${loaded.errors.length} errors`);
  const ds = loaded.dataset;
  const rounds = Math.max(1, Math.floor(envNumber('CORE_BENCH_ROUNDS', 9)));
  const mixN = Math.floor(envNumber('CORE_BENCH_MIX', 20_000));
  const corpus = buildCorpus(ds);
  const seqOf = (workload: Workload, r: number): Uint32Array => workload === 'mix' ? zipfSequence(corpus.length, mixN, CORPUS_SEED + r) : distinctSequence(corpus.length, CORPUS_SEED + r);
  const coreSide = (core: CommandCore): Side => ({
    run: (workload, r) => round((c) => core.handleText(c.line, { locale: c.locale }), corpus, seqOf(workload, r)),
  });
  const cached = new CommandCore({ registry: createRegistry(), datasets: new DatasetHolder(ds) });
  const uncached = new CommandCore({ registry: createRegistry(), datasets: new DatasetHolder(ds), replyCacheEntries: 0 });
  const lookup = baselineLookup(ds);
  // The baseline is awaited like an answer, so both pay the same promise round trip.
  const baseline: Side = { run: (workload, r) => round((c) => Promise.resolve(lookup(c)), corpus, seqOf(workload, r)) };

  const profile = process.env.BENCH_PROFILE as Workload | undefined;
  if (profile === 'mix' || profile === 'distinct') {
    // Only ours on one workload, for `node --cpu-prof --import tsx bench/index.ts core`.
    const side = coreSide(profile === 'mix' ? cached : uncached);
    const samples: Sample[] = [];
    for (let r = 0; r < rounds; r++) samples.push(await side.run(profile, r));
    return { bench: 'core', profile, ops: Math.round(median(samples.map((x) => x.rps))) };
  }

  // Warm-up: JIT, lazily built indexes, and the mix's cache filled as a running bot's would be. The
  // same distinct passes as the platform benches (warmupPasses, bench/rounds.ts): after one, V8 was
  // still compiling the router through the first rounds, which measured start-up, not a running bot.
  for (const side of [coreSide(cached), coreSide(uncached), baseline]) {
    for (let pass = 0; pass < warmupPasses(); pass++) await side.run('distinct', 1_000 + pass);
    await side.run('mix', 1_000);
  }
  const res = await alternate({ name: 'core', rounds, ours: { mix: coreSide(cached), distinct: coreSide(uncached) }, baseline });
  const mix = workloadFigures('mix', res.mix);
  const distinct = workloadFigures('distinct', res.distinct);
  const startup = await startupInChild();
  const us = (ms: unknown): number => Math.round(Number(ms) * 1000);
  return {
    bench: 'core',
    distinct_inputs: corpus.length,
    distinct_ops: distinct.distinct_ours_rps,
    mix_ops: mix.mix_ours_rps,
    baseline_ops: mix.mix_baseline_rps,
    mix_ratio_rps: mix.mix_ratio_rps,
    distinct_ratio_rps: distinct.distinct_ratio_rps,
    mix_ratio_p99: mix.mix_ratio_p99,
    distinct_ratio_p99: distinct.distinct_ratio_p99,
    mix_p99_us: us(mix.mix_ours_p99_ms),
    distinct_p99_us: us(distinct.distinct_ours_p99_ms),
    baseline_p99_us: us(mix.mix_baseline_p99_ms),
    distinct_ops_spread: res.distinct.ours.map((x) => Math.round(x.rps)).sort((a, b) => a - b).filter((_, i, xs) => i === 0 || i === xs.length - 1),
    mix_ratio_rps_spread: mix.mix_ratio_rps_spread,
    distinct_ratio_rps_spread: distinct.distinct_ratio_rps_spread,
    mix_cpu_us: mix.mix_ours_cpu_us,
    distinct_cpu_us: distinct.distinct_ours_cpu_us,
    startup_ms: Math.round(startup.startup_ms),
    startup_cpu_ms: Math.round(startup.startup_cpu_ms),
    process_to_ready_ms: Math.round(startup.process_to_ready_ms),
    rss_mb: Math.round(startup.rss_mb * 10) / 10,
    rounds,
    mix_answers_per_round: mixN,
    corpus: describeCorpus(corpus),
    load_avg_1m: Math.round(loadavg()[0]! * 100) / 100,
  };
}
