// The two-string memo both adapters keep their rendered source links in.
import { describe, expect, it } from 'vitest';
import { PairMemo } from '../../src/util/pair-memo.js';

describe('PairMemo', () => {
  it('computes a pair once and tells pairs apart by both strings', () => {
    let calls = 0;
    const memo = new PairMemo<string | undefined, string, string>(10, (a, b) => { calls++; return `${a ?? '-'}|${b}`; });
    expect(memo.get('u', 'x')).toBe('u|x');
    expect(memo.get('u', 'x')).toBe('u|x');
    expect(memo.get(undefined, 'x')).toBe('-|x');
    expect(memo.get('u', 'y')).toBe('u|y');
    expect(calls).toBe(3);
  });
  it('never holds more than its bound', () => {
    const memo = new PairMemo<string, string, number>(3, (a, b) => a.length + b.length);
    for (let i = 0; i < 20; i++) memo.get(`a${i}`, 'b');
    expect(memo.size).toBeLessThanOrEqual(3);
    expect(memo.get('a19', 'b')).toBe(4);
  });
});
