// `npm run bench -- all [--write]`: runs every benchmark, each in its own child process (so one
// bench's memory, JIT state and open handles never colour the next). With --write it stores the
// figures in docs/benchmarks.json and renders docs/benchmarks.md from that file alone
// (`npm run bench -- render` re-renders without running); test/ops/bench-report.test.ts fails when
// the markdown does not match the JSON, so no figure is ever edited by hand. A bench that fails in
// one run keeps its last good figures, marked as such.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH_DIR = join(ROOT, 'bench');
const ORDER = ['core', 'slack', 'discord', 'discord-http', 'digest', 'updates', 'ask', 'load', 'recovery'];
/** Files in bench/ that are not benchmarks themselves. */
const NOT_BENCHES = new Set(['index', 'report', 'corpus', 'rounds', 'child', 'load-generator', 'core-startup', 'recovery-worker']);
const PER_BENCH_TIMEOUT_MS = 20 * 60_000;

export type Figures = Record<string, unknown>;

export interface Machine {
  cpu: string;
  cores: number;
  ram_gb: number;
  node: string;
  os: string;
  date: string;
}

interface Entry {
  figures?: Figures;
  ran_at?: string;
  machine?: Machine;
  /** Set when the latest attempt failed; `figures` are then from an earlier run. */
  failed?: { at: string; reason: string };
}

/** docs/benchmarks.json: the machine of the last full run and each bench's latest entry. */
export interface Store {
  run?: Machine;
  benches: Record<string, Entry>;
}

export const JSON_PATH = join(ROOT, 'docs', 'benchmarks.json');
export const MD_PATH = join(ROOT, 'docs', 'benchmarks.md');

export function readStore(path = JSON_PATH): Store {
  if (!existsSync(path)) return { benches: {} };
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<Store>;
  return { ...(raw.run ? { run: raw.run } : {}), benches: raw.benches ?? {} };
}

export function machine(): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    ram_gb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${platform()} ${release()}`,
    date: new Date().toISOString(),
  };
}

/** Every bench/NAME.ts that exports a default run(), in the documented order first. */
export function benchNames(): string[] {
  const found = readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3))
    .filter((n) => !NOT_BENCHES.has(n) && /export\s+default\s+(async\s+)?function/.test(readFileSync(join(BENCH_DIR, `${n}.ts`), 'utf8')));
  return [...ORDER.filter((n) => found.includes(n)), ...found.filter((n) => !ORDER.includes(n)).sort()];
}

/** Runs `bench/index.ts NAME` in a child process; its last stdout line is the figures. */
export function runInChild(name: string): Promise<Figures> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(BENCH_DIR, 'index.ts'), name], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, LODESTONE_BENCH_CHILD: '1' },
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      process.stderr.write(chunk); // progress stays visible; stdout is kept for the summary
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), PER_BENCH_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return reject(new Error(signal ? `killed by ${signal}` : `exit code ${code}`));
      try {
        const figures = JSON.parse(last) as unknown;
        if (!figures || typeof figures !== 'object' || Array.isArray(figures)) throw new Error('not an object');
        resolvePromise(figures as Figures);
      } catch {
        reject(new Error('the last line of output is not a JSON object'));
      }
    });
  });
}

interface Target {
  text: string;
  met(f: Figures): boolean | undefined;
}

const num = (f: Figures, k: string): number | undefined => (typeof f[k] === 'number' ? (f[k] as number) : undefined);
const all = (...checks: (boolean | undefined)[]): boolean | undefined => (checks.some((c) => c === undefined) ? undefined : checks.every(Boolean));

const platformTarget = (f: Figures): boolean | undefined =>
  all(ge(num(f, 'mix_ratio_rps'), 0.9), ge(num(f, 'distinct_ratio_rps'), 0.7), le(num(f, 'mix_ratio_p99'), 1.2));

/** The targets of the issues, checked against the figures. */
export const TARGETS: Record<string, Target> = {
  core: { text: 'distinct_ops ≥ 20,000 answers/s (reply cache off), start-up < 1 s', met: (f) => all(ge(num(f, 'distinct_ops'), 20_000), lt(num(f, 'startup_ms'), 1_000)) },
  slack: { text: 'mix_ratio_rps ≥ 0.9, distinct_ratio_rps ≥ 0.7, mix_ratio_p99 ≤ 1.2', met: platformTarget },
  discord: { text: 'mix_ratio_rps ≥ 0.9, distinct_ratio_rps ≥ 0.7, mix_ratio_p99 ≤ 1.2', met: platformTarget },
  'discord-http': { text: 'ratio_rps ≥ 0.9', met: (f) => ge(num(f, 'ratio_rps'), 0.9) },
  digest: { text: 'ratio_to_floor ≤ 1.1, 0 duplicates, 0 missed', met: (f) => all(le(num(f, 'ratio_to_floor'), 1.1), eq(num(f, 'duplicates'), 0), eq(num(f, 'missed'), 0)) },
  updates: { text: 'ratio_to_floor ≤ 1.1 (clean run), 0 duplicates, 0 missed (incl. a SIGKILL mid-fan-out run)', met: (f) => all(le(num(f, 'ratio_to_floor'), 1.1), eq(num(f, 'duplicates'), 0), eq(num(f, 'missed'), 0)) },
  ask: { text: 'median model calls ≤ 2, median prompt tokens ≤ 2,500, 0 unsupported figures', met: (f) => all(le(num(f, 'median_model_calls'), 2), le(num(f, 'median_prompt_tokens'), 2_500), eq(num(f, 'unsupported_figures'), 0)) },
  recovery: { text: '0 duplicates, 0 missed, 0 ledger mismatches, ratio_to_floor ≤ 1.3', met: (f) => all(eq(num(f, 'duplicates'), 0), eq(num(f, 'missed'), 0), eq(num(f, 'ledger_mismatches'), 0), le(num(f, 'ratio_to_floor'), 1.3)) },
  load: { text: '≥ 1,000 req/s on the mix, 0 errors, rss_growth ≤ 0.1, mix_ratio_p99 ≤ 1.2', met: (f) => all(ge(num(f, 'rps'), 1_000), eq(num(f, 'errors'), 0), le(num(f, 'rss_growth'), 0.1), le(num(f, 'mix_ratio_p99'), 1.2)) },
};

function ge(v: number | undefined, t: number): boolean | undefined { return v === undefined ? undefined : v >= t; }
function lt(v: number | undefined, t: number): boolean | undefined { return v === undefined ? undefined : v < t; }
function le(v: number | undefined, t: number): boolean | undefined { return v === undefined ? undefined : v <= t; }
function eq(v: number | undefined, t: number): boolean | undefined { return v === undefined ? undefined : v === t; }

function formatFigure(v: unknown): string {
  if (typeof v === 'number') {
    if (Number.isInteger(v)) return v.toLocaleString('en-US');
    return Math.abs(v) >= 100 ? v.toLocaleString('en-US', { maximumFractionDigits: 0 }) : String(Math.round(v * 1000) / 1000);
  }
  return typeof v === 'string' ? v : JSON.stringify(v);
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Figures shown in the table row; the corpus make-up goes below the table. */
const rowFigures = (f: Figures): [string, unknown][] => Object.entries(f).filter(([k]) => k !== 'bench' && k !== 'corpus');

/** docs/benchmarks.md, from docs/benchmarks.json alone. */
export function renderMarkdown(store: Store): string {
  const run = store.run;
  const lines = [
    '# Benchmarks',
    '',
    '<!-- Generated by `npm run bench -- all --write` from docs/benchmarks.json; `npm run bench -- render` re-renders. Do not edit. -->',
    '',
    'Each row holds the latest figures of one benchmark; `npm run bench -- NAME` runs one and prints its JSON line.',
    'Ours and the bare baseline run in the same process run, in alternating rounds, so ratios compare like with',
    'like on the same machine. How the figures are made (corpus, Zipf mix, rounds, baselines): docs/benchmarks-method.md.',
    '',
    run ? `Last full run: ${run.date.slice(0, 16).replace('T', ' ')} UTC on ${run.cpu}, ${run.cores} cores, ${run.ram_gb} GB RAM, Node ${run.node}, ${run.os}.` : 'No full run recorded yet.',
    '',
    '| Bench | Figures | Target | Met | Ran |',
    '|---|---|---|---|---|',
  ];
  const benches = store.benches;
  const names = [...ORDER.filter((n) => benches[n]), ...Object.keys(benches).filter((n) => !ORDER.includes(n)).sort()];
  for (const name of names) {
    const e = benches[name]!;
    const target = TARGETS[name];
    const figures = e.figures ? rowFigures(e.figures).map(([k, v]) => `${k} ${formatFigure(v)}`).join(', ') : '—';
    const met = e.figures && target ? ({ true: 'yes', false: '**no**', undefined: '?' } as const)[String(target.met(e.figures)) as 'true' | 'false' | 'undefined'] : '—';
    const ran = e.ran_at ? e.ran_at.slice(0, 10) : '—';
    const failed = e.failed ? ` ⚠ latest run failed (${e.failed.at.slice(0, 10)}: ${e.failed.reason})${e.figures ? '; figures from the run before' : ''}` : '';
    lines.push(`| \`${name}\` | ${cell(figures)}${cell(failed)} | ${cell(target?.text ?? '—')} | ${met} | ${ran} |`);
  }
  const corpus = names.map((n) => benches[n]?.figures?.corpus).find((c): c is Record<string, number> => Boolean(c) && typeof c === 'object');
  if (corpus) lines.push('', `Corpus: ${Object.entries(corpus).map(([k, v]) => `${k} ${formatFigure(v)}`).join(', ')}.`);
  const machines = [...new Set(names.map((n) => benches[n]?.machine).filter((m): m is Machine => Boolean(m)).map((m) => `${m.cpu}, ${m.cores} cores, ${m.ram_gb} GB RAM, Node ${m.node}`))];
  if (machines.length > 1) lines.push('', `Rows come from ${machines.length} machines: ${machines.join('; ')}.`);
  lines.push('');
  return lines.join('\n');
}

/** Runs the benches; with `write`, stores their figures in docs/benchmarks.json and renders docs/benchmarks.md from it. */
export async function runAll(opts: { names?: string[]; write?: boolean; json?: string; out?: string } = {}): Promise<{ ran: string[]; failed: string[]; figures: Record<string, Figures> }> {
  const names = opts.names ?? benchNames();
  const jsonPath = opts.json ?? JSON_PATH;
  const mdPath = opts.out ?? MD_PATH;
  const store = readStore(jsonPath);
  store.run = machine();
  const failed: string[] = [];
  const figuresOf: Record<string, Figures> = {};
  for (const name of names) {
    process.stderr.write(`\n== bench ${name}\n`);
    const started = new Date().toISOString();
    try {
      const figures = await runInChild(name);
      figuresOf[name] = figures;
      store.benches[name] = { figures, ran_at: started, machine: machine() };
      process.stderr.write(`== ${name}: ${JSON.stringify(figures)}\n`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      store.benches[name] = { ...store.benches[name], failed: { at: started, reason } };
      failed.push(name);
      process.stderr.write(`== ${name} FAILED: ${reason}\n`);
    }
    // Written after every bench, so an interrupted run still keeps what it measured.
    if (opts.write) writeReport(store, jsonPath, mdPath);
  }
  return { ran: names, failed, figures: figuresOf };
}

export function writeReport(store: Store, jsonPath = JSON_PATH, mdPath = MD_PATH): void {
  writeFileSync(jsonPath, `${JSON.stringify(store, null, 2)}\n`);
  writeFileSync(mdPath, renderMarkdown(readStore(jsonPath)));
}
