// Honest "not in the dataset" answers (no figure, ever, and the nearest command to try), "no, that is
// not a rare earth", and the retrieval stage's answer for questions no attribute explains.
import type { Dataset } from '../../dataset/dataset.js';
import type { Locale } from '../../reply/model.js';
import type { Country, Element, Mineral } from '../../dataset/schema.js';
import type { Attribute } from '../../dataset/vocabulary-schema.js';
import type { CommandContext } from '../../commands/types.js';
import { echo, loc, t } from '../../commands/common.js';
import { defaultMineral } from '../../commands/figure-answer.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { isNameWord, passageCount, passageNormalised, recordPassages, retrieve, termOf, publisherTerm, publisherWords, type Hit, type Passage } from './retrieve.js';
import { normalize } from '../../dataset/lookup.js';
import { rawWords } from '../query/text.js';
import { vocabIndex } from '../query/vocab.js';
import { passageAnswer } from './answer-facts.js';
import { figureCommand } from './answer-figures.js';
import { matchedWords } from '../query/matched-words.js';

/** The command nearest to what was asked, for "try this instead". */
function nearest(ctx: CommandContext, p: ParsedQuery): string | undefined {
  const s = p.subjects;
  const m = defaultMineral(ctx.dataset)!;
  if (s.elements[0]) return `/element ${s.elements[0].symbol}`;
  if (s.events[0]) return `/summit ${s.events[0].id}`;
  if (s.countries[0]) return figureCommand(ctx.dataset, 'reserves', s.minerals[0] ?? m, s.countries[0], ctx.locale);
  if (s.minerals[0]) return figureCommand(ctx.dataset, 'reserves', s.minerals[0], undefined, ctx.locale);
  return undefined;
}

export function noneAnswer(ctx: CommandContext, p: ParsedQuery, attr?: Attribute, lead?: string, more?: string, notRare?: Mineral): AnswerFirst {
  const { locale } = ctx;
  if (notRare) {
    return {
      status: 'answer',
      lead: t(locale, `No — ${notRare.name.en.toLowerCase()} is not a rare earth. The 17 rare earths are scandium, yttrium and the 15 lanthanides.`,
        `Nein — ${notRare.name.de} ist keine Seltene Erde. Zu den 17 Seltenen Erden zählen Scandium, Yttrium und die 15 Lanthanoide.`),
      support: [],
      sources: [...notRare.sources],
      more: more ?? '/elements',
    };
  }
  // Name what was asked in the reader's own words as typed ("Ankündigung", "NdFeB magnet"), never as stems.
  const v = vocabIndex(ctx.dataset);
  const asked = new Set(matchedWords(p.attributes));
  const names = new Set([...p.subjects.countries, ...p.subjects.minerals, ...p.subjects.elements].flatMap((x) => [x.name.en, x.name.de, ...x.aliases]).flatMap((n) => normalize(n).split(' ')));
  // Each word once: "graphite: China's natural graphite output" asks of graphite, not "graphite graphite".
  const typedAs = (keep: (n: string) => boolean): string => [...new Set(rawWords(p.text).filter((w) => normalize(w).split(' ').some(keep)))].slice(0, 4).join(' ');
  const noneHit = attr && 'none' in attr.answer ? p.attributes.find((h) => h.attribute.id === attr.id) : undefined;
  const noneWords = new Set(matchedWords([noneHit]));
  const topic = typedAs((n) => !v.stop.has(n) && !asked.has(n) && (p.content.includes(n) || names.has(n)));
  const what = noneHit ? typedAs((n) => noneWords.has(n)) : attr ? `${loc(locale, attr.label)}${topic ? `: ${topic}` : ''}` : typedAs((n) => p.unknown.includes(n));
  const quoted = what ? ` (${echo(what, 60)})` : '';
  const text = lead ?? (attr && 'none' in attr.answer
    ? `${t(locale, 'The dataset has no figure for that', 'Dazu hat der Datensatz keine Zahl')}${quoted}. ${loc(locale, attr.answer.none)}`
    : t(locale, `The dataset has no figure or fact for that${quoted}.`, `Dazu enthält der Datensatz keine Zahl und keinen Eintrag${quoted}.`));
  const next = more ?? nearest(ctx, p);
  const support = next ? [t(locale, `Nearest in the dataset: ${next}`, `Am nächsten im Datensatz: ${next}`)] : [t(locale, 'See /help for what Lodestone covers.', 'Was Lodestone abdeckt, zeigt /help.')];
  return { status: 'none', lead: text, support, sources: [], ...(next ? { more: next } : {}) };
}

/**
 * The retrieval stage: the dataset sentence that best matches the question's words, if it covers
 * the words nothing else explained (at least half of them; all of them with `allUnknown`); else undefined.
 */
export function retrievalAnswer(ctx: CommandContext, p: ParsedQuery, kinds?: readonly string[], mustCover?: readonly string[], opts: { allUnknown?: boolean } = {}): { answer: AnswerFirst; fact?: string } | undefined {
  const s = p.subjects;
  // A passage must be about what the question names (France's capital is not in a fact about Japan).
  const about = (x: Passage): boolean => (!s.countries.length && !s.elements.length)
    || s.countries.some((c) => passageAbout(ctx.dataset, x, c)) || s.elements.some((e) => passageAbout(ctx.dataset, x, e));
  const unknown = new Set(p.unknown.map((w) => termOf(w, ctx.locale)));
  // Only where every unknown word must be found may one stand for a longer word of the texts
  // ("soy" for "soybeans"): with half of them, "beste" would find "Bestellungen".
  // A stem of three letters cut from a longer word ("Minen" → "min", "Timer" → "tim") stands for too
  // many words ("Mineral", "Times") to be a short form of one; a word that short itself ("soy") is one.
  const prefixes = opts.allUnknown ? new Set(p.unknown.filter((w) => { const t = termOf(w, ctx.locale); return t.length >= 4 || t === w; }).map((w) => termOf(w, ctx.locale))) : undefined;
  const asksSource = p.attributes.some((h) => 'provenance' in h.attribute.answer);
  // A source's note names publishers; a word of the question met as one ("Timer" as "Times") finds no
  // answer in it unless the question asks about a source or names the publisher itself ("Reuters").
  const publisherNamed = new Set(p.unknown.filter((w) => publisherWords(ctx.dataset).has(w)).map((w) => termOf(w, ctx.locale)));
  const inText = (h: Hit): boolean => h.passage.kind !== 'source' || asksSource || !h.terms.some((t) => unknown.has(t) && !publisherNamed.has(t) && publisherTerm(ctx.dataset, t, ctx.locale));
  const hits = retrieve(ctx.dataset, p.words, ctx.locale, (x) => (!kinds || kinds.includes(x.kind)) && about(x), 5, prefixes).filter(inText);
  // Nothing of the dataset named: half the unknown words is not enough ("a good name for my puppy"
  // is not the sentence saying the rare earths are "grouped under one name").
  const named = s.countries.length || s.elements.length || s.minerals.length || s.events.length || p.attributes.length;
  const coveredBy = (h: (typeof hits)[number]): number => h.terms.filter((x) => unknown.has(x)).length;
  // A source named as the attribution ("laut ZDF", "according to Reuters") ranks its own record first,
  // which holds none of what is asked: unless the question asks about a source, the next passage does.
  const top = hits[0]?.passage.kind === 'source' && !asksSource && !coveredBy(hits[0]) ? hits.find((h) => h.passage.kind !== 'source') : hits[0];
  if (!top) return undefined;
  const covered = coveredBy(top);
  if (unknown.size && (named ? covered * 2 < unknown.size : covered * 2 <= unknown.size)) return undefined;
  if (opts.allUnknown && (!unknown.size || covered < unknown.size)) return undefined;
  // Words that must mostly be in the passage (numbers included: "No. 56"), when nothing else placed the question.
  if (mustCover) {
    const need = new Set([...mustCover, ...p.words.filter((w) => /^\d+$/.test(w))].map((w) => termOf(w, ctx.locale)));
    const got = top.terms.filter((x) => need.has(x)).length;
    if (!need.size || got * 3 < need.size * 2) return undefined;
  }
  const answer = passageAnswer(ctx, p, top);
  return { answer, ...(top.passage.kind === 'fact' ? { fact: top.passage.ref } : {}) };
}

/**
 * A question whose every unknown word stands in one of the dataset's own sentences (the soybeans of
 * a trade deal): that sentence answers, not a USGS table or the "no forecasts" note, which know no
 * such commodity.
 */
export function textAnswer(ctx: CommandContext, p: ParsedQuery): { answer: AnswerFirst; fact?: string } | undefined {
  return p.unknown.length ? retrievalAnswer(ctx, p, undefined, undefined, { allUnknown: true }) : undefined;
}

// Per dataset: the words (four letters or more) of its countries' names and aliases and of its
// events' places, which a name must not start with to place a question; and per passage, the stems
// of its text and of its record's text, per language. Both were built anew for every question that
// might have a particular name: a tenth of the distinct workload's CPU (bench/core.ts, --cpu-prof).
const placeWordsOf = new WeakMap<Dataset, string[]>();
const passageStemsOf = new WeakMap<Passage, Map<string, Set<string>>>();

function placeWords(ds: Dataset): string[] {
  let words = placeWordsOf.get(ds);
  if (!words) {
    words = [...new Set([...ds.countries.flatMap((c) => [c.name.en, c.name.de, ...c.aliases]), ...ds.events.flatMap((e) => [e.place.en, e.place.de])]
      .flatMap((n) => normalize(n).split(' ')).filter((w) => w.length >= 4))];
    placeWordsOf.set(ds, words);
  }
  return words;
}

// A country's aliases of four letters or more, normalised and padded for whole-word tests, once per country.
const countryAliases = new WeakMap<Country, string[]>();
// Whether a passage is about a country or an element, per passage and subject: facts of the dataset
// alone, which the search filter asked of every passage it met, for every question naming the
// subject (the names normalised and the passage's text padded and searched each time: a twentieth
// of an eval-set question's CPU, --cpu-prof).
const aboutOf = new WeakMap<Passage, Map<Country | Element, boolean>>();

function passageAbout(ds: Dataset, x: Passage, subject: Country | Element): boolean {
  let known = aboutOf.get(x);
  if (!known) aboutOf.set(x, (known = new Map()));
  let yes = known.get(subject);
  if (yes === undefined) known.set(subject, (yes = namesSubject(ds, x, subject)));
  return yes;
}

function namesSubject(ds: Dataset, x: Passage, subject: Country | Element): boolean {
  const text = passageNormalised(x);
  const rec = x.kind === 'fact' ? ds.factById.get(x.ref) : x.kind === 'event' ? ds.eventById.get(x.ref) : undefined;
  if ('symbol' in subject) {
    const e = subject;
    return rec?.elements.includes(e.symbol) || x.ref === e.symbol || text.includes(normalize(e.name.en)) || text.includes(normalize(e.name.de));
  }
  const c = subject;
  const padded = ` ${text} `;
  // By its name, or an alias as a whole word ("Taiwan" for "Chinese Taipei (Taiwan)"; "Korea" is not in "Nordkorea").
  return rec?.countries.includes(c.id) || text.includes(normalize(c.name.en)) || text.includes(normalize(c.name.de)) || aliasWords(c).some((n) => padded.includes(n));
}

function aliasWords(c: Country): string[] {
  let a = countryAliases.get(c);
  if (!a) countryAliases.set(c, (a = c.aliases.filter((n) => n.length > 3).map((n) => ` ${normalize(n)} `)));
  return a;
}

/** The stems of a passage's own text, or of its record's whole text, in the question's language (once each). */
function passageStems(ctx: CommandContext, x: Passage, which: 'own' | 'record'): Set<string> {
  let per = passageStemsOf.get(x);
  if (!per) passageStemsOf.set(x, (per = new Map()));
  const key = `${which} ${ctx.locale}`;
  let set = per.get(key);
  if (!set) per.set(key, (set = new Set(normalize(which === 'own' ? x.text : recordText(ctx, x)).split(' ').map((w) => termOf(w, ctx.locale)))));
  return set;
}

/** The stems of a question's content words beyond the names of its subjects (their aliases too, with `aliases`). */
function askedBeyondNames(p: ParsedQuery, locale: Locale, aliases: boolean): string[] {
  const names = new Set([...p.subjects.countries, ...p.subjects.minerals, ...p.subjects.elements]
    .flatMap((x) => [x.name.en, x.name.de, ...(aliases ? x.aliases : [])]).flatMap((n) => normalize(n).split(' ')).map((w) => termOf(w, locale)));
  return [...new Set(p.content.map((w) => termOf(w, locale)))].filter((w) => !names.has(w));
}

/**
 * The asked attribute's words stand for each other: a reader's "produce" is stated by a note's
 * "production" (Snowball keeps "produc" and "product" apart), "Vorkommen" by "Reserven".
 * Stem of a word the question matched for an attribute → the stems of that attribute's one-word phrases.
 */
function attributeKin(ctx: CommandContext, p: ParsedQuery): Map<string, string[]> {
  const kin = new Map<string, string[]>();
  // Not an `exact` attribute's: its words name different things ("oxide", "per kg" are both price words).
  for (const h of p.attributes.filter((x) => !x.attribute.exact)) {
    const words = attributeStems(ctx.dataset, ctx.locale, h.attribute);
    for (const m of h.matched) for (const w of m.split(' ')) kin.set(termOf(w, ctx.locale), words);
  }
  return kin;
}

// Per dataset and language: an attribute's one-word phrases, stemmed (built once, not per question).
const attributeStemsOf = new WeakMap<Dataset, Map<string, string[]>>();

function attributeStems(ds: Dataset, locale: Locale, a: Attribute): string[] {
  let per = attributeStemsOf.get(ds);
  if (!per) attributeStemsOf.set(ds, (per = new Map()));
  const key = `${locale} ${a.id}`;
  let words = per.get(key);
  if (!words) per.set(key, (words = [...new Set(a.words[locale].map((w) => normalize(w)).filter((w) => w && !w.includes(' ')).map((w) => termOf(w, locale)))]));
  return words;
}

/** A name that only this many of the dataset's sentences hold is particular enough to place a question. */
const ANCHOR_MAX_PASSAGES = 8;

/** The text of the record a passage belongs to, in the question's language (normalised). */
function recordText(ctx: CommandContext, x: Passage): string {
  const { dataset: ds, locale } = ctx;
  if (x.kind === 'fact') { const f = ds.factById.get(x.ref); return normalize(f ? loc(locale, f.text) : x.text); }
  if (x.kind === 'event') {
    const e = ds.eventById.get(x.ref);
    return normalize(e ? [e.summary, e.outcome, e.agreed].filter(Boolean).map((t) => loc(locale, t!)).join(' ') : x.text);
  }
  return normalize(x.text);
}

/** The question's words that are particular names of the dataset's sentences (stems): "Wagerup", "EXIM", "Takaichi". */
export function anchorWords(ctx: CommandContext, p: ParsedQuery): string[] {
  const { dataset: ds, locale } = ctx;
  const places = placeWords(ds);
  return [...new Set(p.content)].filter((w) => w.length >= 3 && !/\d/.test(w) && isNameWord(ds, w) && !places.some((x) => w.startsWith(x))
    && passageCount(ds, w, locale) >= 1 && passageCount(ds, w, locale) <= ANCHOR_MAX_PASSAGES).map((w) => termOf(w, locale));
}

/**
 * A name from the dataset's own sentences that few of them hold (a project, a site, a bank, a
 * person: "Wagerup", "EXIM", "Takaichi") places a question, whatever else it asks, and the sentence
 * holding that name and most of the question's other words answers. Only names count: a common word
 * the texts happen to hold ("mountain") places nothing, nor does a country or a summit's city.
 * With `strict` (a question otherwise answered "no figure"), the sentence must also hold at least
 * half of the question's content words beyond its subjects' names, and its record every word that
 * read as something the dataset lacks ("project" as a forecast, "exports" as a trade volume): the
 * reader's word stands in the dataset's own sentence about that name, so it meant what the sentence
 * says ("jobs" beside "Alcoa" stands nowhere, and stays "no figure").
 */
export function anchorAnswer(ctx: CommandContext, p: ParsedQuery, strict?: { lacking: readonly string[] }): { answer: AnswerFirst; fact?: string } | undefined {
  const { dataset: ds, locale } = ctx;
  const anchors = anchorWords(ctx, p);
  if (!anchors.length) return undefined;
  const content = askedBeyondNames(p, locale, false);
  const fits = (h: Hit): boolean => {
    if (!strict) return true;
    const own = passageStems(ctx, h.passage, 'own');
    const record = passageStems(ctx, h.passage, 'record');
    return content.filter((w) => own.has(w)).length * 2 >= content.length && strict.lacking.every((w) => record.has(termOf(w, locale)));
  };
  const hits = retrieve(ds, p.words, locale, undefined, 40);
  // In the sentence itself, not only in the words that place it (an event's aliases).
  const held = (h: Hit): number => {
    const own = passageStems(ctx, h.passage, 'own');
    return anchors.filter((a) => own.has(a)).length;
  };
  const best = hits.filter((h) => held(h) > 0 && fits(h)).sort((a, b) => held(b) - held(a) || b.score - a.score)[0];
  if (!best) return undefined;
  return { answer: passageAnswer(ctx, p, best), ...(best.passage.kind === 'fact' ? { fact: best.passage.ref } : {}) };
}

/**
 * Before "no figure" about a named element or mineral: its own note or uses, when they hold the
 * words the question asks beyond the names (two thirds; all of one or two): "Is promethium
 * radioactive?" → "Radioactive and essentially absent in nature". A word they do not hold ("cerium production") stays "no figure".
 */
export function ownTextAnswer(ctx: CommandContext, p: ParsedQuery): { answer: AnswerFirst } | undefined {
  const { dataset: ds, locale } = ctx;
  const s = p.subjects;
  const refs = new Set<string>([...s.elements.map((e) => e.symbol), ...s.minerals.filter((m) => m.id !== defaultMineral(ds)?.id).map((m) => m.id)]);
  if (refs.size !== 1) return undefined;
  const asked = askedBeyondNames(p, locale, true);
  if (!asked.length) return undefined;
  // A country asked about must stand in the note: the US lithium note says nothing of Namibia.
  const countries = s.countries.map((c) => [c.name.en, c.name.de, ...c.aliases].map((n) => ` ${normalize(n)} `));
  const namesCountries = (x: Passage): boolean => countries.every((ns) => ns.some((n) => ` ${normalize(x.text)} `.includes(n)));
  const own = (x: Passage): boolean => (x.kind === 'element' || x.kind === 'mineral') && refs.has(x.ref) && namesCountries(x);
  // Two thirds of the words asked (all of one or two): "how much neodymium goes into a wind turbine".
  const enough = (n: number): boolean => (asked.length <= 2 ? n === asked.length : n * 3 >= asked.length * 2);
  const kin = attributeKin(ctx, p);
  const holds = (x: Passage): boolean => {
    const o = passageStems(ctx, x, 'own');
    return enough(asked.filter((w) => o.has(w) || kin.get(w)?.some((k) => o.has(k))).length);
  };
  // The search finds only the record's own passages: when none of them holds enough of the words
  // asked, none it finds does, and the search over every passage (most of such a question's CPU) is spared.
  if (![...refs].some((ref) => recordPassages(ds, ref, locale).some((x) => own(x) && holds(x)))) return undefined;
  const hits = retrieve(ds, p.words, locale, own, 5);
  const best = hits.find((h) => holds(h.passage));
  return best ? { answer: passageAnswer(ctx, p, best) } : undefined;
}
