// The real CLI process (`lodestone start` through tsx): configuration and dataset errors stop it
// with exit 1 and a message naming the problem; SIGTERM and SIGINT shut it down gracefully, exit 0.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
const children: ChildProcessWithoutNullStreams[] = [];

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'lodestone-cli-'));
  dirs.push(d);
  return d;
}

interface Run {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `lodestone start` with only the given settings (no developer .env, no inherited tokens). */
function start(env: Record<string, string>, args: string[] = []): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), 'start', '--dotenv', join(tempDir(), 'none.env'), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LODESTONE_STATE_DIR: tempDir(), ...env },
  });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on('exit', (code, signal) => r({ code, signal })));
  return { child, stdout: () => out, stderr: () => err, exited };
}

const logRecords = (stderr: string): Record<string, unknown>[] =>
  stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);

// Each test starts a real process through tsx; on a busy 2-core machine that alone can take many seconds.
describe('lodestone start', { timeout: 180_000 }, () => {
  it('a malformed setting stops start-up with exit 1, naming the variable but never its value', async () => {
    const run = start({ HTTP_PORT: 'eighty', SLACK_BOT_TOKEN: 'xoxb-cli_secret_token_value', DISCORD_TOKEN: 'discord-cli-secret-value' });
    const { code } = await run.exited;
    expect(code).toBe(1);
    expect(run.stderr()).toContain('HTTP_PORT: must be a port number');
    expect(run.stderr()).toContain('SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN');
    expect(run.stderr()).toContain('DISCORD_APPLICATION_ID: required with DISCORD_TOKEN');
    expect(run.stderr() + run.stdout()).not.toMatch(/cli_secret|cli-secret|eighty/);
  });

  it('an invalid dataset stops start-up with exit 1 and prints its errors', async () => {
    const run = start({ LODESTONE_DATA_DIR: tempDir(), LODESTONE_CONSOLE: 'off' });
    const { code } = await run.exited;
    expect(code).toBe(1);
    expect(run.stderr()).toMatch(/Lodestone cannot start: the dataset in .* has \d+ errors?\./);
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} shuts down gracefully: readiness first, then every part, exit 0`, async () => {
      // Console on a pipe, as `npm start` without tokens; the operations server on a free port.
      const run = start({ LODESTONE_CONSOLE: 'on', HTTP_PORT: '0', HTTP_HOST: '127.0.0.1', LOG_LEVEL: 'info' });
      const listening = await waitFor(() => logRecords(run.stderr()).find((r) => typeof r.port === 'number' && String(r.msg).startsWith('operations HTTP listening')), 'the operations server', 90_000);
      await waitFor(() => logRecords(run.stderr()).some((r) => r.msg === 'lodestone started'), 'start-up', 90_000);
      const base = `http://127.0.0.1:${String(listening.port)}`;
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready', checks: { dataset: { ok: true }, store: { ok: true }, console: { ok: true } } });

      run.child.kill(signal);
      const { code } = await run.exited;
      expect(code).toBe(0);
      const messages = logRecords(run.stderr()).map((r) => String(r.msg));
      const order = [
        `shutdown started (${signal}): no new work, finishing work in flight`,
        'shutdown: console stopped',
        'shutdown: store closed',
        'shutdown: operations HTTP server closed',
        'shutdown complete; exiting 0',
      ].map((m) => messages.indexOf(m));
      expect(order.every((i) => i >= 0), messages.join('\n')).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    });
  }

  it('closing the console (Ctrl-D on a pipe) shuts down the same way', async () => {
    const run = start({ LODESTONE_CONSOLE: 'on', LOG_LEVEL: 'info' });
    await waitFor(() => logRecords(run.stderr()).some((r) => r.msg === 'lodestone started'), 'start-up', 90_000);
    run.child.stdin.end();
    const { code } = await run.exited;
    expect(code).toBe(0);
    expect(logRecords(run.stderr()).map((r) => r.msg)).toContain('shutdown complete; exiting 0');
  });
});
