// PLACEHOLDER — replaced by the owner of the 'discord' commands.
import type { Command } from 'commander';

export function registerDiscord(_program: Command): void {}
