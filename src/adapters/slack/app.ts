// The Slack app: a Bolt App on our hardened HTTP receiver (or Socket Mode), with the slash
// command and mention listeners on the shared core. Tests and benches build it with
// createSlackApp, pointing the Web API at a loopback fake and listening on port 0.
import type { AddressInfo } from 'node:net';
import { App, SocketModeReceiver, type AuthorizeResult, type Receiver } from '@slack/bolt';
import type { CommandCore } from '../../commands/core.js';
import { slackOAuth, type Config } from '../../config.js';
import type { Store } from '../../store/index.js';
import type { Logger } from '../../ops/log.js';
import type { Metrics } from '../../ops/metrics.js';
import { boltLogger } from './bolt-logger.js';
import { defaultChartRenderer, warmUpCharts, type ChartRenderer } from './charts.js';
import { memoChartRenderer } from '../../charts/index.js';
import { ChartImages } from '../../charts/images.js';
import { apiUrl, createWebClient, deliveryClientOptions, replyClientOptions, slackFetch, type WebClient, type WebClientOptions } from './client.js';
import { proxyDispatcher } from '../../ops/proxy.js';
import { preDispatchShortcut, registerSlashCommands } from './commands.js';
import { InstalledTeams } from './installed.js';
import { SlackDelivery } from './delivery.js';
import { InFlight } from './inflight.js';
import { registerMentions } from './mentions.js';
import { LodestoneHttpReceiver } from './receiver.js';
import type { SlackRuntime } from './runtime.js';
import { UserDirectory, describe } from './users.js';
import { commandStyle } from './command-style.js';
import { registerButtons } from './buttons.js';
import { registerHome } from './home.js';
import { oauthReceiverOptions, registerRevocations, registerUninstall, storeInstallations, workspaceClients } from './oauth.js';

export interface SlackAppOptions {
  core: CommandCore;
  config: Config;
  log: Logger;
  metrics: Metrics;
  /** Merged over the defaults for every Web API client (tests: slackApiUrl, a fast retryConfig). */
  clientOptions?: WebClientOptions;
  /** HTTP mode port; default SLACK_PORT. 0 picks a free one (see SlackApp.port). */
  port?: number;
  /** Socket Mode instead of HTTP; default: whether SLACK_APP_TOKEN is set. */
  socketMode?: boolean;
  /** Bring your own receiver (a bench's alternative); overrides port and socketMode. */
  receiver?: Receiver;
  /** PNG renderer for charts; default src/charts, null disables uploads (text alternative only). */
  chartRenderer?: ChartRenderer | null;
  /**
   * Answer verified slash commands the offline core answers in the ack alone in the HTTP receiver,
   * before Bolt's dispatch (default true; commands.ts preDispatchShortcut). Benches turn it off to
   * measure what it saves.
   */
  preDispatchCache?: boolean;
  /** How long a quick command may run before it is acknowledged empty and answered via response_url. */
  ackBudgetMs?: number;
  /** Clock for the signature replay window (tests). */
  now?: () => number;
  /** The project's store; holds the installations when SLACK_CLIENT_ID/SECRET/STATE_SECRET are set. */
  store?: Store;
  /**
   * Chart images served by address, shared with the app's other HTTP servers (src/app.ts). Without
   * it, an HTTP-mode app with LODESTONE_PUBLIC_URL serves its own; otherwise charts are uploaded.
   */
  chartImages?: ChartImages;
}

export interface SlackApp {
  readonly app: App;
  readonly mode: 'http' | 'socket' | 'custom';
  readonly client: WebClient;
  readonly users: UserDirectory;
  readonly delivery: SlackDelivery;
  readonly inFlight: InFlight;
  /** Bound port in HTTP mode, after start. */
  port(): number | undefined;
  isReady(): boolean;
  /** Verifies the bot token (auth.test) and starts receiving. */
  start(): Promise<void>;
  /** Stops receiving, then waits (bounded) for answers still being sent. */
  stop(): Promise<void>;
}

/** Slack's own answer to these means the token is wrong; starting anyway would answer nothing. */
const FATAL_AUTH = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired']);

export class SlackStartError extends Error {}

function authorized(token: string, r: { bot_id?: string; user_id?: string; team_id?: string }): AuthorizeResult {
  return {
    botToken: token,
    ...(r.bot_id ? { botId: r.bot_id } : {}),
    ...(r.user_id ? { botUserId: r.user_id } : {}),
    ...(r.team_id ? { teamId: r.team_id } : {}),
  };
}

export function createSlackApp(opts: SlackAppOptions): SlackApp {
  const { config, log, metrics, core } = opts;
  const token = config.SLACK_BOT_TOKEN;
  const socketMode = opts.receiver ? false : opts.socketMode ?? Boolean(config.SLACK_APP_TOKEN);
  // Installs to many workspaces: every request is authorized from its workspace's installation.
  const oauth = slackOAuth(config) && !opts.receiver && !socketMode;
  if (oauth && !opts.store) throw new SlackStartError('OAuth installs need the store (installations are kept there)');
  if (!token && !oauth) throw new SlackStartError('SLACK_BOT_TOKEN is not set');
  const logger = boltLogger(log);
  const deps = { config, log, metrics };
  const overrides: WebClientOptions = { ...opts.clientOptions };
  const clientOptions = replyClientOptions(deps, overrides);
  const client = createWebClient(token, clientOptions);
  const deliveryClient = createWebClient(token, deliveryClientOptions(deps, overrides));

  // auth.test once, remembered; a failure is not remembered, so the next event tries again.
  let auth: Promise<AuthorizeResult> | undefined;
  const authorization = (): Promise<AuthorizeResult> => {
    if (!token) return Promise.reject(new SlackStartError('no single bot token: each workspace is authorized from its installation'));
    auth ??= client.auth.test().then(
      (r) => authorized(token, r),
      (error: unknown) => {
        auth = undefined;
        throw error;
      },
    );
    return auth;
  };

  let ready = false;
  let receiver: Receiver;
  let installations: ReturnType<typeof storeInstallations> | undefined;
  let mode: SlackApp['mode'];
  if (opts.receiver) {
    receiver = opts.receiver;
    mode = 'custom';
  } else if (socketMode) {
    if (!config.SLACK_APP_TOKEN) throw new SlackStartError('SLACK_APP_TOKEN is required for Socket Mode');
    const slackApiUrl = clientOptions.slackApiUrl ?? apiUrl(config.SLACK_API_URL);
    // The websocket goes through HTTPS_PROXY like the Web API calls (apps.connections.open goes
    // through our fetch: proxied, and an unreachable Slack reported once).
    const dispatcher = proxyDispatcher(config);
    const sm = new SocketModeReceiver({
      appToken: config.SLACK_APP_TOKEN,
      logger,
      ...(dispatcher ? { dispatcher } : {}),
      installerOptions: {
        clientOptions: {
          ...(slackApiUrl ? { slackApiUrl } : {}),
          ...(overrides.retryConfig ? { retryConfig: overrides.retryConfig } : {}),
          fetch: slackFetch(config, log, overrides.fetch),
        },
      },
    });
    sm.client.on('connected', () => { ready = true; });
    for (const s of ['reconnecting', 'disconnected', 'disconnecting']) sm.client.on(s, () => { ready = false; });
    receiver = sm;
    mode = 'socket';
  } else {
    if (!config.SLACK_SIGNING_SECRET) throw new SlackStartError('SLACK_SIGNING_SECRET is required in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)');
    installations = oauth && opts.store ? storeInstallations(opts.store, log) : undefined;
    receiver = new LodestoneHttpReceiver({
      signingSecret: config.SLACK_SIGNING_SECRET,
      port: opts.port ?? config.SLACK_PORT,
      logger,
      // 40 % of the shutdown budget for requests already received (see App.stop for the rest).
      drainMs: Math.floor(config.SHUTDOWN_TIMEOUT_MS * 0.4),
      ...(opts.now ? { now: opts.now } : {}),
      // Replayed commands are caught by every replica on the store, and across restarts.
      ...(opts.store ? { replays: opts.store } : {}),
      ...(installations ? { oauth: oauthReceiverOptions(config, installations, clientOptions) } : {}),
    });
    mode = 'http';
  }

  // No conversation store: Lodestone keeps no per-conversation state in Bolt, and Bolt's default
  // in-memory store costs an Error object per request.
  // With OAuth, Bolt takes the installer's authorize (installation by team) when none is given.
  const app = new App({ receiver, ...(installations ? {} : { authorize: authorization }), logger, clientOptions, ignoreSelf: true, convoStore: false });
  app.error(async (error) => {
    log.error({ err: describe(error) }, 'slack listener error');
  });

  const style = commandStyle(core.registry, config.SLACK_COMMAND_MODE, config.SLACK_COMMAND);
  const replyClients = installations ? workspaceClients(installations, clientOptions) : undefined;
  const deliveryClients = installations ? workspaceClients(installations, deliveryClientOptions(deps, overrides)) : undefined;
  const users = new UserDirectory({ client: (workspaceId) => (replyClients ? replyClients(workspaceId) : client), defaultLocale: config.LODESTONE_LOCALE, admins: config.SLACK_ADMINS, log });
  const inFlight = new InFlight();
  const charts: ChartRenderer | undefined = opts.chartRenderer === null ? undefined : memoChartRenderer(opts.chartRenderer ?? defaultChartRenderer);
  // Charts by address need a server that serves them: this app's own in HTTP mode, or the one given.
  const chartImages = !charts ? undefined
    : opts.chartImages ?? (mode === 'http' && config.LODESTONE_PUBLIC_URL ? new ChartImages({ baseUrl: config.LODESTONE_PUBLIC_URL, render: charts }) : undefined);
  if (chartImages && receiver instanceof LodestoneHttpReceiver) receiver.extraRoutes = (req, res) => chartImages.handle(req, res);
  const rt: SlackRuntime = {
    core,
    log,
    metrics,
    users,
    client,
    charts,
    chartImages,
    inFlight,
    style,
    jsonAcks: mode === 'http',
    ackBudgetMs: opts.ackBudgetMs ?? 2_000,
    botUserId: async () => (await authorization().catch(() => undefined))?.botUserId,
    ...(opts.store ? { store: opts.store } : {}),
  };
  registerSlashCommands(app, rt);
  registerMentions(app, rt);
  registerButtons(app, rt);
  registerHome(app, rt);
  // Verified slash commands the offline core answers in the ack alone skip Bolt's dispatch, for
  // workspaces Bolt's authorize would accept (installed.ts; docs/slack.md has the safety argument).
  if (receiver instanceof LodestoneHttpReceiver && opts.preDispatchCache !== false) {
    const store = installations;
    // One bot token: its own workspace, until that workspace removes the app or revokes the token.
    const revoked = new Set<string>();
    const teams = new InstalledTeams(store
      ? (q) => store.fetchInstallation(q).then((i) => Boolean(i.bot?.token))
      : async (q) => q.teamId !== undefined && !revoked.has(q.teamId) && (await authorization()).teamId === q.teamId);
    receiver.shortcut = preDispatchShortcut(rt, teams);
    if (installations && opts.store) registerUninstall(app, opts.store, log, (teamId, enterpriseId) => teams.forget(teamId, enterpriseId));
    else registerRevocations(app, (teamId, enterpriseId) => {
      revoked.add(teamId);
      teams.forget(teamId, enterpriseId);
    });
  } else if (installations && opts.store) registerUninstall(app, opts.store, log);

  let port: number | undefined;
  return {
    app,
    mode,
    client,
    users,
    delivery: new SlackDelivery({ client: deliveryClients ? (channel) => deliveryClients(channel.workspaceId) : deliveryClient, log, present: style.present }),
    inFlight,
    port: () => port,
    isReady: () => ready,
    async start() {
      // One attempt, not the reply client's retries: a Slack that does not answer must not hold the
      // listener back (nor /healthz, which starts after the platforms). Slack's own refusal of the
      // token still stops start-up.
      if (token && !auth) {
        try {
          const probe = createWebClient(token, { ...clientOptions, retryConfig: { retries: 0 }, timeout: Math.min(clientOptions.timeout ?? 5_000, 5_000) });
          const r = await probe.auth.test();
          auth = Promise.resolve(authorized(token, r));
        } catch (error) {
          const code = (error as { data?: { error?: string } }).data?.error;
          if (code && FATAL_AUTH.has(code)) throw new SlackStartError(`Slack refused SLACK_BOT_TOKEN (${code}); check the token of the installed app`);
          // No answer from Slack at all was already reported with its host and a hint (client.ts).
          const answered = code !== undefined;
          log[answered ? 'warn' : 'debug']({ err: describe(error) }, 'Slack auth.test failed; continuing, retrying with backoff (and on the first event)');
          void authorization().catch(() => undefined);
        }
      }
      // The shared renderer loads heavy libraries on first use; do that before taking traffic.
      if (opts.chartRenderer === undefined) await warmUpCharts(defaultChartRenderer, log);
      const started: unknown = await (mode === 'http' ? app.start(opts.port ?? config.SLACK_PORT) : app.start());
      if (mode === 'http') {
        const addr = (started as { address?: () => AddressInfo | string | null }).address?.();
        port = addr && typeof addr === 'object' ? addr.port : undefined;
      }
      if (mode !== 'socket') ready = true;
      log.info({ mode, ...(port !== undefined ? { port } : {}) }, `slack app listening (${mode === 'socket' ? 'Socket Mode' : 'HTTP'})`);
    },
    async stop() {
      ready = false;
      await app.stop().catch((error: unknown) => log.warn({ err: describe(error) }, 'slack receiver did not stop cleanly'));
      if (!(await inFlight.drain(Math.floor(config.SHUTDOWN_TIMEOUT_MS * 0.15)))) log.warn({ pending: inFlight.size }, 'slack answers still in flight at shutdown');
    },
  };
}
