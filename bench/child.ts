// The load side of a bench in its own process (the bench file forked with a role variable), driven
// over IPC one request-reply at a time, so load generation never shares the measured event loop.
import { fork, type ChildProcess } from 'node:child_process';

export class BenchChild {
  readonly #child: ChildProcess;
  #next: { resolve: (m: unknown) => void; reject: (e: Error) => void } | undefined;

  constructor(file: string, role: Record<string, string>) {
    this.#child = fork(file, [], { execArgv: ['--import', 'tsx'], env: { ...process.env, ...role }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    this.#child.on('message', (m) => this.#next?.resolve(m));
    this.#child.on('exit', (code) => this.#next?.reject(new Error(`bench child exited (${String(code)})`)));
  }

  /** Sends `msg` (if any) and waits for the child's next message. */
  ask<T>(msg?: object): Promise<T> {
    return new Promise((resolve, reject) => {
      this.#next = { resolve: (m) => resolve(m as T), reject };
      if (msg) this.#child.send(msg);
    });
  }

  stop(): void {
    if (this.#child.connected) this.#child.send({ type: 'exit' });
    setTimeout(() => this.#child.kill(), 2_000).unref();
  }
}
