// Slash commands and autocomplete. Discord wants an answer to every interaction within 3 seconds:
// slow commands (brief, digest, and ask with a language model) are deferred at once; any other command is answered directly,
// and deferred only if it has not finished after `deferAfterMs`. Errors go back ephemerally.
import { PermissionFlagsBits, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { CallContext } from '../../commands/core.js';
import type { Args, ChannelRef } from '../../commands/types.js';
import type { Locale } from '../../reply/model.js';
import { errorReply } from '../../reply/model.js';
import type { Logger } from '../../ops/log.js';
import type { Answer, Answerer } from './answer.js';
import { suggest, type Choice } from './autocomplete.js';
import type { CommandBinding, CommandSet, OptionBinding } from './commands.js';
import { interactionLocale } from './locale.js';
import { renderReply } from './render.js';
import type { InteractionRef, Responder } from './responder.js';
import type { CommandCore } from '../../commands/core.js';

export interface InteractionDeps {
  core: CommandCore;
  commands: CommandSet;
  answerer: Answerer;
  responder: Responder;
  log: Logger;
  defaultLocale: Locale;
  /** Commands not finished by then are deferred (well inside Discord's 3 seconds). */
  deferAfterMs: number;
}

/** Replies both entry points (gateway and HTTP interactions) give outside a command's own answer. */
export const TEXT: Record<Locale, { unknown: string; stopping: string }> = {
  en: {
    unknown: 'This command is not known to this version of Lodestone. An admin should run `lodestone discord register`.',
    stopping: 'Lodestone is restarting. Please try again in a moment.',
  },
  de: {
    unknown: 'Diesen Befehl kennt diese Lodestone-Version nicht. Ein Admin sollte `lodestone discord register` ausführen.',
    stopping: 'Lodestone startet gerade neu. Bitte versuche es gleich noch einmal.',
  },
};

const ref = (i: ChatInputCommandInteraction | AutocompleteInteraction): InteractionRef => ({ id: i.id, token: i.token, applicationId: i.applicationId });

function bindingsFor(binding: CommandBinding, sub: string | null): OptionBinding[] {
  return sub ? (binding.subcommands.get(sub)?.options ?? []) : binding.options;
}

export function localeOf(i: ChatInputCommandInteraction | AutocompleteInteraction, fallback: Locale): Locale {
  return interactionLocale(i.locale, i.guildLocale, fallback);
}

export function channelOf(i: ChatInputCommandInteraction): ChannelRef {
  const channelId = i.channelId ?? i.user.id;
  return {
    platform: 'discord',
    channelId,
    ...(i.guildId ? { workspaceId: i.guildId } : {}),
    ...(i.channel?.isThread() ? { threadId: channelId } : {}),
  };
}

/** Registry arguments from the interaction's options (and `subcommand` for commands that have them). */
export function argsOf(i: ChatInputCommandInteraction, binding: CommandBinding): Args {
  const args: Args = {};
  const sub = binding.def.subcommands?.length ? i.options.getSubcommand(false) : null;
  if (sub) args.subcommand = binding.subcommands.get(sub)?.name ?? sub;
  for (const b of bindingsFor(binding, sub)) {
    const v = i.options.getString(b.option);
    if (v !== null && v.trim() !== '') args[b.arg.name] = v.trim();
  }
  return args;
}

export async function handleAutocomplete(deps: InteractionDeps, i: AutocompleteInteraction): Promise<void> {
  const binding = deps.commands.byName.get(i.commandName);
  let choices: Choice[] = [];
  if (binding) {
    const focused = i.options.getFocused(true);
    const sub = binding.def.subcommands?.length ? i.options.getSubcommand(false) : null;
    const arg = bindingsFor(binding, sub).find((b) => b.option === focused.name)?.arg;
    if (arg) choices = suggest(deps.core.datasets.current(), arg, String(focused.value ?? ''), localeOf(i, deps.defaultLocale));
  }
  await deps.responder.autocomplete(ref(i), choices);
}

/** Sends an answer: as the reply, or into the deferred message, then follow-ups for the rest. */
function deliver(deps: InteractionDeps, r: InteractionRef, answer: Answer, deferred: 'no' | 'public' | 'ephemeral'): Promise<unknown> {
  // Most answers are one message sent as the reply: no further step to wait for.
  if (deferred === 'no' && answer.messages.length === 1) return deps.responder.reply(r, answer.messages[0]!);
  return deliverAll(deps, r, answer, deferred);
}

async function deliverAll(deps: InteractionDeps, r: InteractionRef, answer: Answer, deferred: 'no' | 'public' | 'ephemeral'): Promise<void> {
  const [first, ...more] = answer.messages;
  if (!first) return;
  const wantsEphemeral = Boolean(answer.reply.ephemeral);
  if (deferred === 'no') {
    await deps.responder.reply(r, first);
  } else if (deferred === 'public' && wantsEphemeral) {
    // A public "thinking…" cannot turn private: remove it and answer privately.
    await deps.responder.deleteOriginal(r).catch(() => undefined);
    await deps.responder.followUp(r, first);
  } else {
    await deps.responder.editOriginal(r, first);
  }
  for (const m of more) await deps.responder.followUp(r, m);
}

/**
 * What answering a slash command reads of it: the same whether it comes from discord.js's
 * ChatInputCommandInteraction (commandRequest) or straight from the gateway packet
 * (gateway-commands.ts). `command` is left out while stopping (nothing is bound then) and for a
 * command this version does not know.
 */
export interface CommandRequest {
  ref: InteractionRef;
  locale: Locale;
  command: { binding: CommandBinding; args: Args; call: CallContext } | undefined;
}

/** The request of a discord.js interaction: its options bound to the command's arguments, its caller. */
export function commandRequest(deps: InteractionDeps, i: ChatInputCommandInteraction, stopping: boolean): CommandRequest {
  const locale = localeOf(i, deps.defaultLocale);
  const binding = stopping ? undefined : deps.commands.byName.get(i.commandName);
  if (!binding) return { ref: ref(i), locale, command: undefined };
  const args = argsOf(i, binding);
  const call: CallContext = {
    locale,
    // Discord tells us the user's language; it wins over the language a question is written in.
    localeExplicit: true,
    channel: channelOf(i),
    actor: {
      platform: 'discord',
      userId: i.user.id,
      // In a DM the conversation is the user's own; in a server, Manage Channels decides.
      canManageChannel: i.inGuild() ? Boolean(i.memberPermissions?.has(PermissionFlagsBits.ManageChannels)) : true,
    },
  };
  return { ref: ref(i), locale, command: { binding, args, call } };
}

export async function handleCommand(deps: InteractionDeps, i: ChatInputCommandInteraction, stopping: boolean): Promise<void> {
  await answerCommand(deps, commandRequest(deps, i, stopping), stopping);
}

export async function answerCommand(deps: InteractionDeps, q: CommandRequest, stopping: boolean): Promise<void> {
  const { ref: r, locale, command } = q;
  if (stopping || !command) {
    const text = stopping ? TEXT[locale].stopping : TEXT[locale].unknown;
    await deps.responder.reply(r, renderReply(errorReply(locale, text))[0]!);
    return;
  }
  const { binding, args, call } = command;
  const name = binding.def.name;
  // A cached reply goes out at once, whatever the command (no deferral, no timer).
  const hit = deps.answerer.cached(name, args, call);
  if (hit) {
    await deliver(deps, r, hit instanceof Promise ? await hit : hit, 'no');
    return;
  }
  let deferred: 'no' | 'public' | 'ephemeral' = 'no';
  if (deps.answerer.isSlow(name)) {
    // Subscription changes are private to whoever made them.
    const priv = name === 'digest' && (args.subcommand === 'subscribe' || args.subcommand === 'unsubscribe');
    deferred = priv ? 'ephemeral' : 'public';
    await deps.responder.defer(r, priv);
    await deliver(deps, r, await deps.answerer.command(name, args, call), deferred);
    return;
  }
  const work = deps.answerer.command(name, args, call);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), deps.deferAfterMs);
  });
  const first = await Promise.race([work, late]);
  clearTimeout(timer);
  if (first === 'late') {
    deferred = 'public';
    await deps.responder.defer(r, false);
  }
  await deliver(deps, r, await work, deferred);
}
