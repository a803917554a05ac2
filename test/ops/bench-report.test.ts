// The benchmark report: which files are benchmarks, targets checked against figures, the machine named.
import { describe, expect, it } from 'vitest';
import { benchNames, machine, renderMarkdown, TARGETS } from '../../bench/report.js';

describe('benchmark report', () => {
  it('runs every bench/*.ts with a default run(), in the documented order, and never the helpers', () => {
    const names = benchNames();
    expect(names).toContain('load');
    expect(names).not.toEqual(expect.arrayContaining(['index']));
    for (const helper of ['index', 'report', 'load-generator']) expect(names).not.toContain(helper);
    const order = ['core', 'slack', 'discord', 'digest', 'ask', 'load'].filter((n) => names.includes(n));
    expect(names.slice(0, order.length)).toEqual(order);
  });

  it('checks the issues\' targets against the figures', () => {
    expect(TARGETS.load!.met({ rps: 1200, errors: 0, rss_growth: 0.02 })).toBe(true);
    expect(TARGETS.load!.met({ rps: 900, errors: 0, rss_growth: 0.02 })).toBe(false);
    expect(TARGETS.load!.met({ rps: 1200, errors: 3, rss_growth: 0.02 })).toBe(false);
    expect(TARGETS.load!.met({ rps: 1200 })).toBeUndefined();
    expect(TARGETS.slack!.met({ ratio_rps: 0.95, ratio_p99: 1.1 })).toBe(true);
    expect(TARGETS.core!.met({ ours_ops: 25_000, startup_ms: 1_400 })).toBe(false);
  });

  it('writes a table of the latest figures with the machine they ran on, and marks a failed run', () => {
    const m = machine();
    const md = renderMarkdown({
      load: { figures: { bench: 'load', rps: 1234, errors: 0, rss_growth: 0.012 }, ran_at: '2026-11-29T20:00:00Z', machine: m },
      slack: { figures: { bench: 'slack', ratio_rps: 0.5, ratio_p99: 2 }, ran_at: '2026-11-28T20:00:00Z', machine: m, failed: { at: '2026-11-29T20:00:00Z', reason: 'exit code 1' } },
    }, m);
    expect(md).toContain(`${m.cores} cores`);
    expect(md).toContain(`Node ${process.version}`);
    expect(md).toContain(m.cpu);
    expect(md).toMatch(/\| `load` \| rps 1,234, errors 0, rss_growth 0\.012 \| ≥ 1,000 req\/s, 0 errors, rss_growth ≤ 0\.1 \| yes \| 2026-11-29 \|/);
    expect(md).toMatch(/\| `slack` \| .*latest run failed \(2026-11-29: exit code 1\); figures from the run before.* \| \*\*no\*\* \|/);
    expect(md.indexOf('`slack`')).toBeLessThan(md.indexOf('`load`'));
  });
});
