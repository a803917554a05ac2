// PLACEHOLDER — replaced by the owner of the 'slack' commands.
import type { Command } from 'commander';

export function registerSlack(_program: Command): void {}
