// `lodestone digest preview` on the bundled dataset: prints a digest for any date, names bad input.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runDigestPreview } from '../../src/cli/digest.js';

function io(env: NodeJS.ProcessEnv = {}): { out: () => string; err: () => string; io: Parameters<typeof runDigestPreview>[1] } {
  let out = '';
  let err = '';
  const sink = (f: (s: string) => void): Writable => new Writable({ write(chunk, _e, cb) { f(String(chunk)); cb(); } });
  return {
    out: () => out, err: () => err,
    io: { stdout: sink((s) => { out += s; }), stderr: sink((s) => { err += s; }), env: { LODESTONE_STATE_DIR: '/nonexistent-lodestone', ...env }, now: new Date('2026-11-30T09:00:00Z') },
  };
}

describe('lodestone digest preview', () => {
  it('prints the German digest for a date, with the key figures, chart text and sources', async () => {
    const t = io();
    expect(await runDigestPreview({ locale: 'de', date: '2026-11-30' }, t.io)).toBe(0);
    expect(t.out()).toContain('Lodestone-Tagesdigest — 30. Nov. 2026');
    expect(t.out()).toMatch(/China/);
    expect(t.out()).toContain('[Diagramm]');
    expect(t.out()).toContain('Quellen:');
    expect(t.err()).toBe('');
  });

  it('refuses bad options with exit code 2 and a clear message', async () => {
    for (const [opts, msg] of [
      [{ date: '2026-02-30' }, '--date must be a real date'],
      [{ locale: 'fr' }, '--locale must be en or de'],
      [{ tz: '+01:00' }, '--tz must be an IANA time zone'],
    ] as const) {
      const t = io();
      expect(await runDigestPreview(opts, t.io)).toBe(2);
      expect(t.err()).toContain(msg);
      expect(t.out()).toBe('');
    }
  });
});
