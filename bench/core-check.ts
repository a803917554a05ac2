// A tool for performance work on the command core, not a benchmark (no default export, so
// `npm run bench -- all` skips it). It answers every corpus input once with the reply cache off and a
// fixed clock, and either writes the answers to a file or compares them with one written before a
// change, so an optimisation is proven not to change a single answer byte:
//
//   npx tsx bench/core-check.ts write /tmp/before.json   # on the old code
//   npx tsx bench/core-check.ts check /tmp/before.json   # on the new code: exits 1 on any difference
//   npx tsx bench/core-check.ts cpu [passes]             # CPU µs per distinct answer, fresh process
//   npx tsx bench/core-check.ts prof FILE                # CPU profile of three distinct passes after two warm ones
//
// `cpu` reports the first pass (cold: JIT and lazily built per-dataset tables) and the median and best
// of the later ones, in CPU time rather than wall time, which a busy shared machine disturbs less.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadDataset, defaultDataDir } from '../src/dataset/load.js';
import { DatasetHolder } from '../src/dataset/holder.js';
import { createRegistry } from '../src/commands/index.js';
import { CommandCore } from '../src/commands/core.js';
import { buildCorpus, CORPUS_SEED, distinctSequence } from './corpus.js';
import { median } from './rounds.js';

// A fixed instant, so answers that speak of "today" compare equal between runs.
const NOW = new Date('2026-12-01T18:00:00Z');

async function main(): Promise<number> {
  const [mode = 'cpu', arg] = process.argv.slice(2);
  const loaded = await loadDataset(defaultDataDir());
  if (!loaded.ok) throw new Error(`dataset invalid: ${loaded.errors.length} errors`);
  const ds = loaded.dataset;
  const corpus = buildCorpus(ds);
  const core = new CommandCore({ registry: createRegistry(), datasets: new DatasetHolder(ds), replyCacheEntries: 0, clock: () => NOW });
  const answerAll = async (): Promise<Record<string, string>> => {
    const out: Record<string, string> = {};
    for (const c of corpus) out[`${c.locale}\u0000${c.line}`] = JSON.stringify(await core.handleText(c.line, { locale: c.locale }));
    return out;
  };

  if (mode === 'write' || mode === 'check') {
    if (!arg) throw new Error(`usage: core-check ${mode} FILE`);
    const answers = await answerAll();
    if (mode === 'write') {
      writeFileSync(arg, JSON.stringify(answers));
      process.stdout.write(`${Object.keys(answers).length} answers written to ${arg}\n`);
      return 0;
    }
    const before = JSON.parse(readFileSync(arg, 'utf8')) as Record<string, string>;
    const keys = new Set([...Object.keys(before), ...Object.keys(answers)]);
    let differ = 0;
    for (const k of keys) {
      if (before[k] === answers[k]) continue;
      if (++differ <= 10) process.stdout.write(`DIFF ${JSON.stringify(k)}\n  before ${before[k]}\n  after  ${answers[k]}\n`);
    }
    process.stdout.write(`${keys.size} inputs, ${differ} differ\n`);
    return differ ? 1 : 0;
  }

  if (mode === 'prof') {
    // Two warm passes (JIT, per-dataset indexes), then a CPU profile of three more.
    const { Session } = await import('node:inspector/promises');
    const runPass = async (p: number): Promise<void> => {
      const seq = distinctSequence(corpus.length, CORPUS_SEED + p);
      for (let i = 0; i < seq.length; i++) await core.handleText(corpus[seq[i]!]!.line, { locale: corpus[seq[i]!]!.locale });
    };
    for (let p = 0; p < 2; p++) await runPass(p);
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    for (let p = 2; p < 5; p++) await runPass(p);
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(arg ?? 'core.cpuprofile', JSON.stringify(profile));
    process.stdout.write(`profile written to ${arg ?? 'core.cpuprofile'}\n`);
    return 0;
  }

  const passes = Math.max(2, Number(arg ?? 6));
  const perPass: number[] = [];
  for (let p = 0; p < passes; p++) {
    const seq = distinctSequence(corpus.length, CORPUS_SEED + p);
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < seq.length; i++) {
      const c = corpus[seq[i]!]!;
      await core.handleText(c.line, { locale: c.locale });
    }
    const cpu = process.cpuUsage(cpu0);
    perPass.push((cpu.user + cpu.system) / seq.length);
  }
  process.stdout.write(`${JSON.stringify({ inputs: corpus.length, cold_cpu_us: Math.round(perPass[0]!), warm_cpu_us: Math.round(median(perPass.slice(1))), best_cpu_us: Math.round(Math.min(...perPass.slice(1))), passes: perPass.map(Math.round) })}\n`);
  return 0;
}

main().then((code) => process.exit(code), (err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
