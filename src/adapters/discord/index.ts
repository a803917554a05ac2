// The Discord adapter's entry: connects when DISCORD_TOKEN is set (see src/app.ts). One gateway
// connection in this process, or a ShardingManager with one process per shard for large bots
// (sharding.ts). The returned handle's `delivery` posts digests and briefings over REST.
import type { PlatformDeps, PlatformHandle } from '../platform.js';
import { createDiscordBot } from './bot.js';
import { planShards, recommendedShards, startShardManager } from './sharding.js';

export { createDiscordBot, type DiscordBot, type DiscordBotOptions } from './bot.js';
export { DiscordDelivery } from './delivery.js';

export async function startDiscord(deps: PlatformDeps): Promise<PlatformHandle> {
  const { config } = deps;
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN: required to connect to Discord');
  const plan = await planShards(config, process.env, () => recommendedShards(config));
  if (plan.kind === 'manager') return startShardManager(deps, plan);
  const bot = createDiscordBot(deps);
  await bot.start();
  return bot;
}
