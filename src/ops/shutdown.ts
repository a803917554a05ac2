// Graceful shutdown on SIGTERM and SIGINT: the app stops taking new work, finishes what is in
// flight and closes its connections, then the process exits 0. A second signal, or the timeout,
// forces the exit (code 1) so an orchestrator is never left waiting on a stuck process.
import type { Logger } from './log.js';

export interface ShutdownOptions {
  log: Logger;
  /** Stops the app; resolves when everything in flight is done. */
  stop: () => Promise<void>;
  timeoutMs: number;
  signals?: NodeJS.Signals[];
  exit?: (code: number) => void;
}

export interface ShutdownHandle {
  /** Starts the same graceful shutdown a signal starts (e.g. the console user quit). */
  shutdown(reason: string): Promise<void>;
  /** Removes the signal handlers (tests). */
  dispose(): void;
}

export function installShutdown(opts: ShutdownOptions): ShutdownHandle {
  const { log, timeoutMs } = opts;
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  const signals = opts.signals ?? ['SIGTERM', 'SIGINT'];
  let started: Promise<void> | undefined;

  function shutdown(reason: string): Promise<void> {
    if (started) return started;
    const begun = performance.now();
    log.info({ reason, timeout_ms: timeoutMs }, `shutdown started (${reason}): no new work, finishing work in flight`);
    const timer = setTimeout(() => {
      log.error({ reason, timeout_ms: timeoutMs }, `shutdown timed out after ${timeoutMs} ms; forcing exit`);
      exit(1);
    }, timeoutMs);
    timer.unref();
    started = opts
      .stop()
      .then(
        () => {
          clearTimeout(timer);
          log.info({ ms: Math.round(performance.now() - begun) }, 'shutdown complete; exiting 0');
          exit(0);
        },
        (error: unknown) => {
          clearTimeout(timer);
          log.error({ err: error }, 'shutdown failed; exiting 1');
          exit(1);
        },
      );
    return started;
  }

  const onSignal = (signal: NodeJS.Signals): void => {
    if (started) {
      log.warn({ signal }, `second ${signal} during shutdown; forcing exit`);
      exit(1);
      return;
    }
    void shutdown(signal);
  };
  for (const s of signals) process.on(s, onSignal);

  return {
    shutdown,
    dispose: () => {
      for (const s of signals) process.off(s, onSignal);
    },
  };
}

/** Shutdown was asked for while start-up was still under way; what had started has been stopped. */
export class StartAborted extends Error {}

/**
 * `work`, unless `signal` aborts first: then StartAborted at once, so a shutdown does not wait for a
 * platform that keeps retrying an unreachable host. The work itself cannot be cancelled (Slack's
 * and Discord's clients take no signal); if it finishes later anyway, `late` gets what it produced
 * (to stop it).
 */
export function unlessAborted<T>(work: Promise<T>, what: string, signal: AbortSignal | undefined, late?: (value: T) => unknown): Promise<T> {
  if (!signal) return work;
  const aborted = (): StartAborted => new StartAborted(`shutdown requested while ${what} was starting`);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      reject(aborted());
      if (late) void work.then(late).catch(() => undefined);
      else void work.catch(() => undefined);
    };
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
