// The Slack app manifest, derived from the command registry: one namespaced slash command
// (`/lodestone <command>`, the default) or one per core command (command-style.ts), the bot scopes Lodestone actually calls, the app_mention event, Socket Mode on or off.
// `lodestone slack manifest` prints it; docs/slack.md walks an admin through using it.
import type { Registry } from '../../commands/registry.js';
import type { ArgSpec, CommandDefinition } from '../../commands/types.js';
import { slackCommandName, type SlackCommandMode } from './command-style.js';

export { slackCommandName };

export interface ManifestOptions {
  /** Socket Mode (no public URL) instead of HTTP request URLs. */
  socket: boolean;
  /** Public base URL in HTTP mode, e.g. https://lodestone.example.com. */
  url?: string;
  /** App and bot display name. */
  name?: string;
  /** The namespace command's name (default "lodestone"); SLACK_COMMAND. */
  command?: string;
  /** 'each' declares one slash command per Lodestone command; SLACK_COMMAND_MODE. Default 'single'. */
  mode?: SlackCommandMode;
}

/** Every bot scope the adapter uses, and why. Nothing else is requested. */
export const BOT_SCOPES: readonly { scope: string; why: string }[] = [
  { scope: 'commands', why: 'slash commands (/reserves, /element, …)' },
  { scope: 'app_mentions:read', why: 'receive "@Lodestone …" mentions (app_mention events)' },
  { scope: 'chat:write', why: 'answer mentions in their thread and post digests (chat.postMessage, chat.postEphemeral)' },
  { scope: 'users:read', why: "the asker's language (users.info include_locale) and whether they are a workspace admin (/digest subscribe)" },
  { scope: 'files:write', why: 'upload chart images next to answers and digests (files.uploadV2)' },
  { scope: 'channels:read', why: '/digest subscribe checks that Lodestone can post in the channel (conversations.info: member, archived); the App Home lists the subscribed channels the viewer is in (users.conversations)' },
  { scope: 'groups:read', why: 'the same check for private channels Lodestone was invited to' },
  { scope: 'channels:history', why: 'exactly-once digests: after a crash, find a digest already posted by its message metadata (conversations.history)' },
  { scope: 'groups:history', why: 'the same look-up in private channels' },
  { scope: 'im:history', why: 'receive direct messages to Lodestone (message.im events), and the exactly-once look-up for a digest subscribed in a DM' },
  { scope: 'im:read', why: '/digest subscribe in a DM with Lodestone checks the conversation (conversations.info); the App Home finds a digest subscribed in the viewer\'s DM' },
  { scope: 'mpim:read', why: 'the same check in a group DM Lodestone was added to' },
  { scope: 'mpim:history', why: 'the exactly-once look-up for a digest subscribed in a group DM' },
];

/**
 * Events Lodestone listens to: mentions, DMs with the bot, the App Home tab being opened, and the
 * app being removed from a workspace (its installation and subscriptions are deleted then).
 */
export const BOT_EVENTS = ['app_mention', 'message.im', 'app_home_opened', 'app_uninstalled', 'tokens_revoked'] as const;

/** Paths the HTTP receiver answers on (slash commands and events share one). */
export const EVENTS_PATH = '/slack/events';
/** Where Slack sends an admin back after "Allow" when the app installs through OAuth (oauth.ts). */
export const REDIRECT_PATH = '/slack/oauth_redirect';

/** Slack's manifest schema (slackapi/manifest-schema, v1). */
const LIMITS = { name: 35, description: 140, commandDescription: 2000, usageHint: 1000 } as const;

const clip = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);

function argHint(a: ArgSpec): string {
  const name = a.choices?.length && a.choices.length <= 4 ? a.choices.join('|') : a.name;
  return a.required ? `<${name}>` : `[${name}]`;
}

export function usageHint(def: CommandDefinition): string {
  if (def.subcommands?.length) {
    return clip(def.subcommands.map((s) => [s.name, ...s.args.map(argHint)].join(' ')).join(' · '), LIMITS.usageHint);
  }
  return clip(def.args.map(argHint).join(' '), LIMITS.usageHint);
}

/** The one `/lodestone` command: its description names every subcommand, the hint shows examples. */
function namespaceCommand(registry: Registry, command: string, url: string | undefined): Record<string, unknown> {
  const names = registry.all().map((d) => d.name);
  return {
    command: slackCommandName(command),
    ...(url ? { url } : {}),
    description: clip(`Sourced answers on rare earths and the Oct 2025 summits: ${names.join(', ')}, or a question`, LIMITS.commandDescription),
    usage_hint: clip('reserves china · element Nd · summit · digest subscribe 08:00 · help', LIMITS.usageHint),
    should_escape: false,
  };
}

export function requestUrl(base: string, endpoint: string = EVENTS_PATH): string {
  const u = new URL(base);
  if (u.protocol !== 'https:') throw new Error(`--url must be an https:// URL (Slack only calls https request URLs), got ${u.protocol}`);
  const path = u.pathname.replace(/\/+$/, '').replace(new RegExp(`${EVENTS_PATH}$`), '');
  u.pathname = `${path}${endpoint}`;
  u.search = '';
  u.hash = '';
  return u.toString();
}

export function buildManifest(registry: Registry, opts: ManifestOptions): Record<string, unknown> {
  const name = clip(opts.name ?? 'Lodestone', LIMITS.name);
  const url = opts.socket ? undefined : opts.url ? requestUrl(opts.url) : 'https://YOUR-PUBLIC-HOST/slack/events';
  // Installs to other workspaces (OAuth) return here; unused, and harmless, with a single bot token.
  const redirect = opts.socket ? undefined : opts.url ? requestUrl(opts.url, REDIRECT_PATH) : `https://YOUR-PUBLIC-HOST${REDIRECT_PATH}`;
  const slash_commands = opts.mode === 'each' ? registry.all().map((def) => ({
    command: slackCommandName(def.name),
    ...(url ? { url } : {}),
    description: clip(def.description.en, LIMITS.commandDescription),
    ...(usageHint(def) ? { usage_hint: usageHint(def) } : {}),
    // Lodestone takes the text as typed; it never needs Slack's <@U…|name> rewriting.
    should_escape: false,
  })) : [namespaceCommand(registry, opts.command ?? 'lodestone', url)];
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name,
      description: clip('Sourced answers on rare earths, critical minerals and the Oct 2025 Asia summits; daily digests.', LIMITS.description),
      background_color: '#27343b',
    },
    features: {
      bot_user: { display_name: name, always_online: true },
      // Home tab (language, examples, subscriptions) and the Messages tab for DMs with Lodestone.
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      slash_commands,
    },
    oauth_config: { ...(redirect ? { redirect_urls: [redirect] } : {}), scopes: { bot: BOT_SCOPES.map((s) => s.scope) } },
    settings: {
      event_subscriptions: { ...(url ? { request_url: url } : {}), bot_events: [...BOT_EVENTS] },
      // Buttons under answers ("More", "Sources", "Subscribe this channel"), signed like every request.
      interactivity: { is_enabled: true, ...(url ? { request_url: url } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: opts.socket,
      token_rotation_enabled: false,
    },
  };
}
