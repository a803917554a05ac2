// `lodestone discord register [--guild ID] [--dry-run]`: sync the slash commands derived from the
// registry with Discord, changing only what differs. `lodestone discord invite` prints the invite
// URL with the exact permissions; `lodestone discord commands` prints the command JSON.
import type { Command } from 'commander';
import { ConfigError, loadConfig, type Config } from '../config.js';

// discord.js and @discordjs/rest take about a second to load; only these subcommands pay for them.
async function discordModules() {
  const [{ createRegistry }, { buildCommandSet }, permissions, { createRest }, sync] = await Promise.all([
    import('../commands/index.js'),
    import('../adapters/discord/commands.js'),
    import('../adapters/discord/permissions.js'),
    import('../adapters/discord/rest.js'),
    import('../adapters/discord/sync.js'),
  ]);
  return { createRegistry, buildCommandSet, ...permissions, createRest, ...sync };
}

function config(envFile: string, need: ('DISCORD_TOKEN' | 'DISCORD_APPLICATION_ID')[]): Config | undefined {
  let c: Config;
  try {
    c = loadConfig(envFile);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`The configuration has problems:\n${error.problems.map((p) => `  - ${p}`).join('\n')}\n`);
      process.exitCode = 1;
      return undefined;
    }
    throw error;
  }
  const missing = need.filter((k) => !c[k]);
  if (missing.length) {
    process.stderr.write(`${missing.map((k) => `${k}: not set`).join('\n')}\nSet ${missing.join(' and ')} in the environment or in .env (Developer Portal → your application).\n`);
    process.exitCode = 1;
    return undefined;
  }
  return c;
}

function describeError(error: unknown): string {
  const e = error as { status?: number; code?: unknown; message?: string };
  if (e.status === 401) return 'Discord rejected the token (401): check DISCORD_TOKEN (Developer Portal → Bot → Reset Token).';
  if (e.status === 403 || e.code === 50001) return 'Discord refused access (403): is the bot in that server, invited with the applications.commands scope?';
  if (e.status === 404) return 'Discord does not know this application or server (404): check DISCORD_APPLICATION_ID and --guild.';
  return `Discord request failed: ${e.message ?? String(error)}`;
}

export function registerDiscord(program: Command): void {
  const discord = program.command('discord').description('Discord set-up: slash-command registration and the invite link');

  discord
    .command('register')
    .description('Sync the slash commands with Discord: create, update or delete only what differs')
    .option('--guild <id>', 'register in one server (changes show at once) instead of globally')
    .option('--dry-run', 'compare and print what would change, without changing anything')
    .option('--clear', 'delete every Lodestone command in that scope instead (e.g. a test server\'s copies)')
    .option('--dotenv <path>', 'settings file read before the environment (the environment wins)', '.env')
    .option('--json', 'print the summary as JSON')
    .action(async (opts: { guild?: string; dryRun?: boolean; clear?: boolean; dotenv: string; json?: boolean }) => {
      if (opts.guild !== undefined && !/^\d{5,25}$/.test(opts.guild)) {
        process.stderr.write('--guild must be the numeric server id (Discord: Server Settings → Widget, or right-click the server with Developer Mode on → Copy Server ID).\n');
        process.exitCode = 2;
        return;
      }
      const c = config(opts.dotenv, ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID']);
      if (!c) return;
      const { buildCommandSet, createRegistry, createRest, syncCommands, formatSummary } = await discordModules();
      const set = buildCommandSet(createRegistry());
      for (const p of set.problems) process.stderr.write(`warning: ${p}\n`);
      try {
        const rest = createRest(c.DISCORD_TOKEN!, c.DISCORD_API_URL, undefined, c);
        const summary = await syncCommands(rest, c.DISCORD_APPLICATION_ID!, opts.clear ? [] : set.json, { ...(opts.guild ? { guildId: opts.guild } : {}), dryRun: Boolean(opts.dryRun) });
        process.stdout.write(opts.json ? `${JSON.stringify(summary, null, 2)}\n` : `${formatSummary(summary)}\n`);
      } catch (error) {
        process.stderr.write(`${describeError(error)}\n`);
        process.exitCode = 1;
      }
    });

  discord
    .command('invite')
    .description('Print the URL that invites the bot with exactly the permissions it needs')
    .option('--dotenv <path>', 'settings file read before the environment (the environment wins)', '.env')
    .action(async (opts: { dotenv: string }) => {
      const c = config(opts.dotenv, ['DISCORD_APPLICATION_ID']);
      if (!c) return;
      const { INVITE_PERMISSIONS, INVITE_PERMISSION_BITS, inviteUrl } = await discordModules();
      const perms = INVITE_PERMISSIONS.map(([name]) => name).join(', ');
      process.stdout.write(`${inviteUrl(c.DISCORD_APPLICATION_ID!)}\n\nScopes: bot, applications.commands\nPermissions ${INVITE_PERMISSION_BITS}: ${perms}\n`);
    });

  discord
    .command('commands')
    .description('Print the slash-command JSON derived from the command registry (what register sends)')
    .action(async () => {
      const { buildCommandSet, createRegistry } = await discordModules();
      const set = buildCommandSet(createRegistry());
      for (const p of set.problems) process.stderr.write(`warning: ${p}\n`);
      process.stdout.write(`${JSON.stringify(set.json, null, 2)}\n`);
    });
}
