// /help [command] — derived from the registry, in the caller's language.
import type { Locale, Reply } from '../reply/model.js';
import type { Dataset } from '../dataset/dataset.js';
import type { Registry } from './registry.js';
import type { CommandContext, CommandDefinition } from './types.js';
import { footer, notFound, quoteInput, t } from './common.js';
import { nearestCommands } from './parse.js';
import { deepFreeze } from './reply-cache.js';

// Argument placeholders as German readers see them in /help; command names stay as typed.
const ARG_DE: Record<string, string> = {
  country: 'Land', mineral: 'Mineral', element: 'Element', event: 'Ereignis', filter: 'Filter', from: 'von', to: 'bis',
  id: 'Kennung', language: 'Sprache', question: 'Frage', time: 'Uhrzeit', timezone: 'Zeitzone', command: 'Befehl',
  schedule: 'Rhythmus', what: 'was',
};
const argName = (name: string, locale: Locale): string => (locale === 'de' ? ARG_DE[name] ?? name : name);

function usage(def: CommandDefinition, locale: Locale = 'en'): string {
  if (def.subcommands?.length) return `/${def.name} ${def.subcommands.map((s) => s.name).join('|')}`;
  return `/${def.name}${def.args.map((a) => (a.required ? ` <${argName(a.name, locale)}>` : ` [${argName(a.name, locale)}]`)).join('')}`;
}

function commandHelp(def: CommandDefinition, ctx: CommandContext): Reply {
  const { locale } = ctx;
  const blocks = [def.description[locale]];
  const fields = [{ label: t(locale, 'Usage', 'Aufruf'), value: usage(def, locale), inline: false }];
  for (const a of def.args) {
    if (def.subcommands?.length) break;
    fields.push({ label: argName(a.name, locale) + (a.required ? '' : ' (optional)'), value: a.description[locale], inline: false });
  }
  for (const s of def.subcommands ?? []) {
    const args = s.args.map((a) => ` [${argName(a.name, locale)}]`).join('');
    fields.push({ label: `${def.name} ${s.name}${args}`, value: s.description[locale], inline: false });
  }
  if (def.aliases?.length) fields.push({ label: t(locale, 'Also', 'Auch'), value: def.aliases.map((a) => `/${a}`).join(', '), inline: false });
  fields.push({ label: t(locale, 'Examples', 'Beispiele'), value: def.examples.join('\n'), inline: false });
  return { kind: 'answer', locale, title: `/${def.name}`, blocks, fields, sources: [], footer: footer(ctx.dataset, locale), suggestions: def.examples.slice(0, 3) };
}

export function createHelp(registry: Registry): CommandDefinition {
  // The list and each command's card depend only on the registry, the dataset (its beat and footer)
  // and the locale: built once per dataset and shared, frozen, like the renderings of
  // src/commands/renderings.ts (which are per dataset alone; these are per registry too). Keyed by
  // the registry's size as well, as commands may still be registered after help is created.
  const shared = new WeakMap<Dataset, Map<string, Reply>>();
  const once = (ctx: CommandContext, key: string, build: () => Reply): Reply => {
    let byKey = shared.get(ctx.dataset);
    if (!byKey) shared.set(ctx.dataset, (byKey = new Map()));
    const k = `${registry.all().length}|${ctx.locale}|${key}`;
    let reply = byKey.get(k);
    if (!reply) byKey.set(k, (reply = deepFreeze(build())));
    return reply;
  };
  return {
    name: 'help',
    aliases: ['hilfe', 'commands', 'befehle', '?'],
    description: { en: 'List the commands, or show one command with its arguments and examples.', de: 'Die Befehle auflisten oder einen Befehl mit Argumenten und Beispielen zeigen.' },
    args: [{
      name: 'command',
      type: 'choice',
      // A getter: the registry is still being filled when help is created.
      get choices() { return registry.all().map((d) => d.name); },
      description: { en: 'A command name, e.g. reserves.', de: 'Ein Befehlsname, z. B. reserves.' },
    }],
    examples: ['/help', '/help reserves', '/help digest'],
    cache: 'dataset',
    run(args, ctx) {
      const { locale } = ctx;
      const name = args.command?.trim().replace(/^\//, '');
      if (name) {
        const def = registry.get(name);
        if (def) return once(ctx, `/${def.name}`, () => commandHelp(def, ctx));
        const near = nearestCommands(registry, name);
        return notFound(ctx, t(locale, `There is no command ${quoteInput(name)}.`, `Den Befehl ${quoteInput(name)} gibt es nicht.`), [...near.map((n) => `/help ${n}`), '/help']);
      }
      return once(ctx, '', () => commandList(registry, ctx));
    },
  };
}

/** The list of every command. */
function commandList(registry: Registry, ctx: CommandContext): Reply {
  const { locale } = ctx;
  const rows = registry.all().map((d) => [usage(d, locale), d.description[locale]]);
  return {
    kind: 'answer',
    locale,
    title: t(locale, 'Lodestone — commands', 'Lodestone — Befehle'),
    blocks: [
      ctx.dataset.meta.beat[locale],
      t(locale,
        'Type a command, or just ask a question in English or German ("How large are Brazil\'s reserves?"). /help <command> shows arguments and examples.',
        'Tippe einen Befehl oder stelle einfach eine Frage auf Deutsch oder Englisch („Wie groß sind die Reserven von Brasilien?“). /help <Befehl> zeigt Argumente und Beispiele.'),
    ],
    table: { columns: [t(locale, 'Command', 'Befehl'), t(locale, 'What it does', 'Was er tut')], rows },
    sources: [],
    footer: footer(ctx.dataset, locale),
    suggestions: ['/reserves china', '/element Nd', '/summit'],
  };
}
