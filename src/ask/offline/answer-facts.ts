// Answer-first replies from dataset facts and retrieved sentences: the sentence that best answers
// the question leads, the rest of the fact supports it. Also shares of the world total computed
// from the USGS tables.
import type { Dataset } from '../../dataset/dataset.js';
import type { Locale } from '../../reply/model.js';
import type { Fact } from '../../dataset/schema.js';
import type { CommandContext } from '../../commands/types.js';
import { loc } from '../../commands/common.js';
import { normalize } from '../../dataset/lookup.js';
import { formatDateRange } from '../../reply/format.js';
import { stem, withoutEditions } from '../query/text.js';
import { listItemLead } from './list-item.js';
import { splitSentences } from '../query/sentences.js';
import { datesInDatasetText } from '../query/time.js';
import { vocabIndex } from '../query/vocab.js';
import type { AnswerFirst, AttributeHit, ParsedQuery } from '../query/types.js';
import type { Hit } from './retrieve.js';
import { coversSubjects } from './fact-fit.js';
import { textStems } from './sentence-cache.js';
import { figureCommand } from './answer-figures.js';
import { countInText } from './answer-counts.js';
import { escapeRegExp } from '../query/text.js';


/**
 * Names of the question's subjects, normalised, each after a space, for finding the sentence about
 * them: a padded sentence names one where it holds ` ${name}` (at a word's start).
 */
function subjectNames(p: ParsedQuery): string[] {
  const s = p.subjects;
  const names = [
    ...s.countries.flatMap((c) => [c.name.en, c.name.de, ...c.aliases.filter((a) => a.length > 3)]),
    ...s.elements.flatMap((e) => [e.name.en, e.name.de, ...e.aliases.filter((a) => a.length > 3)]),
    ...s.minerals.filter((m) => m.id !== 'rare-earths').flatMap((m) => [m.name.en, m.name.de]),
  ];
  // Pushed into an array made here: filter's is of another kind when empty, and the sentence
  // scoring's optimised code was thrown away when the kind it had not seen came (node --trace-deopt).
  const out: string[] = [];
  for (const n of names) {
    const x = normalize(n);
    if (x) out.push(` ${x}`);
  }
  return out;
}

// A dataset sentence's normalised text and word stems, per dataset and locale: sentences are scored
// against every question that picks their fact or event, and normalising and stemming them anew was
// a tenth of an uncached answer's CPU (bench/core.ts, --cpu-prof). Bounded by the dataset's sentences;
// the bound only guards against a caller passing other text.
// Per locale, then by the sentence itself: a key joining the two was a new string per call, hashed
// whole every time, where the dataset's sentence keeps its hash.
const sentenceCache = new WeakMap<Dataset, Record<Locale, Map<string, { n: string; stems: Set<string> }>>>();

function sentenceWords(ctx: CommandContext, sentence: string): { n: string; stems: Set<string> } {
  let maps = sentenceCache.get(ctx.dataset);
  if (!maps) sentenceCache.set(ctx.dataset, (maps = { en: new Map(), de: new Map() }));
  const map = maps[ctx.locale];
  const key = sentence;
  let hit = map.get(key);
  if (!hit) {
    // Number ranges count for every number in them ("Nos. 55–58" holds No. 57).
  const n = ` ${normalize(sentence.replace(/(\d+)\s*[–-]\s*(\d+)/g, (all, a: string, b: string) => (Number(b) - Number(a) > 0 && Number(b) - Number(a) <= 20
    ? Array.from({ length: Number(b) - Number(a) + 1 }, (_, i) => String(Number(a) + i)).join(' ') : all)))} `;
    hit = { n, stems: new Set(n.trim().split(' ').map((w) => stem(w, ctx.locale))) };
    if (map.size >= 20_000) map.clear();
    map.set(key, hit);
  }
  return hit;
}

const subjectNamesOf = new WeakMap<ParsedQuery, string[]>();

// The question's words that score, with their stems, once per parsed question: every sentence of
// every fact or event a question is matched against stemmed all its words again.
const scoringWordsOf = new WeakMap<ParsedQuery, { locale: string; words: { stem: string; points: number }[] }>();

function scoringWords(ctx: CommandContext, p: ParsedQuery): { stem: string; points: number }[] {
  let hit = scoringWordsOf.get(p);
  if (!hit || hit.locale !== ctx.locale) {
    const stop = vocabIndex(ctx.dataset).stop;
    const words: { stem: string; points: number }[] = [];
    // Numbers count whatever their length ("No. 61"); other words from three letters.
    for (const w of new Set(p.words)) if (!stop.has(w) && (w.length >= 3 || /^\d+$/.test(w))) words.push({ stem: stem(w, ctx.locale), points: /^\d+$/.test(w) ? 2 : 1 });
    scoringWordsOf.set(p, (hit = { locale: ctx.locale, words }));
  }
  return hit.words;
}

/** How well a sentence answers the question: subject names, question words (stemmed), the asked year. */
export function sentenceScore(ctx: CommandContext, p: ParsedQuery, sentence: string): number {
  const { n, stems } = sentenceWords(ctx, sentence);
  let score = 0;
  let names = subjectNamesOf.get(p);
  if (!names) subjectNamesOf.set(p, (names = subjectNames(p)));
  // ` ${name}` is what counted: it is in every text that holds ` ${name} `.
  for (const name of names) if (n.includes(name)) score += 2;
  for (const w of scoringWords(ctx, p)) if (stems.has(w.stem)) score += w.points;
  // The asked year as a data year, not inside an edition's name ("USGS MCS 2025").
  if (p.time?.kind === 'year' && withoutEditions(n).includes(p.time.start.slice(0, 4))) score += 1.5;
  return score;
}

// A fact's keyword stems per locale: the dataset's own words, stemmed once instead of for every
// question that weighs the fact.
const keywordStemsOf = new WeakMap<Fact, Partial<Record<Locale, ReadonlySet<string>>>>();

function keywordStems(f: Fact, locale: Locale): ReadonlySet<string> {
  let byLocale = keywordStemsOf.get(f);
  if (!byLocale) keywordStemsOf.set(f, (byLocale = {}));
  return (byLocale[locale] ??= new Set(normalize(f.keywords[locale].join(' ')).split(' ').map((w) => stem(w, locale))));
}

/**
 * "Primärgermanium 2022 – lag Russland oder Belgien vorne?": of the facts naming every country the
 * question compares, one whose keywords the question uses; it states their figures where no USGS
 * table of the dataset holds that commodity.
 */
export function listingFact(ctx: CommandContext, p: ParsedQuery): Fact | undefined {
  const stems = p.content.map((w) => stem(w, ctx.locale));
  const ids = ctx.dataset.facts.filter((f) => p.subjects.countries.every((c) => f.countries.includes(c.id))
    && stems.some((x) => keywordStems(f, ctx.locale).has(x))).map((f) => f.id);
  return ids.length ? pickFact(ctx, p, ids) : undefined;
}

/** The fact (of those an attribute names) about the question's subjects that shares most with it. */
export function pickFact(ctx: CommandContext, p: ParsedQuery, ids: readonly string[]): Fact | undefined {
  const s = p.subjects;
  const year = p.time?.kind === 'year' ? p.time.start.slice(0, 4) : undefined;
  let best: { f: Fact; score: number } | undefined;
  // The question's content words stemmed once, not once per fact weighed.
  const contentStems: string[] = [];
  for (const w of p.content) contentStems.push(stem(w, ctx.locale));
  // The content words no attribute read ("germanium" in "germanium price per kilo"): a fact holding none
  // of them, in its text or keywords, is about something else than the one holding them.
  const asked = new Set(p.attributes.flatMap((h) => h.matched.flatMap((m) => normalize(m).split(' '))));
  const topical = p.content.filter((w) => !asked.has(w)).map((w) => stem(w, ctx.locale));
  for (const id of ids) {
    const f = ctx.dataset.factById.get(id);
    if (!f || !coversSubjects(ctx, p, f)) continue;
    let score = 0;
    score += 2 * s.countries.filter((c) => f.countries.includes(c.id)).length;
    score += 2 * s.elements.filter((e) => f.elements.includes(e.symbol)).length;
    score += 2 * s.minerals.filter((m) => m.id !== 'rare-earths' && f.minerals.includes(m.id)).length;
    score += 2 * s.events.filter((e) => f.events.includes(e.id)).length;
    score += Math.max(...splitSentences(ctx.dataset, loc(ctx.locale, f.text)).map((x) => sentenceScore(ctx, p, x))) / 4;
    // The fact's keywords are the words readers use for it ("germanium price").
    const keys = keywordStems(f, ctx.locale);
    score += contentStems.filter((s) => keys.has(s)).length / 2;
    // The year asked ("vor drei Jahren": 2023) picks the fact stating that year's figures.
    if (year && withoutEditions(f.text.en).includes(year)) score += 2;
    if (topical.length && ids.length > 1) {
      const own = textStems(ctx.dataset, loc(ctx.locale, f.text), ctx.locale);
      score -= topical.filter((x) => !own.has(x) && !keys.has(x)).length;
    }
    if (!best || score > best.score) best = { f, score };
  }
  return best?.f;
}

function factMore(ctx: CommandContext, f: Fact): string | undefined {
  if (f.events[0]) return `/summit ${f.events[0]}`;
  if (f.elements.length === 1) return `/element ${f.elements[0]}`;
  const c = f.countries.map((id) => ctx.dataset.countryById.get(id)).find((x) => x && x.kind !== 'aggregate');
  if (c && f.minerals[0]) {
    const m = ctx.dataset.mineralById.get(f.minerals[0]);
    if (m) return figureCommand(ctx.dataset, 'reserves', m, c, ctx.locale);
  }
  return undefined;
}

export function factAnswer(ctx: CommandContext, p: ParsedQuery, f: Fact, hit?: AttributeHit): AnswerFirst {
  const parts = splitSentences(ctx.dataset, loc(ctx.locale, f.text));
  // A sentence holding a phrase of the asked attribute ("net import reliance" for "how dependent …
  // on imports?") answers it before one that only names the subjects.
  const phrases = hit ? [...hit.attribute.words.en, ...hit.attribute.words.de].map((w) => ` ${normalize(w)} `) : [];
  // Each sentence scored once, normalised once for all phrases: the first of the highest scores leads.
  let bestI = 0;
  let bestScore = -Infinity;
  for (let i = 0; i < parts.length; i++) {
    const x = parts[i]!;
    let score = sentenceScore(ctx, p, x);
    // "How many cherry trees …?": a sentence stating how many of them answers a count before one that states none.
    if (p.operator === 'count' && countInText(ctx, p, x) !== undefined) score += 3;
    if (phrases.length) {
      const n = ` ${normalize(x)} `;
      for (const w of phrases) if (n.includes(w)) score += 2;
    }
    if (score > bestScore) {
      bestI = i;
      bestScore = score;
    }
  }
  // Years set side by side ("2024 vs 2025") that the fact states in different sentences: each year's
  // sentence, in the order asked, so both figures lead.
  const byYear = p.years ? yearSentences(ctx, p, parts, p.years) : undefined;
  const leads = byYear ?? [bestI];
  const whole = leads.map((i) => parts[i]!).join(' ') || loc(ctx.locale, f.text);
  // One item of a listing sentence asked: that item first, the list after it (a yes or no reads the whole).
  const item = leads.length === 1 && !p.polar ? listItemLead(ctx, p, whole, parts.filter((_, i) => !leads.includes(i))) : undefined;
  const lead = item ?? whole;
  const rest = parts.filter((_, i) => !leads.includes(i)).join(' ');
  const more = factMore(ctx, f);
  // The whole list a line of its own: a year's line is looked for line by line (plan-fallbacks.ts, yearFit).
  return { status: 'answer', lead, support: [...(item ? [whole] : []), ...(rest ? [rest] : [])], sources: [...f.sources], ...(more ? { more } : {}) };
}

/**
 * For each year, the best-scoring sentence stating it (an edition's name, "MCS 2025", states no year),
 * when every year has one of its own; else undefined.
 */
function yearSentences(ctx: CommandContext, p: ParsedQuery, parts: readonly string[], years: readonly number[]): number[] | undefined {
  const out: number[] = [];
  const words = parts.map((x) => ` ${withoutEditions(normalize(x))} `);
  for (const y of years) {
    let best = -1;
    let score = -Infinity;
    for (let i = 0; i < parts.length; i++) {
      if (out.includes(i) || !words[i]!.includes(` ${y} `)) continue;
      const sc = sentenceScore(ctx, p, parts[i]!);
      if (sc > score) [best, score] = [i, sc];
    }
    if (best < 0) return undefined;
    out.push(best);
  }
  return out;
}

/** What a term means: the sentence of its fact naming the term leads ("e = estimated"), the rest supports. */
export function termAnswer(ctx: CommandContext, f: Fact, term: string): AnswerFirst {
  const parts = splitSentences(ctx.dataset, loc(ctx.locale, f.text));
  // Marks of one or two letters are matched as written ("W", "e"); longer terms whatever their case.
  const esc = escapeRegExp(term);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, term.length <= 2 ? 'u' : 'iu');
  const i = Math.max(0, parts.findIndex((x) => re.test(x)));
  const rest = parts.filter((_, k) => k !== i).join(' ');
  const more = factMore(ctx, f);
  return { status: 'answer', lead: parts[i] ?? loc(ctx.locale, f.text), support: rest ? [rest] : [], sources: [...f.sources], ...(more ? { more } : {}) };
}

/** A retrieved sentence leads (a list item with the sentence it belongs to); for a fact, the rest of the fact supports it. */
export function passageAnswer(ctx: CommandContext, p: ParsedQuery, hit: Hit): AnswerFirst {
  const { passage } = hit;
  if (passage.kind === 'fact') {
    const f = ctx.dataset.factById.get(passage.ref);
    if (f) {
      const parts = splitSentences(ctx.dataset, loc(ctx.locale, f.text));
      const lead = parts.find((s) => s.includes(passage.text)) ?? passage.text;
      const a = factAnswer(ctx, p, f);
      if (a.lead !== lead) return { ...a, lead, support: [parts.filter((s) => s !== lead).join(' ')].filter(Boolean) };
      return a;
    }
  }
  const src = passage.kind === 'source' ? ctx.dataset.sourceById.get(passage.ref) : undefined;
  // A source's note says what the text is; it leads after the publisher and the title it describes.
  if (src) {
    const title = ctx.locale === 'de' ? `„${src.title}“` : `“${src.title}”`;
    const text = ctx.locale === 'en' && /^\p{Lu}\p{Ll}/u.test(passage.text) ? `${passage.text[0]!.toLowerCase()}${passage.text.slice(1)}` : passage.text;
    // The note's other sentences follow: a note is short, and what it says of a text belongs together.
    const rest = src.note ? splitSentences(ctx.dataset, loc(ctx.locale, src.note)).filter((x) => x.trim() !== passage.text) : [];
    return { status: 'answer', lead: `${src.publisher}, ${title}: ${text}`, support: rest.length ? [rest.join(' ')] : [], sources: passage.sources, more: `/sources ${src.id}` };
  }
  const more = passage.kind === 'event' ? `/summit ${passage.ref}` : passage.kind === 'element' ? `/element ${passage.ref}` : undefined;
  const ev = passage.kind === 'event' ? ctx.dataset.eventById.get(passage.ref) : undefined;
  const placed = ev ? `${loc(ctx.locale, ev.title)} (${formatDateRange(ev.date, ev.end_date, ctx.locale)})` : '';
  // An item of a list ("sich ergänzende Lagerhaltung") is no sentence on its own: it leads after its event.
  const item = !/^[\p{Lu}\d"„“(]/u.test(passage.text);
  // An element's or mineral's note says nothing of what it is about ("The most abundant rare-earth
  // element."): it leads after the name.
  const el = passage.kind === 'element' ? ctx.dataset.elements.find((e) => e.symbol === passage.ref) : undefined;
  const min = passage.kind === 'mineral' ? ctx.dataset.mineralById.get(passage.ref) : undefined;
  const name = el ?? min;
  const own = name && !passage.id.endsWith(':uses') ? `${loc(ctx.locale, name.name)}: ` : '';
  // English goes on in lower case after the colon; German keeps its nouns' capitals.
  const after = own && ctx.locale === 'en' && /^\p{Lu}\p{Ll}/u.test(passage.text) ? `${passage.text[0]!.toLowerCase()}${passage.text.slice(1)}` : passage.text;
  // "When did Trump address the CEO summit?" answered by a sentence stating no day: its event's day first.
  const when = ev && p.operator === 'when' && !item && !datesInDatasetText(passage.text, ctx.dataset).length;
  const lead = item && placed ? `${placed}: ${passage.text.replace(/[.;]?$/, '.')}` : when ? `${formatDateRange(ev.date, ev.end_date, ctx.locale)}: ${passage.text}` : `${own}${after}`;
  const support = placed && !item ? [`${placed}.`] : [];
  return { status: 'answer', lead, support, sources: passage.sources, ...(more ? { more } : {}) };
}
