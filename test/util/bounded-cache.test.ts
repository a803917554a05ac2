// The bounded cache every long-lived memory uses: a size bound with least-recently-used eviction
// (a read entry moves to the young end unless it is already in the youngest quarter) and expiry.
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../src/util/bounded-cache.js';

describe('BoundedCache', () => {
  it('evicts the least recently used first', () => {
    const c = new BoundedCache<string, number>(2);
    c.set('a', 1);
    c.set('b', 2);
    expect(c.get('a')).toBe(1);
    c.set('c', 3);
    expect([c.get('a'), c.get('b'), c.get('c'), c.size]).toEqual([1, undefined, 3, 2]);
  });

  it('keeps an entry that is read often through a stream of one-off entries', () => {
    const c = new BoundedCache<string, number>(100);
    c.set('hot', 0);
    for (let i = 0; i < 10_000; i++) {
      c.set(`once-${i}`, i);
      expect(c.get('hot')).toBe(0);
    }
    expect(c.size).toBe(100);
  });

  it('evicts a read entry only after at least three quarters of the bound has been inserted after the read', () => {
    // Read at any age (k99, the youngest, stays in place), an entry outlives the next 75 insertions.
    for (const k of [0, 50, 80, 99]) {
      const c = new BoundedCache<string, number>(100);
      for (let i = 0; i < 100; i++) c.set(`k${i}`, i);
      expect(c.get(`k${k}`)).toBe(k);
      for (let i = 0; i < 75; i++) c.set(`filler-${i}`, i);
      expect(c.get(`k${k}`)).toBe(k);
    }
    // An entry never read again goes once the bound has been inserted after it.
    const c = new BoundedCache<string, number>(100);
    c.set('cold', 1);
    for (let i = 0; i < 100; i++) c.set(`later-${i}`, i);
    expect(c.get('cold')).toBeUndefined();
  });

  it('ages entries out', () => {
    let now = 0;
    const c = new BoundedCache<string, number>(10, 1_000, () => now);
    c.set('a', 1);
    now = 999;
    expect(c.get('a')).toBe(1);
    now = 1_000;
    expect(c.get('a')).toBeUndefined();
    expect(c.size).toBe(0);
  });

  it('stores nothing with a bound of 0', () => {
    const c = new BoundedCache<string, number>(0);
    c.set('a', 1);
    expect([c.get('a'), c.size]).toEqual([undefined, 0]);
  });
});
