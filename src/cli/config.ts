// PLACEHOLDER — replaced by the owner of the 'config' commands.
import type { Command } from 'commander';

export function registerConfig(_program: Command): void {}
