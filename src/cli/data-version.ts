// `lodestone data check` in a git checkout: warns when files under the data directory differ from
// the last commit while dataset.yaml's `version` is still the committed one. Any git problem (not a
// checkout, git missing) means no warning, never a failed check.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parse } from 'yaml';

const run = promisify(execFile);

export async function unbumpedVersion(dir: string, version: string): Promise<string | null> {
  const git = async (...args: string[]): Promise<string> => (await run('git', ['-C', dir, ...args], { timeout: 5000, maxBuffer: 4 << 20 })).stdout;
  try {
    const changed = (await git('status', '--porcelain', '--', '.')).trim();
    if (!changed) return null;
    const committed = parse(await git('show', 'HEAD:./dataset.yaml')) as { version?: unknown } | null;
    if (String(committed?.version ?? '') !== version) return null;
    return `warning: files in ${dir} changed since the last commit but version is still ${version}; bump version in dataset.yaml so readers and update posts show the new version`;
  } catch {
    return null;
  }
}
