// Sharding. Small bots run one gateway connection in-process. When DISCORD_SHARDS is a number above
// 1, or "auto" and Discord recommends more than one shard, Lodestone runs discord.js's
// ShardingManager: one child process per shard (src/adapters/discord/shard.ts), each a full bot
// for its share of the servers, while this process keeps the digest scheduler and delivers over
// REST. DISCORD_SHARD_IDS spreads one fixed total over several hosts: each host runs its own ids.
import { fileURLToPath } from 'node:url';
import { Routes, ShardingManager, type Shard } from 'discord.js';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Logger } from '../../ops/log.js';
import type { PlatformDeps, PlatformHandle } from '../platform.js';
import { DiscordDelivery } from './delivery.js';
import { createRest, watchReachability } from './rest.js';
import { proxyForLog, whenReachable } from '../../ops/proxy.js';

export type ShardPlan =
  | { kind: 'single' }
  /** This process was spawned by a ShardingManager; discord.js reads SHARDS and SHARD_COUNT itself. */
  | { kind: 'child' }
  | { kind: 'manager'; total: number; ids: number[] };

const ShardIds = z
  .string()
  .regex(/^\s*\d+(\s*-\s*\d+)?(\s*,\s*\d+(\s*-\s*\d+)?)*\s*$/, 'must be shard ids such as 0,1,2 or 0-3')
  .transform((s) => s.split(',').flatMap((part) => {
    const [a, b] = part.split('-').map((x) => Number(x.trim()));
    return b === undefined ? [a!] : Array.from({ length: Math.max(0, b - a! + 1) }, (_, i) => a! + i);
  }));

/** DISCORD_SHARD_IDS from the environment (validated here until it is part of src/config.ts). */
export function shardIdsFrom(config: Config, env: NodeJS.ProcessEnv): number[] | undefined {
  const raw = (config as { DISCORD_SHARD_IDS?: unknown }).DISCORD_SHARD_IDS ?? env.DISCORD_SHARD_IDS;
  if (raw === undefined || raw === '') return undefined;
  if (Array.isArray(raw)) return raw.map(Number);
  const parsed = ShardIds.safeParse(String(raw));
  if (!parsed.success) throw new Error(`DISCORD_SHARD_IDS: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return [...new Set(parsed.data)].sort((x, y) => x - y);
}

/** Decides how this process connects. `recommended` asks Discord (GET /gateway/bot) for "auto". */
export async function planShards(config: Config, env: NodeJS.ProcessEnv, recommended: () => Promise<number>): Promise<ShardPlan> {
  if (env.SHARDING_MANAGER === 'true' && env.SHARDS !== undefined) return { kind: 'child' };
  const ids = shardIdsFrom(config, env);
  const setting = config.DISCORD_SHARDS;
  if (setting === 'auto') {
    if (ids) throw new Error('DISCORD_SHARD_IDS: needs DISCORD_SHARDS set to the total number of shards (the same on every host), not auto');
    const total = await recommended();
    return total > 1 ? { kind: 'manager', total, ids: Array.from({ length: total }, (_, i) => i) } : { kind: 'single' };
  }
  const total = Number(setting);
  if (!Number.isInteger(total) || total < 1) throw new Error('DISCORD_SHARDS: must be auto or a number of at least 1');
  const mine = ids ?? Array.from({ length: total }, (_, i) => i);
  const bad = mine.filter((i) => i >= total);
  if (bad.length) throw new Error(`DISCORD_SHARD_IDS: ${bad.join(', ')} not below DISCORD_SHARDS (${total})`);
  if (total === 1) return { kind: 'single' };
  return { kind: 'manager', total, ids: mine };
}

/** Discord's recommended shard count, from the configured API base. */
export async function recommendedShards(config: Config, log: Logger): Promise<number> {
  const rest = createRest(config.DISCORD_TOKEN!, config.DISCORD_API_URL, undefined, config);
  watchReachability(rest, log, proxyForLog(config));
  // Unreachable: retried with backoff (the caller's shutdown abandons the wait).
  const info = (await whenReachable(() => rest.get(Routes.gatewayBot()))) as { shards: number };
  return Math.max(1, info.shards);
}

/** The shard entry: compiled JavaScript in a build, TypeScript through tsx when running from source. */
export function shardEntry(): { file: string; execArgv: string[] } {
  const fromSource = import.meta.url.endsWith('.ts');
  const file = fileURLToPath(new URL(fromSource ? './shard.ts' : './shard.js', import.meta.url));
  return { file, execArgv: fromSource ? ['--import', 'tsx'] : [] };
}

/** Settings a shard process must not repeat: the HTTP port, Slack, the scheduler and the console belong to the manager. */
export const SHARD_ENV_OVERRIDES: Record<string, string> = {
  HTTP_PORT: '',
  SLACK_BOT_TOKEN: '',
  SLACK_SIGNING_SECRET: '',
  SLACK_APP_TOKEN: '',
  DIGEST_SCHEDULER: 'false',
  LODESTONE_CONSOLE: 'off',
};

export interface ManagerOptions {
  /** Pause between spawning shards (Discord allows one IDENTIFY per 5 s per bucket). */
  spawnDelayMs?: number;
  /** How long one shard may take to become ready. */
  spawnTimeoutMs?: number;
}

export async function startShardManager(deps: PlatformDeps, plan: Extract<ShardPlan, { kind: 'manager' }>, opts: ManagerOptions = {}): Promise<PlatformHandle> {
  const { config, log, metrics } = deps;
  const entry = shardEntry();
  const manager = new ShardingManager(entry.file, {
    token: config.DISCORD_TOKEN!,
    totalShards: plan.total,
    shardList: plan.ids,
    mode: 'process',
    respawn: true,
    execArgv: entry.execArgv,
  });
  manager.on('shardCreate', (shard: Shard) => {
    Object.assign(shard.env as NodeJS.ProcessEnv, SHARD_ENV_OVERRIDES);
    shard.on('ready', () => log.info({ shard: shard.id }, 'discord: shard ready'));
    shard.on('death', () => log.warn({ shard: shard.id }, 'discord: shard process exited; respawning'));
    shard.on('error', (err) => log.warn({ shard: shard.id, err: err.message }, 'discord: shard process error'));
  });
  log.info({ total: plan.total, ids: plan.ids }, `discord: starting ${plan.ids.length} shard process(es) of ${plan.total}`);
  await manager.spawn({ amount: plan.total, delay: opts.spawnDelayMs ?? 5_500, timeout: opts.spawnTimeoutMs ?? 60_000 });

  const rest = createRest(config.DISCORD_TOKEN!, config.DISCORD_API_URL, metrics, config);
  let botId: string | undefined;
  const delivery = new DiscordDelivery({
    rest,
    botUserId: async () => (botId ??= ((await rest.get(Routes.user('@me'))) as { id: string }).id),
  });
  let stopping = false;
  return {
    name: 'discord',
    delivery,
    isReady: () => !stopping && manager.shards.size === plan.ids.length && manager.shards.every((s) => s.ready),
    async stop() {
      stopping = true;
      manager.respawn = false;
      await Promise.all(manager.shards.map((s) => stopShard(s, log)));
    },
  };
}

/** SIGTERM lets the shard finish its replies (graceful shutdown); it is killed if it takes too long. */
function stopShard(shard: Shard, log: Logger): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => {
      log.warn({ shard: shard.id }, 'discord: shard did not stop in time; killing it');
      child.kill('SIGKILL');
    }, 15_000);
    force.unref();
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
