// Who is asking: the Slack user's language (users.info with include_locale) and whether they may
// manage channel settings (SLACK_ADMINS, or a workspace admin/owner). Cached with a TTL and a size
// bound, and concurrent look-ups of one user share a single request, so a busy channel costs one
// users.info per user per TTL, never one per command.
import { z } from 'zod';
import type { Locale } from '../../reply/model.js';
import type { Logger } from '../../ops/log.js';
import { BoundedCache } from '../../util/bounded-cache.js';
import type { WebClient } from './client.js';

export interface SlackUser {
  locale: Locale;
  /** In SLACK_ADMINS, or a workspace admin or owner. */
  canManageChannel: boolean;
}

const UsersInfo = z.object({
  user: z.object({
    locale: z.string().optional(),
    is_admin: z.boolean().optional(),
    is_owner: z.boolean().optional(),
    is_primary_owner: z.boolean().optional(),
  }),
});

/** Slack locales are "de-DE", "en-GB", …: any German variant answers in German. */
export function localeOf(slackLocale: string | undefined, fallback: Locale): Locale {
  if (!slackLocale) return fallback;
  const lang = slackLocale.toLowerCase();
  if (lang.startsWith('de')) return 'de';
  if (lang.startsWith('en')) return 'en';
  return fallback;
}

export interface UserDirectoryOptions {
  /** The client for the user's workspace (with OAuth installs, each workspace has its own token). */
  client: (workspaceId?: string) => WebClient | Promise<WebClient>;
  defaultLocale: Locale;
  admins: readonly string[];
  log: Logger;
  ttlMs?: number;
  /** A failed look-up is retried after this long (a missing scope should not cost a call per command). */
  failureTtlMs?: number;
  maxEntries?: number;
}

export class UserDirectory {
  readonly #cache: BoundedCache<string, SlackUser>;
  readonly #inFlight = new Map<string, Promise<SlackUser>>();
  readonly #admins: ReadonlySet<string>;

  constructor(readonly opts: UserDirectoryOptions) {
    this.#cache = new BoundedCache(opts.maxEntries ?? 10_000, opts.ttlMs ?? 15 * 60_000);
    this.#admins = new Set(opts.admins);
  }

  get cached(): number {
    return this.#cache.size;
  }

  /** The cached answer, without waiting. */
  peek(userId: string): SlackUser | undefined {
    return this.#cache.get(userId);
  }

  get(userId: string, workspaceId?: string): Promise<SlackUser> {
    const hit = this.#cache.get(userId);
    if (hit) return Promise.resolve(hit);
    const pending = this.#inFlight.get(userId);
    if (pending) return pending;
    const p = this.#lookup(userId, workspaceId).finally(() => this.#inFlight.delete(userId));
    this.#inFlight.set(userId, p);
    return p;
  }

  async #lookup(userId: string, workspaceId: string | undefined): Promise<SlackUser> {
    const listed = this.#admins.has(userId);
    try {
      const res = UsersInfo.parse(await (await this.opts.client(workspaceId)).users.info({ user: userId, include_locale: true }));
      const u = res.user;
      const user: SlackUser = {
        locale: localeOf(u.locale, this.opts.defaultLocale),
        canManageChannel: listed || Boolean(u.is_admin || u.is_owner || u.is_primary_owner),
      };
      this.#cache.set(userId, user);
      return user;
    } catch (error) {
      this.opts.log.warn({ err: describe(error), userId }, 'slack users.info failed; using the default locale');
      const user: SlackUser = { locale: this.opts.defaultLocale, canManageChannel: listed };
      this.#cache.set(userId, user, this.opts.failureTtlMs ?? 60_000);
      return user;
    }
  }
}

/** A short, secret-free description of a Web API failure for logs. */
export function describe(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { code?: unknown; data?: { error?: unknown }; statusCode?: unknown; message?: unknown };
    if (typeof e.data?.error === 'string') return `${String(e.code)}: ${e.data.error}`;
    if (e.statusCode !== undefined) return `${String(e.code)}: HTTP ${String(e.statusCode)}`;
    if (typeof e.message === 'string') return e.message;
  }
  return String(error);
}
