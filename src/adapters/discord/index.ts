// The Discord adapter's entry: connects when DISCORD_TOKEN is set (see src/app.ts). One gateway
// connection in this process, or a ShardingManager with one process per shard for large bots
// (sharding.ts). The returned handle's `delivery` posts digests and briefings over REST.
// First: it must replace the gateway's WebSocket before discord.js loads (see the module).
import './gateway-proxy.js';
import type { PlatformDeps, PlatformHandle } from '../platform.js';
import { createDiscordBot } from './bot.js';
import { planShards, recommendedShards, startShardManager } from './sharding.js';
import { startDiscordHttp } from './http-start.js';

export { createDiscordBot, type DiscordBot, type DiscordBotOptions } from './bot.js';
export { DiscordDelivery } from './delivery.js';
export { createDiscordHttp, type DiscordHttpHandle } from './http-start.js';

export async function startDiscord(deps: PlatformDeps): Promise<PlatformHandle> {
  const { config } = deps;
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN: required to connect to Discord');
  const http = config.DISCORD_HTTP_PORT !== undefined ? await startDiscordHttp(deps) : undefined;
  if (!config.DISCORD_GATEWAY) {
    if (!http) throw new Error('DISCORD_HTTP_PORT: required with DISCORD_GATEWAY=false');
    return http;
  }
  let gateway: PlatformHandle;
  try {
    const plan = await planShards(config, process.env, () => recommendedShards(config, deps.log));
    if (plan.kind === 'manager') gateway = await startShardManager(deps, plan);
    else {
      const bot = createDiscordBot(deps);
      await bot.start();
      gateway = bot;
    }
  } catch (err) {
    await http?.stop();
    throw err;
  }
  return http ? both(gateway, http) : gateway;
}

/** The gateway and the HTTP endpoint as one Discord handle: ready when both are, stopped together. */
function both(gateway: PlatformHandle, http: PlatformHandle): PlatformHandle {
  return {
    name: 'discord',
    isReady: () => gateway.isReady() && http.isReady(),
    stop: async () => {
      await Promise.all([gateway.stop(), http.stop()]);
    },
    ...(gateway.delivery ?? http.delivery ? { delivery: (gateway.delivery ?? http.delivery)! } : {}),
  };
}
