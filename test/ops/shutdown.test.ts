// Shutdown mechanics with real signals delivered to this process (SIGUSR2 stands in for SIGTERM so
// the test runner's own handlers are untouched). cli-shutdown.test.ts spawns the real CLI.
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/ops/log.js';
import { installShutdown, type ShutdownHandle } from '../../src/ops/shutdown.js';
import { LogCapture, waitFor } from './helpers.js';

let handle: ShutdownHandle | undefined;
afterEach(() => handle?.dispose());

function setup(stop: () => Promise<void>, timeoutMs = 30_000): { logs: LogCapture; exits: number[] } {
  const logs = new LogCapture();
  const exits: number[] = [];
  handle = installShutdown({ log: createLogger({}, logs), stop, timeoutMs, signals: ['SIGUSR2'], exit: (c) => exits.push(c) });
  return { logs, exits };
}

describe('graceful shutdown', () => {
  it('on the signal, stops the app and exits 0 once the work in flight is done', async () => {
    let finish: () => void = () => {};
    let stopCalls = 0;
    const { logs, exits } = setup(() => { stopCalls += 1; return new Promise<void>((r) => { finish = r; }); });
    process.kill(process.pid, 'SIGUSR2');
    await waitFor(() => stopCalls === 1, 'stop to be called');
    expect(exits).toEqual([]); // still finishing
    finish();
    await waitFor(() => exits.length > 0, 'the exit');
    expect(exits).toEqual([0]);
    expect(logs.messages()).toEqual(expect.arrayContaining([
      'shutdown started (SIGUSR2): no new work, finishing work in flight',
      expect.stringMatching(/^shutdown complete; exiting 0$/),
    ]));
  });

  it('a second signal during shutdown forces exit 1', async () => {
    const { logs, exits } = setup(() => new Promise<void>(() => {}));
    process.kill(process.pid, 'SIGUSR2');
    await waitFor(() => logs.messages().some((m) => m.startsWith('shutdown started')), 'the first signal');
    process.kill(process.pid, 'SIGUSR2');
    await waitFor(() => exits.length > 0, 'the forced exit');
    expect(exits).toEqual([1]);
    expect(logs.messages()).toContain('second SIGUSR2 during shutdown; forcing exit');
  });

  it('a shutdown that outlives its timeout forces exit 1', async () => {
    const { logs, exits } = setup(() => new Promise<void>(() => {}), 100);
    void handle!.shutdown('test');
    await waitFor(() => exits.length > 0, 'the forced exit');
    expect(exits).toEqual([1]);
    expect(logs.messages()).toContain('shutdown timed out after 100 ms; forcing exit');
  });

  it('a failing stop exits 1 and says so; shutdown() twice stops once', async () => {
    let calls = 0;
    const { logs, exits } = setup(async () => { calls += 1; throw new Error('store would not close'); });
    await Promise.all([handle!.shutdown('console closed'), handle!.shutdown('console closed')]);
    expect(calls).toBe(1);
    expect(exits).toEqual([1]);
    expect(logs.text()).toContain('store would not close');
  });
});
