// `lodestone data diff [--from DIR|VERSION] [--to DIR]`: what a running bot would announce when it
// loads `--to` (default: the data directory), compared with `--from`: another data directory, a
// version served before (by its `version`, looked up in the store), or by default the version the
// store says was served last. Prints one block per change, English and German. Exit 0 printed,
// 1 dataset or store problem, 2 usage error.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../dataset/dataset.js';

export interface DiffIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

export async function runDataDiff(opts: { from?: string; to?: string }, io: DiffIo): Promise<number> {
  const fail = (msg: string, code = 1): number => { io.stderr.write(`lodestone data diff: ${msg}\n`); return code; };
  const [{ parseConfig, ConfigError }, { loadDataset, defaultDataDir }, { diffDatasets }, snapshot, { pino }] = await Promise.all([
    import('../config.js'), import('../dataset/load.js'), import('../updates/changes.js'), import('../updates/snapshot.js'), import('pino'),
  ]);
  let config;
  try {
    config = parseConfig(io.env);
  } catch (e) {
    return fail(e instanceof ConfigError ? e.message : String(e));
  }
  const toDir = opts.to ?? config.LODESTONE_DATA_DIR ?? defaultDataDir();
  const load = async (dir: string): Promise<Dataset | null> => {
    const r = await loadDataset(dir);
    if (r.ok) return r.dataset;
    fail(`the dataset in ${dir} is invalid (${r.errors.length} errors); lodestone data check --dir ${dir} lists them`);
    return null;
  };
  const next = await load(toDir);
  if (!next) return 1;

  let prev: Dataset | null;
  let fromLabel: string;
  if (opts.from !== undefined && existsSync(opts.from) && statSync(opts.from).isDirectory()) {
    prev = await load(opts.from);
    if (!prev) return 1;
    fromLabel = opts.from;
  } else {
    // A version served before: only a store that exists is read (this command never creates one).
    if (!config.DATABASE_URL && !existsSync(join(config.LODESTONE_STATE_DIR, 'lodestone.db'))) {
      return fail(opts.from !== undefined
        ? `"${opts.from.slice(0, 60)}" is neither a directory nor a version in a store (no store at ${config.LODESTONE_STATE_DIR}; set LODESTONE_STATE_DIR or DATABASE_URL)`
        : `no store at ${config.LODESTONE_STATE_DIR} to find the version served last; pass --from DIR`);
    }
    const { openStore } = await import('../store/index.js');
    let store;
    try {
      store = await openStore(config, pino({ level: 'silent' }));
    } catch (e) {
      return fail(`cannot open the store (${e instanceof Error ? e.message : String(e)})`);
    }
    try {
      const found = opts.from !== undefined ? (await store.findDatasetVersions(opts.from))[0] ?? null : await store.lastServedVersion(snapshot.contentHash(next));
      if (!found) {
        return fail(opts.from !== undefined ? `no version "${opts.from.slice(0, 60)}" was served from this store` : 'the store has no version served before; pass --from DIR');
      }
      prev = snapshot.deserialise(found.body);
      fromLabel = `served ${found.lastServedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    } finally {
      await store.close();
    }
  }

  const changes = diffDatasets(prev, next);
  const head = `version ${prev.meta.version} (${fromLabel}) → version ${next.meta.version} (${toDir})`;
  if (prev.meta.version === next.meta.version && snapshot.contentHash(prev) !== snapshot.contentHash(next)) {
    io.stderr.write(`warning: the content changed but version is still ${next.meta.version}; bump version in dataset.yaml\n`);
  }
  if (!changes.length) {
    io.stdout.write(`nothing to announce: ${head}\n`);
    return 0;
  }
  io.stdout.write(`${changes.length} change${changes.length === 1 ? '' : 's'} to announce: ${head}\n`);
  for (const c of changes) {
    io.stdout.write(`\n[${c.kind}] ${c.headline.en}\n  de: ${c.headline.de}\n  ${c.link}${c.sources.length ? ` · sources: ${c.sources.join(', ')}` : ''}\n  id: ${c.id}\n`);
  }
  return 0;
}
