// The composed app: real dataset, core, SQLite store, console on streams, operations server on
// port 0. Metrics count commands by name and outcome; a failing command is logged with its error and
// the user only gets an apology; readiness reflects shutdown.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/ops/log.js';
import { DatasetInvalidError, consoleWanted, startApp, type App } from '../../src/app.js';
import { LogCapture } from './helpers.js';

const dirs: string[] = [];
const apps: App[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.stop();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'lodestone-app-'));
  dirs.push(d);
  return d;
}

async function start(env: Record<string, string> = {}): Promise<{ app: App; logs: LogCapture; output: PassThrough; input: PassThrough }> {
  const config = parseConfig({ LODESTONE_STATE_DIR: tempDir(), HTTP_PORT: '0', HTTP_HOST: '127.0.0.1', LODESTONE_WATCH_DATA: 'false', DIGEST_SCHEDULER: 'false', LOG_LEVEL: 'debug', ...env });
  const logs = new LogCapture();
  const input = new PassThrough();
  const output = new PassThrough();
  const app = await startApp({ config, log: createLogger(config, logs), input, output, console: true });
  apps.push(app);
  return { app, logs, output, input };
}

const call = { locale: 'en' as const, channel: { platform: 'console' as const, channelId: 'console' } };

describe('the composed app', () => {
  it('opens the console when no platform token is set, and not when one is', () => {
    expect(consoleWanted(parseConfig({}))).toBe(true);
    expect(consoleWanted(parseConfig({ LODESTONE_CONSOLE: 'off' }))).toBe(false);
    expect(consoleWanted(parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }))).toBe(false);
    expect(consoleWanted(parseConfig({ DISCORD_TOKEN: 'abcdefgh', DISCORD_APPLICATION_ID: '123456', LODESTONE_CONSOLE: 'on' }))).toBe(true);
  });

  it('starts on the bundled dataset and is ready: dataset, store and console', async () => {
    const { app } = await start();
    expect(app.platforms.map((p) => p.name)).toEqual(['console']);
    const res = await fetch(`http://127.0.0.1:${app.http!.port}/readyz`);
    const body = (await res.json()) as { checks: Record<string, { ok: boolean; detail?: string }> };
    expect(res.status).toBe(200);
    expect(body.checks.dataset?.detail).toContain(app.datasets.current().meta.version);
    expect(body.checks.store).toEqual({ ok: true, detail: expect.stringMatching(/^sqlite, schema v\d+$/) });
    expect(body.checks.console?.ok).toBe(true);
  });

  it('counts commands by name and outcome, with unknown command names folded into one label', async () => {
    const { app } = await start();
    await app.core.handleText('/reserves china', call);
    await app.core.handleText('/reserves china', call);
    await app.core.handleText('/frobnicate-zz now', call);
    const text = await (await fetch(`http://127.0.0.1:${app.http!.port}/metrics`)).text();
    expect(text).toMatch(/lodestone_commands_total\{name="reserves",outcome="ok"\} 2/);
    expect(text).toMatch(/lodestone_command_seconds_count\{name="reserves"\} 2/);
    expect(text).not.toContain('frobnicate');
    expect(text).toMatch(/lodestone_dataset_info\{version="[^"]+",as_of="\d{4}-\d{2}-\d{2}"\} 1/);
    expect(text).toContain('lodestone_process_resident_memory_bytes');
  });

  it('a failing command is logged with its error and counted; the user sees only an apology', async () => {
    const { app, logs } = await start();
    app.core.registry.register({
      name: 'crash', description: { en: 'fails', de: 'scheitert' }, args: [], examples: ['/crash'],
      run: () => { throw new TypeError('internal detail: cannot read x of undefined'); },
    });
    const reply = await app.core.handleText('/crash', call);
    expect(reply.kind).toBe('error');
    expect(JSON.stringify(reply)).not.toContain('internal detail');
    const record = logs.records().find((r) => r.msg === 'command crash failed; the user got an apology');
    expect(record).toBeDefined();
    expect(JSON.stringify(record?.err)).toContain('internal detail: cannot read x of undefined');
    expect(await app.metrics.registry.getSingleMetricAsString('lodestone_commands_total')).toContain('name="crash",outcome="failed"} 1');
  });

  it('stop() turns readiness off first, then closes everything; a second stop() is the same stop', async () => {
    const { app, logs } = await start();
    const stopping = app.stop();
    expect((await app.readiness()).checks.shutdown).toEqual({ ok: false, detail: 'shutting down' });
    await Promise.all([stopping, app.stop()]);
    expect(logs.messages().filter((m) => m === 'shutdown: store closed')).toHaveLength(1);
    await expect(fetch(`http://127.0.0.1:${app.http!.port}/healthz`)).rejects.toThrow();
  });

  it('an invalid dataset at start-up is an error listing each problem, and nothing is left running', async () => {
    const empty = tempDir();
    const err = await start({ LODESTONE_DATA_DIR: empty }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatasetInvalidError);
    expect((err as DatasetInvalidError).errors.length).toBeGreaterThan(0);
    expect((err as DatasetInvalidError).errors[0]).toEqual(expect.objectContaining({ file: expect.any(String), reason: expect.any(String) }));
  });

  it('a port already in use stops start-up with a clear error and closes what had started', async () => {
    const { app } = await start();
    const err = await start({ HTTP_PORT: String(app.http!.port) }).catch((e: unknown) => e);
    expect(String((err as Error).message)).toMatch(/operations HTTP server on 127\.0\.0\.1:\d+ could not start: .*EADDRINUSE/);
  });
});
