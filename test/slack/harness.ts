// A real Bolt app (createSlackApp) on 127.0.0.1 port 0, its Web API pointed at the loopback fake,
// on a real CommandCore over the bundled dataset, with either a small test registry or the real one.
import { Writable } from 'node:stream';
import { CommandCore } from '../../src/commands/core.js';
import { Registry } from '../../src/commands/registry.js';
import { createRegistry } from '../../src/commands/index.js';
import type { CommandDefinition } from '../../src/commands/types.js';
import { parseConfig, type Config } from '../../src/config.js';
import { DatasetHolder } from '../../src/dataset/holder.js';
import { defaultDataDir, loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import { createLogger } from '../../src/ops/log.js';
import { Metrics } from '../../src/ops/metrics.js';
import type { Reply } from '../../src/reply/model.js';
import { createSlackApp, type SlackApp, type SlackAppOptions } from '../../src/adapters/slack/index.js';
import { FakeSlack } from '../fakes/slack/server.js';
import { postSigned, slashBody, eventBody, type SlashCommand, type SlackResponse } from '../fakes/slack/sign.js';

export const SECRET = 'test-signing-secret-0123456789';
export const BOT_TOKEN = 'xoxb-test_token';
export const APP_TOKEN = 'xapp-test-app-token';

let dataset: Promise<Dataset> | undefined;
export function bundledDataset(): Promise<Dataset> {
  dataset ??= loadDataset(defaultDataDir()).then((r) => {
    if (!r.ok) throw new Error(`bundled dataset invalid: ${JSON.stringify(r.errors.slice(0, 3))}`);
    return r.dataset;
  });
  return dataset;
}

const answer = (ctxLocale: Reply['locale'], blocks: string[], extra: Partial<Reply> = {}): Reply => ({ kind: 'answer', locale: ctxLocale, blocks, sources: [], ...extra });

/** Small commands that exercise the adapter: echoing input everywhere, long replies, slow ones. */
export function testRegistry(): Registry {
  const r = new Registry();
  const text = { name: 'text', type: 'text' as const, rest: true, description: { en: 'Text', de: 'Text' } };
  const defs: CommandDefinition[] = [
    {
      name: 'echo',
      description: { en: 'Echo the text everywhere in a reply', de: 'Echo' },
      args: [text],
      examples: ['/echo hi'],
      tool: true,
      cache: 'dataset',
      run: (a, ctx) => answer(ctx.locale, [`You said: ${a.text ?? ''}`], {
        title: `Echo ${a.text ?? ''}`,
        fields: [{ label: a.text ?? '-', value: a.text ?? '-' }],
        table: { columns: ['Input', 'Length'], rows: [[a.text ?? '', String((a.text ?? '').length)]], align: ['left', 'right'] },
        sources: [{ id: 's1', label: `Source ${a.text ?? ''}`, url: 'https://example.org/report?a=1&b=2' }],
        footer: `Footer ${a.text ?? ''}`,
        suggestions: [`/echo ${a.text ?? ''}`],
      }),
    },
    {
      name: 'hello',
      description: { en: 'Greets in the caller language', de: 'Grüßt' },
      args: [],
      examples: ['/hello'],
      tool: true,
      cache: 'dataset',
      run: (_a, ctx) => answer(ctx.locale, [ctx.locale === 'de' ? 'Hallo!' : 'Hello!'], { title: 'Lodestone', sources: [{ id: 'usgs', label: 'USGS MCS 2025', url: 'https://pubs.usgs.gov/periodicals/mcs2025/mcs2025.pdf' }], footer: 'Dataset test' }),
    },
    {
      name: 'long',
      description: { en: 'A very long reply', de: 'Lang' },
      args: [text],
      examples: ['/long'],
      tool: true,
      cache: 'dataset',
      run: (a, ctx) => {
        const n = Number(a.text ?? '3') || 3;
        return answer(ctx.locale, Array.from({ length: n }, (_, i) => `Paragraph ${i + 1}: ${'lorem ipsum & dolor <sit> '.repeat(200)}`), {
          title: 'T'.repeat(400),
          fields: Array.from({ length: 25 }, (_, i) => ({ label: `Field ${i}`, value: 'v'.repeat(3000) })),
          table: { columns: ['A', 'B'], rows: Array.from({ length: 300 }, (_, i) => [`row ${i}`, String(i)]) },
          sources: Array.from({ length: 40 }, (_, i) => ({ id: `s${i}`, label: `Source ${i}`, url: `https://example.org/${i}` })),
          footer: 'f'.repeat(5000),
          suggestions: Array.from({ length: 20 }, (_, i) => `/long ${i}`),
        });
      },
    },
    {
      name: 'slow',
      description: { en: 'Takes a while', de: 'Dauert' },
      args: [],
      examples: ['/slow'],
      tool: true,
      cache: 'dataset',
      run: async (_a, ctx) => {
        await new Promise((r) => setTimeout(r, 400));
        return answer(ctx.locale, ['Finally.']);
      },
    },
    {
      name: 'ask',
      description: { en: 'Ask', de: 'Frage' },
      args: [{ ...text, name: 'question', required: true }],
      examples: ['/ask why'],
      // Like the real /ask: the language model when one is configured (services.ask), else offline.
      cache: (ctx) => (ctx.services.ask ? undefined : 'clock'),
      run: (a, ctx) => (ctx.services.ask ? ctx.services.ask(a.question ?? '', ctx) : answer(ctx.locale, [`Answer to ${a.question ?? ''}`], { title: 'Answer' })),
    },
    {
      name: 'digest',
      description: { en: 'Digest settings', de: 'Digest' },
      args: [],
      subcommands: [{ name: 'subscribe', description: { en: 'Subscribe', de: 'Abonnieren' }, args: [] }, { name: 'list', description: { en: 'List', de: 'Liste' }, args: [] }],
      examples: ['/digest subscribe'],
      run: (a, ctx) =>
        a.subcommand === 'subscribe' && !ctx.actor?.canManageChannel
          ? { kind: 'error', locale: ctx.locale, blocks: ['Only channel admins can subscribe.'], sources: [], ephemeral: true }
          : answer(ctx.locale, [`digest ${a.subcommand ?? '?'} by ${ctx.actor?.userId ?? '?'} in ${ctx.channel?.channelId ?? '?'}`], { ephemeral: true }),
    },
    {
      name: 'chart',
      description: { en: 'Reply with a chart', de: 'Diagramm' },
      args: [],
      examples: ['/chart'],
      tool: true,
      cache: 'dataset',
      run: (_a, ctx) => answer(ctx.locale, ['Ranking'], { chart: { kind: 'bar', title: 'Reserves', unit: 't', bars: [{ label: 'China', value: 44 }, { label: 'Brazil', value: 21 }], alt: 'China 44, Brazil 21' } }),
    },
    {
      name: 'boom',
      description: { en: 'Throws', de: 'Wirft' },
      args: [],
      examples: ['/boom'],
      run: () => {
        throw new Error('kaboom with xoxb-test_token inside');
      },
    },
  ];
  for (const d of defs) r.register(d);
  return r;
}

export interface Harness {
  fake: FakeSlack;
  slack: SlackApp;
  core: CommandCore;
  config: Config;
  metrics: Metrics;
  logs: string[];
  /** POSTs a signed slash command to the app; response_url points at the fake. */
  command(c: SlashCommand, respondId?: string): Promise<SlackResponse>;
  /** POSTs a signed Events API callback. */
  event(event: Record<string, unknown>, eventId?: string, headers?: Record<string, string>): Promise<SlackResponse>;
  url: string;
  close(): Promise<void>;
}

export interface HarnessOptions {
  registry?: Registry;
  env?: Record<string, string>;
  app?: Partial<SlackAppOptions>;
  /** Leave the Slack app unstarted (Socket Mode tests start it themselves). */
  socket?: boolean;
  /** Bound of the core's reply cache (0: off). */
  replyCacheEntries?: number;
}

export async function startHarness(o: HarnessOptions = {}): Promise<Harness> {
  const fake = await new FakeSlack().start();
  fake.users.set('U0ALICE', { locale: 'en-US' });
  fake.users.set('U0HANS', { locale: 'de-DE' });
  fake.users.set('U0ADMIN', { locale: 'en-GB', is_admin: true });
  const config = parseConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    ...(o.socket ? { SLACK_APP_TOKEN: APP_TOKEN } : {}),
    SLACK_API_URL: fake.apiUrl,
    LODESTONE_LOCALE: 'en',
    LOG_LEVEL: 'debug',
    ...o.env,
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      logs.push(chunk.toString());
      cb();
    },
  });
  const log = createLogger(config, sink);
  const metrics = new Metrics();
  const core = new CommandCore({ registry: o.registry ?? testRegistry(), datasets: new DatasetHolder(await bundledDataset()), ...(o.replyCacheEntries !== undefined ? { replyCacheEntries: o.replyCacheEntries } : {}) });
  const slack = createSlackApp({
    core,
    config,
    log,
    metrics,
    port: 0,
    clientOptions: { retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 50, factor: 1 } },
    chartRenderer: null,
    ...o.app,
  });
  if (!o.socket) await slack.start();
  const url = `http://127.0.0.1:${slack.port() ?? 0}/slack/events`;
  let seq = 0;
  return {
    fake,
    slack,
    core,
    config,
    metrics,
    logs,
    url,
    command: (c, respondId = `r${++seq}`) => postSigned(url, slashBody({ response_url: fake.respondUrl(respondId), ...c }), { secret: SECRET }),
    event: (event, eventId, headers) => postSigned(url, eventBody(event, eventId), { secret: SECRET, ...(headers ? { headers } : {}) }),
    close: async () => {
      await slack.stop();
      await fake.stop();
    },
  };
}

export { createRegistry };

/**
 * A stand-in language model for the slow path (services.ask): answers after a delay, as a model
 * call takes. Returns the function that takes it away again.
 */
export function withSlowModel(core: CommandCore, ms = 100): () => void {
  core.services.ask = async (q, ctx) => {
    await new Promise((r) => setTimeout(r, ms));
    return answer(ctx.locale, [`Answer to ${q}`], { title: 'Answer' });
  };
  return () => {
    delete core.services.ask;
  };
}
