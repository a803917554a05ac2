// `lodestone slack manifest [--socket] [--url https://host] [--json]`: the Slack app manifest,
// derived from the command registry, ready to paste into "Create New App → From a manifest".
import type { Command } from 'commander';
import { stringify } from 'yaml';
import { createRegistry } from '../commands/index.js';
import { BOT_SCOPES, buildManifest } from '../adapters/slack/manifest.js';

interface ManifestFlags {
  socket?: boolean;
  url?: string;
  name?: string;
  json?: boolean;
  scopes?: boolean;
  command?: string;
  perCommand?: boolean;
}

export function registerSlack(program: Command): void {
  const slack = program.command('slack').description('Slack app set-up');
  slack
    .command('manifest')
    .description('Print the Slack app manifest (slash commands, scopes, events) derived from the command registry')
    .option('--socket', 'Socket Mode: no public URL needed (use with SLACK_APP_TOKEN)')
    .option('--url <https://host>', 'public base URL of this bot in HTTP mode; requests go to <url>/slack/events')
    .option('--name <name>', 'app and bot display name', 'Lodestone')
    .option('--json', 'print JSON instead of YAML')
    .option('--scopes', 'list the bot scopes and why each is needed, instead of the manifest')
    .option('--command <name>', 'name of the one namespaced slash command (SLACK_COMMAND)', process.env.SLACK_COMMAND?.replace(/^\//, '') || 'lodestone')
    .option('--per-command', 'one slash command per Lodestone command instead of one namespaced command (SLACK_COMMAND_MODE=each)', process.env.SLACK_COMMAND_MODE === 'each')
    .action((opts: ManifestFlags) => {
      if (opts.scopes) {
        process.stdout.write(BOT_SCOPES.map((s) => `${s.scope.padEnd(18)} ${s.why}`).join('\n') + '\n');
        return;
      }
      if (opts.socket && opts.url) {
        process.stderr.write('--socket and --url exclude each other: Socket Mode needs no request URL.\n');
        process.exitCode = 2;
        return;
      }
      let manifest: Record<string, unknown>;
      try {
        manifest = buildManifest(createRegistry(), { socket: Boolean(opts.socket), ...(opts.url ? { url: opts.url } : {}), ...(opts.name ? { name: opts.name } : {}), command: opts.command ?? 'lodestone', mode: opts.perCommand ? 'each' : 'single' });
      } catch (error) {
        process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 2;
        return;
      }
      if (!opts.socket && !opts.url) {
        process.stderr.write('No --url given: the manifest uses https://YOUR-PUBLIC-HOST/slack/events; replace it, or use --socket.\n');
      }
      process.stdout.write(opts.json ? `${JSON.stringify(manifest, null, 2)}\n` : stringify(manifest, { lineWidth: 0 }));
    });
}
