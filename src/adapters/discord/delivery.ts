// Digests and briefings into Discord channels over REST (works in any process: a gateway shard or
// the sharding manager). Idempotency: every message part carries a `nonce` derived from the
// delivery key and the part with `enforce_nonce`, so Discord returns the existing message instead
// of posting a second one when a send is retried within its nonce window (a few minutes). For a
// claim left open by a crash, findPosted scans the channel's messages since the claim for the bot's
// message with the part's reference (shown small in the footer, "ref …", "ref …/2"), because
// fetched messages do not carry nonces. A long digest is split (partsOf) and the scheduler posts
// and records its parts one by one, so a crash between them is recovered part by part.
import { createHash } from 'node:crypto';
import { Routes, type REST } from 'discord.js';
import type { DeliveryTarget, PostOptions } from '../../briefings/delivery.js';
import type { ChannelRef } from '../../commands/types.js';
import type { Reply } from '../../reply/model.js';
import { toDeliveryError } from './errors.js';
import { channelPermissions, missing, postingNeeds, type OverwriteLike, type RoleLike } from './permissions.js';
import { MESSAGE_FLAGS, renderReply } from './render.js';

const DISCORD_EPOCH = 1420070400000n;
/** findPosted reads at most this many pages of 100 messages after `since`. */
export const FIND_MAX_PAGES = 10;

const THREAD_TYPES = new Set([10, 11, 12]);
/** Channel types a message can be posted into directly (text, DM, voice chat, group DM, announcement, threads, stage chat). */
const POSTABLE_TYPES = new Set([0, 1, 2, 3, 5, 10, 11, 12, 13]);

/** Discord nonce (≤ 25 characters) for part `part` of the delivery `key`. */
export function nonceFor(key: string, part = 0): string {
  return createHash('sha256').update(`${key}#${part}`).digest('base64url').slice(0, 25);
}

/** The short reference shown in the footer of a delivery's message: `ref …`, then `ref …/2`, `ref …/3` for the later parts of a split one. */
export function refFor(key: string, part = 0): string {
  return `ref ${createHash('sha256').update(key).digest('hex').slice(0, 10)}${part ? `/${part + 1}` : ''}`;
}

/** The smallest snowflake at time `t` (for `after=` queries). */
export function snowflakeAt(t: Date): string {
  const ms = BigInt(Math.max(t.getTime(), Number(DISCORD_EPOCH)));
  return ((ms - DISCORD_EPOCH) << 22n).toString();
}

interface MessageLike {
  id: string;
  author?: { id: string };
  nonce?: string | number;
  embeds?: { footer?: { text?: string } }[];
}

interface ChannelLike {
  id: string;
  type: number;
  guild_id?: string;
  parent_id?: string | null;
  permission_overwrites?: OverwriteLike[];
  thread_metadata?: { archived?: boolean; locked?: boolean };
}

export interface DiscordDeliveryDeps {
  /** The REST client, or a getter when the client may be replaced (see bot.ts). */
  rest: REST | (() => REST);
  /** The bot's user id (from the gateway session, or GET /users/@me). */
  botUserId: () => Promise<string>;
}

export class DiscordDelivery implements DeliveryTarget {
  readonly platform = 'discord' as const;
  readonly #getRest: () => REST;
  readonly #botUserId: () => Promise<string>;

  constructor(deps: DiscordDeliveryDeps) {
    const rest = deps.rest;
    this.#getRest = typeof rest === 'function' ? rest : () => rest;
    this.#botUserId = deps.botUserId;
  }

  get #rest(): REST {
    return this.#getRest();
  }

  #render(reply: Reply, opts: PostOptions): ReturnType<typeof renderReply> {
    return renderReply(reply, { ...(opts.chartPng ? { chartPng: opts.chartPng } : {}), marker: (part) => refFor(opts.key, part) });
  }

  partsOf(reply: Reply, opts: PostOptions): number {
    return this.#render(reply, opts).length;
  }

  /** Every message of the reply in order, or with `opts.part` that message alone; the first one's id. */
  async post(channel: ChannelRef, reply: Reply, opts: PostOptions): Promise<{ messageId: string }> {
    const target = channel.threadId ?? channel.channelId;
    const messages = this.#render(reply, opts);
    const only = opts.part;
    if (only !== undefined && !messages[only]) throw new Error(`the reply has no part ${only}`);
    let first: string | undefined;
    for (const [i, m] of messages.entries()) {
      if (only !== undefined && i !== only) continue;
      const flags = (m.body.flags ?? 0) & ~MESSAGE_FLAGS.Ephemeral;
      const body = { ...m.body, flags: flags || undefined, nonce: nonceFor(opts.key, i), enforce_nonce: true };
      try {
        const res = (await this.#rest.post(Routes.channelMessages(target), {
          body,
          ...(m.files ? { files: m.files.map((f) => ({ name: f.name, data: f.data, contentType: f.contentType })) } : {}),
        })) as MessageLike;
        first ??= res.id;
      } catch (err) {
        throw toDeliveryError(err, `post to ${target}`);
      }
    }
    return { messageId: first! };
  }

  async findPosted(channel: ChannelRef, key: string, since: Date, until?: Date, part = 0): Promise<string | null> {
    const target = channel.threadId ?? channel.channelId;
    const nonce = nonceFor(key, part);
    const ref = refFor(key, part);
    let botId: string;
    try {
      botId = await this.#botUserId();
    } catch (err) {
      throw toDeliveryError(err, 'who am I');
    }
    let after = snowflakeAt(since);
    // With an end to the span, read forward page by page until past it, however busy the channel;
    // without one, a bounded number of pages.
    const end = until ? BigInt(snowflakeAt(until)) : undefined;
    for (let page = 0; page < (end !== undefined ? 1_000 : FIND_MAX_PAGES); page++) {
      let batch: MessageLike[];
      try {
        batch = (await this.#rest.get(Routes.channelMessages(target), { query: new URLSearchParams({ limit: '100', after }) })) as MessageLike[];
      } catch (err) {
        throw toDeliveryError(err, `read ${target}`);
      }
      let found: bigint | undefined;
      let newest = BigInt(after);
      for (const m of batch) {
        const id = BigInt(m.id);
        if (id > newest) newest = id;
        const mine = m.author?.id === botId;
        // The footer ends with the part's own reference (`ref …` is a prefix of `ref …/2`).
        if (mine && (m.nonce === nonce || m.embeds?.some((e) => e.footer?.text?.endsWith(ref)))) {
          if (found === undefined || id < found) found = id;
        }
      }
      if (found !== undefined) return found.toString();
      if (batch.length < 100 || (end !== undefined && newest > end)) return null;
      after = newest.toString();
    }
    return null;
  }

  async checkCanPost(channel: ChannelRef): Promise<{ ok: true } | { ok: false; reason: string }> {
    const target = channel.threadId ?? channel.channelId;
    try {
      const ch = (await this.#rest.get(Routes.channel(target))) as ChannelLike;
      if (!POSTABLE_TYPES.has(ch.type)) {
        return { ok: false, reason: 'Lodestone cannot post into this kind of channel (forum or category); subscribe a text channel or a thread.' };
      }
      if (!ch.guild_id) return { ok: true };
      const isThread = THREAD_TYPES.has(ch.type);
      if (isThread && ch.thread_metadata?.locked) return { ok: false, reason: 'The thread is locked; unlock it or subscribe another channel.' };
      const permChannel = isThread && ch.parent_id ? ((await this.#rest.get(Routes.channel(ch.parent_id))) as ChannelLike) : ch;
      const botId = await this.#botUserId();
      const [roles, member] = (await Promise.all([
        this.#rest.get(Routes.guildRoles(ch.guild_id)),
        this.#rest.get(Routes.guildMember(ch.guild_id, botId)),
      ])) as [RoleLike[], { roles: string[] }];
      const perms = channelPermissions({
        guildId: ch.guild_id,
        userId: botId,
        memberRoles: member.roles,
        roles,
        overwrites: permChannel.permission_overwrites ?? [],
      });
      const lacks = missing(perms, postingNeeds(isThread));
      return lacks.length ? { ok: false, reason: `Lodestone lacks ${lacks.join(', ')} in this channel. Grant ${lacks.length > 1 ? 'them' : 'it'} to the Lodestone role, then subscribe again.` } : { ok: true };
    } catch (err) {
      const d = toDeliveryError(err, `check ${target}`);
      if (d.permanent) return { ok: false, reason: d.reason };
      throw d;
    }
  }
}
