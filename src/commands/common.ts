// Helpers every command shares: localised strings, citations, the dataset footer, not-found replies
// and the safe quoting of user input.
import type { Locale, Reply, ReplySource } from '../reply/model.js';
import type { Dataset } from '../dataset/dataset.js';
import type { Edition, Source } from '../dataset/schema.js';
import type { CommandContext, I18n } from './types.js';
import { cleanText } from '../reply/text.js';
import { truncateGraphemes } from '../reply/safe-text.js';
import { formatDate, formatList } from '../reply/format.js';

export const t = (locale: Locale, en: string, de: string): string => (locale === 'de' ? de : en);

export const loc = (locale: Locale, text: I18n): string => text[locale];
/** An event's participants as a reply in `locale` names them. */
export const participantsIn = (locale: Locale, ev: { participants: readonly string[]; participants_de?: readonly string[] | undefined }): readonly string[] =>
  locale === 'de' && ev.participants_de ? ev.participants_de : ev.participants;

const footers = new WeakMap<Dataset, Partial<Record<Locale, string>>>();

/** "Dataset 2026.11.29, as of 6 Feb 2026" — on every answer. */
export function footer(ds: Dataset, locale: Locale): string {
  let byLocale = footers.get(ds);
  if (!byLocale) footers.set(ds, (byLocale = {}));
  return (byLocale[locale] ??= footerText(ds, locale));
}

function footerText(ds: Dataset, locale: Locale): string {
  return locale === 'de'
    ? `Datensatz ${ds.meta.version}, Stand ${formatDate(ds.meta.as_of, locale)}`
    : `Dataset ${ds.meta.version}, as of ${formatDate(ds.meta.as_of, locale)}`;
}

/** "Source: U.S. Geological Survey, USGS MCS 2026 (v1.0) + USGS MCS 2026 (v1.3) · Dataset 2026.11.29, as of 6 Feb 2026". */
export function chartCaption(ds: Dataset, editions: readonly Edition[], locale: Locale): string {
  const publishers = [...new Set(editions.map((e) => e.publisher).filter(Boolean))];
  const labels = [...new Set(editions.map((e) => e.label))];
  const source = [...(publishers.length ? [formatList(publishers, locale)] : []), ...(labels.length ? [labels.join(' + ')] : [])].join(', ');
  return `${t(locale, 'Source', 'Quelle')}: ${source} · ${footer(ds, locale)}`;
}

/** "Reuters (via mining.com)" / "Reuters (über mining.com)"; the publisher alone when read at the source. */
export function publisherName(s: Pick<Source, 'publisher' | 'via'>, locale: Locale): string {
  return s.via ? `${s.publisher} (${t(locale, 'via', 'über')} ${s.via})` : s.publisher;
}

/** "U.S. Geological Survey, Mineral Commodity Summaries 2025: Rare Earths (MCS 2025), 31 Jan 2025". */
export function sourceLabel(s: Source, locale: Locale): string {
  const edition = s.edition && !s.title.includes(s.edition) ? ` (${s.edition})` : '';
  const date = s.published ? `, ${formatDate(s.published, locale)}` : '';
  return `${publisherName(s, locale)}, ${s.title}${edition}${date}`;
}

/** Short citation for running text: "U.S. Geological Survey MCS 2025" or "ZDF/AFP, 28 Oct 2025". */
export function sourceShort(s: Source, locale: Locale): string {
  if (s.edition) return `${s.publisher} ${s.edition}`;
  return s.published ? `${s.publisher}, ${formatDate(s.published, locale)}` : s.publisher;
}

const sourceLabels = new WeakMap<Source, Partial<Record<Locale, string>>>();

/** Collects the sources an answer cites, in first-cited order, without duplicates. */
export class Citations {
  // A Set keeps first-insertion order: sources are listed in the order they were first cited.
  readonly #ids = new Set<string>();
  constructor(readonly ds: Dataset) {}

  add(...ids: readonly string[]): this {
    for (const id of ids) if (this.ds.sourceById.has(id)) this.#ids.add(id);
    return this;
  }

  get size(): number {
    return this.#ids.size;
  }

  list(locale: Locale): ReplySource[] {
    return [...this.#ids].map((id) => {
      const s = this.ds.sourceById.get(id)!;
      let labels = sourceLabels.get(s);
      if (!labels) sourceLabels.set(s, (labels = {}));
      return { id, label: (labels[locale] ??= sourceLabel(s, locale)), url: s.url };
    });
  }
}

export type ReplyParts = Omit<Reply, 'kind' | 'locale' | 'sources' | 'footer'> & { kind?: Reply['kind'] };

/** An answer with its sources and the dataset footer. */
export function answer(ctx: CommandContext, cite: Citations, parts: ReplyParts): Reply {
  return answerWith(ctx, cite.list(ctx.locale), parts);
}

/** answer() with a source list at hand (one shared by many answers, frozen). */
export function answerWith(ctx: CommandContext, sources: ReplySource[], parts: ReplyParts): Reply {
  return {
    kind: 'answer',
    ...parts,
    locale: ctx.locale,
    sources,
    footer: footer(ctx.dataset, ctx.locale),
  };
}

const MAX_QUOTE = 80;

/**
 * User input echoed back in a reply: control characters removed, truncated to ~80 characters,
 * mention syntax defused (renderers escape too, but the core never hands them a live ping).
 */
export function quoteInput(s: string, max = MAX_QUOTE): string {
  return `'${echo(s, max)}'`;
}

/** User text placed in a reply without quotes (e.g. inside a suggested command line), defused likewise. */
export function echo(s: string, max = MAX_QUOTE): string {
  // Cut between graphemes: half an emoji is a lone surrogate, which Discord rejects outright.
  const q = truncateGraphemes(cleanText(s).replace(/\s+/g, ' ').trim(), max);
  // Most input holds neither character: no pass then. The Unicode pattern's compiled code is dropped
  // by the garbage collector between the rare calls and compiled anew, which made echo a thirtieth of
  // the uncached CPU (bench/core-check.ts prof).
  if (!q.includes('@') && !q.includes('<')) return q;
  return q.replace(/@(?=[\p{L}\p{N}_])/gu, '@\u200b').replace(/<(?=[@#!])/g, '<\u200b');
}

/** A "not found" reply: kind error, with the nearest suggestions to type next. */
export function notFound(ctx: CommandContext, text: string, suggestions: readonly string[]): Reply {
  const list = suggestions.length ? [...suggestions] : ['/help'];
  return {
    kind: 'error',
    locale: ctx.locale,
    blocks: [text],
    sources: [],
    suggestions: list,
    ephemeral: true,
    footer: footer(ctx.dataset, ctx.locale),
  };
}

/** A usage error (bad argument such as an impossible date): kind error, no suggestions needed. */
export function usageError(ctx: CommandContext, text: string, suggestions: readonly string[] = []): Reply {
  return {
    kind: 'error',
    locale: ctx.locale,
    blocks: [text],
    sources: [],
    ephemeral: true,
    ...(suggestions.length ? { suggestions: [...suggestions] } : {}),
  };
}
