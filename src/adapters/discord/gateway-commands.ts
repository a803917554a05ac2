// Slash commands read straight from the gateway's INTERACTION_CREATE packet. discord.js turns every
// interaction into a ChatInputCommandInteraction before emitting it: a User patched into the user
// cache, a GuildMember built (and dropped, the member cache holds none), two permission bit fields,
// the entitlements collection, the authorizing-owners object, an interaction webhook and an option
// resolver: about 7 % of the bot's CPU per uncached command on the bench. Lodestone reads six
// things of it (ids and token, command name, options, locales, channel, the member's permissions),
// so chat-input commands are taken from the packet instead, each read exactly as discord.js reads it
// (the comments name the discord.js getter); every other interaction type still goes through
// discord.js. The channel is still resolved through discord.js's own action, so the channel cache
// sees what it saw before. If discord.js's internals are not where this expects them, nothing is
// hooked and commands arrive through the interactionCreate event as before.
import { PermissionFlagsBits, type Client } from 'discord.js';
import type { Args } from '../../commands/types.js';
import type { CommandBinding } from './commands.js';
import { answerCommand, type CommandRequest, type InteractionDeps } from './interactions.js';
import { interactionLocale } from './locale.js';

interface PacketOption {
  name: string;
  type: number;
  value?: unknown;
  options?: PacketOption[];
}

/** The fields of an application-command interaction Lodestone reads (Discord's API shape). */
export interface CommandPacket {
  id: string;
  application_id: string;
  token: string;
  type: number;
  data: { name: string; type: number; options?: PacketOption[] };
  guild_id?: string;
  guild_locale?: string;
  locale?: string;
  channel?: { id: string; type?: number } & Record<string, unknown>;
  member?: { user: { id: string }; permissions?: string };
  user?: { id: string };
}

const OPTION = { SubcommandGroup: 2, Subcommand: 1, String: 3 } as const;
const ADMIN = PermissionFlagsBits.Administrator;
const MANAGE = PermissionFlagsBits.ManageChannels;

/** A slash command (APPLICATION_COMMAND of type CHAT_INPUT), the only interaction read here. */
export function isCommandPacket(d: unknown): d is CommandPacket {
  return typeof d === 'object' && d !== null && (d as { type?: unknown }).type === 2
    && (d as { data?: { type?: unknown } }).data?.type === 1;
}

/** The subcommand and the options under it, as CommandInteractionOptionResolver hoists them. */
function hoisted(p: CommandPacket): { sub: string | null; options: PacketOption[] } {
  let options = p.data.options ?? [];
  if (options[0]?.type === OPTION.SubcommandGroup) options = options[0].options ?? [];
  if (options[0]?.type !== OPTION.Subcommand) return { sub: null, options };
  return { sub: options[0].name, options: options[0].options ?? [] };
}

/** options.getString(name): null when absent; an option of another type is refused, as discord.js refuses it. */
function stringOption(options: PacketOption[], name: string): string | null {
  const o = options.find((x) => x.name === name);
  if (!o) return null;
  if (o.type !== OPTION.String) throw new TypeError(`Option "${name}" is of type: ${o.type}; expected ${OPTION.String}.`);
  return (o.value ?? null) as string | null;
}

/** interactions.ts argsOf, on the packet. */
export function packetArgs(p: CommandPacket, binding: CommandBinding): Args {
  const args: Args = {};
  const { sub: read, options } = hoisted(p);
  const sub = binding.def.subcommands?.length ? read : null;
  if (sub) args.subcommand = binding.subcommands.get(sub)?.name ?? sub;
  const bindings = sub ? (binding.subcommands.get(sub)?.options ?? []) : binding.options;
  for (const b of bindings) {
    const v = stringOption(options, b.option);
    if (v !== null && v.trim() !== '') args[b.arg.name] = v.trim();
  }
  return args;
}

/** What InteractionCreateAction.handle does with the packet's channel before building the interaction. */
interface InteractionAction {
  handle(data: unknown): unknown;
  getChannel(data: Record<string, unknown>): unknown;
}

/** interactions.ts commandRequest, on the packet (the channel already resolved by the action). */
export function packetRequest(deps: InteractionDeps, client: Client, p: CommandPacket, stopping: boolean): CommandRequest {
  const ref = { id: p.id, token: p.token, applicationId: p.application_id };
  // localeOf: interaction.locale, interaction.guildLocale (guild_locale ?? null).
  const locale = interactionLocale(p.locale, p.guild_locale ?? null, deps.defaultLocale);
  const binding = stopping ? undefined : deps.commands.byName.get(p.data.name);
  if (!binding) return { ref, locale, command: undefined };
  const args = packetArgs(p, binding);
  // interaction.user: data.user ?? data.member.user; interaction.channelId: data.channel?.id ?? null.
  const userId = (p.user ?? p.member!.user).id;
  const channelId = p.channel?.id;
  // interaction.channel (the channel cache) .isThread()
  const thread = channelId !== undefined && client.channels.cache.get(channelId)?.isThread() === true;
  // inGuild(): guildId && member; memberPermissions.has(ManageChannels), Administrator included.
  const perms = p.member?.permissions ? BigInt(p.member.permissions) : undefined;
  const canManage = p.guild_id && p.member ? perms !== undefined && ((perms & ADMIN) === ADMIN || (perms & MANAGE) === MANAGE) : true;
  return {
    ref,
    locale,
    command: {
      binding,
      args,
      call: {
        locale,
        localeExplicit: true,
        channel: {
          platform: 'discord',
          channelId: channelId ?? userId,
          ...(p.guild_id ? { workspaceId: p.guild_id } : {}),
          ...(thread ? { threadId: channelId } : {}),
        },
        actor: { platform: 'discord', userId, canManageChannel: canManage },
      },
    },
  };
}

/**
 * Routes the client's slash commands to `onCommand` from the packet; other interactions go on to
 * discord.js. False when discord.js's InteractionCreate action is not where this expects it.
 */
export function hookGatewayCommands(client: Client, onCommand: (p: CommandPacket) => void): boolean {
  const action = (client as unknown as { actions?: { InteractionCreate?: Partial<InteractionAction> } }).actions?.InteractionCreate;
  if (typeof action?.handle !== 'function' || typeof action.getChannel !== 'function') return false;
  const inner = action.handle.bind(action);
  const getChannel = action.getChannel.bind(action);
  action.handle = (data: unknown): unknown => {
    if (!isCommandPacket(data)) return inner(data);
    // As the action does first: resolve (and, for a DM, cache) the interaction's channel.
    const c = data.channel;
    if (c) getChannel({ ...c, ...('recipients' in c ? { user: data.user } : undefined) });
    onCommand(data);
    return undefined;
  };
  return true;
}

/** A slash command from the packet: answered as interactions.ts answers discord.js's interaction. */
export async function handlePacketCommand(deps: InteractionDeps, client: Client, p: CommandPacket, stopping: boolean): Promise<void> {
  await answerCommand(deps, packetRequest(deps, client, p, stopping), stopping);
}
