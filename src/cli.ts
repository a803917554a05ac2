#!/usr/bin/env node
// `lodestone` — the command-line entry. Each group of subcommands lives in src/cli/<group>.ts.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { registerStart } from './cli/start.js';
import { registerAsk } from './cli/ask.js';
import { registerData } from './cli/data.js';
import { registerConfig } from './cli/config.js';
import { registerSlack } from './cli/slack.js';
import { registerDiscord } from './cli/discord.js';
import { registerDigest } from './cli/digest.js';

// package.json sits one level above both src/ (tsx) and dist/ (built).
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

const program = new Command()
  .name('lodestone')
  .version(version, '-V, --version', 'print the Lodestone version')
  .description('News-briefing bot for Slack and Discord: rare earths, critical minerals and the Oct 2025 Asia summits.')
  .showHelpAfterError()
  .exitOverride((err) => {
    // Usage errors exit 2; --help and --version exit 0.
    process.exit(err.exitCode === 0 ? 0 : 2);
  });

for (const register of [registerStart, registerAsk, registerData, registerConfig, registerSlack, registerDiscord, registerDigest]) {
  register(program);
}

await program.parseAsync(process.argv);
