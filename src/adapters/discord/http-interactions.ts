// Interactions that arrive as signed HTTP requests (http-endpoint.ts) rather than over the gateway:
// the raw payload, validated, answered on the same command core, Answerer and renderer as the
// gateway path (interactions.ts). The first answer is the HTTP response itself; anything later —
// a deferred answer, more messages, a chart — goes through the interaction webhook (Responder).
import { PermissionFlagsBits } from 'discord.js';
import { z } from 'zod';
import type { CallContext } from '../../commands/core.js';
import type { Args, ChannelRef } from '../../commands/types.js';
import type { Locale } from '../../reply/model.js';
import { errorReply } from '../../reply/model.js';
import type { Answer } from './answer.js';
import { suggest } from './autocomplete.js';
import type { CommandBinding } from './commands.js';
import { interactionLocale } from './locale.js';
import { MESSAGE_FLAGS, renderReply, type RenderedMessage } from './render.js';
import { TEXT, type InteractionDeps } from './interactions.js';
import type { InteractionRef } from './responder.js';

export const INTERACTION = { Ping: 1, Command: 2, Component: 3, Autocomplete: 4, Modal: 5 } as const;
export const CALLBACK = { Pong: 1, Message: 4, Deferred: 5, Autocomplete: 8 } as const;
const OPTION = { Subcommand: 1, SubcommandGroup: 2 } as const;
/** Channel types that are threads (announcement, public and private threads). */
const THREAD_TYPES = new Set([10, 11, 12]);

interface RawOption {
  name: string;
  type: number;
  value?: string | number | boolean | undefined;
  focused?: boolean | undefined;
  options?: RawOption[] | undefined;
}

const Snowflake = z.string().regex(/^\d{1,25}$/);
// Options nest at most three deep (subcommand group → subcommand → option). Spelled out level by
// level rather than as one recursive z.lazy schema: the same checks, about 40 % less CPU per payload.
const OptionLeaf = z.object({
  name: z.string().max(100),
  type: z.number().int(),
  value: z.union([z.string().max(6_000), z.number(), z.boolean()]).optional(),
  focused: z.boolean().optional(),
});
const OptionSub = OptionLeaf.extend({ options: z.array(OptionLeaf).max(25).optional() });
const Option = OptionLeaf.extend({ options: z.array(OptionSub).max(25).optional() });

/** What Lodestone reads of an interaction; everything else Discord sends is ignored. */
export const RawInteraction = z.object({
  id: Snowflake,
  application_id: Snowflake,
  type: z.number().int(),
  token: z.string().min(1).max(1_000),
  data: z.object({ name: z.string().max(100), options: z.array(Option).max(25).optional() }).optional(),
  guild_id: Snowflake.optional(),
  channel_id: Snowflake.optional(),
  channel: z.object({ type: z.number().int().optional() }).optional(),
  member: z.object({ user: z.object({ id: Snowflake }), permissions: z.string().regex(/^\d+$/).optional() }).optional(),
  user: z.object({ id: Snowflake }).optional(),
  locale: z.string().max(20).optional(),
  guild_locale: z.string().max(20).optional(),
});
export type RawInteraction = z.infer<typeof RawInteraction>;

/** The gateway's dependencies, plus whether the process is stopping (new interactions are refused). */
export interface HttpInteractionDeps extends InteractionDeps {
  stopping(): boolean;
}

/** The HTTP response (an interaction callback) and, when more is to come, the work that sends it. */
export interface HttpOutcome {
  response: unknown;
  after?: Promise<void>;
}


/**
 * The callback of a rendered message, one object per message: a cached answer's rendered message
 * is shared, so its callback (and the endpoint's serialised bytes of it, keyed by this object) is
 * built once, not on every request.
 */
const callbacks = new WeakMap<RenderedMessage, object>();
function message(m: RenderedMessage): object {
  let c = callbacks.get(m);
  if (!c) callbacks.set(m, (c = { type: CALLBACK.Message, data: m.body }));
  return c;
}
const refOf = (i: RawInteraction): InteractionRef => ({ id: i.id, token: i.token, applicationId: i.application_id });
const localeOf = (i: RawInteraction, fallback: Locale): Locale => interactionLocale(i.locale, i.guild_locale, fallback);

/** The subcommand (if the command has them) and the string options under it. */
function optionsOf(i: RawInteraction, binding: CommandBinding): { sub: string | null; options: RawOption[] } {
  const top = i.data?.options ?? [];
  if (!binding.def.subcommands?.length) return { sub: null, options: top };
  const sc = top.find((o) => o.type === OPTION.Subcommand) ?? top.find((o) => o.type === OPTION.SubcommandGroup)?.options?.[0];
  return { sub: sc?.name ?? null, options: sc?.options ?? [] };
}

export function argsOf(i: RawInteraction, binding: CommandBinding): Args {
  const { sub, options } = optionsOf(i, binding);
  const args: Args = {};
  if (sub) args.subcommand = binding.subcommands.get(sub)?.name ?? sub;
  const bindings = sub ? (binding.subcommands.get(sub)?.options ?? []) : binding.options;
  for (const b of bindings) {
    const v = options.find((o) => o.name === b.option)?.value;
    if (typeof v === 'string' && v.trim() !== '') args[b.arg.name] = v.trim();
  }
  return args;
}

export function callOf(i: RawInteraction, locale: Locale): CallContext {
  const userId = i.member?.user.id ?? i.user?.id ?? '0';
  const channelId = i.channel_id ?? userId;
  const channel: ChannelRef = {
    platform: 'discord',
    channelId,
    ...(i.guild_id ? { workspaceId: i.guild_id } : {}),
    ...(i.channel?.type !== undefined && THREAD_TYPES.has(i.channel.type) ? { threadId: channelId } : {}),
  };
  // member.permissions are the member's permissions in this channel; in a DM the conversation is the user's own.
  const perms = i.member?.permissions ? BigInt(i.member.permissions) : 0n;
  const canManageChannel = i.guild_id ? (perms & PermissionFlagsBits.ManageChannels) === PermissionFlagsBits.ManageChannels : true;
  return { locale, localeExplicit: true, channel, actor: { platform: 'discord', userId, canManageChannel } };
}

/** Follow-ups after the first message; failures are logged (the user already has the first part). */
async function sendRest(deps: HttpInteractionDeps, r: InteractionRef, more: RenderedMessage[]): Promise<void> {
  for (const m of more) await deps.responder.followUp(r, m);
}

/** Fills a deferred response: edit (or, when a public "thinking…" must become private, replace) it. */
async function fillDeferred(deps: HttpInteractionDeps, r: InteractionRef, answer: Answer, deferredEphemeral: boolean): Promise<void> {
  const [first, ...more] = answer.messages;
  if (!first) return;
  if (!deferredEphemeral && answer.reply.ephemeral) {
    await deps.responder.deleteOriginal(r).catch(() => undefined);
    await deps.responder.followUp(r, first);
  } else {
    await deps.responder.editOriginal(r, first);
  }
  await sendRest(deps, r, more);
}

/** An answer that is ready: as the response when it can be (no file to upload), else deferred and edited. */
function respondWith(deps: HttpInteractionDeps, r: InteractionRef, answer: Answer): HttpOutcome {
  const [first, ...more] = answer.messages;
  // The renderer always returns a message; should it not, the "thinking…" goes away again.
  if (!first) return { response: deferred(true), after: deps.responder.deleteOriginal(r) };
  if (first.files) {
    const ephemeral = Boolean(answer.reply.ephemeral);
    return { response: deferred(ephemeral), after: fillDeferred(deps, r, answer, ephemeral) };
  }
  return more.length ? { response: message(first), after: sendRest(deps, r, more) } : { response: message(first) };
}

const deferred = (ephemeral: boolean): unknown => ({ type: CALLBACK.Deferred, data: ephemeral ? { flags: MESSAGE_FLAGS.Ephemeral } : {} });

function errorOutcome(locale: Locale, text: string): HttpOutcome {
  return { response: message(renderReply(errorReply(locale, text))[0]!) };
}

async function command(deps: HttpInteractionDeps, i: RawInteraction): Promise<HttpOutcome> {
  const r = refOf(i);
  const locale = localeOf(i, deps.defaultLocale);
  const binding = i.data ? deps.commands.byName.get(i.data.name) : undefined;
  if (deps.stopping()) return errorOutcome(locale, TEXT[locale].stopping);
  if (!binding) return errorOutcome(locale, TEXT[locale].unknown);
  const args = argsOf(i, binding);
  const call = callOf(i, locale);
  const name = binding.def.name;
  const hit = deps.answerer.cached(name, args, call);
  if (hit) return respondWith(deps, r, hit instanceof Promise ? await hit : hit);
  if (deps.answerer.isSlow(name)) {
    // Subscription changes are private to whoever made them.
    const priv = name === 'digest' && (args.subcommand === 'subscribe' || args.subcommand === 'unsubscribe');
    const after = deps.answerer.command(name, args, call).then((a) => fillDeferred(deps, r, a, priv));
    return { response: deferred(priv), after };
  }
  const work = deps.answerer.command(name, args, call);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), deps.deferAfterMs);
  });
  const first = await Promise.race([work, late]);
  clearTimeout(timer);
  if (first !== 'late') return respondWith(deps, r, first);
  return { response: deferred(false), after: work.then((a) => fillDeferred(deps, r, a, false)) };
}

function autocomplete(deps: HttpInteractionDeps, i: RawInteraction): HttpOutcome {
  const binding = i.data ? deps.commands.byName.get(i.data.name) : undefined;
  let choices: { name: string; value: string }[] = [];
  if (binding && !deps.stopping()) {
    const { sub, options } = optionsOf(i, binding);
    const focused = options.find((o) => o.focused);
    const bindings = sub ? (binding.subcommands.get(sub)?.options ?? []) : binding.options;
    const arg = focused ? bindings.find((b) => b.option === focused.name)?.arg : undefined;
    if (arg) choices = suggest(deps.core.datasets.current(), arg, String(focused?.value ?? ''), localeOf(i, deps.defaultLocale));
  }
  return { response: { type: CALLBACK.Autocomplete, data: { choices } } };
}

/** A verified interaction → the callback to answer with (undefined: a type Lodestone does not handle). */
export async function handleHttpInteraction(deps: HttpInteractionDeps, i: RawInteraction): Promise<HttpOutcome | undefined> {
  switch (i.type) {
    case INTERACTION.Ping:
      return { response: { type: CALLBACK.Pong } };
    case INTERACTION.Command:
      return command(deps, i);
    case INTERACTION.Autocomplete:
      return autocomplete(deps, i);
    default:
      return undefined;
  }
}
