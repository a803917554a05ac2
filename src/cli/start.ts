// PLACEHOLDER — replaced by the owner of the 'start' commands.
import type { Command } from 'commander';

export function registerStart(_program: Command): void {}
