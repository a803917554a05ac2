// PLACEHOLDER — replaced by the owner of the 'data' commands.
import type { Command } from 'commander';

export function registerData(_program: Command): void {}
