// One definition per command. Help, the Slack manifest, Discord registration and the LLM's tool
// schemas are all derived from these definitions; nothing else lists the commands.
import type { Locale, Reply } from '../reply/model.js';
import type { Dataset } from '../dataset/dataset.js';
import type { Cacheability } from './reply-cache.js';
import type { RequestLookups } from './request-lookups.js';

export interface I18n {
  en: string;
  de: string;
}

/**
 * Argument types. Arguments always arrive as the raw strings users typed; the type tells
 * platforms how to present them (Discord option type, autocomplete source) and the command
 * resolves them forgivingly against the dataset.
 */
export type ArgType =
  | 'text'
  | 'country'
  | 'mineral'
  | 'element'
  | 'event'
  | 'source'
  | 'date'
  | 'time'
  | 'timezone'
  | 'locale'
  | 'choice';

export interface ArgSpec {
  name: string;
  type: ArgType;
  description: I18n;
  /** At most 100 characters, for platforms with short description fields (Discord); else `description`. */
  summary?: I18n;
  required?: boolean;
  choices?: readonly string[];
  /** Takes the rest of the line (free text such as a question). Only the last argument. */
  rest?: boolean;
}

export type Args = Record<string, string | undefined>;

/** Who is asking, as far as the platform tells us. */
export interface Actor {
  platform: 'console' | 'slack' | 'discord';
  userId: string;
  /** May change channel settings such as digest subscriptions (Discord Manage Channels, Slack admin list). */
  canManageChannel: boolean;
}

export interface ChannelRef {
  platform: 'console' | 'slack' | 'discord';
  /** Platform channel id (Slack C…, Discord snowflake, "console"). */
  channelId: string;
  /** Slack team id or Discord guild id, when there is one. */
  workspaceId?: string;
  /** Thread (Slack thread_ts, Discord thread channel id) for conversational context. */
  threadId?: string;
}

/**
 * Optional services a command may use. Absent services make a command answer that the feature
 * is not configured, never throw.
 */
export interface CommandServices {
  /** Free-form question answering (offline router, or the LLM path when configured). */
  ask?: (question: string, ctx: CommandContext) => Promise<Reply>;
  /** Digest subscriptions, briefings and their status (src/briefings). */
  digests?: DigestService;
}

/** Implemented by src/briefings; the /digest and /brief commands call it. */
export interface SubscribeOptions {
  time?: string;
  timezone?: string;
  locale?: string;
  /** `daily`, `weekdays`, or `cron:<five fields>` (validated by the command). */
  cadence?: string;
  skipEmpty?: boolean;
  /** Turn update posts (dataset changes) on. */
  updates?: boolean;
  /** Quiet hours for update posts "HH:MM-HH:MM" (channel's zone); null turns them off. */
  quiet?: string | null;
}

export interface DigestService {
  subscribe(ctx: CommandContext, opts: SubscribeOptions): Promise<Reply>;
  /** `updates`: stop only the update posts, keep the digest. */
  unsubscribe(ctx: CommandContext, opts?: { updates?: boolean }): Promise<Reply>;
  list(ctx: CommandContext): Promise<Reply>;
  preview(ctx: CommandContext): Promise<Reply>;
  status(ctx: CommandContext): Promise<Reply>;
  /** Today's briefing on demand (/brief): the digest for this channel's locale and date, not recorded. */
  brief(ctx: CommandContext): Promise<Reply>;
}

export interface CommandContext {
  locale: Locale;
  /** The clock; tests and digests pass a fixed one. */
  now: Date;
  dataset: Dataset;
  actor?: Actor;
  channel?: ChannelRef;
  services: CommandServices;
  /** The lookups of this request (request-lookups.ts), shared by argument binding and the command. */
  lookups?: RequestLookups;
}

export interface SubcommandSpec {
  name: string;
  /** Other words users type for it (e.g. German "abonnieren"); matched case- and accent-insensitively. */
  aliases?: string[];
  description: I18n;
  args: ArgSpec[];
}

export interface CommandDefinition {
  name: string;
  aliases?: string[];
  description: I18n;
  /** At most 100 characters, for platforms with short description fields (Discord); else `description`. */
  summary?: I18n;
  /**
   * Changes channel settings: platforms that can (Discord's default_member_permissions) show it
   * only to members allowed to manage the channel. The command still checks the actor itself.
   */
  managesChannel?: boolean;
  args: ArgSpec[];
  /** When set, the first word chooses a subcommand and `args` is ignored (e.g. /digest subscribe). */
  subcommands?: SubcommandSpec[];
  /** Example invocations as users type them, e.g. "/reserves china". */
  examples: string[];
  /** Whether the LLM may call this command as a tool (read-only commands only). */
  tool?: boolean;
  /**
   * Whether the core may remember this command's replies (src/commands/reply-cache.ts): 'dataset'
   * when the answer depends only on the dataset, the locale and the arguments; 'clock' when it also
   * depends on today's date. Unset: never cached (answers that depend on the channel, the store or
   * a service). A function decides per call (e.g. only when no language model answers).
   */
  cache?: Cacheability | ((ctx: CommandContext) => Cacheability | undefined);
  /**
   * Receives the arguments as typed (with `subcommand` set when the command has subcommands).
   * May throw only on bugs; the core turns any throw into a polite error reply.
   */
  run(args: Args, ctx: CommandContext): Reply | Promise<Reply>;
}
