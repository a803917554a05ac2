// Hot reload mechanics on a real directory watched with fs.watch: a valid edit is swapped in, an
// invalid one is rejected with each error logged and the last good dataset keeps serving.
// (reload-data.test.ts does the same end to end with the real loader on a copy of data/.)
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatasetHolder } from '../../src/dataset/holder.js';
import type { LoadResult } from '../../src/dataset/load.js';
import { createLogger } from '../../src/ops/log.js';
import { Metrics } from '../../src/ops/metrics.js';
import { watchDataset, type DatasetWatcher } from '../../src/ops/reload.js';
import { LogCapture, tinyDataset, waitFor } from './helpers.js';

// Stands in for loadDataset: the directory's version.txt is the dataset version, "bad" an invalid file.
async function fakeLoad(dir: string): Promise<LoadResult> {
  const v = readFileSync(join(dir, 'sub', 'version.txt'), 'utf8').trim();
  if (v.startsWith('bad')) return { ok: false, errors: [{ file: 'sub/version.txt', path: '[0]', reason: 'must not be bad', line: 7, entry: 'v-entry' }, { file: 'dataset.yaml', path: 'version', reason: 'second error' }] };
  return { ok: true, dataset: tinyDataset(v) };
}

let dir = '';
let watcher: DatasetWatcher | undefined;
afterEach(() => {
  watcher?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function setup(): { holder: DatasetHolder; logs: LogCapture; metrics: Metrics } {
  dir = mkdtempSync(join(tmpdir(), 'lodestone-reload-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'version.txt'), 'v1');
  const holder = new DatasetHolder(tinyDataset('v1'));
  const logs = new LogCapture();
  const metrics = new Metrics();
  watcher = watchDataset({ dir, holder, log: createLogger({}, logs), metrics, load: fakeLoad, debounceMs: 20 });
  return { holder, logs, metrics };
}

const reloads = async (m: Metrics, result: string): Promise<number> =>
  (await m.datasetReloads.get()).values.find((v) => v.labels.result === result)?.value ?? 0;

describe('dataset hot reload', () => {
  it('swaps in a valid edit made in a subdirectory, and logs the new version', async () => {
    const { holder, logs, metrics } = setup();
    writeFileSync(join(dir, 'sub', 'version.txt'), 'v2');
    await waitFor(() => holder.current().meta.version === 'v2', 'the swap');
    expect(await reloads(metrics, 'ok')).toBeGreaterThanOrEqual(1);
    expect(logs.messages()).toContain('dataset reloaded: version v2 (as of 2026-02-06)');
  });

  it('rejects an invalid edit, logs each error with file, path and reason, and keeps serving the last good dataset', async () => {
    const { holder, logs, metrics } = setup();
    const before = holder.current();
    writeFileSync(join(dir, 'sub', 'version.txt'), 'bad');
    await waitFor(async () => (await reloads(metrics, 'rejected')) >= 1, 'the rejection');
    await watcher!.idle();
    expect(holder.current()).toBe(before);
    const errors = logs.records().filter((r) => r.level === 50);
    expect(errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ file: 'sub/version.txt', path: '[0]', reason: 'must not be bad' }),
      expect.objectContaining({ file: 'dataset.yaml', path: 'version', reason: 'second error' }),
    ]));
    expect(logs.messages()).toContain('dataset edit rejected with 2 error(s); still serving version v1');
    // The same line data check prints: entry id and line number included.
    expect(logs.messages()).toContain('dataset edit rejected: sub/version.txt: [0] v-entry: must not be bad (line 7)');

    // Fixing the file brings the edit in.
    writeFileSync(join(dir, 'sub', 'version.txt'), 'v3');
    await waitFor(() => holder.current().meta.version === 'v3', 'the fixed edit');
  });

  it('a loader that throws counts as a failed reload and changes nothing', async () => {
    const { holder, logs, metrics } = setup();
    watcher!.close();
    watcher = watchDataset({ dir, holder, log: createLogger({}, logs), metrics, load: async () => { throw new Error('disk on fire'); }, debounceMs: 20 });
    expect(await watcher.reload()).toBe('failed');
    expect(holder.current().meta.version).toBe('v1');
    expect(await reloads(metrics, 'failed')).toBe(1);
    expect(logs.text()).toContain('disk on fire');
  });

  it('a change that arrives while a reload is running is picked up by one more reload', async () => {
    const { holder } = setup();
    watcher!.close();
    // The loader reads a directory nobody watches, so only the explicit reload() calls count.
    const unwatched = mkdtempSync(join(tmpdir(), 'lodestone-unwatched-'));
    mkdirSync(join(unwatched, 'sub'));
    writeFileSync(join(unwatched, 'sub', 'version.txt'), 'v1');
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => { release = r; });
    let calls = 0;
    watcher = watchDataset({
      dir, holder, log: createLogger({ LOG_LEVEL: 'silent' }), metrics: new Metrics(), debounceMs: 5,
      load: async () => { calls += 1; if (calls === 1) await gate; return fakeLoad(unwatched); },
    });
    const first = watcher.reload();
    writeFileSync(join(unwatched, 'sub', 'version.txt'), 'v4');
    void watcher.reload(); // the change notification arriving mid-load
    release();
    await first;
    await watcher.idle();
    rmSync(unwatched, { recursive: true, force: true });
    expect(calls).toBe(2);
    expect(holder.current().meta.version).toBe('v4');
  });
});
