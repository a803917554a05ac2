// Complete and atomic reloads on the real loader: a deleted figures file, a file cut at an entry
// boundary under an unchanged version, a directory replaced the way deploy tools do it (rm -rf,
// then copy), and a file system without change events (polling only).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { DatasetHolder } from '../../src/dataset/holder.js';
import { loadDataset } from '../../src/dataset/load.js';
import { Metrics } from '../../src/ops/metrics.js';
import { watchDataset, type DatasetWatcher } from '../../src/ops/reload.js';
import { waitFor } from './helpers.js';

const BUNDLED = resolve(import.meta.dirname, '../../data');
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

async function setup(opts: { pollMs?: number; events?: boolean } = {}): Promise<{ dir: string; holder: DatasetHolder; watcher: DatasetWatcher; rejections: () => string[] }> {
  const root = mkdtempSync(join(tmpdir(), 'lodestone-reload-'));
  const dir = join(root, 'data');
  cpSync(BUNDLED, dir, { recursive: true });
  const first = await loadDataset(dir);
  if (!first.ok) throw new Error('bundled data invalid');
  const holder = new DatasetHolder(first.dataset);
  const lines: { msg: string; reason?: string; file?: string }[] = [];
  const log = pino({ level: 'info' }, { write: (s: string) => { lines.push(JSON.parse(s) as { msg: string }); } });
  const watcher = watchDataset({ dir, holder, log, metrics: new Metrics(), load: loadDataset, debounceMs: 30, ...opts });
  cleanups.push(() => { watcher.close(); rmSync(root, { recursive: true, force: true }); });
  return { dir, holder, watcher, rejections: () => lines.filter((l) => l.msg.startsWith('dataset edit rejected:')).map((l) => `${l.file}: ${l.reason}`) };
}

const setVersion = (dir: string, v: string): void => {
  const f = join(dir, 'dataset.yaml');
  writeFileSync(f, readFileSync(f, 'utf8').replace(/^version: .*$/m, `version: "${v}"`));
};
const lithiumReserves = (h: DatasetHolder): number => h.current().figures.filter((f) => f.mineral === 'lithium' && f.measure === 'reserves').length;

describe('complete reloads', () => {
  it('refuses a dataset whose declared figures file was deleted, even with a new version', async () => {
    const { dir, holder, watcher, rejections } = await setup({ events: false });
    const before = lithiumReserves(holder);
    expect(before).toBeGreaterThan(0);
    rmSync(join(dir, 'figures', 'lithium.yaml'));
    setVersion(dir, 'deleted-lithium');
    expect(await watcher.reload()).toBe('rejected');
    expect(lithiumReserves(holder)).toBe(before);
    expect(rejections().join('\n')).toContain('figures/lithium.yaml: declared in dataset.yaml (files) but missing');
  });

  it('refuses an undeclared file', async () => {
    const { dir, watcher, rejections } = await setup({ events: false });
    cpSync(join(dir, 'figures', 'lithium.yaml'), join(dir, 'figures', 'lithium-copy.yaml'));
    setVersion(dir, 'extra-file');
    expect(await watcher.reload()).toBe('rejected');
    expect(rejections().join('\n')).toContain('figures/lithium-copy.yaml: not declared in dataset.yaml (files)');
  });

  it('refuses every cut of a figures file at an entry boundary while the version is unchanged', async () => {
    const { dir, holder, watcher } = await setup({ events: false });
    const file = join(dir, 'figures', 'lithium.yaml');
    const text = readFileSync(file, 'utf8');
    const cuts = [...text.matchAll(/^- /gm)].map((m) => m.index).filter((i) => i > 0);
    expect(cuts.length).toBeGreaterThan(3);
    const serving = holder.current();
    for (const at of cuts) {
      writeFileSync(file, text.slice(0, at));
      expect(await watcher.reload(), `cut at ${at}`).toBe('rejected');
      expect(holder.current()).toBe(serving);
    }
    writeFileSync(file, text);
    expect(await watcher.reload()).toBe('ok'); // the same bytes again: nothing to do
    expect(holder.current()).toBe(serving);
  });

  it('takes the same edit once its version is bumped', async () => {
    const { dir, holder, watcher } = await setup({ events: false });
    const file = join(dir, 'figures', 'lithium.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, text.lastIndexOf('\n- ') + 1));
    expect(await watcher.reload()).toBe('rejected');
    setVersion(dir, 'fewer-lithium');
    expect(await watcher.reload()).toBe('ok');
    expect(holder.current().meta.version).toBe('fewer-lithium');
  });
});

describe('the watcher', () => {
  it('survives the directory being replaced (rm -rf, then copy) and picks up later edits', async () => {
    const { dir, holder } = await setup({ pollMs: 200 });
    rmSync(dir, { recursive: true, force: true });
    await new Promise((r) => setTimeout(r, 300));
    cpSync(BUNDLED, dir, { recursive: true });
    setVersion(dir, 'after-replace');
    await waitFor(() => holder.current().meta.version === 'after-replace', 'the replaced directory', 20_000);
    setVersion(dir, 'edited-later');
    await waitFor(() => holder.current().meta.version === 'edited-later', 'an edit after the replacement', 20_000);
  });

  it('notices edits by polling alone, as on a network file system without events', async () => {
    const { dir, holder } = await setup({ pollMs: 100, events: false });
    setVersion(dir, 'polled');
    await waitFor(() => holder.current().meta.version === 'polled', 'the polled edit', 20_000);
  });
});
