// PLACEHOLDER — owned by the command-core helper; replaced with the real parser.
import type { Registry } from './registry.js';
import type { Args, I18n } from './types.js';

export type ParsedLine =
  | { kind: 'command'; name: string; args: Args }
  | { kind: 'usage'; name: string; message: I18n; suggestions: string[] }
  | { kind: 'question'; text: string };

export function parseCommandLine(registry: Registry, text: string): ParsedLine {
  const m = /^\/?(\S+)\s*(.*)$/s.exec(text.trim());
  if (m && registry.get(m[1]!)) return { kind: 'command', name: m[1]!, args: { _: m[2] } };
  return { kind: 'question', text };
}
