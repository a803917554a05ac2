// `lodestone start` (what `npm start` runs): the bot on every configured platform, or the console
// chat when no platform token is set; operations endpoints on HTTP_PORT; graceful shutdown.
import type { Command } from 'commander';
import { ConfigError, configWarnings, loadConfig, type Config } from '../config.js';
import { createLogger } from '../ops/log.js';
import { installShutdown, StartAborted } from '../ops/shutdown.js';
import type { App } from '../app.js';
import { formatDataError } from '../dataset/errors.js';

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('Run Lodestone: Slack and Discord when their tokens are set, else the console chat; /healthz, /readyz, /metrics on HTTP_PORT')
    .option('--dotenv <path>', 'settings file read before the environment (the environment wins)', '.env')
    .option('--no-console', 'never open the console chat, even without platform tokens')
    .action(async (opts: { dotenv: string; console: boolean }) => {
      const code = await start(opts);
      // A failed start may leave a driver's socket or timer behind; nothing is in flight, so exit now.
      if (code !== 0) process.exit(code);
    });
}

export function printConfigProblems(error: ConfigError, out: NodeJS.WritableStream = process.stderr): void {
  out.write(`Lodestone cannot start: the configuration has ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}.\n`);
  for (const p of error.problems) out.write(`  - ${p}\n`);
  out.write('Set these in the environment or in .env (see .env.example); `lodestone config check` shows every setting.\n');
}

async function start(opts: { dotenv: string; console: boolean }): Promise<number> {
  let config: Config;
  try {
    config = loadConfig(opts.dotenv);
  } catch (error) {
    if (error instanceof ConfigError) {
      printConfigProblems(error);
      return 1;
    }
    throw error;
  }

  // Loaded here, not at the top: every other `lodestone` subcommand (ask, data check) would otherwise
  // pay for loading Bolt, discord.js and the rest at start.
  const { consoleWanted, DatasetInvalidError, StartError, startApp } = await import('../app.js');
  const interactive = opts.console && consoleWanted(config) && Boolean(process.stdin.isTTY);
  // JSON log lines would drown the chat on a terminal; info lines are still there with LOG_LEVEL=info.
  const quietConsole = interactive && process.stderr.isTTY && !process.env.LOG_LEVEL;
  const log = createLogger(quietConsole ? { ...config, LOG_LEVEL: 'warn' } : config);
  for (const w of configWarnings(config)) log.warn({ setting: w.slice(0, w.indexOf(':')) }, w);

  // Installed before start-up so that a signal during a slow start (a platform connecting) waits for the
  // start to finish, then stops what started; SHUTDOWN_TIMEOUT_MS still bounds the whole.
  // A platform that is unreachable keeps retrying inside its start; the signal abandons that start
  // (what had started is stopped) instead of waiting it out.
  let starting: Promise<App> | undefined;
  const aborter = new AbortController();
  const shutdown = installShutdown({
    log,
    stop: async () => {
      aborter.abort();
      return (await starting?.catch(() => undefined))?.stop();
    },
    timeoutMs: config.SHUTDOWN_TIMEOUT_MS,
  });
  try {
    starting = startApp({
      config,
      log,
      signal: aborter.signal,
      ...(opts.console ? {} : { console: false }),
      onConsoleExit: () => void shutdown.shutdown('console closed'),
    });
    await starting;
  } catch (error) {
    if (error instanceof StartAborted) {
      // The shutdown under way exits 0 once the parts that had started are stopped.
      log.info(`start-up abandoned: ${error.message}`);
      return 0;
    }
    shutdown.dispose();
    if (error instanceof DatasetInvalidError) {
      process.stderr.write(`Lodestone cannot start: the dataset in ${error.dir} has ${error.errors.length} error${error.errors.length === 1 ? '' : 's'}.\n`);
      for (const e of error.errors) process.stderr.write(`  ${formatDataError(e)}\n`);
      process.stderr.write('Fix them (`lodestone data check` lists them too) and start again.\n');
      log.fatal({ dir: error.dir, errors: error.errors.length }, 'dataset invalid at start-up');
      return 1;
    }
    const message = error instanceof StartError ? error.message : `start-up failed: ${error instanceof Error ? error.message : String(error)}`;
    log.fatal({ err: error instanceof StartError ? error.cause : error }, message);
    process.stderr.write(`Lodestone cannot start: ${message}\n`);
    return 1;
  }

  // Lodestone must outlive any single bad event; log it and keep serving.
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled promise rejection'));
  process.on('uncaughtExceptionMonitor', (error) => log.fatal({ err: error }, 'uncaught exception'));
  return 0;
}
