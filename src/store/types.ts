// What the store keeps: digest subscriptions (one per channel) and the delivery ledger, the
// record that makes every (subscription, edition) go out at most once.
import type { Locale } from '../reply/model.js';
import type { ChannelRef } from '../commands/types.js';
import type { Pool } from 'pg';

export type Platform = ChannelRef['platform'];
export type SubscriptionStatus = 'active' | 'paused' | 'off';

export interface Subscription {
  id: string;
  platform: Platform;
  channelId: string;
  /** Slack team or Discord guild id; '' when the platform has none. */
  workspaceId: string;
  /** Local wall-clock time "HH:MM" in `timezone`. */
  time: string;
  /** Canonical IANA zone. */
  timezone: string;
  locale: Locale;
  status: SubscriptionStatus;
  /** Why the subscription is paused (a permanent delivery failure), or null. */
  statusReason: string | null;
  /** Runs scheduled before this instant are not owed (no flood on subscribe or reschedule). */
  effectiveFrom: Date;
  /** Which days get a digest: `daily`, `weekdays`, `none` (updates only) or a cron expression. */
  cadence: string;
  /** Skip a digest that has nothing new since the channel's previous one. */
  skipEmpty: boolean;
  /** Update posts (dataset changes) for this channel. */
  updates: boolean;
  /** Change sets created before this instant are not owed (the moment updates were turned on). */
  updatesFrom: Date | null;
  /** Quiet hours for update posts, "HH:MM-HH:MM" in `timezone` (may wrap midnight), or null. */
  quiet: string | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface SubscriptionInput {
  platform: Platform;
  channelId: string;
  workspaceId?: string;
  time: string;
  timezone: string;
  locale: Locale;
  createdBy?: string;
  /** Left out: a new subscription gets `daily`, an existing one keeps its own. */
  cadence?: string;
  skipEmpty?: boolean;
  updates?: boolean;
  /** Quiet hours "HH:MM-HH:MM"; null clears them; left out keeps them. */
  quiet?: string | null;
}

export type DeliveryStatus = 'claimed' | 'sent' | 'skipped' | 'failed';

export interface Delivery {
  subscriptionId: string;
  /** "digest:2026-11-30", "summit-preview:apec-2025:2025-10-30", "summit-outcome:apec-2025". */
  editionKey: string;
  kind: string;
  /** Local date (in the subscription's zone) the edition belongs to. */
  editionDate: string;
  scheduledAt: Date;
  status: DeliveryStatus;
  claimedBy: string | null;
  claimedAt: Date | null;
  attempts: number;
  messageId: string | null;
  sentAt: Date | null;
  reason: string | null;
  /** Hash of the dataset fingerprint the edition was built from (see putFingerprint). */
  fingerprint: string | null;
  updatedAt: Date;
}

export interface NewDelivery {
  subscriptionId: string;
  editionKey: string;
  kind: string;
  editionDate: string;
  scheduledAt: Date;
  fingerprint?: string;
}

export type DeliveryOutcome =
  | { status: 'sent'; messageId: string }
  | { status: 'failed' | 'skipped'; reason: string };

export interface SaveResult {
  subscription: Subscription;
  created: boolean;
  /** Time, zone or language changed, or the subscription was paused/off and is active again. */
  changed: boolean;
}

/** The schema as /readyz sees it: `healed` says what was missing and has been recreated. */
export interface SchemaCheck {
  ok: boolean;
  detail: string;
  healed?: string;
}

/** The one store interface; SQLite and PostgreSQL pass the same conformance suite. */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Cheap round trip for /readyz. */
  ping(): Promise<void>;
  /**
   * Where limits shared by replicas live: PostgreSQL's pool and the migrated `rate_limits` table.
   * Null for SQLite, which serves one process (its limits are kept in memory).
   */
  sharedLimits(): { pool: Pool; table: string } | null;
  /** Every migrated table present and the schema at the latest version; repairs it when `heal` (default). */
  checkSchema(heal?: boolean): Promise<SchemaCheck>;
  close(): Promise<void>;

  /** Creates or updates the channel's subscription and makes it active. */
  saveSubscription(input: SubscriptionInput, now: Date): Promise<SaveResult>;
  findSubscription(platform: Platform, workspaceId: string, channelId: string): Promise<Subscription | null>;
  getSubscription(id: string): Promise<Subscription | null>;
  listSubscriptions(filter?: { platform?: Platform; workspaceId?: string; channelId?: string; status?: SubscriptionStatus[] }): Promise<Subscription[]>;
  setSubscriptionStatus(id: string, status: SubscriptionStatus, reason: string | null, now: Date): Promise<void>;

  /** INSERT under the (subscription, edition) primary key: true for exactly one caller. */
  claimDelivery(d: NewDelivery, claimedBy: string, now: Date): Promise<boolean>;
  /**
   * Claims many editions in one statement (atomic: all rows are tried together). Returns
   * `${subscriptionId}|${editionKey}` of the claims this caller won.
   */
  claimDeliveries(ds: readonly NewDelivery[], claimedBy: string, now: Date): Promise<Set<string>>;
  /** Records an edition that will not be posted; false if the ledger already has that edition. */
  recordSkipped(d: NewDelivery, reason: string, now: Date): Promise<boolean>;
  /** Extends the lease of a claim this instance holds (and counts the attempt); false if lost. */
  renewClaim(subscriptionId: string, editionKey: string, claimedBy: string, now: Date): Promise<boolean>;
  /** Keeps every open claim of a live instance fresh; returns how many. */
  heartbeat(claimedBy: string, now: Date): Promise<number>;
  /** Drops an open claim that was never attempted (shutdown before its turn), so others may claim it. */
  releaseClaim(subscriptionId: string, editionKey: string, claimedBy: string): Promise<boolean>;
  /** Takes over a stale claim iff it is still exactly as seen (compare-and-set). */
  takeOverClaim(stale: Delivery, claimedBy: string, now: Date): Promise<boolean>;
  /** Closes a claim this instance holds. */
  completeDelivery(subscriptionId: string, editionKey: string, claimedBy: string, outcome: DeliveryOutcome, now: Date): Promise<boolean>;
  getDelivery(subscriptionId: string, editionKey: string): Promise<Delivery | null>;
  /** Records one posted message of a delivery the platform splits (insert once; the ledger row must exist). */
  recordPart(subscriptionId: string, editionKey: string, part: number, messageId: string, now: Date): Promise<void>;
  /** Message ids of the delivery's parts recorded so far, from part 0 up to the first gap. */
  postedParts(subscriptionId: string, editionKey: string): Promise<string[]>;
  /**
   * Remembers `key` until `until`: true for its first sighting (or the first after it expired),
   * false while it is remembered, for every replica on the store (replayed slash commands).
   */
  rememberOnce(key: string, until: Date, now: Date): Promise<boolean>;
  /** Stores a chart spec (JSON) under its content-addressed id, once; every replica can then serve it. */
  putChartSpec(id: string, spec: string, now: Date): Promise<void>;
  getChartSpec(id: string): Promise<string | null>;
  /** Newest first. */
  listDeliveries(subscriptionId: string, limit: number): Promise<Delivery[]>;
  /** Every ledger row (operators, tests, the benchmark). */
  allDeliveries(): Promise<Delivery[]>;
  /** Claims older than `olderThan` that never got a message id. */
  staleClaims(olderThan: Date, limit: number): Promise<Delivery[]>;
  /** The newest sent digest of a subscription with edition date before `beforeDate`. */
  lastSentDigest(subscriptionId: string, beforeDate: string): Promise<Delivery | null>;
  /** `${subscriptionId}|${editionKey}` of every ledger row with edition date >= sinceDate. */
  ledgerKeysSince(sinceDate: string): Promise<Set<string>>;

  putFingerprint(hash: string, body: string): Promise<void>;
  getFingerprint(hash: string): Promise<string | null>;

  /** Records a dataset version as served (insert once by content hash, then refresh last_served_at). */
  markServed(v: { hash: string; version: string; body: string }, now: Date): Promise<{ firstTime: boolean }>;
  getDatasetVersion(hash: string): Promise<StoredVersion | null>;
  /** Versions with this `version` label, newest first. */
  findDatasetVersions(version: string): Promise<StoredVersion[]>;
  /** The version served most recently, other than `exceptHash`. */
  lastServedVersion(exceptHash?: string): Promise<StoredVersion | null>;
  /**
   * Assigns change ids to a change set: each id belongs to the first set that claims it. Returns
   * the ids (of those given) that belong to `changeSet`, including ones it claimed earlier.
   */
  claimChanges(ids: readonly string[], changeSet: string, now: Date): Promise<Set<string>>;
  /** Inserts a change set once (its id is the new version's hash); false if it existed. */
  putChangeSet(cs: Omit<ChangeSetRow, 'createdAt'>, now: Date): Promise<boolean>;
  getChangeSet(id: string): Promise<ChangeSetRow | null>;
  /** Change sets created at or after `since`, oldest first. */
  changeSetsSince(since: Date): Promise<ChangeSetRow[]>;
  /** Fingerprint hashes of each subscription's newest sent digest (what the next digests diff against). */
  lastDigestFingerprints(): Promise<string[]>;
  /** Deletes stored dataset versions last served before `servedBefore`, except `keep`; returns how many. */
  pruneDatasetVersions(keep: readonly string[], servedBefore: Date): Promise<number>;
  /** Hashes of the `n` dataset versions served most recently. */
  recentDatasetVersions(n: number): Promise<string[]>;
  /** Update change sets recorded as merged into the post of change set `into` for this subscription. */
  mergedUpdates(subscriptionId: string, into: string): Promise<string[]>;
  /** The newest sent update post of a subscription. */
  lastSentUpdate(subscriptionId: string): Promise<Delivery | null>;

  /** Slack installations by key (team or enterprise); upsert. */
  saveInstallation(inst: StoredInstallation, now: Date): Promise<void>;
  getInstallation(key: string): Promise<StoredInstallation | null>;
  /** True when there was one to delete. */
  deleteInstallation(key: string): Promise<boolean>;
  /** Deletes every subscription of the workspace (settings and ledger too); returns how many. */
  removeWorkspace(platform: Platform, workspaceId: string): Promise<number>;
}

export interface StoredVersion {
  hash: string;
  version: string;
  /** The raw records as JSON (src/updates/snapshot.ts). */
  body: string;
  firstServedAt: Date;
  lastServedAt: Date;
}

export interface ChangeSetRow {
  /** The content hash of the version the changes lead to. */
  id: string;
  fromHash: string;
  version: string;
  fromVersion: string;
  /** JSON list of changes (src/updates/changes.ts), only those new in this set. */
  changes: string;
  changeCount: number;
  createdAt: Date;
}


/** A Slack installation as the store keeps it; body is the adapter's JSON, tokens included. */
export interface StoredInstallation {
  key: string;
  teamId: string | null;
  enterpriseId: string | null;
  body: string;
}
