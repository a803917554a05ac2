// PLACEHOLDER — replaced by the owner of the 'digest' commands.
import type { Command } from 'commander';

export function registerDigest(_program: Command): void {}
