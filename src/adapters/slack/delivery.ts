// Digests and briefings into Slack channels. A post carries message metadata with the delivery's
// idempotency key, so findPosted can tell, after a crash between posting and recording, whether
// the message already went out (conversations.history with include_all_metadata).
import type { ChannelRef } from '../../commands/types.js';
import type { DeliveryTarget, PostOptions } from '../../briefings/delivery.js';
import type { Reply } from '../../reply/model.js';
import type { Logger } from '../../ops/log.js';
import { uploadChart } from './charts.js';
import type { WebClient } from './client.js';
import { mayHavePosted, toDeliveryError } from './errors.js';
import { renderReply } from './render.js';
import { describe } from './users.js';

export const METADATA_EVENT_TYPE = 'lodestone_digest';

/** How far back post() looks for its own key when Slack failed mid-request. */
const RECHECK_WINDOW_MS = 15 * 60_000;
/** findPosted reads at most this many pages of history (200 messages each). */
const MAX_HISTORY_PAGES = 10;

interface HistoryMessage {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

export class SlackDelivery implements DeliveryTarget {
  readonly platform = 'slack' as const;

  /** `present` spells commands in the workspace's style (command-style.ts); identity by default. */
  /** `client` is one client, or (installs to many workspaces) the client of the channel's workspace. */
  constructor(readonly opts: { client: WebClient | ((channel: ChannelRef) => Promise<WebClient>); log: Logger; present?: (reply: Reply) => Reply }) {}

  #client(channel: ChannelRef): Promise<WebClient> {
    const c = this.opts.client;
    return typeof c === 'function' ? c(channel) : Promise.resolve(c);
  }

  /** One message per delivery (shortened with a note when longer), its ts as the message id. */
  async post(channel: ChannelRef, reply: Reply, opts: PostOptions): Promise<{ messageId: string }> {
    const [message] = renderReply(this.opts.present ? this.opts.present(reply) : reply, { maxMessages: 1 });
    let ts: string | undefined;
    try {
      const res = await (await this.#client(channel)).chat.postMessage({
        channel: channel.channelId,
        ...(channel.threadId ? { thread_ts: channel.threadId } : {}),
        ...message!,
        parse: 'none',
        link_names: false,
        metadata: { event_type: METADATA_EVENT_TYPE, event_payload: { key: opts.key } },
      } as Parameters<WebClient['chat']['postMessage']>[0]);
      ts = res.ts;
    } catch (error) {
      if (mayHavePosted(error)) {
        const since = new Date(Date.now() - RECHECK_WINDOW_MS);
        const found = await this.findPosted(channel, opts.key, since).catch(() => null);
        if (found) return { messageId: found };
      }
      throw toDeliveryError(error, `chat.postMessage to ${channel.channelId}`);
    }
    if (!ts) throw toDeliveryError(new Error('chat.postMessage returned no ts'), `chat.postMessage to ${channel.channelId}`);
    if (opts.chartPng && reply.chart) {
      // The digest is out; a failed upload must not make the scheduler post it again.
      try {
        await uploadChart(await this.#client(channel), { channel: channel.channelId, threadTs: ts, chart: reply.chart, png: opts.chartPng });
      } catch (error) {
        this.opts.log.warn({ err: describe(error), channel: channel.channelId }, 'digest chart upload failed; the digest keeps its text alternative');
      }
    }
    return { messageId: ts };
  }

  async findPosted(channel: ChannelRef, key: string, since: Date, until?: Date): Promise<string | null> {
    let cursor: string | undefined;
    try {
      // Bounded by `oldest` and `latest`, the read covers only when the attempt could have landed.
      for (let page = 0; page < (until ? MAX_HISTORY_PAGES * 5 : MAX_HISTORY_PAGES); page++) {
        const res = await (await this.#client(channel)).conversations.history({
          channel: channel.channelId,
          oldest: (Math.floor(since.getTime() / 1000) - 1).toString(),
          ...(until ? { latest: (Math.ceil(until.getTime() / 1000) + 1).toString(), inclusive: true } : {}),
          include_all_metadata: true,
          limit: 200,
          ...(cursor ? { cursor } : {}),
        });
        for (const m of (res.messages ?? []) as HistoryMessage[]) {
          if (m.metadata?.event_type === METADATA_EVENT_TYPE && m.metadata.event_payload?.key === key && m.ts) return m.ts;
        }
        cursor = res.response_metadata?.next_cursor || undefined;
        if (!res.has_more || !cursor) break;
      }
      return null;
    } catch (error) {
      throw toDeliveryError(error, `conversations.history of ${channel.channelId}`);
    }
  }

  async checkCanPost(channel: ChannelRef): Promise<{ ok: true } | { ok: false; reason: string }> {
    try {
      const res = await (await this.#client(channel)).conversations.info({ channel: channel.channelId });
      const c = res.channel as { is_archived?: boolean; is_member?: boolean; is_im?: boolean } | undefined;
      if (c?.is_archived) return { ok: false, reason: 'The channel is archived.' };
      if (c && !c.is_im && c.is_member === false) {
        return { ok: false, reason: 'Lodestone is not a member of this channel: invite it with /invite @Lodestone, then subscribe again.' };
      }
      return { ok: true };
    } catch (error) {
      const e = toDeliveryError(error, `conversations.info of ${channel.channelId}`);
      if (e.permanent) return { ok: false, reason: e.reason };
      throw e;
    }
  }
}
