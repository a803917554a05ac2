// The benchmarks measure the code `npm start` runs: the compiled JavaScript in dist/, built here when
// src/ changed since the last build. Through tsx's on-the-fly transform every named function and
// closure also calls esbuild's __name (keepNames), a cost the shipped bot never pays; the benches
// used to carry it (about 6 % of the Discord renderer's samples). The bare baselines are packages'
// JavaScript either way. BENCH_SOURCE=ts runs src/ through tsx instead, for profiles that should map
// to the TypeScript.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const stampFile = join(root, 'dist', '.bench-build');
const fromSource = (): boolean => process.env.BENCH_SOURCE === 'ts';
let checked = false;

function newestIn(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestIn(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Compiles src/ to dist/ (as `npm run build`) unless dist/ is newer than every source file. */
export function ensureBuilt(): void {
  if (checked || fromSource()) return;
  checked = true;
  const stamp = existsSync(stampFile) ? statSync(stampFile).mtimeMs : 0;
  const sources = Math.max(newestIn(join(root, 'src')), statSync(join(root, 'tsconfig.json')).mtimeMs, statSync(join(root, 'tsconfig.build.json')).mtimeMs);
  if (stamp > sources) return;
  process.stderr.write('bench: compiling src/ to dist/ (the code npm start runs)\n');
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  writeFileSync(stampFile, `${new Date().toISOString()}\n`);
}

/** A module of the bot, by its path under src/ without extension ("commands/core"), as shipped. */
export async function shipped<M>(rel: string): Promise<M> {
  ensureBuilt();
  return (await import(new URL(`../${fromSource() ? 'src' : 'dist'}/${rel}.js`, import.meta.url).href)) as M;
}
