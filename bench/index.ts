// `npm run bench -- NAME` runs bench/NAME.ts: its default export returns the figures, printed here as
// ONE JSON line, the last line of output. `npm run bench -- all` runs every benchmark, each in its
// own child process; with --write it stores docs/benchmarks.json and renders docs/benchmarks.md from
// it; `npm run bench -- render` re-renders the markdown from the JSON (bench/report.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt } from './shipped.js';

type Bench = () => Promise<Record<string, unknown>>;

async function main(): Promise<number> {
  const name = process.argv[2] ?? 'all';
  // Once, before any bench spawns children that import the compiled bot.
  if (name !== 'render') ensureBuilt();
  const write = process.argv.includes('--write');
  if (name === 'all') {
    const { runAll } = await import('./report.js');
    // `all --write core slack` runs only those; the others keep their figures in docs/benchmarks.json.
    const only = process.argv.slice(3).filter((a) => !a.startsWith('--'));
    const { ran, failed, figures } = await runAll({ write, ...(only.length ? { names: only } : {}) });
    process.stdout.write(`${JSON.stringify({ bench: 'all', ran, failed, ...(write ? { report: 'docs/benchmarks.md' } : {}), figures })}\n`);
    return failed.length ? 1 : 0;
  }
  if (name === 'render') {
    const { readStore, writeReport } = await import('./report.js');
    writeReport(readStore());
    process.stdout.write(`${JSON.stringify({ bench: 'render', report: 'docs/benchmarks.md' })}\n`);
    return 0;
  }
  const file = join(import.meta.dirname, `${name}.ts`);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name) || ['index', 'report', 'corpus', 'rounds', 'child', 'load-generator', 'core-startup', 'recovery-worker'].includes(name) || !existsSync(file)) {
    process.stderr.write(`no benchmark "${name}": expected bench/${name}.ts with a default export\n`);
    return 2;
  }
  const mod = (await import(pathToFileURL(file).href)) as { default?: Bench };
  if (typeof mod.default !== 'function') {
    process.stderr.write(`bench/${name}.ts has no default export run()\n`);
    return 2;
  }
  const figures = await mod.default();
  process.stdout.write(`${JSON.stringify(figures)}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exit(1);
  },
);
