// What we accept from Slack, validated at the boundary (after Bolt has verified the signature).
import { z } from 'zod';

export const SlashCommandPayload = z.object({
  command: z.string().regex(/^\/[^\s/]{1,64}$/),
  text: z.string().default(''),
  user_id: z.string().min(1),
  channel_id: z.string().min(1),
  team_id: z.string().optional(),
  enterprise_id: z.string().optional(),
  response_url: z.string().regex(/^https?:\/\//).optional(),
});
export type SlashCommandPayload = z.infer<typeof SlashCommandPayload>;

export const EventCallbackPayload = z.object({
  type: z.literal('event_callback'),
  event_id: z.string().optional(),
  team_id: z.string().optional(),
  event: z.object({ type: z.string().min(1) }),
});

export const AppMentionEvent = z.object({
  type: z.literal('app_mention'),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  subtype: z.string().optional(),
  text: z.string().default(''),
  ts: z.string().min(1),
  thread_ts: z.string().optional(),
  channel: z.string().min(1),
  team: z.string().optional(),
});
export type AppMentionEvent = z.infer<typeof AppMentionEvent>;

/** A message in the bot's DM (message.im): like a mention, without the need to mention. */
export const DirectMessageEvent = AppMentionEvent.extend({
  type: z.literal('message'),
  channel_type: z.literal('im'),
});
export type DirectMessageEvent = z.infer<typeof DirectMessageEvent>;

export const AppHomeOpenedEvent = z.object({
  type: z.literal('app_home_opened'),
  user: z.string().min(1),
  channel: z.string().optional(),
  tab: z.string().optional(),
});

/**
 * Slash command bodies the HTTP receiver already validated, so the listener does not parse the
 * same body twice. Keyed by the body object Bolt hands to the listener; entries go with it.
 */
export const validatedCommands = new WeakMap<object, SlashCommandPayload>();

/** A click on one of Lodestone's buttons (buttons.ts validates the rest). */
const BlockActions = z.object({ type: z.literal('block_actions'), user: z.object({ id: z.string().min(1) }), actions: z.array(z.object({ action_id: z.string() })).min(1) });

const COMMAND_NAME = /^\/[^\s/]{1,64}$/;
const WEB_URL = /^https?:\/\//;

/** An optional string field as zod's object parse reads it: absent stays absent, a present undefined is kept. */
function optionalString(body: Record<string, unknown>, out: Record<string, unknown>, key: string, pattern?: RegExp): boolean {
  if (!(key in body)) return true;
  const v = body[key];
  if (v !== undefined && (typeof v !== 'string' || (pattern !== undefined && !pattern.test(v)))) return false;
  out[key] = v;
  return true;
}

/**
 * SlashCommandPayload.safeParse(body), written out: the same checks and the same output (fields in
 * schema order, unknown ones dropped), without zod's per-parse machinery (1.2 % of the Slack app's
 * samples on the distinct bench, as much as the core's chrono-node). test/slack/payloads.test.ts
 * holds it to zod on arbitrary bodies.
 */
export function parseSlashCommand(body: Record<string, unknown>): SlashCommandPayload | undefined {
  const { command, text, user_id: user, channel_id: channel } = body;
  if (typeof command !== 'string' || !COMMAND_NAME.test(command)) return undefined;
  if (text !== undefined && typeof text !== 'string') return undefined;
  if (typeof user !== 'string' || user.length < 1 || typeof channel !== 'string' || channel.length < 1) return undefined;
  const out: Record<string, unknown> = { command, text: text ?? '', user_id: user, channel_id: channel };
  if (!optionalString(body, out, 'team_id') || !optionalString(body, out, 'enterprise_id') || !optionalString(body, out, 'response_url', WEB_URL)) return undefined;
  return out as SlashCommandPayload;
}

/** A body Lodestone has a listener for: a slash command, an Events API callback or a button click. */
export function isHandledPayload(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  if ('command' in body) {
    const parsed = parseSlashCommand(body as Record<string, unknown>);
    if (parsed) validatedCommands.set(body, parsed);
    return parsed !== undefined;
  }
  const type = (body as { type?: unknown }).type;
  if (type === 'event_callback') return EventCallbackPayload.safeParse(body).success;
  if (type === 'block_actions') return BlockActions.safeParse(body).success;
  return false;
}
