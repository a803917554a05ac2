// /sources [id] — every source the dataset cites, or one source in full with what cites it.
import type { Reply } from '../reply/model.js';
import type { Args, CommandContext, CommandDefinition } from './types.js';
import { answer, Citations, t } from './common.js';
import { resolveEntity } from './resolve.js';
import { formatDate } from '../reply/format.js';

function citedBy(ctx: CommandContext, id: string): string {
  const ds = ctx.dataset;
  const n = {
    figures: ds.figures.filter((x) => x.sources.includes(id)).length,
    events: ds.events.filter((x) => x.sources.includes(id)).length,
    facts: ds.facts.filter((x) => x.sources.includes(id)).length,
    elements: ds.elements.filter((x) => x.sources.includes(id)).length,
    discrepancies: ds.discrepancies.filter((x) => x.sources.includes(id) || x.claims.some((c) => c.source === id)).length,
  };
  const de: Record<keyof typeof n, string> = { figures: 'Zahlen', events: 'Ereignisse', facts: 'Fakten', elements: 'Elemente', discrepancies: 'Abweichungen' };
  const parts = (Object.keys(n) as (keyof typeof n)[]).filter((k) => n[k] > 0).map((k) => `${n[k]} ${ctx.locale === 'de' ? de[k] : k}`);
  return parts.length ? parts.join(', ') : '—';
}

export function runSources(args: Args, ctx: CommandContext): Reply {
  const { dataset: ds, locale } = ctx;
  const typed = args.id?.trim();
  if (typed) {
    const r = resolveEntity(ctx, 'source', typed, (s) => `/sources ${s.id}`);
    if (!r.ok) return r.reply;
    const s = r.item;
    const cite = new Citations(ds).add(s.id);
    const fields = [
      { label: t(locale, 'Publisher', 'Herausgeber'), value: s.publisher, inline: true },
      ...(s.edition ? [{ label: t(locale, 'Edition', 'Ausgabe'), value: s.edition, inline: true }] : []),
      { label: t(locale, 'Published', 'Veröffentlicht'), value: s.published ? formatDate(s.published, locale) : t(locale, 'not stated', 'nicht angegeben'), inline: true },
      { label: t(locale, 'Language', 'Sprache'), value: s.language, inline: true },
      { label: t(locale, 'Confidence', 'Verlässlichkeit'), value: s.confidence === 'A' ? t(locale, 'A (the publication itself or an official text)', 'A (die Veröffentlichung selbst oder amtlicher Text)') : t(locale, 'B (secondary source citing the publication)', 'B (Sekundärquelle, die die Veröffentlichung zitiert)'), inline: false },
      { label: 'URL', value: s.url, inline: false },
      { label: t(locale, 'Cited by', 'Zitiert von'), value: citedBy(ctx, s.id), inline: false },
    ];
    return answer(ctx, cite, { title: s.title, blocks: [...(r.note ? [r.note] : []), ...(s.note ? [s.note] : [])], fields, suggestions: ['/sources'] });
  }
  const cite = new Citations(ds);
  const rows = ds.sources.map((s) => [s.id, s.publisher, s.edition ?? '', s.published ?? '', s.confidence]);
  return answer(ctx, cite, {
    title: t(locale, `Sources (${ds.sources.length})`, `Quellen (${ds.sources.length})`),
    blocks: [t(locale,
      'Every figure and fact in Lodestone cites at least one of these. /sources <id> shows one with its URL.',
      'Jede Zahl und jeder Fakt in Lodestone nennt mindestens eine dieser Quellen. /sources <Kennung> zeigt eine mit URL.')],
    table: { columns: ['Id', t(locale, 'Publisher', 'Herausgeber'), t(locale, 'Edition', 'Ausgabe'), t(locale, 'Published', 'Datum'), t(locale, 'Conf.', 'Verl.')], rows },
    suggestions: ds.sources.slice(0, 2).map((s) => `/sources ${s.id}`),
  });
}

export const sources: CommandDefinition = {
  name: 'sources',
  aliases: ['source', 'quellen', 'quelle'],
  description: { en: 'The sources behind every figure: list them, or show one with its URL.', de: 'Die Quellen hinter jeder Zahl: alle auflisten oder eine mit URL zeigen.' },
  args: [{ name: 'id', type: 'source', description: { en: 'Source id (from /sources), or words of its title.', de: 'Kennung der Quelle (aus /sources) oder Wörter aus dem Titel.' } }],
  examples: ['/sources', '/sources usgs-mcs2025-rare-earths'],
  tool: true,
  cache: 'dataset',
  run: runSources,
};
