// How briefings reach a channel. Each platform adapter implements DeliveryTarget; the scheduler
// knows nothing else about platforms.
import type { Reply } from '../reply/model.js';
import type { ChannelRef } from '../commands/types.js';

export interface PostOptions {
  /** Idempotency key of this delivery: Discord `nonce` (with enforce_nonce), Slack message metadata. */
  key: string;
  /** A rendered chart for the reply, uploaded through the platform's file API. */
  chartPng?: Buffer;
  /** Post only this message (from 0) of a reply the platform splits into several (`partsOf`). */
  part?: number;
}

export interface DeliveryTarget {
  readonly platform: ChannelRef['platform'];
  post(channel: ChannelRef, reply: Reply, opts: PostOptions): Promise<{ messageId: string }>;
  /**
   * For a claim left open by a crash or an ambiguous failure: the id of a message carrying `key`,
   * if any (of message `part` of a split reply; default the first). Only messages between `since`
   * and `until` (when given) can be it, so the read stays narrow however busy the channel is.
   */
  findPosted(channel: ChannelRef, key: string, since: Date, until?: Date, part?: number): Promise<string | null>;
  /**
   * Platforms that split a long reply into several messages (Discord) say how many, so the
   * scheduler posts, records and after a crash verifies them one at a time (`PostOptions.part`,
   * `findPosted(…, part)`). Absent: one message per delivery.
   */
  partsOf?(reply: Reply, opts: PostOptions): number;
  /** Run at subscribe time: can the bot post in this channel? */
  checkCanPost(channel: ChannelRef): Promise<{ ok: true } | { ok: false; reason: string }>;
}

/**
 * Thrown by a DeliveryTarget. `permanent` failures pause the subscription with `reason`.
 * `retryAfterMs` marks a rate limit (429): nothing was posted; the delivery waits that long.
 * `global` (optional) says the limit covers the whole platform (Discord's global limit), so the
 * fan-out pauses every channel of that platform, not just this one.
 */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly reason: string,
    readonly retryAfterMs?: number,
    readonly global?: boolean,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}
