// "When did the 2024 edition of the MCS come out?", "Wann hat Reuters gemeldet, dass die USGS Vietnams
// Reserven gesenkt hat?": the date a source or an edition was published. Asked with "when", a word of
// publishing (grammar.published_words) and either an edition's year or a publisher's name; of several
// sources by that publisher, the one whose title and note share most with the question.
import type { CommandContext } from '../../commands/types.js';
import type { Source } from '../../dataset/schema.js';
import type { Dataset } from '../../dataset/dataset.js';
import { t } from '../../commands/common.js';
import { normalize } from '../../dataset/lookup.js';
import { formatDateRange } from '../../reply/format.js';
import { vocabIndex } from '../query/vocab.js';
import { countPhrase } from './answer-counts.js';
import { yesNo } from './answer-figures.js';
import { phraseAt, stem } from '../query/text.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';

// A release of an edition named by its number ("v1.3", "version 1.3", "Version 1.1").
const VERSION = /(?<![\p{L}\d])(?:v|version\s*)(\d+\.\d+)(?![\d.])/iu;

const holds = (words: readonly string[], phrase: readonly string[]): boolean => phrase.length > 0 && words.some((_, i) => phraseAt(words, i, phrase));

/** Whether the question holds a word of publishing (grammar.published_words). */
const asksPublished = (ds: Dataset, p: ParsedQuery): boolean => {
  const words = normalize(p.text).split(' ');
  return vocabIndex(ds).publishedWords.some((w) => holds(words, w));
};

/** The edition the question names ("MCS 2025", or its release "v1.3"), if the dataset holds it. */
const editionNamed = (ds: Dataset, p: ParsedQuery): Dataset['editionsNewestFirst'][number] | undefined =>
  ds.editionsNewestFirst.find((e) => e.order === p.edition) ?? ds.editionsNewestFirst.find((e) => Math.floor(e.order) === p.edition);

const namesCache = new WeakMap<Dataset, Map<Source, string[][]>>();
/** A publisher's names as phrases: the name, its parts around "/" and the name in brackets ("MOFCOM"). */
function publisherNames(ds: Dataset): Map<Source, string[][]> {
  let map = namesCache.get(ds);
  if (!map) {
    map = new Map();
    for (const s of ds.sources) {
      const bracket = /\(([^)]+)\)/.exec(s.publisher)?.[1];
      const bare = s.publisher.replace(/\([^)]*\)/g, ' ');
      const names = [bare, ...bare.split('/'), ...(bracket ? [bracket] : [])].map((n) => normalize(n).split(' ').filter(Boolean)).filter((n) => n.length);
      map.set(s, names);
    }
    namesCache.set(ds, map);
  }
  return map;
}

export function publicationDate(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  const out = editionOut(ctx, p);
  if (out) return out;
  const claimed = publicationClaim(ctx, p);
  if (claimed) return claimed;
  // "… when MCS 2026 came out – how many?": a count asked beside a clause of time is no date asked.
  // "MCS 2025 – Erscheinungsdatum?", "release date of …": a date asked by its noun asks as "when" does.
  const dateAsked = p.operator === 'when' || (p.operator === 'single' && p.attributes[0]?.attribute.id === 'date');
  if (!dateAsked || p.subjects.namedEvents.length || countPhrase(ctx, p)) return undefined;
  const { dataset: ds, locale } = ctx;
  if (!asksPublished(ds, p)) return undefined;
  const words = normalize(p.text).split(' ');
  if (p.edition !== undefined) {
    const found = editionNamed(ds, p);
    // "… MCS 2026 version 1.3": the release named, not the edition's first one, whose date is another.
    const version = VERSION.exec(p.text)?.[1];
    const ed = version && found && !found.label.includes(`v${version}`) ? ds.editionsNewestFirst.find((e) => Math.floor(e.order) === Math.floor(found.order) && e.label.includes(`v${version}`)) : found;
    if (found && version && !ed?.published) {
      const first = found.published ? formatDateRange(found.published, undefined, locale) : undefined;
      const named = ed?.label ?? `${found.label.replace(/\s*\(v[\d.]+\)$/, '')} v${version}`;
      return { status: 'none', lead: t(locale, `The dataset holds no publication date for ${named}${first ? `; ${found.label} was published on ${first}` : ''}.`,
        `Ein Veröffentlichungsdatum von ${named} enthält der Datensatz nicht${first ? `; ${found.label} erschien am ${first}` : ''}.`), support: [], sources: [...found.sources], more: '/sources' };
    }
    if (!ed?.published) return undefined;
    const date = formatDateRange(ed.published, undefined, locale);
    return { status: 'answer', lead: t(locale, `${date}: ${ed.label} was published.`, `${date}: ${ed.label} wurde veröffentlicht.`), support: [], sources: [...ed.sources], more: '/sources' };
  }
  const names = publisherNames(ds);
  const candidates = ds.sources.filter((s) => s.published && names.get(s)!.some((n) => holds(words, n)));
  if (!candidates.length) return undefined;
  const asked = new Set(p.content.map((w) => stem(w, locale)));
  const countries = p.subjects.countries.map((c) => normalize(c.name.en));
  const score = (s: Source): number => {
    const text = normalize([s.title, s.note?.en ?? '', s.note?.de ?? ''].join(' '));
    const own = new Set(text.split(' ').flatMap((w) => [stem(w, 'en'), stem(w, 'de')]));
    return [...asked].filter((w) => own.has(w)).length + countries.filter((c) => text.includes(c)).length;
  };
  const ranked = candidates.map((s) => ({ s, n: score(s) })).sort((a, b) => b.n - a.n);
  // Two sources of that publisher the question fits equally: it does not say which one.
  if (ranked.length > 1 && ranked[0]!.n === ranked[1]!.n) return undefined;
  const src = ranked[0]!.s;
  const date = formatDateRange(src.published!, undefined, locale);
  // The title stays in its own language; a German reply names the publisher and leaves the title to the source list.
  const lead = locale === 'de' ? `${date}: Meldung von ${src.publisher}${src.via ? ` (über ${src.via})` : ''}.` : `${date}: ${src.publisher}, “${src.title}”.`;
  return { status: 'answer', lead, support: [], sources: [src.id], more: '/sources' };
}

/**
 * "Wurde MCS 2026 im Januar veröffentlicht?": a day, month or year claimed for an edition's publication,
 * against the day it was published. A month typed without a year is read against the edition's own year.
 */
function publicationClaim(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  const time = p.time;
  if (!p.polar || p.edition === undefined || !time || time.label || time.relative || time.kind === 'latest') return undefined;
  // "Did MCS 2026 report China's production in 2025 at 270,000 t?": a figure asked, whose year is the data's.
  if (p.threshold !== undefined || p.subjects.countries.length || p.attributes.some((h) => 'figure' in h.attribute.answer || 'share' in h.attribute.answer)) return undefined;
  const { dataset: ds, locale } = ctx;
  if (!asksPublished(ds, p)) return undefined;
  const ed = editionNamed(ds, p);
  if (!ed?.published) return undefined;
  const day = ed.published;
  const yes = time.yearInferred ? (time.kind === 'day' ? day.slice(5, 10) === time.start.slice(5, 10) : day.slice(5, 7) === time.start.slice(5, 7))
    : day >= time.start && day <= time.end;
  const date = formatDateRange(day, undefined, locale);
  return { status: 'answer', sources: [...ed.sources], more: '/sources', support: [],
    lead: `${yesNo(locale, yes)}${t(locale, `${date}: ${ed.label} was published.`, `${date}: ${ed.label} wurde veröffentlicht.`)}` };
}

/**
 * An edition asked as out. "Is MCS 2026 out?": one the dataset holds is, on the day it appeared. "Is MCS 2027
 * out yet?", "Wann erscheint die MCS 2027?": whether one newer than any it holds has appeared since, the dataset
 * cannot say — no yes or no, and not another edition's date, but the newest edition it holds and its day.
 */
function editionOut(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  const { dataset: ds, locale } = ctx;
  // Or asked whether it exists, naming nothing else ("Gibt es schon die MCS 2027?", "Ist die Ausgabe 2027 schon da?").
  const s = p.subjects;
  const onlyEdition = p.polar && !s.countries.length && !s.minerals.length && !s.elements.length && !s.events.length && p.attributes.every((h) => h.attribute.id === 'glossary');
  if (p.edition === undefined || !(asksPublished(ds, p) || onlyEdition)) return undefined;
  // Of one it holds, only asked as out and naming nothing else (a day asked is publicationClaim's; "cut the reserves
  // again after the 2026 edition came out?" asks a figure).
  const held = editionNamed(ds, p);
  if (held?.published && onlyEdition && !s.world && p.direction === undefined && !p.time && p.threshold === undefined) {
    const on = formatDateRange(held.published, undefined, locale);
    return { status: 'answer', sources: [...held.sources], more: '/sources', support: [],
      lead: `${yesNo(locale, true)}${t(locale, `${on}: ${held.label} was published.`, `${on}: ${held.label} wurde veröffentlicht.`)}` };
  }
  if (held) return undefined;
  const newest = ds.editionsNewestFirst.find((e) => e.published);
  if (!newest?.published || p.edition < Math.floor(newest.order)) return undefined;
  const label = newest.label.replace(/\s*\(v[\d.]+\)$/, '');
  const asked = label.replace(/\d{4}$/, String(p.edition));
  const date = formatDateRange(newest.published, undefined, locale);
  const asOf = formatDateRange(ds.meta.as_of, undefined, locale);
  return { status: 'none', lead: t(locale, `The dataset (as of ${asOf}) does not hold ${asked}: the newest edition it has is ${label}, published on ${date}.`,
    `${asked} enthält der Datensatz (Stand ${asOf}) nicht: Die neueste Ausgabe darin ist ${label}, erschienen am ${date}.`), support: [], sources: [...newest.sources], more: '/sources' };
}
