// Rows of the store's tables as the Store interface returns them.
import type { Delivery, Platform, Subscription, SubscriptionStatus } from './types.js';
import type { Locale } from '../reply/model.js';
import type { Row } from './sql-store.js';

export const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));
const optDate = (v: unknown): Date | null => (v === null || v === undefined ? null : new Date(num(v)));
const optStr = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function toSubscription(r: Row): Subscription {
  return {
    id: String(r.id),
    platform: String(r.platform) as Platform,
    channelId: String(r.channel_id),
    workspaceId: String(r.workspace_id ?? ''),
    time: String(r.time),
    timezone: String(r.timezone),
    locale: String(r.locale) as Locale,
    status: String(r.status) as SubscriptionStatus,
    statusReason: optStr(r.status_reason),
    effectiveFrom: new Date(num(r.effective_from)),
    cadence: String(r.cadence ?? 'daily'),
    skipEmpty: num(r.skip_empty ?? 0) === 1,
    updates: num(r.updates ?? 0) === 1,
    updatesFrom: optDate(r.updates_from),
    quiet: optStr(r.quiet),
    createdBy: optStr(r.created_by),
    createdAt: new Date(num(r.created_at)),
    updatedAt: new Date(num(r.updated_at)),
  };
}

export function toDelivery(r: Row): Delivery {
  return {
    subscriptionId: String(r.subscription_id),
    editionKey: String(r.edition_key),
    kind: String(r.kind),
    editionDate: String(r.edition_date),
    scheduledAt: new Date(num(r.scheduled_at)),
    status: String(r.status) as Delivery['status'],
    claimedBy: optStr(r.claimed_by),
    claimedAt: optDate(r.claimed_at),
    attempts: num(r.attempts),
    messageId: optStr(r.message_id),
    sentAt: optDate(r.sent_at),
    reason: optStr(r.reason),
    fingerprint: optStr(r.fingerprint),
    updatedAt: new Date(num(r.updated_at)),
  };
}
