// /sources [id] — every source the dataset cites, or one source in full with what cites it.
import type { Locale, Reply } from '../reply/model.js';
import type { Args, CommandContext, CommandDefinition } from './types.js';
import type { Source } from '../dataset/schema.js';
import { answer, Citations, loc, publisherName, t } from './common.js';
import { resolveEntity } from './resolve.js';
import { formatCount, formatDate, formatList } from '../reply/format.js';
import { renderedFor, withNotes } from './renderings.js';

const CONFIDENCE = {
  A: { en: 'A (the publication itself or an official text)', de: 'A (die Veröffentlichung selbst oder amtlicher Text)' },
  B: { en: 'B (secondary source citing the publication)', de: 'B (Sekundärquelle, die die Veröffentlichung zitiert)' },
  C: { en: 'C (industry page or republished copy; cited only beside an A or B source)', de: 'C (Branchenseite oder nachveröffentlichte Kopie; nur neben einer A- oder B-Quelle zitiert)' },
} as const;

// Made once per locale: constructing an Intl.DisplayNames costs more than the rest of the answer.
const LANGUAGE_NAMES: Record<Locale, Intl.DisplayNames> = {
  en: new Intl.DisplayNames(['en'], { type: 'language' }),
  de: new Intl.DisplayNames(['de'], { type: 'language' }),
};

/** "German" / "Deutsch" for the source's language code; `other` stays a word, not a code. */
function languageName(code: string, locale: Locale): string {
  if (code === 'other') return t(locale, 'other', 'andere');
  return LANGUAGE_NAMES[locale].of(code) ?? code;
}

function citedBy(ctx: CommandContext, id: string): string {
  const ds = ctx.dataset;
  const n = {
    figures: ds.figures.filter((x) => x.sources.includes(id)).length,
    events: ds.events.filter((x) => x.sources.includes(id)).length,
    facts: ds.facts.filter((x) => x.sources.includes(id)).length,
    elements: ds.elements.filter((x) => x.sources.includes(id)).length,
    discrepancies: ds.discrepancies.filter((x) => x.sources.includes(id) || x.claims.some((c) => c.source === id)).length,
  };
  const nouns: Record<keyof typeof n, Record<Locale, { one: string; other: string }>> = {
    figures: { en: { one: 'figure', other: 'figures' }, de: { one: 'Zahl', other: 'Zahlen' } },
    events: { en: { one: 'event', other: 'events' }, de: { one: 'Ereignis', other: 'Ereignisse' } },
    facts: { en: { one: 'fact', other: 'facts' }, de: { one: 'Fakt', other: 'Fakten' } },
    elements: { en: { one: 'element', other: 'elements' }, de: { one: 'Element', other: 'Elemente' } },
    discrepancies: { en: { one: 'discrepancy', other: 'discrepancies' }, de: { one: 'Abweichung', other: 'Abweichungen' } },
  };
  const parts = (Object.keys(n) as (keyof typeof n)[]).filter((k) => n[k] > 0).map((k) => formatCount(n[k], nouns[k][ctx.locale], ctx.locale));
  return parts.length ? formatList(parts, ctx.locale) : '—';
}

export function runSources(args: Args, ctx: CommandContext): Reply {
  const { dataset: ds, locale } = ctx;
  const typed = args.id?.trim();
  if (typed) {
    const r = resolveEntity(ctx, 'source', typed, (s) => `/sources ${s.id}`);
    if (!r.ok) return r.reply;
    const s = r.item;
    return withNotes(renderedFor(ds, `source|${s.id}|${locale}`, () => sourceCard(ctx, s)), r.note ? [r.note] : []);
  }
  return renderedFor(ds, `sources|${locale}`, () => sourceList(ctx));
}

/** One source in full with what cites it: a rendering per dataset version and locale. */
function sourceCard(ctx: CommandContext, s: Source): Reply {
  const { dataset: ds, locale } = ctx;
  const cite = new Citations(ds).add(s.id);
  const fields = [
    { label: t(locale, 'Publisher', 'Herausgeber'), value: publisherName(s, locale), inline: true },
    ...(s.edition ? [{ label: t(locale, 'Edition', 'Ausgabe'), value: s.edition, inline: true }] : []),
    { label: t(locale, 'Published', 'Veröffentlicht'), value: s.published ? formatDate(s.published, locale) : t(locale, 'not stated', 'nicht angegeben'), inline: true },
    { label: t(locale, 'Language', 'Sprache'), value: languageName(s.language, locale), inline: true },
    { label: t(locale, 'Confidence', 'Verlässlichkeit'), value: CONFIDENCE[s.confidence][locale], inline: false },
    { label: 'URL', value: s.url, inline: false },
    { label: t(locale, 'Cited by', 'Zitiert von'), value: citedBy(ctx, s.id), inline: false },
  ];
  return answer(ctx, cite, { title: s.title, blocks: s.note ? [loc(locale, s.note)] : [], fields, suggestions: ['/sources'] });
}

/** Every source the dataset cites: a rendering per dataset version and locale. */
function sourceList(ctx: CommandContext): Reply {
  const { dataset: ds, locale } = ctx;
  const cite = new Citations(ds);
  const rows = ds.sources.map((s) => [s.id, publisherName(s, locale), s.edition ?? '', s.published ? formatDate(s.published, locale) : '', s.confidence]);
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
