// The editor's tools: `lodestone data diff` (what would be announced, from a directory or from the
// version a store served last) and the `data check` warning for a forgotten version bump.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runDataCheck } from '../../src/cli/data.js';
import { runDataDiff } from '../../src/cli/data-diff.js';
import { loadDataset } from '../../src/dataset/load.js';
import { openStore } from '../../src/store/index.js';
import { recordServed } from '../../src/updates/announce.js';
import { cleanupFixtures, copyData, edit, indexOf } from '../dataset/fixture.js';
import { silentLog } from '../store/helpers.js';

const dirs: string[] = [];
// The version data/ ships with; the edited copies get NEXT, a version no real edit will use.
const loaded = await loadDataset();
if (!loaded.ok) throw new Error('data/ does not load');
const SHIPPED = loaded.dataset.meta.version;
const NEXT = '2099.1.1';
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
afterAll(() => {
  cleanupFixtures();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function streams(): { out: PassThrough; err: PassThrough; text: () => { stdout: string; stderr: string } } {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (b: Buffer) => { stdout += b.toString(); });
  err.on('data', (b: Buffer) => { stderr += b.toString(); });
  return { out, err, text: () => ({ stdout, stderr }) };
}

/** A copy of data/ with the Vietnam reserves of MCS 2025 back at 22 Mt and a new version. */
function editedCopy(): { before: string; after: string } {
  const before = copyData();
  const after = copyData();
  const i = indexOf(before, 'figures/rare-earths.yaml', 'rare-earths-mcs2025-vn-reserves');
  edit(before, 'figures/rare-earths.yaml', (figs) => { figs[i]!.value = 22_000_000; });
  edit<Record<string, unknown>>(after, 'dataset.yaml', (meta) => { meta.version = NEXT; });
  return { before, after };
}

describe('lodestone data diff', () => {
  it('prints what would be announced between two directories, in English and German', async () => {
    const { before, after } = editedCopy();
    const s = streams();
    const code = await runDataDiff({ from: before, to: after }, { stdout: s.out, stderr: s.err, env: {} });
    expect(code).toBe(0);
    const { stdout, stderr } = s.text();
    expect(stderr).toBe('');
    expect(stdout).toContain(`1 change to announce: version ${SHIPPED} (${before}) → version ${NEXT} (${after})`);
    expect(stdout).toContain("[figure-revised] USGS cuts Vietnam's rare-earth reserves from 22 to 3.5 million t (USGS MCS 2025)");
    expect(stdout).toContain('de: Vietnam, Seltene Erden (Reserven): USGS senkt von 22 auf 3,5 Mio. t (USGS MCS 2025)');
    expect(stdout).toContain('/reserves VN rare-earths · sources: ');
  });

  it('compares with the version the store served last, or a version named by its label', async () => {
    const { before, after } = editedCopy();
    const state = mkdtempSync(join(tmpdir(), 'lodestone-diff-'));
    dirs.push(state);
    const store = await openStore({ LODESTONE_STATE_DIR: state }, silentLog);
    const old = await loadDataset(before);
    if (!old.ok) throw new Error('copy does not load');
    await recordServed(store, old.dataset, new Date('2026-11-30T08:00:00Z'));
    await store.close();
    for (const from of [undefined, SHIPPED]) {
      const s = streams();
      const code = await runDataDiff({ ...(from ? { from } : {}), to: after }, { stdout: s.out, stderr: s.err, env: { LODESTONE_STATE_DIR: state } });
      expect(code).toBe(0);
      expect(s.text().stdout).toContain(`1 change to announce: version ${SHIPPED} (served 2026-11-30 08:00 UTC) → version ${NEXT}`);
    }
    const s = streams();
    expect(await runDataDiff({ from: '1999.1.1', to: after }, { stdout: s.out, stderr: s.err, env: { LODESTONE_STATE_DIR: state } })).toBe(1);
    expect(s.text().stderr).toContain('no version "1999.1.1" was served from this store');
  });

  it('warns when the content changed but the version did not, and says when nothing is new', async () => {
    const { before } = editedCopy();
    const same = copyData();
    const s = streams();
    expect(await runDataDiff({ from: before, to: same }, { stdout: s.out, stderr: s.err, env: {} })).toBe(0);
    expect(s.text().stderr).toBe(`warning: the content changed but version is still ${SHIPPED}; bump version in dataset.yaml\n`);
    const t = streams();
    expect(await runDataDiff({ from: same, to: same }, { stdout: t.out, stderr: t.err, env: {} })).toBe(0);
    expect(t.text().stdout).toMatch(new RegExp(`^nothing to announce: version ${esc(SHIPPED)}`));
    const u = streams();
    expect(await runDataDiff({ to: same }, { stdout: u.out, stderr: u.err, env: { LODESTONE_STATE_DIR: join(tmpdir(), 'lodestone-no-such-state') } })).toBe(1);
    expect(u.text().stderr).toContain('pass --from DIR');
  });
});

describe('lodestone data check: version bump', () => {
  it('warns when data changed since the last commit and version did not; not after a bump', async () => {
    const dir = copyData();
    const git = (...args: string[]): string => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'data');
    // Only the version warning; the data's own style warnings are another check's.
    const check = async (): Promise<{ code: number; stderr: string }> => {
      const s = streams();
      const code = await runDataCheck(dir, s.out, s.err);
      return { code, stderr: s.text().stderr.split('\n').filter((l) => l.startsWith('warning: files in')).map((l) => `${l}\n`).join('') };
    };
    expect((await check()).stderr).toBe('');
    const i = indexOf(dir, 'figures/rare-earths.yaml', 'rare-earths-mcs2025-vn-reserves');
    edit(dir, 'figures/rare-earths.yaml', (figs) => { figs[i]!.value = 3_600_000; });
    const warned = await check();
    expect(warned.code).toBe(0);
    expect(warned.stderr).toBe(`warning: files in ${dir} changed since the last commit but version is still ${SHIPPED}; bump version in dataset.yaml so readers and update posts show the new version\n`);
    edit<Record<string, unknown>>(dir, 'dataset.yaml', (meta) => { meta.version = NEXT; });
    expect((await check()).stderr).toBe('');
  });
});
