// Discord slash commands derived from the command registry: one command per definition, one string
// option per argument (arguments arrive as typed text; the command resolves them forgivingly),
// autocomplete for dataset entities, choices for small closed sets, subcommands for /digest.
// German descriptions travel as `description_localizations.de`.
import type { Registry } from '../../commands/registry.js';
import { PermissionFlagsBits } from 'discord.js';
import type { ArgSpec, ArgType, CommandDefinition, I18n } from '../../commands/types.js';
import { graphemePrefix } from '../../reply/safe-text.js';

export const OPTION_TYPE = { Subcommand: 1, String: 3 } as const;
/** Guild (0) and the bot's DMs (1); installed to servers only (integration type 0). */
export const COMMAND_CONTEXTS = [0, 1];
export const INTEGRATION_TYPES = [0];

export interface ChoiceJSON {
  name: string;
  value: string;
  name_localizations?: Record<string, string>;
}

export interface OptionJSON {
  type: number;
  name: string;
  description: string;
  description_localizations?: Record<string, string>;
  required?: boolean;
  autocomplete?: boolean;
  choices?: ChoiceJSON[];
  options?: OptionJSON[];
}

export interface CommandJSON {
  type: 1;
  name: string;
  description: string;
  description_localizations?: Record<string, string>;
  options?: OptionJSON[];
  /** Bit set as a string; commands that change channel settings start hidden from other members. */
  default_member_permissions?: string;
  contexts: number[];
  integration_types: number[];
}

/** Manage Channels, as Discord wants it in default_member_permissions ("16"). */
export const MANAGE_CHANNELS = PermissionFlagsBits.ManageChannels.toString();

/** How a Discord option maps back to the registry's argument. */
export interface OptionBinding {
  option: string;
  arg: ArgSpec;
}

export interface CommandBinding {
  def: CommandDefinition;
  options: OptionBinding[];
  subcommands: Map<string, { name: string; options: OptionBinding[] }>;
}

export interface CommandSet {
  json: CommandJSON[];
  byName: Map<string, CommandBinding>;
  /** Definitions that could not become Discord commands, with the reason (logged at start). */
  problems: string[];
}

/** Argument types whose values come from the dataset (or the time-zone list) through autocomplete. */
export const AUTOCOMPLETE_TYPES: ReadonlySet<ArgType> = new Set(['country', 'mineral', 'element', 'event', 'source', 'timezone']);

const NAME_RE = /^[-_\p{Ll}\p{Lm}\p{Lo}\p{N}]{1,32}$/u;

/** A Discord-valid name: lower case, no spaces, at most 32 characters. */
export function discordName(s: string): string {
  return s.toLowerCase().replace(/[^-_\p{Ll}\p{Lm}\p{Lo}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 32);
}

/**
 * Discord's 100-character descriptions. Registry entries carry a `summary` written to fit; anything
 * longer is cut at the last word boundary (after a whole word, without trailing punctuation).
 */
export function text100(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= 100) return t;
  const head = graphemePrefix(t, 99);
  const space = head.lastIndexOf(' ');
  const cut = space >= 60 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:(–-]+$/u, '')}…`;
}

function describe(d: I18n, summary?: I18n): Pick<OptionJSON, 'description' | 'description_localizations'> {
  const en = text100(summary?.en ?? d.en) || '-';
  const de = text100(summary?.de ?? d.de);
  return { description: en, ...(de && de !== en ? { description_localizations: { de } } : {}) };
}

const LOCALE_CHOICES: ChoiceJSON[] = [
  { name: 'English', value: 'en', name_localizations: { de: 'Englisch' } },
  { name: 'Deutsch', value: 'de', name_localizations: { de: 'Deutsch' } },
];

function argOption(arg: ArgSpec, name: string): OptionJSON {
  const o: OptionJSON = { type: OPTION_TYPE.String, name, ...describe(arg.description, arg.summary) };
  if (arg.required) o.required = true;
  if (arg.type === 'locale') o.choices = LOCALE_CHOICES;
  else if (arg.choices?.length && arg.choices.length <= 25) {
    o.choices = arg.choices.map((c) => ({ name: text100(c), value: c.slice(0, 100) }));
  } else if (AUTOCOMPLETE_TYPES.has(arg.type) || (arg.choices?.length ?? 0) > 25) o.autocomplete = true;
  return o;
}

/** Options for a list of arguments; Discord wants required options first and at most 25. */
function argOptions(args: readonly ArgSpec[], where: string, problems: string[]): { json: OptionJSON[]; bindings: OptionBinding[] } {
  const ordered = [...args].sort((a, b) => Number(Boolean(b.required)) - Number(Boolean(a.required)));
  const json: OptionJSON[] = [];
  const bindings: OptionBinding[] = [];
  const seen = new Set<string>();
  for (const arg of ordered) {
    const name = discordName(arg.name);
    if (!NAME_RE.test(name) || seen.has(name)) {
      problems.push(`${where}: argument "${arg.name}" has no usable Discord option name`);
      continue;
    }
    if (json.length === 25) {
      problems.push(`${where}: more than 25 arguments; "${arg.name}" left out`);
      continue;
    }
    seen.add(name);
    json.push(argOption(arg, name));
    bindings.push({ option: name, arg });
  }
  return { json, bindings };
}

/** Builds the command JSON and the bindings used to read interactions back into registry arguments. */
export function buildCommandSet(registry: Registry): CommandSet {
  const json: CommandJSON[] = [];
  const byName = new Map<string, CommandBinding>();
  const problems: string[] = [];
  for (const def of registry.all()) {
    const name = discordName(def.name);
    if (!NAME_RE.test(name) || byName.has(name)) {
      problems.push(`/${def.name}: no usable Discord command name`);
      continue;
    }
    const cmd: CommandJSON = {
      type: 1,
      name,
      ...describe(def.description, def.summary),
      ...(def.managesChannel ? { default_member_permissions: MANAGE_CHANNELS } : {}),
      contexts: COMMAND_CONTEXTS,
      integration_types: INTEGRATION_TYPES,
    };
    const binding: CommandBinding = { def, options: [], subcommands: new Map() };
    if (def.subcommands?.length) {
      cmd.options = [];
      for (const sc of def.subcommands.slice(0, 25)) {
        const scName = discordName(sc.name);
        if (!NAME_RE.test(scName) || binding.subcommands.has(scName)) {
          problems.push(`/${def.name} ${sc.name}: no usable Discord subcommand name`);
          continue;
        }
        const { json: opts, bindings } = argOptions(sc.args, `/${def.name} ${sc.name}`, problems);
        cmd.options.push({ type: OPTION_TYPE.Subcommand, name: scName, ...describe(sc.description), ...(opts.length ? { options: opts } : {}) });
        binding.subcommands.set(scName, { name: sc.name, options: bindings });
      }
    } else {
      const { json: opts, bindings } = argOptions(def.args, `/${def.name}`, problems);
      if (opts.length) cmd.options = opts;
      binding.options = bindings;
    }
    json.push(cmd);
    byName.set(name, binding);
  }
  return { json, byName, problems };
}
