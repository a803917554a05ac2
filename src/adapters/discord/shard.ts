// The process a ShardingManager spawns for one shard (see sharding.ts). It runs the whole app for
// its share of the servers — commands, mentions, autocomplete, the dataset with hot reload, the
// store — but no HTTP port, no Slack, no console and no digest scheduler: the manager process
// keeps those. discord.js reads SHARDS, SHARD_COUNT and DISCORD_TOKEN that the manager set.
import { ConfigError, loadConfig } from '../../config.js';
import { createLogger } from '../../ops/log.js';
import { installShutdown } from '../../ops/shutdown.js';
import { startApp, type App } from '../../app.js';
import { SHARD_ENV_OVERRIDES } from './sharding.js';

async function main(): Promise<void> {
  // The manager already set these; repeating them here keeps a .env file from turning them back on.
  for (const [k, v] of Object.entries(SHARD_ENV_OVERRIDES)) process.env[k] = v;
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  const log = createLogger(config).child({ shard: process.env.SHARDS });
  let app: App | undefined;
  installShutdown({ log, stop: async () => app?.stop(), timeoutMs: config.SHUTDOWN_TIMEOUT_MS });
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled promise rejection'));
  try {
    app = await startApp({ config, log, console: false });
  } catch (error) {
    log.fatal({ err: error }, 'shard could not start');
    process.exit(1);
  }
}

await main();
