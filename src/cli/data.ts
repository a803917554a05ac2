// `lodestone data check [--dir <path>]`: validates data/ the way the bot loads it and prints every
// problem as `file: path: reason (line N)`. Exit 0 when valid, 1 on any data error; usage errors
// exit 2 through the program's exitOverride.
import type { Command } from 'commander';
import { isAbsolute, relative } from 'node:path';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultDataDir, formatDataError, loadDataset } from '../dataset/load.js';
import type { Dataset } from '../dataset/dataset.js';
import { runDataDiff } from './data-diff.js';
import { unbumpedVersion } from './data-version.js';
import { styleWarnings } from '../dataset/check-style.js';
import { formatPath, type DataError } from '../dataset/errors.js';
import type { Issue } from '../dataset/check-text.js';

/** Warnings with their line numbers (the yaml package reads the few files concerned). */
async function locateWarnings(dir: string, issues: Issue[]): Promise<DataError[]> {
  const { LineCounter, parseDocument } = await import('yaml');
  const docs = new Map<string, { doc: ReturnType<typeof parseDocument>; lines: InstanceType<typeof LineCounter> } | undefined>();
  const out: DataError[] = [];
  for (const w of issues) {
    if (!docs.has(w.file)) {
      try {
        const lines = new LineCounter();
        docs.set(w.file, { doc: parseDocument(await readFile(join(dir, w.file), 'utf8'), { lineCounter: lines }), lines });
      } catch {
        docs.set(w.file, undefined);
      }
    }
    const d = docs.get(w.file);
    const node = d?.doc.getIn(w.at, true) as { range?: [number, number, number] } | undefined;
    const parent = d?.doc.getIn(w.at.slice(0, -1), true) as { range?: [number, number, number] } | undefined;
    const range = node?.range ?? parent?.range;
    out.push({ file: w.file, path: formatPath(w.at), reason: w.reason, ...(d && range ? { line: d.lines.linePos(range[0]).line } : {}) });
  }
  return out;
}

export function summarise(d: Dataset): string {
  const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
  return [
    count(d.sources.length, 'source'),
    count(d.countries.length, 'country', 'countries'),
    count(d.minerals.length, 'mineral'),
    count(d.editions.length, 'edition'),
    count(d.figures.length, 'figure'),
    count(d.elements.length, 'element'),
    count(d.events.length, 'event'),
    count(d.facts.length, 'fact'),
    count(d.discrepancies.length, 'discrepancy', 'discrepancies'),
  ].join(', ');
}

export async function runDataCheck(
  dir: string,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const started = performance.now();
  const result = await loadDataset(dir);
  const ms = Math.round(performance.now() - started);
  const rel = relative(process.cwd(), dir);
  const shown = rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? dir : rel;
  if (!result.ok) {
    for (const e of result.errors) err.write(`${formatDataError(e)}\n`);
    const n = result.errors.length;
    err.write(`data check failed: ${n} error${n === 1 ? '' : 's'} in ${shown}\n`);
    return 1;
  }
  const d = result.dataset;
  const warning = await unbumpedVersion(dir, d.meta.version);
  if (warning) err.write(`${warning}\n`);
  // Figures come from several files; name each by the file its mineral's figures live in.
  const figureAt = (i: number): { file: string; index: number } => {
    const f = d.figures[i]!;
    const file = `figures/${f.mineral}.yaml`;
    return { file, index: d.figures.filter((x, k) => k < i && x.mineral === f.mineral).length };
  };
  const warnings = await locateWarnings(dir, styleWarnings(d, figureAt));
  for (const w of warnings) err.write(`warning: ${formatDataError(w)}\n`);
  out.write(`data check passed: ${shown}, version ${d.meta.version}, as of ${d.meta.as_of}: ${summarise(d)} (loaded in ${ms} ms)${warnings.length ? `; ${warnings.length} warning${warnings.length === 1 ? '' : 's'} on stderr` : ''}\n`);
  return 0;
}

export function registerData(program: Command): void {
  const data = program.command('data').description('Work with the curated dataset in data/');
  data
    .command('check')
    .description('Validate the dataset (schema, references, consistency, dates, EN/DE texts); exit 1 on any error')
    .option('--dir <path>', 'data directory to check', defaultDataDir())
    .action(async (opts: { dir: string }) => {
      process.exitCode = await runDataCheck(opts.dir);
    });
  data
    .command('diff')
    .description('Print the changes a running bot would announce: --to (default data/) compared with --from (a directory, a served version, default the version served last)')
    .option('--from <dir|version>', 'a data directory, or a dataset version served before (looked up in the store)')
    .option('--to <dir>', 'the data directory to compare (default: the data directory)')
    .action(async (opts: { from?: string; to?: string }) => {
      process.exitCode = await runDataDiff(opts, { stdout: process.stdout, stderr: process.stderr, env: process.env });
    });
}
