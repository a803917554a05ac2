// Slack installations (Bolt's OAuth flow) and the clean-up when a workspace removes the app. The
// body is opaque here: the Slack adapter owns its shape (src/adapters/slack/oauth.ts).
import type { SqlDriver } from './sql-store.js';
import type { Platform, StoredInstallation } from './types.js';

export class SqlInstallations {
  constructor(private readonly db: SqlDriver) {}

  async save(inst: StoredInstallation, now: Date): Promise<void> {
    const t = now.getTime();
    await this.db.execute(
      `INSERT INTO slack_installations (install_key, team_id, enterprise_id, body, installed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (install_key) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id, body = excluded.body, updated_at = excluded.updated_at`,
      [inst.key, inst.teamId, inst.enterpriseId, inst.body, t, t],
    );
  }

  async get(key: string): Promise<StoredInstallation | null> {
    const [row] = await this.db.query('SELECT install_key, team_id, enterprise_id, body FROM slack_installations WHERE install_key = ?', [key]);
    if (!row) return null;
    return { key: String(row.install_key), teamId: row.team_id == null ? null : String(row.team_id), enterpriseId: row.enterprise_id == null ? null : String(row.enterprise_id), body: String(row.body) };
  }

  async delete(key: string): Promise<boolean> {
    return (await this.db.execute('DELETE FROM slack_installations WHERE install_key = ?', [key])) > 0;
  }

  /**
   * Deletes the workspace's subscriptions with their settings and delivery ledger (children first,
   * deliveries reference subscriptions). A workspace that installs again subscribes afresh.
   */
  async removeWorkspace(platform: Platform, workspaceId: string): Promise<number> {
    const of = 'SELECT id FROM subscriptions WHERE platform = ? AND workspace_id = ?';
    await this.db.execute(`DELETE FROM deliveries WHERE subscription_id IN (${of})`, [platform, workspaceId]);
    await this.db.execute(`DELETE FROM subscription_settings WHERE subscription_id IN (${of})`, [platform, workspaceId]);
    await this.db.execute(`DELETE FROM subscription_quiet WHERE subscription_id IN (${of})`, [platform, workspaceId]);
    return this.db.execute('DELETE FROM subscriptions WHERE platform = ? AND workspace_id = ?', [platform, workspaceId]);
  }
}
