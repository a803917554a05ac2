// The HTTP interactions endpoint as a platform handle: beside the gateway (a complement: Discord
// sends interactions to the endpoint once its URL is set in the portal, mentions still come over
// the gateway) or alone (DISCORD_GATEWAY=false: no gateway connection at all; digests still post
// over REST). Same command set, Answerer and renderer as the gateway path.
import { Routes } from 'discord.js';
import { memoChartRenderer, renderChartPng } from '../../charts/index.js';
import { ChartImages } from '../../charts/images.js';
import type { PlatformDeps, PlatformHandle } from '../platform.js';
import { Answerer, type ChartRenderer } from './answer.js';
import { buildCommandSet } from './commands.js';
import { DiscordDelivery } from './delivery.js';
import { DiscordHttpEndpoint } from './http-endpoint.js';
import { Responder } from './responder.js';
import { createRest, watchReachability } from './rest.js';
import { proxyForLog } from '../../ops/proxy.js';

export interface DiscordHttpOptions extends PlatformDeps {
  /** Default DISCORD_HTTP_PORT; 0 picks a free port (tests, the benchmark). */
  port?: number;
  /** REST base for the webhook follow-ups and digests; default DISCORD_API_URL. */
  restApi?: string;
  /** PNG chart renderer (default src/charts); null keeps the text alternative only. */
  renderChart?: ChartRenderer | null;
  deferAfterMs?: number;
}

export interface DiscordHttpHandle extends PlatformHandle {
  readonly endpoint: DiscordHttpEndpoint;
  readonly delivery: DiscordDelivery;
  /** Starts listening (on a free port when the port is 0; see endpoint.port). */
  start(): Promise<void>;
}

export function createDiscordHttp(opts: DiscordHttpOptions): DiscordHttpHandle {
  const { config, core, log, metrics } = opts;
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN: required to connect to Discord');
  if (!config.DISCORD_PUBLIC_KEY) throw new Error('DISCORD_PUBLIC_KEY: required for the HTTP interactions endpoint');
  const rest = createRest(config.DISCORD_TOKEN, opts.restApi ?? config.DISCORD_API_URL, metrics, config);
  watchReachability(rest, log, proxyForLog(config));
  const chart = opts.renderChart === null ? undefined : memoChartRenderer(opts.renderChart ?? renderChartPng);
  // Charts by address: the app's shared images, or this endpoint's own when LODESTONE_PUBLIC_URL is set.
  const chartImages = !chart ? undefined
    : opts.chartImages ?? (config.LODESTONE_PUBLIC_URL ? new ChartImages({ baseUrl: config.LODESTONE_PUBLIC_URL, render: chart }) : undefined);
  const commands = buildCommandSet(core.registry);
  const endpoint = new DiscordHttpEndpoint({
    publicKey: config.DISCORD_PUBLIC_KEY,
    port: opts.port ?? config.DISCORD_HTTP_PORT ?? 0,
    log,
    ...(chartImages ? { routes: (req, res) => chartImages.handle(req, res) } : {}),
    ...(opts.store ? { replays: opts.store } : {}),
    deps: {
      core,
      commands,
      answerer: new Answerer(core, log, () => chart, chartImages),
      responder: new Responder(rest),
      log,
      defaultLocale: config.LODESTONE_LOCALE,
      deferAfterMs: opts.deferAfterMs ?? 2_000,
    },
  });
  let botId: string | undefined;
  const delivery = new DiscordDelivery({
    rest,
    botUserId: async () => (botId ??= ((await rest.get(Routes.user('@me'))) as { id: string }).id),
  });
  let listening = false;
  let stopping = false;
  return {
    name: 'discord',
    endpoint,
    delivery,
    isReady: () => listening && !stopping,
    async start() {
      await endpoint.start();
      listening = true;
    },
    async stop() {
      stopping = true;
      await endpoint.stop();
    },
  };
}

export async function startDiscordHttp(opts: DiscordHttpOptions): Promise<DiscordHttpHandle> {
  const h = createDiscordHttp(opts);
  await h.start();
  return h;
}
