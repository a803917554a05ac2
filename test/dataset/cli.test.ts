// `lodestone data check` as an editor runs it: the real CLI in a child process.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupFixtures, copyData, DATA_DIR, edit, indexOf } from './fixture.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SLOW = 120_000; // a child process loading the whole CLI, on a shared 2-core machine

afterAll(cleanupFixtures);

// The first case runs exactly what an editor types (`npx tsx src/cli.ts …`); the others skip npx
// and the tsx wrapper process (`node --import tsx`), the same CLI with less start-up on 2 cores.
function run(args: string[], via: 'npx' | 'node' = 'node'): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const [cmd, pre] = via === 'npx' ? ['npx', ['tsx']] : [process.execPath, ['--import', 'tsx']];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, [...pre, 'src/cli.ts', ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => { stdout += b.toString(); });
    child.stderr.on('data', (b: Buffer) => { stderr += b.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('lodestone data check', () => {
  it('exits 0 on the bundled data and prints a one-line summary', async () => {
    const r = await run(['data', 'check', '--dir', DATA_DIR], 'npx');
    // Warnings (undated sources, a front-page link) go to stderr and do not fail the check.
    expect(r.stderr.trimEnd().split('\n').every((l) => l.startsWith('warning: '))).toBe(true);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^data check passed: .*version \d{4}\.\d{1,2}\.\d{1,2}(-[a-z]+)?, as of 2026-02-06: \d+ sources, 44 countries, 5 minerals, 5 editions, \d+ figures, 17 elements, \d+ events, \d+ facts, \d+ discrepancies \(loaded in \d+ ms\)(; \d+ warnings on stderr)?\n$/);
  }, SLOW);

  it('exits 1 and prints each error as file: path: reason', async () => {
    const dir = copyData();
    const i = indexOf(dir, 'figures/rare-earths.yaml', 'rare-earths-mcs2025-vn-reserves');
    edit(dir, 'figures/rare-earths.yaml', (figs) => { (figs[i]!.sources as string[])[0] = 'no-such-source'; });
    const e = indexOf(dir, 'events.yaml', 'kl-trade-talks');
    edit(dir, 'events.yaml', (events) => { events[e]!.end_date = '2025-10-24'; });
    const r = await run(['data', 'check', '--dir', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(new RegExp(`^figures/rare-earths\\.yaml: \\[${i}\\] rare-earths-mcs2025-vn-reserves\\.sources\\[0\\]: unknown source "no-such-source" \\(line \\d+\\)$`));
    expect(lines[1]).toMatch(new RegExp(`^events\\.yaml: \\[${e}\\] kl-trade-talks\\.end_date: end_date 2025-10-24 is before date 2025-10-25 \\(line \\d+\\)$`));
    expect(lines[2]).toBe(`data check failed: 2 errors in ${dir}`);
  }, SLOW);

  it('exits 1 for a directory that does not exist', async () => {
    const r = await run(['data', 'check', '--dir', '/nonexistent/lodestone-data']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('/nonexistent/lodestone-data: data directory not found');
  }, SLOW);

  it('exits 2 for a usage error', async () => {
    const r = await run(['data', 'check', '--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--frobnicate'");
  }, SLOW);
});
