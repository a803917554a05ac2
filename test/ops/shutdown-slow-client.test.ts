// The composed app with Slack in HTTP mode: SIGTERM's shutdown while a client holds a request open
// half-sent. The straggler is destroyed at the drain deadline, the store is still closed and the
// process exits 0 well inside SHUTDOWN_TIMEOUT_MS.
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/ops/log.js';
import { installShutdown } from '../../src/ops/shutdown.js';
import { startApp } from '../../src/app.js';
import { FakeSlack } from '../fakes/slack/server.js';
import { LogCapture } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'lodestone-slow-client-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const freePort = (): Promise<number> => new Promise((r) => {
  const s = createNetServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as AddressInfo;
    s.close(() => r(port));
  });
});

describe('shutdown with a slow client', () => {
  it('destroys the straggler, closes the store and exits 0', { timeout: 60_000 }, async () => {
    const fake = await new FakeSlack().start();
    const slackPort = await freePort();
    const config = parseConfig({
      SLACK_BOT_TOKEN: 'xoxb-test_token', SLACK_SIGNING_SECRET: 'slow-client-secret', SLACK_API_URL: fake.apiUrl, SLACK_PORT: String(slackPort),
      LODESTONE_STATE_DIR: dir, LODESTONE_WATCH_DATA: 'false', DIGEST_SCHEDULER: 'false', LOG_LEVEL: 'info', SHUTDOWN_TIMEOUT_MS: '3000', LODESTONE_CONSOLE: 'off',
    });
    const logs = new LogCapture();
    const log = createLogger(config, logs);
    const app = await startApp({ config, log });
    const socket = connect(slackPort, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    socket.on('error', () => {});
    const closed = new Promise<void>((r) => socket.once('close', () => r()));
    socket.write('POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5000\r\n\r\n{"type":');

    const exits: number[] = [];
    const handle = installShutdown({ log, stop: () => app.stop(), timeoutMs: config.SHUTDOWN_TIMEOUT_MS, signals: [], exit: (code) => exits.push(code) });
    await handle.shutdown('SIGTERM');
    await closed;
    handle.dispose();
    await fake.stop();
    expect(exits).toEqual([0]);
    expect(logs.messages()).toContain('shutdown: store closed');
    expect(logs.messages()).toContain('shutdown: slack stopped');
  });
});
