// A loopback fake Discord: REST under http://127.0.0.1:PORT/api/v10 and the gateway at
// ws://127.0.0.1:PORT (GET /gateway/bot returns that URL), on one ephemeral port. The real
// discord.js client connects to it with `rest: { api: fake.apiBase }`.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGateway } from './gateway.js';
import { FakeRest } from './rest.js';
import { FakeState } from './state.js';
import { snowflake, type FakeChannel, type FakeGuild, type FakeUser } from './payloads.js';

export * from './payloads.js';
export type { RecordedRequest, Failure } from './rest.js';

export interface FakeDiscord {
  readonly port: number;
  /** For the client's `rest.api` option. */
  readonly apiBase: string;
  readonly token: string;
  readonly applicationId: string;
  readonly bot: FakeUser;
  readonly state: FakeState;
  readonly rest: FakeRest;
  readonly gateway: FakeGateway;
  /** A server with a text channel, a thread in it, and the bot's managed role; German preferred locale optional. */
  readonly guild: FakeGuild;
  readonly text: FakeChannel;
  readonly thread: FakeChannel;
  readonly dm: FakeChannel;
  readonly human: FakeUser;
  close(): Promise<void>;
}

/** VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | ATTACH_FILES | READ_MESSAGE_HISTORY | SEND_MESSAGES_IN_THREADS. */
const BOT_ROLE_PERMS = ((1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 15n) | (1n << 16n) | (1n << 38n)).toString();

export async function startFakeDiscord(opts: { token?: string; guildLocale?: string; heartbeatInterval?: number } = {}): Promise<FakeDiscord> {
  const token = opts.token ?? 'fake-bot-token-0123456789';
  const bot: FakeUser = { id: snowflake(), username: 'Lodestone', bot: true };
  const applicationId = bot.id;
  const state = new FakeState({ token, bot, applicationId });
  const guildId = snowflake();
  const botRole = snowflake();
  const text: FakeChannel = { id: snowflake(), type: 0, name: 'news', guildId };
  const thread: FakeChannel = { id: snowflake(), type: 11, name: 'thread', guildId, parentId: text.id };
  const guild: FakeGuild = {
    id: guildId, name: 'Newsroom', ownerId: snowflake(), preferredLocale: opts.guildLocale ?? 'en-US',
    roles: [
      { id: guildId, name: '@everyone', permissions: ((1n << 10n) | (1n << 16n) | (1n << 31n)).toString() },
      { id: botRole, name: 'Lodestone', permissions: BOT_ROLE_PERMS, managed: true, botId: bot.id },
    ],
    channels: [text, thread],
    botRoles: [botRole],
  };
  state.addGuild(guild);
  const human: FakeUser = { id: snowflake(), username: 'editor' };
  const dm: FakeChannel = { id: snowflake(), type: 1, recipient: human };
  state.dms.set(dm.id, dm);

  const rest = new FakeRest(state);
  const gateway = new FakeGateway(state);
  if (opts.heartbeatInterval) gateway.heartbeatInterval = opts.heartbeatInterval;
  const server: Server = createServer((req, res) => {
    rest.handle(req, res).catch((err: unknown) => {
      res.writeHead(500);
      res.end(String(err));
    });
  });
  server.keepAliveTimeout = 60_000;
  server.on('upgrade', (req, socket, head) => gateway.upgrade(req, socket, head));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  state.gatewayUrl = `ws://127.0.0.1:${port}`;

  return {
    port, apiBase: `http://127.0.0.1:${port}/api`, token, applicationId, bot, state, rest, gateway, guild, text, thread, dm, human,
    async close() {
      gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
