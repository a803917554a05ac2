// One process's platform budget (SQLite) is the platform's own token bucket: after a pause (a GC, a
// synchronous store call, a restart) the fan-out may spend the burst the platform refilled, and
// never more than burst plus rate over any span.
import { describe, expect, it } from 'vitest';
import { BucketLimiter, SharedBudgets } from '../../src/briefings/budgets.js';

describe('in-process platform budget', () => {
  it('spends the refilled burst after a pause, and no more than burst + rate × time', async () => {
    let t = 1_000_000;
    const global = new BucketLimiter({ count: 49, perMs: 1000, burst: 50 }, () => t);
    let taken = 0;
    // The first burst, then a second of steady requests every 5 ms.
    for (let i = 0; i < 60; i++) if ((await global.take('discord')) === 0) taken++;
    expect(taken).toBe(50);
    const start = t;
    for (; t < start + 1000; t += 5) if ((await global.take('discord')) === 0) taken++;
    expect(taken).toBeLessThanOrEqual(50 + 49);
    expect(taken).toBeGreaterThanOrEqual(50 + 48);
    // A pause of two seconds (the process was busy or restarting): the burst is there again, at once.
    t += 2_000;
    let burst = 0;
    for (let i = 0; i < 60; i++) if ((await global.take('discord')) === 0) burst++;
    expect(burst).toBe(50);
    const wait = await global.take('discord');
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(Math.ceil(1000 / 49));
  });

  it('a point given back (the channel had to wait) is there for the next channel', async () => {
    const t = 5_000;
    const global = new BucketLimiter({ count: 1, perMs: 1000 }, () => t);
    expect(await global.take('x')).toBe(0);
    expect(await global.take('x')).toBeGreaterThan(0);
    await global.giveBack('x');
    expect(await global.take('x')).toBe(0);
  });

  it('without a shared store, a channel budget of one a second spaces posts a second apart, per channel', async () => {
    const budgets = new SharedBudgets({ sharedLimits: () => null }, { slack: { channel: { count: 1, perMs: 1000 }, concurrency: 1 } }, ['slack']);
    const a = { platform: 'slack' as const, channelId: 'C1', workspaceId: 'T1' };
    expect(await budgets.post(a)).toEqual({ waitMs: 0, global: false });
    const again = await budgets.post(a);
    expect(again.waitMs).toBeGreaterThan(900);
    expect(await budgets.post({ ...a, channelId: 'C2' })).toEqual({ waitMs: 0, global: false });
  });
});
