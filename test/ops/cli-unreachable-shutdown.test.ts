// SIGTERM while Slack or Discord cannot be reached: the real CLI process starts against a loopback
// port that accepts connections and never answers (a blackhole) or one that refuses them. Start-up
// is still retrying when the signal arrives; the process must stop that start and exit 0 (a
// shutdown timeout exits 1), having reported the unreachable host once, with a hint, and printed no
// warning of Node's own (the proxy agent's ExperimentalWarning used to be one).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, waitFor } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '../..');

let blackhole: Server;
const held = new Set<Socket>();
let stateDir = '';

beforeAll(async () => {
  stateDir = mkdtempSync(join(tmpdir(), 'lodestone-unreachable-'));
  // Accepts and never answers: what a firewall that drops packets looks like from the client's side.
  blackhole = createServer((s) => {
    held.add(s);
    s.on('error', () => undefined);
  });
  await new Promise<void>((r) => blackhole.listen(0, '127.0.0.1', r));
});
afterAll(async () => {
  for (const s of held) s.destroy();
  await new Promise((r) => blackhole.close(r));
  rmSync(stateDir, { recursive: true, force: true });
});

interface Run {
  records(): Record<string, unknown>[];
  stderr(): string;
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
}

function run(env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), 'start', '--dotenv', join(stateDir, 'none.env')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '',
      HTTP_PORT: '0', HTTP_HOST: '127.0.0.1', LOG_LEVEL: 'info', LODESTONE_STATE_DIR: stateDir, LODESTONE_CONSOLE: 'off',
      LODESTONE_WATCH_DATA: 'false', SHUTDOWN_TIMEOUT_MS: '20000', ...env,
    },
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdout.resume();
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return {
    records: () => stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>),
    stderr: () => stderr,
    exited,
    kill: (s) => child.kill(s),
  };
}

async function stopAndCheck(p: Run): Promise<string[]> {
  p.kill('SIGTERM');
  const code = await p.exited;
  const messages = p.records().map((r) => String(r.msg));
  expect(code, messages.join('\n')).toBe(0);
  expect(messages).toContain('shutdown complete; exiting 0');
  expect(messages.some((m) => m.startsWith('shutdown timed out'))).toBe(false);
  // Node's own warnings ("(node:123) …Warning: …") would be the only non-JSON lines.
  expect(p.stderr()).not.toMatch(/Warning:/);
  return messages;
}

describe('SIGTERM with the platforms unreachable', { timeout: 180_000 }, () => {
  it('Slack HTTP mode, Web API blackholed: listens after one unanswered auth.test, and exits 0 on SIGTERM', async () => {
    const port = (blackhole.address() as AddressInfo).port;
    const p = run({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'unreachable-secret', SLACK_PORT: '0', SLACK_API_URL: `http://127.0.0.1:${port}/api/` });
    try {
      await waitFor(() => p.records().some((r) => r.msg === 'lodestone started'), 'start-up despite the blackhole', 120_000);
      const warns = p.records().filter((r) => String(r.msg).startsWith('Slack unreachable at'));
      expect(warns).toHaveLength(1);
      expect(warns[0]).toMatchObject({ host: `127.0.0.1:${port}` });
      await stopAndCheck(p);
    } finally {
      p.kill('SIGKILL');
    }
  });

  it('Slack HTTP mode, Web API blackholed: start-up is abandoned and the process exits 0', async () => {
    const port = (blackhole.address() as AddressInfo).port;
    const before = held.size;
    const p = run({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'unreachable-secret', SLACK_PORT: '0', SLACK_API_URL: `http://127.0.0.1:${port}/api/` });
    try {
      // auth.test is waiting on the blackhole. Start-up tries it once (5 s) before listening; a signal
      // in that time abandons the start, a later one stops the started app: both must exit 0.
      await waitFor(() => held.size > before, 'a connection to the blackhole', 90_000);
      const messages = await stopAndCheck(p);
      expect(messages.some((m) => m.startsWith('start-up abandoned: shutdown requested while Slack was starting')) || messages.includes('shutdown: slack stopped')).toBe(true);
    } finally {
      p.kill('SIGKILL');
    }
  });

  it('Socket Mode through a proxy that refuses connections: reported once with host and hint, then a clean exit', async () => {
    const proxyPort = await freePort();
    const apiPort = await freePort();
    const p = run({
      SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test', SLACK_API_URL: `http://127.0.0.1:${apiPort}/api/`,
      HTTP_PROXY: `http://127.0.0.1:${proxyPort}`, LOG_LEVEL: 'debug',
    });
    try {
      const warns = (): Record<string, unknown>[] => p.records().filter((r) => String(r.msg).startsWith('Slack unreachable at'));
      await waitFor(() => warns().length > 0, 'the unreachable warning', 90_000);
      // Several retries later (auth.test's, then apps.connections.open's) it is still the one warning.
      await waitFor(() => p.records().some((r) => r.msg === 'Slack still unreachable' && Number(r.failures) >= 3), 'three failed attempts', 90_000);
      const messages = await stopAndCheck(p);
      expect(warns()).toHaveLength(1);
      expect(warns()[0]).toMatchObject({ level: 40, host: `127.0.0.1:${apiPort}`, cause: 'ECONNREFUSED' });
      expect(String(warns()[0]!.msg)).toMatch(/retrying with backoff — check that the proxy .* \(HTTPS_PROXY\) is reachable/);
      // Bolt's own per-attempt "http request failed" stays out of the warnings.
      expect(p.records().filter((r) => r.level === 40 && String(r.msg).startsWith('http request failed'))).toEqual([]);
      expect(messages).not.toContain('lodestone started');
    } finally {
      p.kill('SIGKILL');
    }
  });

  it('Discord REST refused: start-up is abandoned and the process exits 0', async () => {
    const apiPort = await freePort();
    const p = run({ DISCORD_TOKEN: 'discord-unreachable-token', DISCORD_APPLICATION_ID: '123456789012345678', DISCORD_API_URL: `http://127.0.0.1:${apiPort}/api` });
    try {
      const warns = (): Record<string, unknown>[] => p.records().filter((r) => String(r.msg).startsWith('Discord unreachable at'));
      await waitFor(() => warns().length > 0, 'the unreachable warning', 90_000);
      const messages = await stopAndCheck(p);
      expect(warns()).toHaveLength(1);
      expect(warns()[0]).toMatchObject({ host: `127.0.0.1:${apiPort}` });
      expect(messages.some((m) => m.startsWith('start-up abandoned: shutdown requested while Discord was starting'))).toBe(true);
    } finally {
      p.kill('SIGKILL');
    }
  });
});
