// The offline router's scoring: per-dataset indexes of event words (with IDF weights) and fact
// keywords, and the scores that rank events and facts against a question's words.
import type { Dataset } from '../../dataset/dataset.js';
import type { Event, Fact } from '../../dataset/schema.js';
import { indexDataset, normalize } from '../../dataset/lookup.js';
import { splitCompound } from '../query/text.js';
import { vocabIndex } from '../query/vocab.js';
import { isShortMonthWord } from '../query/time.js';

export interface RouterIndex {
  eventWords: Map<string, Map<Event, number>>;
  /** Words of what events agreed and what came of them, for scoring events only. */
  termWords: Map<string, Map<Event, number>>;
  eventCount: number;
  /** Fact keywords (normalised): one word → facts; phrases → facts; 5-letter prefixes → one-word keywords. */
  factWord: Map<string, Fact[]>;
  factPhrase: Map<string, Fact[]>;
  maxPhraseWords: number;
  wordPrefix: Map<string, string[]>;
  /** Number words ("two", "zwei"): they place an event only as a quantity ("zwei Prozent"). */
  numberWords: ReadonlySet<string>;
  percentWords: ReadonlySet<string>;
  /** Function words (data/vocabulary.yaml), which place no event. */
  stop: ReadonlySet<string>;
  /** Function words and counting words ("how many", "wie viele"): a phrase of only these says nothing about the topic. */
  generic: ReadonlySet<string>;
}

export const indexCache = new WeakMap<Dataset, RouterIndex>();

export const push = <K, V>(m: Map<K, V[]>, k: K, v: V): void => {
  const list = m.get(k);
  if (!list) m.set(k, [v]);
  else if (!list.includes(v)) list.push(v);
};

// The lookup apart from the build: the build's closure made V8 allocate its context on every call.
export function routerIndex(ds: Dataset): RouterIndex {
  return indexCache.get(ds) ?? buildRouterIndex(ds);
}

function buildRouterIndex(ds: Dataset): RouterIndex {
  const v = vocabIndex(ds);
  const count = v.vocabulary.grammar.operators.count;
  const stop = v.stop;
  const generic = new Set([...stop, ...[...count.en, ...count.de].flatMap((w) => normalize(w).split(' '))]);
  const eventWords = new Map<string, Map<Event, number>>();
  // German compounds of the texts count by their parts too, as the question's are split
  // ("Gipfeltreffen" is also "treffen"): else "Treffen mit Lee" finds the APEC "Treffen" first.
  const parts = v.parts;
  // A country's adjective in a participant ("Chinese delegation") names the country, which counts
  // through the event's own countries: alone it made "the Chinese" name those talks.
  const adjectives = indexDataset(ds).countryAdjectives;
  // An ordinal word of a title or an alias ("first policy speech", "first female prime minister") is in too
  // many questions to name an event alone ("the first three spots"); the title's other words and the
  // aliases still do. Number words are weighed by the question (see scoreEvents).
  const g = v.vocabulary.grammar;
  const counting = new Set([...g.ordinals.en, ...g.ordinals.de.flatMap((w) => [w, `${w}n`, `${w}r`, `${w}s`, `${w}m`])].map((w) => normalize(w)));
  const numberWords = new Set([...g.numbers.en, ...g.numbers.de].map((w) => normalize(w)));
  const percentWords = new Set([...g.percent_sign.en, ...g.percent_sign.de].map((w) => normalize(w)));
  // A verb of meeting in a title ("Trump arrives in Tokyo and meets Emperor Naruhito") names no meeting by
  // itself (grammar.title_verbs): every meeting is one, and the kind counts for them all (scoreEvents);
  // who met whom tells them apart.
  const verbs = new Set([...g.title_verbs.en, ...g.title_verbs.de].map((w) => normalize(w)));
  const titled = new Set([...adjectives, ...counting, ...verbs]);
  const add = (e: Event, text: string, weight: number, skip?: ReadonlySet<string>): void => {
    for (const w of normalize(text).split(' ').flatMap((x) => [x, ...(splitCompound(x, parts) ?? [])])) {
      if (w.length < 2 || stop.has(w) || skip?.has(w)) continue;
      const m = eventWords.get(w) ?? new Map<Event, number>();
      m.set(e, Math.max(m.get(e) ?? 0, weight));
      eventWords.set(w, m);
    }
  };
  for (const e of ds.events) {
    add(e, e.summary.en, 0.25);
    add(e, e.summary.de, 0.25);
    add(e, e.place.en, 1);
    add(e, e.place.de, 1);
    add(e, e.kind, 1);
    for (const p of e.participants) add(e, p, 2, adjectives);
    add(e, e.title.en, 2, titled);
    add(e, e.title.de, 2, titled);
    // An id's or an alias's short month ("oct" of "china-export-controls-oct-2025", "Oct controls") names no
    // event by itself: "what happened on Oct 26?" asks a day; the whole alias still names its event.
    add(e, e.id.split('-').filter((w) => !isShortMonthWord(w)).join(' '), 2);
    for (const a of e.aliases) add(e, a.split(' ').filter((w) => !isShortMonthWord(w.toLowerCase())).join(' '), 2, counting);
  }
  // What was agreed and what came of it describe the event as its summary does ("what did Malaysia
  // promise on rare earths" is in the MoU's terms, not its title). They score events only: a word no
  // title or summary uses stays a word the question's topic may lack.
  const termWords = new Map<string, Map<Event, number>>();
  const naming = new Map<string, Event[]>();
  // Countries and minerals count through the events' own lists, not through the words of their texts.
  const names = new Set([...ds.countries, ...ds.minerals, ...ds.elements].flatMap((x) => [x.name.en, x.name.de, ...x.aliases]).flatMap((t) => normalize(t).split(' ')));
  // Names of events: the words of their places and their one-word aliases ("Busan", "Gimhae", "APEC").
  for (const e of ds.events) for (const t of [e.place.en, e.place.de, ...e.aliases.filter((a) => !/\s/.test(a))]) for (const w of normalize(t).split(' ')) push(naming, w, e);
  for (const e of ds.events) {
    for (const text of [e.agreed?.en, e.agreed?.de, e.outcome?.en, e.outcome?.de]) {
      for (const w of text ? normalize(text).split(' ').flatMap((x) => [x, ...(splitCompound(x, parts) ?? [])]) : []) {
        // A word naming another event ("after Busan") points at that event, not this one.
        if (w.length < 2 || stop.has(w) || names.has(w) || naming.get(w)?.some((other) => other !== e)) continue;
        const m = termWords.get(w) ?? new Map<Event, number>();
        m.set(e, 0.25);
        termWords.set(w, m);
      }
    }
  }
  const factWord = new Map<string, Fact[]>();
  const factPhrase = new Map<string, Fact[]>();
  const wordPrefix = new Map<string, string[]>();
  let maxPhraseWords = 2;
  for (const fact of ds.facts) {
    for (const k of [...fact.keywords.en, ...fact.keywords.de]) {
      const n = normalize(k);
      if (!n) continue;
      if (n.includes(' ')) {
        push(factPhrase, n, fact);
        maxPhraseWords = Math.max(maxPhraseWords, n.split(' ').length);
      } else {
        push(factWord, n, fact);
        if (n.length >= 5) push(wordPrefix, n.slice(0, 5), n);
      }
    }
  }
  const idx = { eventWords, termWords, eventCount: ds.events.length, factWord, factPhrase, maxPhraseWords, wordPrefix, stop, generic, numberWords, percentWords };
  indexCache.set(ds, idx);
  return idx;
}

// The events of each country and each mineral, in the dataset's order, once per dataset: scoring
// went through every event for the countries and minerals of every question. Beside each country's
// events, the score naming that country alone gives each (byCountryScore, the same order): a key
// string per event for every question naming one country was the scorer's largest line.
interface EventsWith { byCountry: Map<string, Event[]>; byCountryScore: Map<string, number[]>; byMineral: Map<string, Event[]> }
const eventsWithOf = new WeakMap<Dataset, EventsWith>();

function eventsWith(ds: Dataset): EventsWith {
  let w = eventsWithOf.get(ds);
  if (!w) {
    w = { byCountry: new Map(), byCountryScore: new Map(), byMineral: new Map() };
    const titled = new Set<string>();
    const countries = new Map(ds.countries.map((c) => [c.id, c]));
    for (const e of ds.events) {
      // An id listed twice on one event still lists the event once, as includes() counted it.
      for (const c of new Set(e.countries)) push(w.byCountry, c, e);
      for (const m of new Set(e.minerals)) push(w.byMineral, m, e);
      // The countries its title names ("US–Japan framework"), not only those it concerns (a Japanese stake).
      const title = ` ${normalize(`${e.title.en} ${e.title.de}`)} `;
      for (const id of e.countries) {
        const c = countries.get(id);
        if (c && [c.name.en, c.name.de].some((n) => title.includes(` ${normalize(n)} `))) titled.add(`${e.id} ${id}`);
      }
    }
    for (const [c, events] of w.byCountry) w.byCountryScore.set(c, events.map((e) => (titled.has(`${e.id} ${c}`) ? 1.75 : 1.5)));
    eventsWithOf.set(ds, w);
  }
  return w;
}

/** The minerals a question names, by id, with the words that name them. */
export interface NamedMinerals { ids: readonly string[]; words: ReadonlySet<string> }

export function scoreEvents(ds: Dataset, words: readonly string[], countries: readonly string[] = [], minerals?: NamedMinerals): { event: Event; score: number }[] {
  const idx = routerIndex(ds);
  const scores = new Map<Event, number>();
  // Events between the countries the question names ("the US and Japan") rank first.
  if (countries.length === 1) {
    // One country (most questions): its events, listed once per dataset, each sharing it alone.
    // One its title names first ("the Japanese framework" is the US–Japan one, not Australia's with a Japanese stake).
    const w = eventsWith(ds);
    const events = w.byCountry.get(countries[0]!) ?? [];
    const score = w.byCountryScore.get(countries[0]!) ?? [];
    for (let i = 0; i < events.length; i++) scores.set(events[i]!, score[i]!);
  } else if (countries.length) {
    for (const e of ds.events) {
      let shared = 0;
      for (const c of countries) if (e.countries.includes(c)) shared++;
      if (shared) scores.set(e, shared * 1.5 - (shared < countries.length ? 1 : 0));
    }
  }
  // A mineral named counts through the events' own minerals, as a title word would, whatever form of
  // its name their texts use ("Seltene Erden", "Seltener Erden").
  if (minerals) {
    for (const id of minerals.ids) {
      const with_ = eventsWith(ds).byMineral.get(id) ?? [];
      if (!with_.length) continue;
      const idf = Math.log(1 + idx.eventCount / with_.length);
      for (const e of with_) scores.set(e, (scores.get(e) ?? 0) + 0.5 * idf);
    }
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // Each word once, at its first place (no Set made per question).
    if (words.indexOf(w) < i || idx.stop.has(w) || minerals?.words.has(w)) continue;
    // "the two latest books" counts; "Zwei-Prozent-Ziel", "two percent" is the quantity a title states.
    if (idx.numberWords.has(w) && !idx.percentWords.has(words[i + 1] ?? '')) continue;
    const hits = eventWordHits(idx, w);
    const terms = idx.termWords.get(w);
    if (!hits && !terms) continue;
    if (hits) {
      const idf = Math.log(1 + idx.eventCount / hits.size);
      for (const [e, weight] of hits) scores.set(e, (scores.get(e) ?? 0) + weight * idf);
    }
    if (terms) {
      const idf = Math.log(1 + idx.eventCount / terms.size);
      for (const [e, weight] of terms) if (!hits?.has(e)) scores.set(e, (scores.get(e) ?? 0) + weight * idf);
    }
  }
  // "agree/sign" points at agreements, "meet" at meetings and summits.
  const kinds = vocabIndex(ds).eventKinds;
  let agreeing = false;
  let meeting = false;
  let suspending = false;
  for (const w of words) {
    agreeing ||= kinds.agreement.has(w);
    meeting ||= kinds.meeting.has(w);
    suspending ||= kinds.suspension.has(w);
  }
  if (agreeing || meeting) {
    for (const [e, sc] of scores) {
      if ((agreeing && e.kind === 'agreement') || (meeting && (e.kind === 'meeting' || e.kind === 'summit'))) scores.set(e, sc + 1);
    }
  }
  // "suspended/ausgesetzt" asks for the suspension, not the measure it suspended (both texts use the word).
  if (suspending) {
    for (const [e, sc] of scores) if (/suspen/i.test(e.title.en)) scores.set(e, sc + 2);
  }
  // Pushed into an array made here, not spread and mapped: the builtins return an array of another
  // kind when empty, and code optimised for one kind was thrown away when the other came (findEvents
  // reads the first two; node --trace-deopt over the core bench's rounds).
  const ranked: { event: Event; score: number }[] = [];
  for (const [event, score] of scores) ranked.push({ event, score });
  return ranked.sort(byScoreThenDate);
}

/**
 * Higher score first, then the earlier date. Dates are ISO days (YYYY-MM-DD, which the schema
 * checks), whose code-unit order is their localeCompare order without the collator's cost.
 */
function byScoreThenDate(a: { event: Event; score: number }, b: { event: Event; score: number }): number {
  return b.score - a.score || (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : 0);
}

// English verb and noun endings ("suspend" ~ "suspends", "signed" ~ "sign"), and a German verb's ("besuchen" ~ "besucht"), so a question's form need not match the title's.
export function eventWordHits(idx: RouterIndex, w: string): Map<Event, number> | undefined {
  const exact = idx.eventWords.get(w);
  if (exact || w.length < 5) return exact;
  // w + "s", w + "ed", then w without its "s", "ed" or "ing", each looked up by w itself (see endings).
  const e = endings(idx);
  return e.plusS.get(w) ?? e.plusEd.get(w) ?? e.stripped.get(w);
}

interface Endings {
  /** An index word less its final "s" (or "ed") → that word's events: what `${w}s` (`${w}ed`) finds. */
  plusS: Map<string, Map<Event, number>>;
  plusEd: Map<string, Map<Event, number>>;
  /** An index word with "s", "ed" or "ing" added → its events: what w less that ending finds. */
  stripped: Map<string, Map<Event, number>>;
}

// Per router index: the word forms eventWordHits tries, keyed by the typed word, so a question's
// word costs three lookups instead of three new strings, a regular expression and their hashing.
const endingsOf = new WeakMap<RouterIndex, Endings>();

function endings(idx: RouterIndex): Endings {
  return endingsOf.get(idx) ?? buildEndings(idx);
}

function buildEndings(idx: RouterIndex): Endings {
  const e: Endings = { plusS: new Map(), plusEd: new Map(), stripped: new Map() };
  for (const [k, hits] of idx.eventWords) {
    if (k.endsWith('s')) e.plusS.set(k.slice(0, -1), hits);
    if (k.endsWith('ed')) e.plusEd.set(k.slice(0, -2), hits);
    // A word ends in at most one of "s", "d" and "g", so each form strips back to one word.
    for (const end of ['s', 'ed', 'ing']) e.stripped.set(k + end, hits);
    // German: the infinitive of the texts ("China besuchen", "reisen") meets the question's third person
    // and participle ("besucht", "reist", "gereist").
    if (k.length >= 6 && k.endsWith('en')) {
      for (const form of [`${k.slice(0, -2)}t`, `ge${k.slice(0, -2)}t`]) if (!idx.eventWords.has(form) && !e.stripped.has(form)) e.stripped.set(form, hits);
    }
  }
  endingsOf.set(idx, e);
  return e;
}

export function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

export function scoreFacts(ds: Dataset, text: string, rest: readonly string[], related: (f: Fact) => boolean): { fact: Fact; score: number }[] {
  const idx = routerIndex(ds);
  const scores = new Map<Fact, number>();
  const credit = (facts: readonly Fact[] | undefined, points: number): void => {
    for (const f of facts ?? []) scores.set(f, (scores.get(f) ?? 0) + points);
  };
  // Phrases anywhere in the question ("how many", "wie viele Mitglieder").
  const words = text.split(' ');
  for (let n = 2; n <= idx.maxPhraseWords; n++) {
    for (let i = 0; i + n <= words.length; i++) {
      const phrase = words.slice(i, i + n);
      // "how many", "wie viele" say nothing about the topic: they only add a little.
      const generic = phrase.every((w) => idx.generic.has(w));
      credit(idx.factPhrase.get(phrase.join(' ')), generic ? 1 : n + 1);
    }
  }
  // Single keywords among the words not already taken by a named country, mineral or element;
  // each keyword counts once, exactly (1) or by a shared stem ("dominant" ~ "dominate", 0.75).
  const matched = new Set<string>();
  for (const w of rest) {
    const k = factKeyword(idx, w);
    if (k) matched.add(k);
  }
  for (const k of matched) credit(idx.factWord.get(k), 1);
  const stemmed = new Set<string>();
  for (const w of rest) {
    if (w.length < 5) continue;
    for (const k of idx.wordPrefix.get(w.slice(0, 5)) ?? []) {
      if (matched.has(k) || stemmed.has(k)) continue;
      if (sharedPrefix(w, k) >= Math.max(5, Math.min(w.length, k.length) - 2)) stemmed.add(k);
    }
  }
  for (const k of stemmed) credit(idx.factWord.get(k), 0.75);
  const out: { fact: Fact; score: number }[] = [];
  for (const [fact, score] of scores) out.push({ fact, score: related(fact) ? score + 1 : score });
  // Ties keep dataset order, so routing stays deterministic.
  const order = new Map(ds.facts.map((f, i) => [f, i]));
  return out.sort((a, b) => b.score - a.score || order.get(a.fact)! - order.get(b.fact)!);
}

// German inflects nouns where a keyword is listed once ("Kirschbäume" → "den Kirschbäumen").
export const INFLECTIONS = ['n', 'en', 's', 'es', 'e', 'er'];

/** The fact keyword a question word is, exactly or as an inflected form; undefined if none. */
export function factKeyword(idx: RouterIndex, w: string): string | undefined {
  if (idx.factWord.has(w)) return w;
  for (const end of INFLECTIONS) {
    const base = w.endsWith(end) ? w.slice(0, -end.length) : '';
    if (base.length >= 4 && idx.factWord.has(base)) return base;
  }
  return undefined;
}

