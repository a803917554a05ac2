// Dataset hot reload. Editors change files in the data directory while the bot runs; each burst of
// changes is validated as a whole and swapped in atomically, and an invalid edit is rejected with
// every error logged while the last good dataset keeps serving. Content that changed under an
// unchanged version is refused too (a file cut at an entry boundary is still valid YAML). The
// watcher re-arms itself when the directory is replaced (deploy tools rm -rf and copy), and a
// slow poll of names, sizes and times covers file systems that send no events (NFS, SMB).
import { watch, type FSWatcher } from 'node:fs';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetHolder } from '../dataset/holder.js';
import { contentHash, type LoadResult } from '../dataset/load.js';
import { formatDataError, type DataError } from '../dataset/errors.js';
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
  /** Poll the directory this often as well (0: events only). */
  pollMs?: number;
  /** File-system events (default true); false polls only, as on a network file system (tests). */
  events?: boolean;
  /** Told about each rejected edit (an operators' channel message). */
  onRejected?: (r: Rejection) => void;
}

/** The newest edit that was rejected, while it is the newest edit (a good reload clears it). */
export interface Rejection {
  at: Date;
  /** The version still served. */
  serving: string;
  errors: DataError[];
}

export interface DatasetWatcher {
  /** Validates the directory now and swaps it in when valid (what a file change triggers). */
  reload(): Promise<ReloadResult>;
  /** The pending rejected edit, for /readyz and operators (null once a good edit is loaded). */
  rejection(): Rejection | null;
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
  let rejection: Rejection | null = null;
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
    if (result.ok) {
      const before = contentHash(holder.current());
      const after = contentHash(result.dataset);
      if (before && after && before !== after && result.dataset.meta.version === previous.version) {
        result = { ok: false, errors: [{ file: 'dataset.yaml', path: 'version', reason: `the content changed but version is still ${previous.version}: bump version with every edit (a file cut short or copied half-way also looks like this)` }] };
      } else if (before && before === after) {
        return 'ok'; // the same bytes again (a touch, a re-copy): nothing to swap
      }
    }
    if (!result.ok) {
      for (const e of result.errors) {
        // The same line `lodestone data check` prints, line number and entry id included.
        log.error({ file: e.file, path: e.path, reason: e.reason, line: e.line, entry: e.entry }, `dataset edit rejected: ${formatDataError(e)}`);
      }
      log.warn({ errors: result.errors.length, version: previous.version }, `dataset edit rejected with ${result.errors.length} error(s); still serving version ${previous.version}`);
      metrics.datasetReloads.inc({ result: 'rejected' });
      metrics.datasetEditRejected.set(1);
      rejection = { at: new Date(), serving: previous.version, errors: result.errors };
      try {
        opts.onRejected?.(rejection);
      } catch (error) {
        log.warn({ err: error }, 'telling operators about a rejected edit failed');
      }
      return 'rejected';
    }
    rejection = null;
    metrics.datasetEditRejected.set(0);
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

  // Watchers follow an inode: once the directory is replaced they hear nothing more. Each arm
  // remembers the inodes it watches; a rename event or the poll re-arms when they differ.
  let armed = '';
  const identity = (): string => {
    try {
      return [dir, ...subdirectories(dir)].map((d) => `${d}:${statSync(d).ino}`).join('|');
    } catch {
      return '';
    }
  };
  function arm(): void {
    for (const w of watchers.splice(0)) w.close();
    armed = identity();
    if (!armed) return; // the directory is gone for the moment; the poll re-arms when it is back
    try {
      armWatchers();
    } catch (error) {
      // Replaced while arming: the next poll tries again.
      for (const w of watchers.splice(0)) w.close();
      armed = '';
      log.debug({ err: error, dir }, 'dataset directory changed while arming the watcher');
    }
  }
  function armWatchers(): void {
    if (opts.events === false) return;
    try {
      const w = watch(dir, { recursive: true }, (event, file) => onEvent(event, file));
      w.on('error', onError);
      watchers.push(w);
    } catch {
      // Without recursive watching, watch the directory and each subdirectory (figures/ and the like).
      for (const d of [dir, ...subdirectories(dir)]) {
        const w = watch(d, (event, file) => onEvent(event, file));
        w.on('error', onError);
        watchers.push(w);
      }
    }
  }
  function rearmIfReplaced(): boolean {
    const now = identity();
    if (now === armed) return false;
    log.info({ dir }, 'the dataset directory was replaced or reappeared; watching the new one');
    arm();
    return true;
  }
  function onEvent(event: string, file: string | null): void {
    if (closed) return;
    if (event === 'rename' && rearmIfReplaced()) changed(null);
    else changed(file);
  }

  // The poll: a listing of names, sizes and modification times, compared with the last one.
  let listing = '';
  const list = (): string => {
    try {
      return [dir, ...subdirectories(dir)].flatMap((d) => readdirSync(d).filter((n) => !IGNORED.test(n)).map((n) => {
        const st = statSync(join(d, n));
        return `${join(d, n)}:${st.size}:${st.mtimeMs}:${st.ino}`;
      })).sort().join('\n');
    } catch {
      return 'unreadable';
    }
  };
  let poller: NodeJS.Timeout | undefined;
  if (opts.pollMs && opts.pollMs > 0) {
    listing = list();
    poller = setInterval(() => {
      if (closed) return;
      const replaced = rearmIfReplaced();
      const now = list();
      if (now !== listing || replaced) {
        listing = now;
        changed(null);
      }
    }, opts.pollMs);
    poller.unref();
  }

  arm();
  log.info({ dir, debounce_ms: opts.debounceMs, poll_ms: opts.pollMs ?? 0 }, 'watching the dataset directory for edits');

  return {
    reload,
    rejection: () => rejection,
    async idle() {
      while (running || timer) {
        if (running) await running;
        else await new Promise((r) => setTimeout(r, Math.max(10, opts.debounceMs)));
      }
    },
    close() {
      closed = true;
      clearTimeout(timer);
      clearInterval(poller);
      timer = undefined;
      for (const w of watchers) w.close();
    },
  };
}

function subdirectories(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith('.')) return [];
    const p = join(dir, name);
    return statSync(p).isDirectory() && !name.startsWith('.') ? [p, ...subdirectories(p)] : [];
  });
}
