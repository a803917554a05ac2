// What every platform bench shares: alternating rounds of ours and the bare baseline on the two
// workloads (the Zipf mix with caches on, the distinct corpus with caches off), and the figures they
// report: per round the ratio of ours to the baseline measured right beside it, then the median of
// those ratios over the rounds and their spread (min–max), so one busy moment of a shared machine
// moves one round, not the result.

export type Workload = 'mix' | 'distinct';

export interface Sample {
  /** Requests (answers) per second. */
  rps: number;
  p99_ms: number;
  /** CPU time of the process under test per request, µs. */
  cpu_us: number;
  errors: number;
}

export interface Side {
  /** Runs one round of `workload` (round number r) against this side. */
  run(workload: Workload, round: number): Promise<Sample>;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? 0 : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const r2 = (n: number): number => Math.round(n * 100) / 100;
const r0 = (n: number): number => Math.round(n);

export interface WorkloadFigures {
  ours: Sample[];
  baseline: Sample[];
}

export const envNumber = (name: string, fallback: number): number => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

/**
 * Distinct passes every side gets before the rounds (BENCH_WARMUP_PASSES, 3), ours and the baseline
 * alike. With one pass, ours' uncached CPU per request still fell for four or five rounds (Slack,
 * ours alone, 14 rounds after one pass: 571, 443, 366, 388, 287, then 250-300 µs): V8 was still
 * compiling the question router and renderers, whose functions each run a few times per pass, so
 * the medians measured start-up (which the core-startup bench measures on its own), not the steady
 * state a running bot answers in. The bare baselines are warm after one pass either way.
 */
export const warmupPasses = (): number => Math.max(1, Math.floor(envNumber('BENCH_WARMUP_PASSES', 3)));

/**
 * Alternating rounds: in each round both workloads, each as baseline then ours (the order flips every
 * round, so a slow moment hits both sides alike). `ours` may differ per workload (caches on for the
 * mix, off for distinct).
 */
export async function alternate(opts: {
  name: string;
  rounds: number;
  ours: Record<Workload, Side>;
  baseline: Side;
  extra?: Record<string, { workload: Workload; side: Side }>;
}): Promise<{ mix: WorkloadFigures; distinct: WorkloadFigures; extra: Record<string, Sample[]> }> {
  const out = { mix: { ours: [] as Sample[], baseline: [] as Sample[] }, distinct: { ours: [] as Sample[], baseline: [] as Sample[] } };
  const extra: Record<string, Sample[]> = Object.fromEntries(Object.keys(opts.extra ?? {}).map((k) => [k, []]));
  for (let r = 0; r < opts.rounds; r++) {
    const flip = r % 2 === 1;
    for (const workload of (flip ? ['distinct', 'mix'] : ['mix', 'distinct']) as Workload[]) {
      const steps: [string, Side, Sample[]][] = [
        ['baseline', opts.baseline, out[workload].baseline],
        ['ours', opts.ours[workload], out[workload].ours],
        ...Object.entries(opts.extra ?? {}).filter(([, e]) => e.workload === workload).map(([k, e]): [string, Side, Sample[]] => [k, e.side, extra[k]!]),
      ];
      for (const [who, side, into] of flip ? steps.reverse() : steps) {
        const s = await side.run(workload, r);
        into.push(s);
        process.stderr.write(`${opts.name}: round ${r + 1} ${workload} ${who}: ${r0(s.rps)}/s, p99 ${r2(s.p99_ms)} ms, ${r0(s.cpu_us)} µs CPU each${s.errors ? `, ${s.errors} errors` : ''}\n`);
      }
    }
  }
  return { ...out, extra };
}

/** The figures every platform bench prints for one workload, prefixed `mix_` or `distinct_`. */
export function workloadFigures(prefix: Workload, w: WorkloadFigures): Record<string, unknown> {
  const ratios = w.ours.map((o, i) => o.rps / Math.max(1e-9, w.baseline[i]!.rps));
  const p99s = w.ours.map((o, i) => o.p99_ms / Math.max(1e-3, w.baseline[i]!.p99_ms));
  const cpuOurs = median(w.ours.map((s) => s.cpu_us));
  const cpuBase = median(w.baseline.map((s) => s.cpu_us));
  return {
    [`${prefix}_ratio_rps`]: r2(median(ratios)),
    [`${prefix}_ratio_rps_spread`]: [r2(Math.min(...ratios)), r2(Math.max(...ratios))],
    [`${prefix}_ratio_p99`]: r2(median(p99s)),
    [`${prefix}_ratio_p99_spread`]: [r2(Math.min(...p99s)), r2(Math.max(...p99s))],
    [`${prefix}_ours_rps`]: r0(median(w.ours.map((s) => s.rps))),
    [`${prefix}_baseline_rps`]: r0(median(w.baseline.map((s) => s.rps))),
    [`${prefix}_ours_p99_ms`]: r2(median(w.ours.map((s) => s.p99_ms))),
    [`${prefix}_baseline_p99_ms`]: r2(median(w.baseline.map((s) => s.p99_ms))),
    [`${prefix}_ours_cpu_us`]: r0(cpuOurs),
    [`${prefix}_baseline_cpu_us`]: r0(cpuBase),
    // CPU ours adds per request over the bare baseline, as a share of what the baseline itself spends.
    [`${prefix}_added_cpu_share`]: r2((cpuOurs - cpuBase) / Math.max(1, cpuBase)),
    [`${prefix}_errors`]: w.ours.reduce((n, s) => n + s.errors, 0) + w.baseline.reduce((n, s) => n + s.errors, 0),
  };
}

/** Starts the V8 profiler on this process; the returned function stops it and writes the profile. */
export async function profileTo(file: string): Promise<() => Promise<void>> {
  const [{ Session }, { writeFile }] = await Promise.all([import('node:inspector/promises'), import('node:fs/promises')]);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  // BENCH_PROFILE_INTERVAL_US: a finer sampling interval than V8's default (1,000 µs), for short runs.
  const interval = Number(process.env.BENCH_PROFILE_INTERVAL_US);
  if (interval > 0) await session.post('Profiler.setSamplingInterval', { interval });
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    await writeFile(file, JSON.stringify(profile));
    session.disconnect();
  };
}
