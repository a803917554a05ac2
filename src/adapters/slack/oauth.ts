// Installs to many workspaces: Bolt's OAuth installer on our HTTP receiver (GET /slack/install and
// the redirect), its installation store on the project's store, a Web API client per workspace for
// digests, and the clean-up when a workspace removes the app (app_uninstalled, tokens_revoked).
// Tokens live only in the store and in Web API clients; nothing here logs or replies with one.
import type { App, Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Logger } from '../../ops/log.js';
import type { Store } from '../../store/index.js';
import { createWebClient, type WebClient, type WebClientOptions } from './client.js';
import type { LodestoneReceiverOptions } from './receiver.js';
import { BOT_SCOPES, REDIRECT_PATH } from './manifest.js';
import { describe } from './users.js';

export const INSTALL_PATH = '/slack/install';

/** One installation per workspace, or per Enterprise Grid org for an org-wide install. */
function installKey(q: { teamId?: string | undefined; enterpriseId?: string | undefined; isEnterpriseInstall?: boolean | undefined }): string {
  if (q.isEnterpriseInstall && q.enterpriseId) return `enterprise:${q.enterpriseId}`;
  if (q.teamId) return `team:${q.teamId}`;
  throw new Error('Slack installation without a team or enterprise id');
}

export class NotInstalledError extends Error {
  constructor(key: string) {
    super(`Lodestone is not installed in Slack ${key.replace(':', ' ')}`);
    this.name = 'NotInstalledError';
  }
}

// Stored by us, read back by us; still checked for the one field every caller needs.
const StoredBody = z.object({ bot: z.object({ token: z.string().min(1) }).passthrough().optional() }).passthrough();

export function storeInstallations(store: Store, log: Logger): InstallationStore {
  const fetch = async (query: InstallationQuery<boolean>): Promise<Installation> => {
    const key = installKey(query);
    const row = await store.getInstallation(key);
    if (!row) throw new NotInstalledError(key);
    return StoredBody.parse(JSON.parse(row.body)) as unknown as Installation;
  };
  return {
    async storeInstallation(installation) {
      const key = installKey({ teamId: installation.team?.id, enterpriseId: installation.enterprise?.id, isEnterpriseInstall: installation.isEnterpriseInstall });
      await store.saveInstallation({ key, teamId: installation.team?.id ?? null, enterpriseId: installation.enterprise?.id ?? null, body: JSON.stringify(installation) }, new Date());
      log.info({ install: key }, 'slack app installed');
    },
    fetchInstallation: fetch,
    async deleteInstallation(query) {
      await store.deleteInstallation(installKey(query));
    },
  };
}

/** The receiver's OAuth options: the scopes the manifest declares, state in a signed cookie. */
export function oauthReceiverOptions(config: Config, installationStore: InstallationStore, clientOptions: WebClientOptions): NonNullable<LodestoneReceiverOptions['oauth']> {
  return {
    clientId: config.SLACK_CLIENT_ID!,
    clientSecret: config.SLACK_CLIENT_SECRET!,
    stateSecret: config.SLACK_STATE_SECRET!,
    scopes: BOT_SCOPES.map((s) => s.scope),
    installationStore,
    installerOptions: {
      installPath: INSTALL_PATH,
      redirectUriPath: REDIRECT_PATH,
      // A page with the "Add to Slack" button rather than an immediate redirect, so the admin sees
      // what they are installing; the state cookie is set either way.
      directInstall: false,
      stateVerification: true,
      // oauth.v2.access and auth.test go through the same endpoint, proxy and fetch as every call.
      clientOptions,
    },
  };
}

/** A Web API client per workspace for work outside a Bolt listener (digests, users.info); one per token, kept. */
export function workspaceClients(installations: InstallationStore, options: WebClientOptions): (workspaceId: string | undefined) => Promise<WebClient> {
  const clients = new Map<string, WebClient>();
  return async (workspaceId) => {
    const inst = await installations.fetchInstallation({ teamId: workspaceId, enterpriseId: undefined, isEnterpriseInstall: false });
    const token = inst.bot?.token;
    if (!token) throw new NotInstalledError(`team:${workspaceId ?? '?'}`);
    let client = clients.get(token);
    if (!client) {
      client = createWebClient(token, options);
      clients.set(token, client);
    }
    return client;
  };
}

const Uninstall = z.object({ team_id: z.string().min(1), enterprise_id: z.string().optional(), is_enterprise_install: z.boolean().optional() });
const TokensRevoked = z.object({ tokens: z.object({ bot: z.array(z.string()).optional() }) });

/**
 * A workspace that removes Lodestone (or revokes its bot token) gets nothing more: its installation
 * and its digest subscriptions are deleted. User tokens are never requested, so only bot revocations count.
 */
export function registerUninstall(app: App, store: Store, log: Logger, forgotten?: (teamId: string, enterpriseId?: string) => void): void {
  const forget = async (body: unknown, why: string): Promise<void> => {
    const b = Uninstall.safeParse(body);
    if (!b.success) return;
    // Forgotten again after the delete: a look-up between the two would have found the old row.
    forgotten?.(b.data.team_id, b.data.enterprise_id);
    const { team_id: teamId, enterprise_id: enterpriseId, is_enterprise_install: isEnterpriseInstall } = b.data;
    try {
      const key = installKey({ teamId, enterpriseId, isEnterpriseInstall });
      // Subscriptions first: the installation going last marks the clean-up complete, and a crash in
      // between leaves a token without subscriptions rather than subscriptions without a token.
      const subscriptions = await store.removeWorkspace('slack', teamId);
      const removed = await store.deleteInstallation(key);
      forgotten?.(teamId, enterpriseId);
      log.info({ install: key, why, removed, subscriptions }, 'slack app removed from a workspace');
    } catch (error) {
      log.error({ err: describe(error), team: teamId }, 'slack uninstall could not be recorded');
    }
  };
  app.event('app_uninstalled', async ({ body }) => forget(body, 'app_uninstalled'));
  app.event('tokens_revoked', async ({ event, body }) => {
    const e = TokensRevoked.safeParse(event);
    if (e.success && e.data.tokens.bot?.length) await forget(body, 'tokens_revoked');
  });
}

/**
 * With one bot token: a workspace that removes the app or revokes the bot token is told to
 * `forgotten` (the pre-dispatch shortcut's memo), so its commands go through Bolt again.
 */
export function registerRevocations(app: App, forgotten: (teamId: string, enterpriseId?: string) => void): void {
  const forget = (body: unknown): void => {
    const b = Uninstall.safeParse(body);
    if (b.success) forgotten(b.data.team_id, b.data.enterprise_id);
  };
  app.event('app_uninstalled', async ({ body }) => forget(body));
  app.event('tokens_revoked', async ({ event, body }) => {
    const e = TokensRevoked.safeParse(event);
    if (e.success && e.data.tokens.bot?.length) forget(body);
  });
}
