// PLACEHOLDER — replaced by the owner of the 'ask' commands.
import type { Command } from 'commander';

export function registerAsk(_program: Command): void {}
