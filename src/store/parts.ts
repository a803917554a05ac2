// The ledger of a delivery's parts: a platform that splits a long reply into several messages
// (Discord) gets each part recorded as soon as it is posted. A part posted is a fact whoever holds
// the claim, so recording is an insert-once without fencing.
import type { SqlDriver } from './sql-store.js';

export class SqlParts {
  constructor(private readonly db: SqlDriver) {}

  async record(subscriptionId: string, editionKey: string, part: number, messageId: string, now: Date): Promise<void> {
    await this.db.execute(
      `INSERT INTO delivery_parts (subscription_id, edition_key, part, message_id, posted_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (subscription_id, edition_key, part) DO NOTHING`,
      [subscriptionId, editionKey, part, messageId, now.getTime()],
    );
  }

  /** Message ids of the parts recorded, from part 0 up to the first gap. */
  async list(subscriptionId: string, editionKey: string): Promise<string[]> {
    const rows = await this.db.query('SELECT part, message_id FROM delivery_parts WHERE subscription_id = ? AND edition_key = ? ORDER BY part', [subscriptionId, editionKey]);
    const out: string[] = [];
    for (const r of rows) {
      if (Number(r.part) !== out.length) break;
      out.push(String(r.message_id));
    }
    return out;
  }
}
