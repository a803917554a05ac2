// A small, stable registry and dataset for the LLM-path tests: the machinery (tool schemas, loop,
// checks, fallbacks) is tested here independently of the real commands' wording, which the eval
// (test/eval) covers against the real registry and data/.
import { buildDataset, type Dataset } from '../../src/dataset/dataset.js';
import { DatasetHolder } from '../../src/dataset/holder.js';
import { Registry } from '../../src/commands/registry.js';
import { CommandCore } from '../../src/commands/core.js';
import type { CommandDefinition } from '../../src/commands/types.js';
import { errorReply, type Reply } from '../../src/reply/model.js';
import { createLogger } from '../../src/ops/log.js';
import { Metrics } from '../../src/ops/metrics.js';
import { parseConfig, type Config } from '../../src/config.js';
import { createAskService } from '../../src/ask/llm/index.js';
import type { AskSettings } from '../../src/ask/llm/service.js';
import { startFakeOpenAI, type FakeOpenAI, type FakeResponse, type Script } from '../fakes/openai/server.js';

const i18n = (en: string, de = en) => ({ en, de });
const src = (id: string, title: string, edition: string) => ({
  id, publisher: 'U.S. Geological Survey', title, edition, url: `https://example.org/${id}`, published: '2025-01-31', language: 'en' as const, confidence: 'A' as const,
});

export function fixtureDataset(version = 'test-1'): Dataset {
  return buildDataset({
    meta: { version, as_of: '2025-11-01', title: i18n('Test'), beat: i18n('Rare earths') },
    sources: [src('mcs2025', 'Mineral Commodity Summaries 2025: Rare Earths', 'MCS 2025'), src('mcs2024', 'Mineral Commodity Summaries 2024: Rare Earths', 'MCS 2024'), { ...src('wh-2025', 'US-Japan framework', 'fact sheet'), publisher: 'The White House', published: '2025-10-28' }],
    countries: [
      { id: 'VN', kind: 'country', name: i18n('Vietnam'), aliases: [] },
      { id: 'CN', kind: 'country', name: i18n('China', 'China'), aliases: ['Volksrepublik China'] },
      { id: 'BR', kind: 'country', name: i18n('Brazil', 'Brasilien'), aliases: [] },
    ],
    minerals: [{ id: 'rare-earths', name: i18n('rare earths', 'Seltene Erden'), aliases: ['REE'], unit: { symbol: 't', what: i18n('t REO') }, sources: ['mcs2025'] }],
    editions: [],
    figures: [],
    elements: [{ symbol: 'Nd', z: 60, name: i18n('neodymium', 'Neodym'), aliases: [], class: 'light', uses: { en: ['NdFeB magnets'], de: ['NdFeB-Magnete'] }, sources: ['mcs2025'] }],
    events: [{
      id: 'us-japan-framework', date: '2025-10-28', kind: 'agreement', title: i18n('US-Japan framework'), place: i18n('Tokyo', 'Tokio'),
      participants: ['Donald Trump', 'Sanae Takaichi'], summary: i18n('Signed in Tokyo.'), countries: [], elements: [], minerals: [], suspends: [], aliases: ['us-japan'], confidence: 'A', sources: ['wh-2025'],
    }],
    facts: [],
    discrepancies: [],
  });
}

const RESERVES: Record<string, { en: string; de: string; sources: string[] }> = {
  vietnam: {
    en: 'Vietnam: 3.5 Mt (3,500,000 t REO), USGS MCS 2025. Down from 22 Mt in MCS 2024.',
    de: 'Vietnam: 3,5 Mio. t (3.500.000 t SEO), USGS MCS 2025. Zuvor 22 Mio. t in MCS 2024.',
    sources: ['mcs2025', 'mcs2024'],
  },
  china: { en: 'China: 44,000,000 t REO (44 Mt), USGS MCS 2025; 69% of world output in 2025.', de: 'China: 44.000.000 t SEO (44 Mio. t), USGS MCS 2025.', sources: ['mcs2025'] },
  brazil: { en: 'Brazil: 21,000,000 t REO, USGS MCS 2025.', de: 'Brasilien: 21.000.000 t SEO, USGS MCS 2025.', sources: ['mcs2025'] },
};

export function fixtureRegistry(): Registry {
  const sources = (ds: Dataset, ids: string[]): Reply['sources'] => ids.map((id) => ({ id, label: `${ds.sourceById.get(id)?.title}, ${ds.sourceById.get(id)?.published}` }));
  const cmds: CommandDefinition[] = [
    {
      name: 'reserves', description: i18n('Rare-earth reserves by country (USGS).'), examples: ['/reserves china'], tool: true,
      args: [
        { name: 'country', type: 'country', description: i18n('Country name or ISO code') },
        { name: 'mineral', type: 'mineral', description: i18n('Mineral, default rare earths') },
      ],
      run(args, ctx) {
        const key = (args.country ?? '').toLowerCase();
        const hit = RESERVES[key === 'vn' ? 'vietnam' : key === 'cn' ? 'china' : key];
        if (!hit) return errorReply(ctx.locale, `No country "${args.country ?? ''}" in the dataset.`, ['/reserves china']);
        return { kind: 'answer', locale: ctx.locale, title: 'Reserves', blocks: [hit[ctx.locale]], sources: sources(ctx.dataset, hit.sources), footer: 'Dataset test-1' };
      },
    },
    {
      name: 'summit', description: i18n('An event of the October 2025 summits.'), examples: ['/summit us-japan'], tool: true,
      args: [{ name: 'event', type: 'event', required: true, description: i18n('Event id or name') }],
      run(_args, ctx) {
        return { kind: 'answer', locale: ctx.locale, title: 'US-Japan framework', blocks: ['Signed 28 Oct 2025 in Tokyo by Trump and Takaichi; projects financed within 6 months.'], sources: sources(ctx.dataset, ['wh-2025']) };
      },
    },
    {
      name: 'elements', description: i18n('Rare-earth elements by class.'), examples: ['/elements heavy'], tool: true,
      args: [{ name: 'class', type: 'choice', choices: ['light', 'heavy'], description: i18n('Class') }],
      run(args, ctx) {
        return { kind: 'answer', locale: ctx.locale, blocks: [`${args.class ?? 'all'}: Nd`], sources: sources(ctx.dataset, ['mcs2025']) };
      },
    },
    // Not tools: a write command, and ask itself (would recurse even though it is marked).
    { name: 'digest', description: i18n('Subscriptions'), examples: [], args: [], run: (_a, ctx) => errorReply(ctx.locale, 'not here') },
    { name: 'ask', description: i18n('Ask'), examples: [], tool: true, args: [{ name: 'question', type: 'text', rest: true, description: i18n('Question') }], run: (_a, ctx) => errorReply(ctx.locale, 'no') },
  ];
  const r = new Registry();
  for (const c of cmds) r.register(c);
  return r;
}

export const API_KEY = 'sk-fixture-SECRET-0123456789';

export interface Harness {
  fake: FakeOpenAI;
  core: CommandCore;
  metrics: Metrics;
  config: Config;
  logs: string[];
  service: NonNullable<ReturnType<typeof createAskService>>;
  ctx(over?: { locale?: 'en' | 'de'; user?: string; channel?: string; thread?: string }): ReturnType<CommandCore['context']>;
  metric(name: string, labels: Record<string, string>): Promise<number>;
}

export async function harness(script: Script | FakeResponse[], env: Record<string, string> = {}, settings: Partial<AskSettings> = {}): Promise<Harness> {
  const fake = await startFakeOpenAI(script);
  const config = parseConfig({
    OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'fake-model', OPENAI_TIMEOUT_MS: '2000', OPENAI_MAX_RETRIES: '1', LOG_LEVEL: 'info', ...env,
  });
  const logs: string[] = [];
  const log = createLogger(config, { write: (s: string) => { logs.push(s); } });
  const metrics = new Metrics();
  const core = new CommandCore({ registry: fixtureRegistry(), datasets: new DatasetHolder(fixtureDataset()), clock: () => new Date('2025-11-02T10:00:00Z') });
  const service = createAskService({ config, log, metrics, core }, settings)!;
  core.services.ask = async (q, c) => (await service.answer(q, c)).reply;
  return {
    fake, core, metrics, config, logs, service,
    ctx: (over = {}) => core.context({
      locale: over.locale ?? 'en',
      actor: { platform: 'slack', userId: over.user ?? 'U1', canManageChannel: false },
      channel: { platform: 'slack', channelId: over.channel ?? 'C1', workspaceId: 'T1', ...(over.thread ? { threadId: over.thread } : {}) },
    }),
    async metric(name, labels) {
      const m = await metrics.registry.getSingleMetric(name)?.get();
      return m?.values.find((v) => Object.entries(labels).every(([k, val]) => v.labels[k] === val))?.value ?? 0;
    },
  };
}
