// The benchmark report: which files are benchmarks, targets checked against figures, the machine named.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { benchNames, JSON_PATH, machine, MD_PATH, readStore, renderMarkdown, TARGETS } from '../../bench/report.js';

describe('benchmark report', () => {
  it('runs every bench/*.ts with a default run(), in the documented order, and never the helpers', () => {
    const names = benchNames();
    expect(names).toContain('load');
    expect(names).not.toEqual(expect.arrayContaining(['index']));
    for (const helper of ['index', 'report', 'load-generator']) expect(names).not.toContain(helper);
    const order = ['core', 'slack', 'discord', 'discord-http', 'digest', 'updates', 'ask', 'load', 'recovery'].filter((n) => names.includes(n));
    expect(names.slice(0, order.length)).toEqual(order);
    expect(names).not.toContain('recovery-worker');
  });

  it('checks the issues\' targets against the figures', () => {
    expect(TARGETS.load!.met({ rps: 1200, errors: 0, rss_growth: 0.02, mix_ratio_p99: 1.1 })).toBe(true);
    expect(TARGETS.load!.met({ rps: 900, errors: 0, rss_growth: 0.02, mix_ratio_p99: 1.1 })).toBe(false);
    expect(TARGETS.load!.met({ rps: 1200, errors: 3, rss_growth: 0.02, mix_ratio_p99: 1.1 })).toBe(false);
    expect(TARGETS.load!.met({ rps: 1200 })).toBeUndefined();
    expect(TARGETS.slack!.met({ mix_ratio_rps: 0.95, distinct_ratio_rps: 0.75, mix_ratio_p99: 1.1 })).toBe(true);
    expect(TARGETS.slack!.met({ mix_ratio_rps: 0.95, distinct_ratio_rps: 0.6, mix_ratio_p99: 1.1 })).toBe(false);
    expect(TARGETS.discord!.met({ mix_ratio_rps: 0.95, distinct_ratio_rps: 0.75 })).toBeUndefined();
    expect(TARGETS.core!.met({ distinct_ops: 25_000, startup_ms: 1_400 })).toBe(false);
    expect(TARGETS.core!.met({ distinct_ops: 25_000, startup_ms: 400 })).toBe(true);
  });

  it('writes a table of the latest figures with the machine they ran on, and marks a failed run', () => {
    const m = machine();
    const md = renderMarkdown({ run: m, benches: {
      load: { figures: { bench: 'load', rps: 1234, errors: 0, rss_growth: 0.012, mix_ratio_p99: 1.1 }, ran_at: '2026-11-29T20:00:00Z', machine: m },
      slack: { figures: { bench: 'slack', mix_ratio_rps: 0.5, distinct_ratio_rps: 0.8, mix_ratio_p99: 2, corpus: { inputs: 1500 } }, ran_at: '2026-11-28T20:00:00Z', machine: m, failed: { at: '2026-11-29T20:00:00Z', reason: 'exit code 1' } },
    } });
    expect(md).toContain(`${m.cores} cores`);
    expect(md).toContain(`Node ${process.version}`);
    expect(md).toContain(m.cpu);
    expect(md).toMatch(/\| `load` \| rps 1,234, errors 0, rss_growth 0\.012, mix_ratio_p99 1\.1 \| [^|]+ \| yes \| 2026-11-29 \|/);
    expect(md).toContain('Corpus: inputs 1,500.');
    expect(md).toMatch(/\| `slack` \| .*latest run failed \(2026-11-29: exit code 1\); figures from the run before.* \| \*\*no\*\* \|/);
    expect(md.indexOf('`slack`')).toBeLessThan(md.indexOf('`load`'));
  });

  it('docs/benchmarks.md is exactly what docs/benchmarks.json renders to (figures are never edited by hand)', () => {
    expect(readFileSync(MD_PATH, 'utf8')).toBe(renderMarkdown(readStore(JSON_PATH)));
  });
});
