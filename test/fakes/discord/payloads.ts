// Discord API objects as the real API sends them (the fields discord.js reads), for the fake's
// REST answers and gateway dispatches.
const EPOCH = 1420070400000n;
let counter = 0n;

/** A snowflake for "now" (time-ordered, unique in this process). */
export function snowflake(at = Date.now()): string {
  counter = (counter + 1n) & 0xfffn;
  return (((BigInt(at) - EPOCH) << 22n) | (1n << 17n) | counter).toString();
}

export interface FakeUser {
  id: string;
  username: string;
  bot?: boolean;
}

export function user(u: FakeUser): Record<string, unknown> {
  return { id: u.id, username: u.username, discriminator: '0', global_name: u.username, avatar: null, ...(u.bot ? { bot: true } : {}), flags: 0, public_flags: 0 };
}

export interface FakeRole {
  id: string;
  name: string;
  permissions: string;
  managed?: boolean;
  botId?: string;
}

export function role(r: FakeRole, position = 0): Record<string, unknown> {
  return {
    id: r.id, name: r.name, color: 0, hoist: false, icon: null, unicode_emoji: null, position, permissions: r.permissions,
    managed: Boolean(r.managed), mentionable: false, flags: 0, ...(r.botId ? { tags: { bot_id: r.botId } } : {}),
  };
}

export interface FakeChannel {
  id: string;
  type: number;
  name?: string;
  guildId?: string;
  parentId?: string;
  overwrites?: { id: string; type: number; allow: string; deny: string }[];
  recipient?: FakeUser;
  archived?: boolean;
  locked?: boolean;
}

export function channel(c: FakeChannel, position = 0): Record<string, unknown> {
  const base: Record<string, unknown> = { id: c.id, type: c.type, flags: 0 };
  if (c.guildId) {
    Object.assign(base, { guild_id: c.guildId, name: c.name ?? `ch-${c.id.slice(-4)}`, position, permission_overwrites: c.overwrites ?? [], nsfw: false, parent_id: c.parentId ?? null, last_message_id: null, rate_limit_per_user: 0, topic: null });
  }
  if ([10, 11, 12].includes(c.type)) {
    Object.assign(base, {
      owner_id: '1', member_count: 1, message_count: 0, total_message_sent: 0,
      thread_metadata: { archived: Boolean(c.archived), locked: Boolean(c.locked), auto_archive_duration: 1440, archive_timestamp: new Date().toISOString() },
    });
  }
  if (c.recipient) Object.assign(base, { recipients: [user(c.recipient)], last_message_id: null });
  return base;
}

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  preferredLocale: string;
  roles: FakeRole[];
  channels: FakeChannel[];
  /** Role ids of the bot's member. */
  botRoles: string[];
}

export function member(u: FakeUser, roles: string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { user: user(u), roles, joined_at: '2025-10-01T00:00:00.000Z', deaf: false, mute: false, flags: 0, pending: false, nick: null, avatar: null, premium_since: null, communication_disabled_until: null, ...extra };
}

export function guildCreate(g: FakeGuild, bot: FakeUser): Record<string, unknown> {
  const threads = g.channels.filter((c) => [10, 11, 12].includes(c.type));
  const channels = g.channels.filter((c) => ![10, 11, 12].includes(c.type));
  return {
    id: g.id, name: g.name, icon: null, splash: null, discovery_splash: null, owner_id: g.ownerId, afk_channel_id: null, afk_timeout: 300,
    verification_level: 0, default_message_notifications: 0, explicit_content_filter: 0, features: [], mfa_level: 0, application_id: null,
    system_channel_id: null, system_channel_flags: 0, rules_channel_id: null, vanity_url_code: null, description: null, banner: null,
    premium_tier: 0, premium_subscription_count: 0, preferred_locale: g.preferredLocale, public_updates_channel_id: null, nsfw_level: 0,
    premium_progress_bar_enabled: false, safety_alerts_channel_id: null,
    roles: g.roles.map((r, i) => role(r, i)), emojis: [], stickers: [],
    joined_at: '2025-10-01T00:00:00.000Z', large: false, unavailable: false, member_count: 2,
    voice_states: [], members: [member(bot, g.botRoles)], channels: channels.map((c, i) => channel(c, i)), threads: threads.map((c) => channel(c)),
    presences: [], stage_instances: [], guild_scheduled_events: [], soundboard_sounds: [],
  };
}

export interface InteractionSpec {
  id?: string;
  token?: string;
  applicationId: string;
  guild?: FakeGuild;
  channel: FakeChannel;
  user: FakeUser;
  locale?: string;
  /** Member permissions (decimal string); server interactions only. */
  permissions?: string;
}

export interface OptionSpec {
  name: string;
  type: number;
  value?: string;
  focused?: boolean;
  options?: OptionSpec[];
}

function interactionBase(spec: InteractionSpec, type: number, data: Record<string, unknown>): Record<string, unknown> {
  const g = spec.guild;
  return {
    id: spec.id ?? snowflake(),
    application_id: spec.applicationId,
    type,
    data,
    ...(g ? { guild_id: g.id, guild_locale: g.preferredLocale, member: member(spec.user, [], { permissions: spec.permissions ?? '2147483648' }) } : { user: user(spec.user) }),
    channel_id: spec.channel.id,
    channel: channel(spec.channel),
    token: spec.token ?? `tok-${snowflake()}`,
    version: 1,
    locale: spec.locale ?? 'en-US',
    app_permissions: '2251799813685247',
    entitlements: [],
    authorizing_integration_owners: g ? { 0: g.id } : { 1: spec.user.id },
    context: g ? 0 : 1,
    attachment_size_limit: 8_388_608,
  };
}

/** INTERACTION_CREATE for a slash command (type 2). */
export function chatInput(spec: InteractionSpec, name: string, options: OptionSpec[] = []): Record<string, unknown> {
  return interactionBase(spec, 2, { id: snowflake(), name, type: 1, ...(options.length ? { options } : {}), ...(spec.guild ? { guild_id: spec.guild.id } : {}) });
}

/** INTERACTION_CREATE for autocomplete (type 4); one option has `focused: true`. */
export function autocomplete(spec: InteractionSpec, name: string, options: OptionSpec[]): Record<string, unknown> {
  return interactionBase(spec, 4, { id: snowflake(), name, type: 1, options });
}

export interface MessageSpec {
  id?: string;
  guild?: FakeGuild;
  channel: FakeChannel;
  author: FakeUser;
  content: string;
  mentions?: FakeUser[];
  mentionRoles?: string[];
  /** The message this one replies to. */
  replyTo?: { id: string; author: FakeUser; content?: string };
}

/** MESSAGE_CREATE as the gateway sends it. */
export function messageCreate(spec: MessageSpec): Record<string, unknown> {
  const id = spec.id ?? snowflake();
  return {
    id, channel_id: spec.channel.id, channel_type: spec.channel.type, ...(spec.guild ? { guild_id: spec.guild.id, member: member(spec.author, []) } : {}),
    author: user(spec.author), content: spec.content, timestamp: new Date().toISOString(), edited_timestamp: null, tts: false,
    mention_everyone: false, mentions: (spec.mentions ?? []).map(user), mention_roles: spec.mentionRoles ?? [], attachments: [], embeds: [],
    pinned: false, type: spec.replyTo ? 19 : 0, flags: 0, components: [],
    ...(spec.replyTo
      ? {
          message_reference: { type: 0, message_id: spec.replyTo.id, channel_id: spec.channel.id, ...(spec.guild ? { guild_id: spec.guild.id } : {}) },
          referenced_message: {
            id: spec.replyTo.id, channel_id: spec.channel.id, author: user(spec.replyTo.author), content: spec.replyTo.content ?? '', timestamp: new Date().toISOString(),
            edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], embeds: [], pinned: false, type: 0, flags: 0, components: [],
          },
        }
      : {}),
  };
}
