// Subscriptions over SQL (SQLite and PostgreSQL): a channel's digest schedule and its settings
// (cadence, skip-when-unchanged, update posts, quiet hours), one row per channel and platform.
import { randomUUID } from 'node:crypto';
import type { Platform, SaveResult, Subscription, SubscriptionInput, SubscriptionStatus } from './types.js';
import { toSubscription } from './rows.js';
import type { SqlDriver } from './sql-store.js';

export interface SubscriptionFilter { platform?: Platform; workspaceId?: string; channelId?: string; status?: SubscriptionStatus[] }

/** Subscriptions with their settings (a subscription without a settings row has the defaults). */
const SUBS = `SELECT s.*, o.cadence, o.skip_empty, o.updates, o.updates_from, q.quiet
  FROM subscriptions s LEFT JOIN subscription_settings o ON o.subscription_id = s.id
  LEFT JOIN subscription_quiet q ON q.subscription_id = s.id`;

export class SqlSubscriptions {
  constructor(private readonly db: SqlDriver) {}

  async save(input: SubscriptionInput, now: Date): Promise<SaveResult> {
    const ws = input.workspaceId ?? '';
    const t = now.getTime();
    const inserted = await this.db.execute(
      `INSERT INTO subscriptions (id, platform, channel_id, workspace_id, time, timezone, locale, status, status_reason,
         effective_from, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'active', NULL, ?, ?, ?, ?)
       ON CONFLICT (platform, workspace_id, channel_id) DO NOTHING`,
      [randomUUID(), input.platform, input.channelId, ws, input.time, input.timezone, input.locale, t, input.createdBy ?? null, t, t],
    );
    if (inserted === 1) {
      const created = (await this.find(input.platform, ws, input.channelId))!;
      await this.#saveSettings(created.id, input.cadence ?? 'daily', input.skipEmpty ?? false, input.updates ?? false, input.updates ? t : null, input.quiet);
      const sub = await this.get(created.id);
      return { subscription: sub!, created: true, changed: true };
    }
    const old = (await this.find(input.platform, ws, input.channelId))!;
    const cadence = input.cadence ?? old.cadence;
    const skipEmpty = input.skipEmpty ?? old.skipEmpty;
    const updates = input.updates ?? old.updates;
    const scheduleChanged = old.time !== input.time || old.timezone !== input.timezone || old.cadence !== cadence;
    const changed = scheduleChanged || old.locale !== input.locale || old.status !== 'active' || old.skipEmpty !== skipEmpty || old.updates !== updates;
    // A new schedule (or a reactivation) owes nothing for runs before now: no flood.
    const effectiveFrom = scheduleChanged || old.status !== 'active' ? t : old.effectiveFrom.getTime();
    // Updates owe nothing from before they were (re)turned on.
    const updatesFrom = updates && (!old.updates || old.status !== 'active') ? t : old.updatesFrom?.getTime() ?? null;
    await this.db.execute(
      `UPDATE subscriptions SET time = ?, timezone = ?, locale = ?, status = 'active', status_reason = NULL,
         effective_from = ?, updated_at = ? WHERE id = ?`,
      [input.time, input.timezone, input.locale, effectiveFrom, t, old.id],
    );
    await this.#saveSettings(old.id, cadence, skipEmpty, updates, updatesFrom, input.quiet);
    return { subscription: (await this.get(old.id))!, created: false, changed };
  }

  async find(platform: Platform, workspaceId: string, channelId: string): Promise<Subscription | null> {
    const rows = await this.db.query(`${SUBS} WHERE s.platform = ? AND s.workspace_id = ? AND s.channel_id = ?`, [platform, workspaceId, channelId]);
    return rows[0] ? toSubscription(rows[0]) : null;
  }

  async get(id: string): Promise<Subscription | null> {
    const rows = await this.db.query(`${SUBS} WHERE s.id = ?`, [id]);
    return rows[0] ? toSubscription(rows[0]) : null;
  }

  async list(filter: SubscriptionFilter = {}): Promise<Subscription[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.platform) { where.push('s.platform = ?'); params.push(filter.platform); }
    if (filter.workspaceId !== undefined) { where.push('s.workspace_id = ?'); params.push(filter.workspaceId); }
    if (filter.channelId !== undefined) { where.push('s.channel_id = ?'); params.push(filter.channelId); }
    if (filter.status?.length) { where.push(`s.status IN (${filter.status.map(() => '?').join(', ')})`); params.push(...filter.status); }
    const rows = await this.db.query(`${SUBS}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY s.created_at, s.id`, params);
    return rows.map(toSubscription);
  }

  /** `quiet`: undefined keeps the quiet hours, null clears them. */
  async #saveSettings(id: string, cadence: string, skipEmpty: boolean, updates: boolean, updatesFrom: number | null, quiet?: string | null): Promise<void> {
    await this.db.execute(
      `INSERT INTO subscription_settings (subscription_id, cadence, skip_empty, updates, updates_from) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (subscription_id) DO UPDATE SET cadence = excluded.cadence, skip_empty = excluded.skip_empty,
         updates = excluded.updates, updates_from = excluded.updates_from`,
      [id, cadence, skipEmpty ? 1 : 0, updates ? 1 : 0, updatesFrom],
    );
    if (quiet === null) await this.db.execute('DELETE FROM subscription_quiet WHERE subscription_id = ?', [id]);
    else if (quiet !== undefined) {
      await this.db.execute('INSERT INTO subscription_quiet (subscription_id, quiet) VALUES (?, ?) ON CONFLICT (subscription_id) DO UPDATE SET quiet = excluded.quiet', [id, quiet]);
    }
  }

  async setStatus(id: string, status: SubscriptionStatus, reason: string | null, now: Date): Promise<void> {
    await this.db.execute('UPDATE subscriptions SET status = ?, status_reason = ?, updated_at = ? WHERE id = ?', [status, reason, now.getTime(), id]);
  }
}
