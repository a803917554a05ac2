// Hot reload end to end: the composed app on a copy of the bundled data/, the real loader and the
// real commands. A valid edit changes the answers; a broken file is rejected with its errors logged
// and the answers stay those of the last good dataset.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/ops/log.js';
import { startApp, type App } from '../../src/app.js';
import { LogCapture, waitFor } from './helpers.js';

const FIGURES = join('figures', 'rare-earths.yaml');
const FIGURE_ID = 'rare-earths-mcs2026-cn-reserves';

let dir = '';
let app: App;
const logs = new LogCapture();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lodestone-data-'));
  cpSync(resolve(import.meta.dirname, '../../data'), join(dir, 'data'), { recursive: true });
  const config = parseConfig({
    LODESTONE_DATA_DIR: join(dir, 'data'), LODESTONE_STATE_DIR: join(dir, 'state'), LODESTONE_WATCH_DEBOUNCE_MS: '50',
    LODESTONE_CONSOLE: 'off', DIGEST_SCHEDULER: 'false', LOG_LEVEL: 'info',
  });
  app = await startApp({ config, log: createLogger(config, logs) });
});

afterAll(async () => {
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

let edits = 0;

/** Rewrites one field of the figure with FIGURE_ID, as an editor would, and bumps the version. */
function editFigure(field: string, value: string): void {
  const meta = join(dir, 'data', 'dataset.yaml');
  writeFileSync(meta, readFileSync(meta, 'utf8').replace(/^version: .*$/m, `version: "test-edit-${++edits}"`));
  const file = join(dir, 'data', FIGURES);
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.findIndex((l) => l === `- id: ${FIGURE_ID}`);
  const at = lines.findIndex((l, i) => i > start && l.startsWith(`  ${field}:`));
  expect(start).toBeGreaterThanOrEqual(0);
  lines[at] = `  ${field}: ${value}`;
  writeFileSync(file, lines.join('\n'));
}

async function chinaReserves(): Promise<string | undefined> {
  const reply = await app.core.handleText('/reserves china', { locale: 'en' });
  return reply.fields?.find((f) => f.label === 'Reserves')?.value;
}

const reloads = async (result: string): Promise<number> =>
  (await app.metrics.datasetReloads.get()).values.find((v) => v.labels.result === result)?.value ?? 0;

describe('dataset hot reload, end to end', () => {
  it('answers from the bundled figures at first', async () => {
    expect(await chinaReserves()).toMatch(/^44,000,000 t/);
  });

  it('a valid edit is swapped in and the answers change', async () => {
    editFigure('value', '45000000');
    await waitFor(async () => (await reloads('ok')) >= 1 && (await chinaReserves())?.startsWith('45,000,000 t'), 'the edited figure', 30_000);
    expect(logs.messages().some((m) => m.startsWith('dataset reloaded: version'))).toBe(true);
  });

  it('a broken file is rejected with its errors logged, and the last good dataset keeps answering', async () => {
    const before = app.datasets.current();
    editFigure('value', 'lots');
    await waitFor(async () => (await reloads('rejected')) >= 1, 'the rejection', 30_000);
    await app.watcher!.idle();
    expect(app.datasets.current()).toBe(before);
    expect(await chinaReserves()).toMatch(/^45,000,000 t/);
    const errors = logs.records().filter((r) => r.level === 50 && String(r.msg).startsWith('dataset edit rejected:'));
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors[0]).toMatchObject({ file: FIGURES.split('\\').join('/'), path: expect.stringContaining('value'), reason: expect.any(String) });
    expect(logs.messages().some((m) => /^dataset edit rejected with \d+ error\(s\); still serving version /.test(m))).toBe(true);
    // Operators see it where they look: /readyz detail (still ready: the last good version serves) and a metric.
    const ready = await app.readiness();
    expect(ready.checks.dataset).toMatchObject({ ok: true, detail: expect.stringMatching(/; edit rejected at \S+ with \d+ error\(s\), first: figures\/rare-earths\.yaml: /) });
    expect((await app.metrics.datasetEditRejected.get()).values[0]?.value).toBe(1);
  });

  it('fixing the file brings the fix in', async () => {
    editFigure('value', '46000000');
    await waitFor(async () => (await chinaReserves())?.startsWith('46,000,000 t'), 'the fixed figure', 30_000);
    expect((await app.readiness()).checks.dataset?.detail).not.toContain('rejected');
    expect((await app.metrics.datasetEditRejected.get()).values[0]?.value).toBe(0);
  });
});
