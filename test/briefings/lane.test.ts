// The paced fan-out lane: per-channel order, one in flight per channel, bounded concurrency,
// Retry-After honoured, a global bucket shared by all channels, and a clean drain on shutdown.
import { describe, expect, it } from 'vitest';
import { Lane, type JobResult } from '../../src/briefings/lane.js';

const tick = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('fan-out lane', () => {
  it('keeps each channel in order with one job in flight, and never exceeds the concurrency', async () => {
    const lane = new Lane({ concurrency: 3 });
    const log: string[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const perChannel = new Map<string, number>();
    for (let i = 0; i < 4; i++) {
      for (const ch of ['a', 'b', 'c', 'd', 'e']) {
        lane.push(ch, async (): Promise<JobResult> => {
          inFlight++;
          maxInFlight = Math.max(maxInFlight, inFlight);
          perChannel.set(ch, (perChannel.get(ch) ?? 0) + 1);
          expect(perChannel.get(ch)).toBe(1);
          await tick(2);
          log.push(`${ch}${i}`);
          perChannel.set(ch, perChannel.get(ch)! - 1);
          inFlight--;
          return { kind: 'done' };
        });
      }
    }
    await lane.idle();
    expect(maxInFlight).toBe(3);
    for (const ch of ['a', 'b', 'c', 'd', 'e']) expect(log.filter((x) => x.startsWith(ch))).toEqual([0, 1, 2, 3].map((i) => `${ch}${i}`));
  });

  it('retries a rate-limited job first in its channel after Retry-After, without holding up other channels', async () => {
    const lane = new Lane({ concurrency: 2 });
    const events: [string, number][] = [];
    let first = true;
    lane.push('slow', async () => {
      events.push(['slow-1', Date.now()]);
      if (first) {
        first = false;
        return { kind: 'retry', afterMs: 80 };
      }
      return { kind: 'done' };
    });
    lane.push('slow', async () => { events.push(['slow-2', Date.now()]); return { kind: 'done' }; });
    lane.push('fast', async () => { events.push(['fast', Date.now()]); return { kind: 'done' }; });
    await lane.idle();
    expect(events.map((e) => e[0])).toEqual(['slow-1', 'fast', 'slow-1', 'slow-2']);
    const attempts = events.filter((e) => e[0] === 'slow-1').map((e) => e[1]);
    expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(78);
  });

  it('spaces starts by the global and per-channel buckets', async () => {
    const lane = new Lane({ concurrency: 10, globalPerSecond: 50, globalBurst: 1, channel: { count: 1, perMs: 100 } });
    const starts: number[] = [];
    const sameChannel: number[] = [];
    for (let i = 0; i < 5; i++) lane.push(`c${i}`, async () => { starts.push(Date.now()); return { kind: 'done' }; });
    for (let i = 0; i < 3; i++) lane.push('c0', async () => { sameChannel.push(Date.now()); return { kind: 'done' }; });
    await lane.idle();
    // 50/s with no burst: 20 ms between starts (2 ms of slack for timer and clock granularity).
    const all = [...starts, ...sameChannel].sort((a, b) => a - b);
    for (let i = 1; i < all.length; i++) expect(all[i]! - all[i - 1]!).toBeGreaterThanOrEqual(18);
    // One message per 100 ms in a channel.
    for (let i = 1; i < sameChannel.length; i++) expect(sameChannel[i]! - sameChannel[i - 1]!).toBeGreaterThanOrEqual(98);
  });

  it('a wait that sent nothing costs the channel only the wait, not its next slot', async () => {
    // One message per second per channel (Slack's pace); the job first meets a shared budget's
    // 30 ms wait. A 429 would cost the slot; an unsent wait must not.
    const lane = new Lane({ concurrency: 2, channel: { count: 1, perMs: 1000 } });
    const at: number[] = [];
    let waits = 2;
    lane.push('c', async (): Promise<JobResult> => {
      at.push(Date.now());
      return waits-- > 0 ? { kind: 'retry', afterMs: 30, unsent: true } : { kind: 'done' };
    });
    await lane.idle();
    expect(at).toHaveLength(3);
    expect(at[2]! - at[0]!).toBeGreaterThanOrEqual(55);
    expect(at[2]! - at[0]!).toBeLessThan(600);
  });

  it('a global rate limit pauses every channel of the platform', async () => {
    const lane = new Lane({ concurrency: 1, globalPerSecond: 1000, globalBurst: 100 });
    const at: [string, number][] = [];
    let limited = true;
    lane.push('a', async () => {
      at.push(['a', Date.now()]);
      if (limited) { limited = false; return { kind: 'retry', afterMs: 60, global: true }; }
      return { kind: 'done' };
    });
    lane.push('b', async () => { at.push(['b', Date.now()]); return { kind: 'done' }; });
    await lane.idle();
    expect(at[1]![0]).toBe('b');
    expect(at[1]![1] - at[0]![1]).toBeGreaterThanOrEqual(58);
  });

  it('hands back queued jobs on shutdown', async () => {
    const lane = new Lane({ concurrency: 1 });
    let release!: () => void;
    lane.push('a', () => new Promise<JobResult>((r) => { release = () => r({ kind: 'done' }); }));
    lane.push('b', async () => ({ kind: 'done' }));
    lane.push('a', async () => ({ kind: 'done' }));
    await tick(5);
    expect(lane.drainQueued().length).toBe(2);
    release();
    await lane.idle();
    expect(lane.size).toBe(0);
  });
});
