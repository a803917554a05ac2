// Dataset hot reload. Editors change files in the data directory while the bot runs; each burst of
// changes is validated as a whole and swapped in atomically, and an invalid edit is rejected with
// every error logged while the last good dataset keeps serving.
import { watch, type FSWatcher } from 'node:fs';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetHolder } from '../dataset/holder.js';
import type { LoadResult } from '../dataset/load.js';
import { formatDataError } from '../dataset/errors.js';
import type { Logger } from './log.js';
import type { Metrics } from './metrics.js';

export type ReloadResult = 'ok' | 'rejected' | 'failed';

export interface ReloadOptions {
  dir: string;
  holder: DatasetHolder;
  log: Logger;
  metrics: Metrics;
  load: (dir: string) => Promise<LoadResult>;
  debounceMs: number;
}

export interface DatasetWatcher {
  /** Validates the directory now and swaps it in when valid (what a file change triggers). */
  reload(): Promise<ReloadResult>;
  /** Resolves after the reloads in flight (and any change queued behind them) are done. */
  idle(): Promise<void>;
  close(): void;
}

// Editors write swap and backup files beside the real ones; they never change the dataset.
const IGNORED = /(^|[/\\])(\.[^/\\]*|[^/\\]*~|[^/\\]*\.(swp|swx|tmp|bak))$/;

export function watchDataset(opts: ReloadOptions): DatasetWatcher {
  const { dir, holder, log, metrics, load } = opts;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<ReloadResult> | undefined;
  let queued = false;
  let closed = false;
  const watchers: FSWatcher[] = [];

  async function reloadOnce(): Promise<ReloadResult> {
    const previous = holder.current().meta;
    let result: LoadResult;
    try {
      result = await load(dir);
    } catch (error) {
      log.error({ err: error, dir }, 'dataset reload failed; still serving the last good dataset');
      metrics.datasetReloads.inc({ result: 'failed' });
      return 'failed';
    }
    if (closed) return 'failed';
    if (!result.ok) {
      for (const e of result.errors) {
        // The same line `lodestone data check` prints, line number and entry id included.
        log.error({ file: e.file, path: e.path, reason: e.reason, line: e.line, entry: e.entry }, `dataset edit rejected: ${formatDataError(e)}`);
      }
      log.warn({ errors: result.errors.length, version: previous.version }, `dataset edit rejected with ${result.errors.length} error(s); still serving version ${previous.version}`);
      metrics.datasetReloads.inc({ result: 'rejected' });
      return 'rejected';
    }
    holder.swap(result.dataset);
    const meta = result.dataset.meta;
    log.info({ version: meta.version, as_of: meta.as_of, previous: previous.version }, `dataset reloaded: version ${meta.version} (as of ${meta.as_of})`);
    metrics.datasetReloads.inc({ result: 'ok' });
    return 'ok';
  }

  function reload(): Promise<ReloadResult> {
    if (running) {
      // A change during a load may not be in what is being read: run once more afterwards.
      queued = true;
      return running;
    }
    running = reloadOnce().finally(() => {
      running = undefined;
      if (queued && !closed) {
        queued = false;
        void reload();
      }
    });
    return running;
  }

  function changed(file: string | null): void {
    if (closed || (file && IGNORED.test(file))) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void reload();
    }, opts.debounceMs);
  }

  function onError(error: unknown): void {
    log.error({ err: error, dir }, 'watching the dataset directory failed; hot reload is off until restart');
  }

  try {
    const w = watch(dir, { recursive: true }, (_event, file) => changed(file));
    w.on('error', onError);
    watchers.push(w);
  } catch {
    // Without recursive watching, watch the directory and each subdirectory (figures/ and the like).
    for (const d of [dir, ...subdirectories(dir)]) {
      const w = watch(d, (_event, file) => changed(file));
      w.on('error', onError);
      watchers.push(w);
    }
  }
  log.info({ dir, debounce_ms: opts.debounceMs }, 'watching the dataset directory for edits');

  return {
    reload,
    async idle() {
      while (running || timer) {
        if (running) await running;
        else await new Promise((r) => setTimeout(r, Math.max(10, opts.debounceMs)));
      }
    },
    close() {
      closed = true;
      clearTimeout(timer);
      timer = undefined;
      for (const w of watchers) w.close();
    },
  };
}

function subdirectories(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() && !name.startsWith('.') ? [p, ...subdirectories(p)] : [];
  });
}
