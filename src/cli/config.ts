// `lodestone config check` (every setting's status and every problem, never a secret) and
// `lodestone config example` (the .env.example text, generated from the settings reference).
// The option is `--dotenv`, not `--env-file`: Node 20 itself claims `--env-file` anywhere on the command line.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { checkConfig, formatConfigCheck } from '../ops/config-report.js';
import { envExample, settingsMarkdown } from '../ops/env-example.js';

export function registerConfig(program: Command): void {
  const config = program.command('config').description('Inspect the configuration (environment and .env)');
  config
    .command('check')
    .description('Show each setting as set, default or missing (secrets hidden) and every problem; exit 1 on a problem')
    .option('--dotenv <path>', 'settings file read before the environment (the environment wins)', '.env')
    .option('--json', 'print the result as JSON')
    .action((opts: { dotenv: string; json?: boolean }) => {
      const loaded = existsSync(opts.dotenv);
      if (loaded) process.loadEnvFile(opts.dotenv);
      const check = checkConfig(process.env);
      if (opts.json) process.stdout.write(`${JSON.stringify({ env_file: loaded ? opts.dotenv : null, ...check }, null, 2)}\n`);
      else process.stdout.write(`Settings from the environment${loaded ? ` and ${opts.dotenv}` : ` (no ${opts.dotenv} file)`}:\n\n${formatConfigCheck(check)}\n`);
      process.exitCode = check.ok ? 0 : 1;
    });
  config
    .command('example')
    .description('Print a .env.example listing every setting with its meaning and default')
    .option('--markdown', 'print the settings reference table of docs/operations.md instead')
    .action((opts: { markdown?: boolean }) => {
      process.stdout.write(opts.markdown ? `${settingsMarkdown()}\n` : envExample());
    });
}
