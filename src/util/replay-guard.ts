// Replay memory for signed platform requests: a signature stays valid for a window, so a captured
// request could be sent again within it and run its command twice. Each request's unique id is
// remembered for the window; with a shared memory (the store, Store.rememberOnce) a replay sent to
// another replica or after a restart is caught too. A failing store falls back to this process's
// memory rather than refusing commands.
import { BoundedCache } from './bounded-cache.js';

export interface ReplayMemory {
  rememberOnce(key: string, until: Date, now: Date): Promise<boolean>;
}

export class ReplayGuard {
  readonly #seen: BoundedCache<string, true>;
  readonly #keepMs: number;

  constructor(
    windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly shared?: ReplayMemory,
    maxEntries = 100_000,
  ) {
    // A minute beyond the window: the clocks of replicas and the platform differ a little.
    this.#keepMs = windowMs + 60_000;
    this.#seen = new BoundedCache(maxEntries, this.#keepMs, now);
  }

  /** True when the key was seen within the window; records the first sighting. */
  async replayed(key: string): Promise<boolean> {
    if (this.#seen.has(key)) return true;
    this.#seen.set(key, true);
    if (!this.shared) return false;
    const now = this.now();
    const first = await this.shared.rememberOnce(key, new Date(now + this.#keepMs), new Date(now)).catch(() => true);
    return !first;
  }
}
