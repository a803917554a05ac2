// Text as users type it → a command with named arguments, a usage error, or a question.
//   "/reserves china", "reserves china rare earths", "Reserven China", "/element Nd",
//   "/summit \"trump xi\"", "/reserves united states lithium", "/digest subscribe 08:00 Europe/Berlin de".
// The words after the command are bound to its arguments in bind.ts.
import type { Locale } from '../reply/model.js';
import type { Dataset } from '../dataset/dataset.js';
import { editDistance, normalize } from '../dataset/lookup.js';
import type { Registry } from './registry.js';
import type { Args, CommandDefinition, I18n } from './types.js';
import { echo, quoteInput } from './common.js';
import { bindArgs } from './bind.js';
import type { RequestLookups } from './request-lookups.js';

export { bindArgs, findSubcommand } from './bind.js';

export type ParsedLine =
  | { kind: 'command'; name: string; args: Args; locale?: Locale }
  | { kind: 'usage'; name: string; message: I18n; suggestions: string[] }
  | { kind: 'question'; text: string };

/** Longest input treated as a command line; longer text is a question (and the router truncates). */
const MAX_COMMAND_CHARS = 2000;
/** Bare (slash-less) command words only count for short lines; longer text reads as a question. */
const MAX_BARE_WORDS = 8;

// Command words that are German: typing them (without an explicit locale) answers in German.
const GERMAN_COMMAND_WORDS = new Set(['reserven', 'vorkommen', 'produktion', 'forderung', 'foerderung', 'elemente', 'gipfel',
  'ereignis', 'ereignisse', 'zeitleiste', 'chronik', 'termine', 'quellen', 'quelle', 'hilfe', 'befehle', 'frage', 'fragen', 'lage']);

const QUOTES: Record<string, string> = { '"': '"', "'": "'", '“': '”', '„': '“', '«': '»', '‘': '’', '”': '”' };

const WHITESPACE = /\s/;

/** Whether the code unit at `i` is whitespace as /\s/ reads it: ASCII by code, the rest by the pattern (a test per character was most of tokenising). */
function isSpaceAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : WHITESPACE.test(s[i]!);
}

/** Splits on whitespace, keeping quoted phrases ("trump xi", „Trump Xi“) together. */
export function tokenize(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && isSpaceAt(s, i)) i++;
    if (i >= s.length) break;
    const close = QUOTES[s[i]!];
    if (close) {
      const end = s.indexOf(close, i + 1);
      if (end > i) {
        const inner = s.slice(i + 1, end).trim();
        if (inner) out.push(inner);
        i = end + 1;
        continue;
      }
      i++; // an unmatched quote is just dropped
      continue;
    }
    let j = i;
    while (j < s.length && !isSpaceAt(s, j)) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

interface CommandWords {
  size: number;
  byWord: Map<string, CommandDefinition>;
}
const wordsCache = new WeakMap<Registry, CommandWords>();

function commandWords(registry: Registry): CommandWords {
  const all = registry.all();
  const hit = wordsCache.get(registry);
  if (hit && hit.size === all.length) return hit;
  const byWord = new Map<string, CommandDefinition>();
  for (const def of all) {
    for (const w of [def.name, ...(def.aliases ?? [])]) {
      const n = normalize(w).replace(/ /g, '') || w.toLowerCase();
      if (!byWord.has(n)) byWord.set(n, def);
    }
  }
  const words = { size: all.length, byWord };
  wordsCache.set(registry, words);
  return words;
}

/** A typed command word as the command words are kept: normalised, spaces removed. */
const commandKey = (word: string): string => normalize(word).replace(/ /g, '');

/** The command a typed word names; `key` is its commandKey. */
function findCommand(registry: Registry, word: string, key: string): CommandDefinition | undefined {
  return commandWords(registry).byWord.get(key || word.toLowerCase()) ?? registry.get(word);
}

/** Commands whose name or alias is close to `word` (typos, prefixes), nearest first. */
export function nearestCommands(registry: Registry, word: string, max = 3): string[] {
  const w = normalize(word).replace(/ /g, '').slice(0, 40);
  if (!w) return [];
  const scored: { name: string; d: number }[] = [];
  for (const [key, def] of commandWords(registry).byWord) {
    const d = key.startsWith(w) && w.length >= 2 ? 0.5 : editDistance(w, key, 3);
    if (d <= Math.max(1, Math.min(3, Math.floor(w.length / 3)))) scored.push({ name: def.name, d });
  }
  scored.sort((a, b) => a.d - b.d);
  return [...new Set(scored.map((s) => s.name))].slice(0, max);
}

// ---------------------------------------------------------------------------------------------

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function parseCommandLine(registry: Registry, text: string, ds?: Dataset, lookups?: RequestLookups): ParsedLine {
  const clean = text.replace(CONTROL, ' ').trim();
  if (!clean) return { kind: 'question', text: '' };
  const explicit = /^[/!]/.test(clean);
  if (!explicit && clean.length > MAX_COMMAND_CHARS) return { kind: 'question', text: clean };
  const line = explicit ? clean.slice(1).trimStart().slice(0, MAX_COMMAND_CHARS) : clean;
  // /^(\S+)\s*([\s\S]*)$/ by scanning: the first run of non-space, the rest after the spaces that follow it.
  let end = 0;
  while (end < line.length && !isSpaceAt(line, end)) end++;
  if (end === 0) {
    return explicit
      ? { kind: 'usage', name: '', message: { en: 'Type a command after the slash, e.g. /help.', de: 'Gib nach dem Schrägstrich einen Befehl ein, z. B. /help.' }, suggestions: ['/help'] }
      : { kind: 'question', text: clean };
  }
  const word = line.slice(0, end);
  let from = end;
  while (from < line.length && isSpaceAt(line, from)) from++;
  const rest = line.slice(from);
  const key = commandKey(word);
  const def = findCommand(registry, word, key);
  if (!def) {
    if (!explicit) return { kind: 'question', text: clean };
    const near = nearestCommands(registry, word);
    const shown = quoteInput(`/${word}`, 30);
    const tail = rest.trim() && rest.length < 80 ? ` ${echo(rest)}` : '';
    return {
      kind: 'usage',
      name: 'unknown',
      message: {
        en: `Unknown command ${shown}.${near.length ? ` Did you mean /${near[0]}?` : ''} /help lists every command.`,
        de: `Unbekannter Befehl ${shown}.${near.length ? ` Meintest du /${near[0]}?` : ''} /help listet alle Befehle.`,
      },
      suggestions: near.length ? near.map((n) => `/${n}${tail}`) : ['/help'],
    };
  }
  const words = tokenize(rest);
  if (!explicit) {
    // "reserves china" is a command; "Reserves are what exactly?" is a question.
    if (/[?？]\s*$/.test(clean) || words.length + 1 > MAX_BARE_WORDS) return { kind: 'question', text: clean };
  }
  const binding = bindArgs(def, words, ds, lookups);
  if (!explicit && binding.unresolved > 0 && !(def.subcommands?.length)) return { kind: 'question', text: clean };
  const german = GERMAN_COMMAND_WORDS.has(key);
  return { kind: 'command', name: def.name, args: binding.args, ...(german ? { locale: 'de' as const } : {}) };
}
