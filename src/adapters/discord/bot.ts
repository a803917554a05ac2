// The Discord bot: a discord.js client with only the intents it needs, wired to the command core.
// `createDiscordBot` takes everything it connects to as options (REST base, token, shards), so tests
// and the benchmark run the real client against a loopback fake Discord.
// First: it must replace the gateway's WebSocket before discord.js loads (see the module).
import { gatewayProxyInstalled, useGatewayProxy } from './gateway-proxy.js';
import { once } from 'node:events';
import { Client, GatewayIntentBits, Options, Partials, Routes, type Interaction, type Message } from 'discord.js';
import type { CommandCore } from '../../commands/core.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../ops/log.js';
import type { Metrics } from '../../ops/metrics.js';
import type { PlatformHandle } from '../platform.js';
import { memoChartRenderer, renderChartPng } from '../../charts/index.js';
import type { ChartImages } from '../../charts/images.js';
import { Answerer, type ChartRenderer } from './answer.js';
import { buildCommandSet, type CommandSet } from './commands.js';
import { DiscordDelivery } from './delivery.js';
import { handleAutocomplete, handleCommand, type InteractionDeps } from './interactions.js';
import { handlePacketCommand, hookGatewayCommands } from './gateway-commands.js';
import { handleMention, type MentionDeps } from './mentions.js';
import { Responder } from './responder.js';
import { countRateLimits, restOptions, watchReachability } from './rest.js';
import { proxyForLog, whenReachable } from '../../ops/proxy.js';

export interface DiscordBotOptions {
  core: CommandCore;
  config: Config;
  log: Logger;
  metrics: Metrics;
  /** Defaults to DISCORD_TOKEN. */
  token?: string;
  /** REST base such as `http://127.0.0.1:PORT/api`; defaults to DISCORD_API_URL, else Discord. The gateway URL comes from GET /gateway/bot. */
  restApi?: string;
  /** Shards this client runs and the total; by default discord.js reads SHARDS / SHARD_COUNT from the ShardingManager, else one shard. */
  shards?: number[];
  shardCount?: number;
  /** Defaults to DISCORD_MESSAGE_CONTENT. */
  messageContent?: boolean;
  /** PNG chart renderer (default: src/charts); null keeps only the chart's text alternative. */
  renderChart?: ChartRenderer | null;
  /** Charts shown by address, served by another of the app's HTTP servers (the gateway has none). */
  chartImages?: ChartImages;
  deferAfterMs?: number;
  /** How long stop() waits for replies in flight. */
  stopTimeoutMs?: number;
  /** First delay before retrying an unreachable Discord at start (doubles up to a minute); tests shorten it. */
  retryMinMs?: number;
}

export interface DiscordBot extends PlatformHandle {
  readonly client: Client;
  readonly commands: CommandSet;
  readonly delivery: DiscordDelivery;
  /** Whether the privileged Message Content intent is in use (false after a fallback). */
  readonly messageContent: boolean;
  /** Logs in and resolves once the client is ready (guilds received). */
  start(): Promise<void>;
}

/** Guilds (channel and thread cache), messages in servers and DMs for mentions; Message Content only when enabled. */
export function intentsFor(messageContent: boolean): number {
  let bits = GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages;
  if (messageContent) bits |= GatewayIntentBits.MessageContent;
  return bits;
}

function newClient(opts: DiscordBotOptions, messageContent: boolean): Client {
  return new Client({
    intents: intentsFor(messageContent),
    // DM channels are not in the cache until a message arrives; without this, DMs would be dropped.
    partials: [Partials.Channel],
    rest: restOptions(opts.restApi ?? opts.config.DISCORD_API_URL, opts.config),
    allowedMentions: { parse: [], repliedUser: false },
    failIfNotExists: false,
    // Lodestone reads no history and tracks no members: keep caches to what events need.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      ReactionManager: 0,
      PresenceManager: 0,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (m) => m.id === m.client.user.id },
      // A bounded set of recent users (re-used across their interactions), always the bot itself.
      UserManager: { maxSize: 1_000, keepOverLimit: (u) => u.id === u.client.user.id },
      ThreadMemberManager: 0,
      VoiceStateManager: 0,
      GuildEmojiManager: 0,
      GuildStickerManager: 0,
      GuildInviteManager: 0,
      GuildBanManager: 0,
      GuildScheduledEventManager: 0,
      StageInstanceManager: 0,
      ApplicationCommandManager: 0,
      AutoModerationRuleManager: 0,
    }),
    ...(opts.shards ? { shards: opts.shards, shardCount: opts.shardCount ?? opts.shards.length } : {}),
  });
}

const isDisallowedIntents = (err: unknown): boolean => err instanceof Error && /disallowed intents/i.test(err.message);

export function createDiscordBot(opts: DiscordBotOptions): DiscordBot {
  const { core, config, log, metrics } = opts;
  const token = opts.token ?? config.DISCORD_TOKEN;
  if (!token) throw new Error('DISCORD_TOKEN: required to connect to Discord');
  let messageContent = opts.messageContent ?? config.DISCORD_MESSAGE_CONTENT;
  const commands = buildCommandSet(core.registry);
  useGatewayProxy(config);
  if (proxyForLog(config) && !gatewayProxyInstalled) log.warn('discord.js was loaded before the gateway proxy hook: the gateway websocket connects directly, not through HTTPS_PROXY');

  const chart = opts.renderChart === null ? undefined : memoChartRenderer(opts.renderChart ?? renderChartPng);
  const answerer = new Answerer(core, log, () => chart, chart ? opts.chartImages : undefined);
  let stopping = false;
  let stopped: Promise<void> | undefined;
  const inflight = new Set<Promise<void>>();
  // One settled handler per event (no .catch().finally() chain); the command's label is made only
  // when there is a failure to report.
  const track = (what: string, p: Promise<void>, command?: string): void => {
    const done: Promise<void> = p.then(() => {
      inflight.delete(done);
    }, (err: unknown) => {
      inflight.delete(done);
      log.warn({ err: (err as Error)?.message, what: command === undefined ? what : `/${command}` }, 'discord: handling an event failed');
    });
    inflight.add(done);
  };

  let client: Client;
  let botId: string | undefined;
  const botUserId = async (): Promise<string> => {
    botId ??= client.user?.id ?? ((await client.rest.get(Routes.user('@me'))) as { id: string }).id;
    return botId;
  };

  /** A client with its handlers; made anew if Discord refuses the Message Content intent. */
  function build(): Client {
    const c = newClient(opts, messageContent);
    c.rest.setToken(token!);
    countRateLimits(c.rest, metrics);
    watchReachability(c.rest, log, proxyForLog(config));
    const responder = new Responder(c.rest);
    const iDeps: InteractionDeps = {
      core, commands, answerer, responder, log, defaultLocale: config.LODESTONE_LOCALE, deferAfterMs: opts.deferAfterMs ?? 2_000,
    };
    const mDeps: MentionDeps = { rest: c.rest, answerer, defaultLocale: config.LODESTONE_LOCALE, messageContent, typingAfterMs: 1_000 };
    // Slash commands straight from the gateway packet, without discord.js's interaction object
    // (gateway-commands.ts); through the interactionCreate event only if that hook is unavailable.
    const fromPackets = hookGatewayCommands(c, (p) => track('command', handlePacketCommand(iDeps, c, p, stopping), p.data.name));
    c.on('interactionCreate', (i: Interaction) => {
      if (i.isAutocomplete()) {
        if (!stopping) track('autocomplete', handleAutocomplete(iDeps, i));
      } else if (i.isChatInputCommand() && !fromPackets) {
        track('command', handleCommand(iDeps, i, stopping), i.commandName);
      }
    });
    c.on('messageCreate', (m: Message) => {
      if (stopping || !c.user) return;
      track('mention', handleMention(mDeps, m, c.user.id));
    });
    c.on('error', (err) => log.error({ err: err.message }, 'discord: client error'));
    c.on('shardError', (err, shardId) => log.warn({ err: err.message, shardId }, 'discord: shard connection error'));
    c.on('shardDisconnect', (ev, shardId) => log.warn({ code: ev.code, shardId }, 'discord: shard disconnected'));
    c.on('shardResume', (shardId, replayed) => log.info({ shardId, replayed }, 'discord: shard resumed'));
    c.on('shardReconnecting', (shardId) => log.info({ shardId }, 'discord: shard reconnecting'));
    c.on('warn', (msg) => log.warn({ msg }, 'discord: warning'));
    return c;
  }
  client = build();
  const delivery = new DiscordDelivery({ rest: () => client.rest, botUserId });

  async function login(): Promise<void> {
    const ready = once(client, 'clientReady');
    await client.login(token!);
    if (!client.isReady()) await ready;
  }

  // An unreachable Discord (REST or gateway) at start is retried with backoff, on a fresh client
  // each time, until it answers or the bot is stopped; the outage itself is logged once (rest.ts).
  // Anything Discord answered (a wrong token, 4014) is not retried.
  const giveUp = new AbortController();
  const loginWhenReachable = (): Promise<void> => whenReachable(login, {
    signal: giveUp.signal,
    ...(opts.retryMinMs !== undefined ? { minMs: opts.retryMinMs } : {}),
    beforeRetry: async (error) => {
      log.debug({ err: error.message }, 'discord: not reachable yet; retrying with backoff');
      await client.destroy();
      client = build();
    },
  });

  return {
    name: 'discord',
    get client() {
      return client;
    },
    get messageContent() {
      return messageContent;
    },
    commands,
    delivery,
    isReady: () => !stopping && client.isReady(),
    async start() {
      for (const p of commands.problems) log.warn({ problem: p }, 'discord: command not registered');
      try {
        await loginWhenReachable();
      } catch (err) {
        if (!messageContent || !isDisallowedIntents(err)) throw err;
        log.warn(
          { closeCode: 4014 },
          'discord: Discord closed the connection with code 4014 (Disallowed intents): DISCORD_MESSAGE_CONTENT=true, but the Message Content '
          + 'intent is not enabled for this application in the Developer Portal. Continuing without it: slash commands, @mentions and DMs '
          + 'still work; replies to Lodestone without an @mention are not answered. Enable the intent (Developer Portal → Bot → Privileged '
          + 'Gateway Intents → Message Content Intent) or set DISCORD_MESSAGE_CONTENT=false (the default) to silence this.',
        );
        await client.destroy();
        messageContent = false;
        client = build();
        await loginWhenReachable();
      }
      botId = client.user!.id;
      log.info({
        user: client.user!.tag,
        guilds: client.guilds.cache.size,
        shards: client.ws.shards.map((s) => s.id),
        messageContent,
      }, 'discord: connected');
    },
    stop() {
      stopped ??= (async () => {
        stopping = true;
        giveUp.abort();
        const deadline = new Promise((r) => setTimeout(r, opts.stopTimeoutMs ?? 8_000).unref());
        await Promise.race([Promise.allSettled([...inflight]), deadline]);
        await client.destroy();
      })();
      return stopped;
    },
  };
}
