// A small dataset and a test registry that exercise every path of the Discord adapter (fast and slow
// commands, subcommands, errors, long replies, charts, hostile text), independent of the real
// commands; harness.ts also runs the real registry and dataset.
import { buildDataset, type Dataset } from '../../src/dataset/dataset.js';
import type { RawDataset } from '../../src/dataset/schema.js';
import { Registry } from '../../src/commands/registry.js';
import type { CommandDefinition } from '../../src/commands/types.js';
import { errorReply, type Reply } from '../../src/reply/model.js';

const src = (id: string, label: string) => ({
  id, publisher: 'USGS', title: label, edition: 'MCS 2025', url: `https://pubs.usgs.gov/${id}`, published: '2025-01-31', language: 'en' as const, confidence: 'A' as const,
});

export function testDataset(version = '2026.11.1'): Dataset {
  const raw: RawDataset = {
    meta: { version, as_of: '2026-02-06', title: { en: 'Rare earths', de: 'Seltene Erden' }, beat: { en: 'Rare earths', de: 'Seltene Erden' } },
    sources: [src('usgs-mcs-2025-ree', 'Mineral Commodity Summaries 2025 – Rare Earths'), src('evil', '@everyone [click](https://evil.invalid) *bold* <@&123>')],
    countries: [
      { id: 'CN', iso3: 'CHN', kind: 'country', name: { en: 'China', de: 'China' }, aliases: ['Volksrepublik China', 'PRC'] },
      { id: 'BR', iso3: 'BRA', kind: 'country', name: { en: 'Brazil', de: 'Brasilien' }, aliases: [] },
      { id: 'VN', iso3: 'VNM', kind: 'country', name: { en: 'Vietnam', de: 'Vietnam' }, aliases: ['Viet Nam'] },
      { id: 'DE', iso3: 'DEU', kind: 'country', name: { en: 'Germany', de: 'Deutschland' }, aliases: [] },
      { id: 'AU', iso3: 'AUS', kind: 'country', name: { en: 'Australia', de: 'Australien' }, aliases: [] },
      { id: 'AT', iso3: 'AUT', kind: 'country', name: { en: 'Austria', de: 'Österreich' }, aliases: [] },
      { id: 'WORLD', kind: 'aggregate', name: { en: 'World', de: 'Welt' }, aliases: [] },
    ],
    minerals: [
      { id: 'rare-earths', name: { en: 'Rare earths', de: 'Seltene Erden' }, aliases: ['REE'], unit: { symbol: 't', what: { en: 't REO', de: 't SEO' } }, sources: ['usgs-mcs-2025-ree'] },
      { id: 'lithium', name: { en: 'Lithium', de: 'Lithium' }, aliases: [], unit: { symbol: 't', what: { en: 't Li', de: 't Li' } }, sources: ['usgs-mcs-2025-ree'] },
    ],
    editions: [{ id: 'mcs-2025', publisher: 'U.S. Geological Survey', label: 'MCS 2025', published: '2025-01-31', order: 2025, sources: ['usgs-mcs-2025-ree'] }],
    figures: [
      { id: 'ree-cn', mineral: 'rare-earths', country: 'CN', measure: 'reserves', edition: 'mcs-2025', value: 44_000_000, sources: ['usgs-mcs-2025-ree'] },
      { id: 'ree-br', mineral: 'rare-earths', country: 'BR', measure: 'reserves', edition: 'mcs-2025', value: 21_000_000, sources: ['usgs-mcs-2025-ree'] },
      { id: 'ree-vn', mineral: 'rare-earths', country: 'VN', measure: 'reserves', edition: 'mcs-2025', value: 3_500_000, sources: ['usgs-mcs-2025-ree'] },
    ],
    elements: [
      { symbol: 'Nd', z: 60, name: { en: 'Neodymium', de: 'Neodym' }, aliases: [], class: 'light', uses: { en: ['magnets'], de: ['Magnete'] }, sources: ['usgs-mcs-2025-ree'] },
      { symbol: 'Eu', z: 63, name: { en: 'Europium', de: 'Europium' }, aliases: [], class: 'heavy', uses: { en: ['phosphors'], de: ['Leuchtstoffe'] }, sources: ['usgs-mcs-2025-ree'] },
      { symbol: 'Ce', z: 58, name: { en: 'Cerium', de: 'Cer' }, aliases: [], class: 'light', uses: { en: ['polishing'], de: ['Polieren'] }, sources: ['usgs-mcs-2025-ree'] },
    ],
    events: [
      { id: 'tokyo-framework', date: '2025-10-28', kind: 'agreement', title: { en: 'US–Japan framework signed in Tokyo', de: 'USA–Japan-Rahmenabkommen in Tokio' }, place: { en: 'Tokyo', de: 'Tokio' }, participants: [], summary: { en: 'Signed.', de: 'Unterzeichnet.' }, countries: [], elements: [], minerals: [], suspends: [], aliases: ['Tokyo'], confidence: 'A', sources: ['usgs-mcs-2025-ree'] },
      { id: 'apec-busan', date: '2025-10-30', kind: 'meeting', title: { en: 'Trump–Xi meeting in Busan', de: 'Treffen Trump–Xi in Busan' }, place: { en: 'Busan', de: 'Busan' }, participants: [], summary: { en: 'Met.', de: 'Getroffen.' }, countries: [], elements: [], minerals: [], suspends: [], aliases: [], confidence: 'A', sources: ['usgs-mcs-2025-ree'] },
    ],
    facts: [],
    discrepancies: [],
  } as unknown as RawDataset;
  return buildDataset(raw);
}

const d = (en: string, de = en) => ({ en, de });

function sourcesOf(ds: Dataset, ids: string[]): Reply['sources'] {
  return ids.map((id) => ds.sourceById.get(id)!).map((s) => ({ id: s.id, label: `${s.publisher}, ${s.title} (${s.edition ?? ''})`, url: s.url }));
}

const reserves: CommandDefinition = {
  name: 'reserves',
  description: d('Reserves by country (USGS).', 'Reserven nach Land (USGS).'),
  args: [
    { name: 'country', type: 'country', description: d('Country', 'Land') },
    { name: 'mineral', type: 'mineral', description: d('Mineral', 'Rohstoff') },
  ],
  examples: ['/reserves china'],
  tool: true,
  cache: 'dataset',
  run(args, ctx) {
    const ds = ctx.dataset;
    const de = ctx.locale === 'de';
    const typed = args.country;
    if (typed) {
      const c = ds.countries.find((x) => [x.id, x.name.en, x.name.de, ...x.aliases].some((n) => n.toLowerCase() === typed.toLowerCase()));
      if (!c) return errorReply(ctx.locale, de ? `Kein Land „${typed}“.` : `No country "${typed}".`, ['/reserves china']);
      const f = ds.figuresByKey.get(`rare-earths|${c.id}|reserves`)?.[0];
      return {
        kind: 'answer', locale: ctx.locale, title: de ? `Reserven: ${c.name.de}` : `Reserves: ${c.name.en}`,
        blocks: [f ? `${c.name[ctx.locale]}: ${f.value} t` : (de ? 'Keine Zahl.' : 'No figure.')],
        fields: [{ label: de ? 'Ausgabe' : 'Edition', value: 'MCS 2025', inline: true }],
        sources: sourcesOf(ds, ['usgs-mcs-2025-ree']), footer: `Dataset ${ds.meta.version}, as of ${ds.meta.as_of}`,
      };
    }
    const rows = ds.figures.map((f) => [ds.countryById.get(f.country)!.name[ctx.locale], String(f.value)]);
    return {
      kind: 'answer', locale: ctx.locale, title: de ? 'Reserven weltweit' : 'World reserves', blocks: [de ? 'Rangliste.' : 'Ranking.'],
      table: { columns: [de ? 'Land' : 'Country', 't'], rows, align: ['left', 'right'] },
      chart: { kind: 'bar', title: 'Reserves', unit: 't', bars: ds.figures.map((f) => ({ label: f.country, value: f.value ?? 0 })), alt: 'China 44 Mt, Brazil 21 Mt' },
      sources: sourcesOf(ds, ['usgs-mcs-2025-ree']), footer: `Dataset ${ds.meta.version}`,
    };
  },
};

const element: CommandDefinition = {
  name: 'element',
  description: d('One rare-earth element.', 'Ein Seltenerdelement.'),
  args: [{ name: 'element', type: 'element', required: true, description: d('Name or symbol', 'Name oder Symbol') }],
  examples: ['/element Nd'],
  tool: true,
  cache: 'dataset',
  run(args, ctx) {
    const e = ctx.dataset.elements.find((x) => [x.symbol, x.name.en, x.name.de].some((n) => n.toLowerCase() === (args.element ?? '').toLowerCase()));
    if (!e) return errorReply(ctx.locale, ctx.locale === 'de' ? 'Unbekanntes Element.' : 'Unknown element.', ['/element Nd']);
    return { kind: 'answer', locale: ctx.locale, title: `${e.name[ctx.locale]} (${e.symbol})`, blocks: [e.uses[ctx.locale].join(', ')], sources: sourcesOf(ctx.dataset, e.sources) };
  },
};

const digest: CommandDefinition = {
  name: 'digest',
  description: d('Daily digest in this channel.', 'Täglicher Digest in diesem Kanal.'),
  args: [],
  subcommands: [
    { name: 'subscribe', description: d('Subscribe this channel.', 'Diesen Kanal abonnieren.'), args: [
      { name: 'time', type: 'time', description: d('HH:MM') },
      { name: 'timezone', type: 'timezone', description: d('IANA time zone', 'IANA-Zeitzone') },
      { name: 'language', type: 'locale', choices: ['en', 'de'], description: d('Language', 'Sprache') },
    ] },
    { name: 'unsubscribe', description: d('Stop the digest.', 'Digest beenden.'), args: [] },
    { name: 'list', description: d('List subscriptions.', 'Abos auflisten.'), args: [] },
  ],
  examples: ['/digest subscribe 08:00 Europe/Berlin'],
  run(args, ctx) {
    if (args.subcommand === 'subscribe' && !ctx.actor?.canManageChannel) {
      return errorReply(ctx.locale, ctx.locale === 'de' ? 'Nur wer Kanäle verwalten darf, kann abonnieren.' : 'Only members who can manage this channel may subscribe it.');
    }
    return { kind: 'answer', locale: ctx.locale, ephemeral: args.subcommand !== 'list', title: `digest ${args.subcommand}`, blocks: [JSON.stringify(args)], sources: [] };
  },
};

const ask: CommandDefinition = {
  name: 'ask',
  description: d('Ask a question.', 'Eine Frage stellen.'),
  args: [{ name: 'question', type: 'text', required: true, rest: true, description: d('Your question', 'Deine Frage') }],
  examples: ['/ask how large are Brazil\'s reserves?'],
  async run(args, ctx) {
    // Like the real /ask: the language model when one is configured, else a quick offline answer.
    if (ctx.services.ask) return ctx.services.ask(args.question ?? '', ctx);
    await new Promise((r) => setTimeout(r, 50));
    if (args.question === 'secret') return errorReply(ctx.locale, 'That is out of scope.');
    return { kind: 'answer', locale: ctx.locale, title: ctx.locale === 'de' ? 'Antwort' : 'Answer', blocks: [`Q: ${args.question ?? ''}`], sources: [] };
  },
};

const echo: CommandDefinition = {
  name: 'echo',
  description: d('Echo text back (test).'),
  args: [{ name: 'text', type: 'text', required: true, rest: true, description: d('Text') }],
  examples: ['/echo hi'],
  run: (args, ctx) => ({ kind: 'answer', locale: ctx.locale, title: args.text, blocks: [args.text ?? ''], fields: [{ label: args.text ?? '-', value: args.text ?? '-' }], sources: [{ id: 'x', label: args.text ?? '', url: 'https://example.org/a(b)' }], footer: args.text, suggestions: [args.text ?? ''] }),
};

const slow: CommandDefinition = {
  name: 'slow',
  description: d('Takes a while (test).'),
  args: [{ name: 'ms', type: 'text', description: d('Milliseconds') }],
  examples: ['/slow 500'],
  run: async (args, ctx) => {
    await new Promise((r) => setTimeout(r, Number(args.ms ?? 400)));
    return { kind: 'answer', locale: ctx.locale, title: 'slow done', blocks: ['done'], sources: [] };
  },
};

const boom: CommandDefinition = {
  name: 'boom',
  description: d('Always fails (test).'),
  args: [],
  examples: ['/boom'],
  run: () => { throw new Error('kaboom with secret fake-bot-token-0123456789'); },
};

/** A reply far beyond one message: 60 paragraphs, 40 fields, a 300-row table, 30 sources. */
export function longReply(locale: 'en' | 'de' = 'en'): Reply {
  return {
    kind: 'answer', locale, title: 'T'.repeat(300),
    blocks: Array.from({ length: 60 }, (_, i) => `Paragraph ${i} ${'lorem ipsum dolor '.repeat(20)}`),
    fields: Array.from({ length: 40 }, (_, i) => ({ label: `Field ${i}`, value: 'v'.repeat(i === 3 ? 3000 : 50) })),
    table: { columns: ['Country', 'Value'], rows: Array.from({ length: 300 }, (_, i) => [`Country ${i} \`tick\``, String(i * 1000)]), align: ['left', 'right'] },
    sources: Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, label: `Source ${i} ${'x'.repeat(60)}`, url: `https://example.org/${i}` })),
    footer: 'F'.repeat(2500),
    suggestions: ['/reserves china', '/element Nd'],
  };
}

const long: CommandDefinition = {
  name: 'long',
  description: d('A very long reply (test).'),
  args: [],
  examples: ['/long'],
  run: (_args, ctx) => longReply(ctx.locale),
};

export function testRegistry(): Registry {
  const r = new Registry();
  for (const c of [reserves, element, digest, ask, echo, slow, boom, long]) r.register(c);
  return r;
}
