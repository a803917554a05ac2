// /readyz checks the store's schema, not only that it answers: tables dropped under a running app
// are recreated at the next probe (logged), and /digest works again without a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/ops/log.js';
import { startApp, type App } from '../../src/app.js';
import { SQLITE_FILE } from '../../src/store/index.js';
import { LogCapture } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'lodestone-readyz-'));
let app: App | undefined;
afterAll(async () => {
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('/readyz and the store schema', () => {
  it('notices dropped tables, recreates them, and digests work again', async () => {
    const config = parseConfig({ LODESTONE_STATE_DIR: dir, HTTP_PORT: '0', HTTP_HOST: '127.0.0.1', LODESTONE_WATCH_DATA: 'false', DIGEST_SCHEDULER: 'false', LOG_LEVEL: 'debug' });
    const logs = new LogCapture();
    app = await startApp({ config, log: createLogger(config, logs), input: new PassThrough(), output: new PassThrough(), console: true });
    const url = `http://127.0.0.1:${app.http!.port}/readyz`;
    expect((await fetch(url)).status).toBe(200);

    const db = new Database(join(dir, SQLITE_FILE));
    db.pragma('foreign_keys = OFF');
    db.exec('DROP TABLE deliveries; DROP TABLE subscriptions;');
    db.close();
    await expect(app.store.listSubscriptions()).rejects.toThrow();

    const res = await fetch(url);
    const body = (await res.json()) as { checks: Record<string, { ok: boolean; detail?: string }> };
    expect(res.status).toBe(200);
    expect(body.checks.store?.ok).toBe(true);
    expect(logs.records().some((r) => r.msg === 'store schema was incomplete; recreated what was missing')).toBe(true);
    await expect(app.store.listSubscriptions()).resolves.toEqual([]);
  });
});
