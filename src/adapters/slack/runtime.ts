// What the Slack listeners share: the core, the user directory, the Web API client and the
// bookkeeping for graceful shutdown and duplicate events.
import type { CommandCore } from '../../commands/core.js';
import type { Logger } from '../../ops/log.js';
import type { Metrics } from '../../ops/metrics.js';
import type { ChannelRef } from '../../commands/types.js';
import type { CallContext } from '../../commands/core.js';
import type { WebClient } from './client.js';
import type { ChartRenderer } from './charts.js';
import type { ChartImages } from '../../charts/images.js';
import type { InFlight } from './inflight.js';
import type { SlackUser, UserDirectory } from './users.js';
import type { SlackCommandStyle } from './command-style.js';
import type { Store } from '../../store/index.js';

export interface SlackRuntime {
  core: CommandCore;
  log: Logger;
  metrics: Metrics;
  users: UserDirectory;
  /** The bot-token client for answers, look-ups and uploads. */
  client: WebClient;
  charts: ChartRenderer | undefined;
  /**
   * Chart images served by address (LODESTONE_PUBLIC_URL): charts go into the message as image
   * blocks and are never uploaded. Unset: uploaded with files.uploadV2 after the answer.
   */
  chartImages: ChartImages | undefined;
  inFlight: InFlight;
  /** One namespaced command or the per-command set: how commands are parsed and spelled in replies. */
  style: SlackCommandStyle;
  /**
   * Acks may be sent as ready JSON text: true behind LodestoneHttpReceiver, which labels every
   * response application/json. (Bolt sends a string ack as is; Socket Mode would wrap it as text.)
   */
  jsonAcks: boolean;
  /** How long a command may take before it is acknowledged empty and answered via response_url. */
  ackBudgetMs: number;
  /** Subscriptions and deliveries for the App Home; absent in set-ups without a store (tests, benches). */
  store?: Store;
  /** The bot's own user id, once auth.test has answered. */
  botUserId(): Promise<string | undefined>;
}

/** Caller context for the core from a Slack user, channel and thread. */
export async function callContext(
  rt: SlackRuntime,
  userId: string,
  channel: { channelId: string; workspaceId?: string | undefined; threadId?: string | undefined },
): Promise<CallContext> {
  return callOf(userId, await rt.users.get(userId, channel.workspaceId), channel);
}

/** The same, for a user whose directory entry is at hand (users.peek). */
export function callOf(
  userId: string,
  who: SlackUser,
  channel: { channelId: string; workspaceId?: string | undefined; threadId?: string | undefined },
): CallContext {
  const ref: ChannelRef = {
    platform: 'slack',
    channelId: channel.channelId,
    ...(channel.workspaceId ? { workspaceId: channel.workspaceId } : {}),
    ...(channel.threadId ? { threadId: channel.threadId } : {}),
  };
  return {
    locale: who.locale,
    actor: { platform: 'slack', userId, canManageChannel: who.canManageChannel },
    channel: ref,
  };
}
