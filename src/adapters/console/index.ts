// PLACEHOLDER — owned by the command-core helper: interactive terminal chat on the core.
import type { PlatformDeps, PlatformHandle } from '../platform.js';

export interface ConsoleOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Resolves when the user quits (Ctrl-D, /quit). */
  onExit?: () => void;
}

export async function startConsole(_deps: PlatformDeps, _opts: ConsoleOptions): Promise<PlatformHandle> {
  return { name: 'console', isReady: () => true, stop: async () => {} };
}
