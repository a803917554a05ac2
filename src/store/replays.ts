// Replay memory for signed requests (Slack slash commands by trigger id): a key is remembered until
// it expires, and only its first sighting counts, across replicas and restarts. Expired keys are
// claimed again by an upsert guarded on expiry, and swept now and then.
import type { SqlDriver } from './sql-store.js';

/** Sweep expired keys once in this many calls. */
const SWEEP_EVERY = 512;

export class SqlReplays {
  #calls = 0;

  constructor(private readonly db: SqlDriver) {}

  async rememberOnce(key: string, until: Date, now: Date): Promise<boolean> {
    if (++this.#calls % SWEEP_EVERY === 0) await this.db.execute('DELETE FROM command_replays WHERE expires_at < ?', [now.getTime()]);
    const changed = await this.db.execute(
      `INSERT INTO command_replays (key, expires_at) VALUES (?, ?)
       ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE command_replays.expires_at < ?`,
      [key, until.getTime(), now.getTime()],
    );
    return changed > 0;
  }
}
