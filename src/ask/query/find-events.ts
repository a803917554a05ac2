// Events a question names: by their places, aliases and titles word for word, then by the word
// score of the router's index (src/ask/offline/scoring.ts).
import type { Dataset } from '../../dataset/dataset.js';
import type { Event } from '../../dataset/schema.js';
import { indexDataset, joinedAlias, normalize } from '../../dataset/lookup.js';
import { scoreEvents, type NamedMinerals } from '../offline/scoring.js';
import { isMonthWord, monthNumber } from './time.js';
import { stemPhrase } from './stem.js';
import { vocabIndex } from './vocab.js';
import type { PhraseHit } from './phrases.js';
import type { OperatorWord } from './vocab.js';
import type { TimeRef } from './types.js';

// Every run of consecutive words of an event's place (EN and DE), normalised → its events: a gram
// names a place when it is such a run. Built once per dataset; scanning every place per question was
// a tenth of an uncached answer's CPU (bench/core.ts, --cpu-prof).
// `first` holds the first words of those runs: a question's word that starts none starts no place.
const placeGramCache = new WeakMap<Dataset, { grams: Map<string, Event[]>; first: Set<string> }>();

function placeGrams(ds: Dataset): { grams: Map<string, Event[]>; first: Set<string> } {
  let cached = placeGramCache.get(ds);
  if (cached) return cached;
  const grams = new Map<string, Event[]>();
  const first = new Set<string>();
  for (const e of ds.events) {
    for (const place of [e.place.en, e.place.de]) {
      const words = normalize(place).split(' ');
      for (let i = 0; i < words.length; i++) {
        first.add(words[i]!);
        for (let j = i + 1; j <= words.length; j++) {
          const g = words.slice(i, j).join(' ');
          const list = grams.get(g) ?? [];
          if (!list.includes(e)) list.push(e);
          grams.set(g, list);
        }
      }
    }
  }
  placeGramCache.set(ds, (cached = { grams, first }));
  return cached;
}

/** A run of words that may name a place: six letters or more, no digit, no month name. */
const placeLike = (g: string): boolean => g.replace(/ /g, '').length >= 6 && !/\d/.test(g) && !g.split(' ').some(isMonthWord);

// A module function, not a closure per question: under tsx, which runs the benchmarks, a named
// closure also calls esbuild's __name (Object.defineProperty) each time.
const byRank = (rank: ReadonlyMap<Event, number>, a: Event, b: Event): number => (rank.get(a) ?? 99) - (rank.get(b) ?? 99);

// Per dataset: hyphenated aliases written as one word ("fentanylzoll" of "Fentanyl-Zoll"), which name
// their event outright as the two words would.
const joinedOf = new WeakMap<Dataset, Set<string>>();
function joinedAliases(ds: Dataset): Set<string> {
  let set = joinedOf.get(ds);
  if (!set) joinedOf.set(ds, (set = new Set(ds.events.flatMap((e) => e.aliases.flatMap((a) => { const j = joinedAlias(a); return j ? [normalize(j)] : []; })))));
  return set;
}

// Per dataset: the German stems of every alias of two words or more → its event, the first one's when two share them.
const stemmedOf = new WeakMap<Dataset, Map<string, { item: Event; code: false }>>();
function stemmedAliases(ds: Dataset): Map<string, { item: Event; code: false }> {
  let map = stemmedOf.get(ds);
  if (map) return map;
  stemmedOf.set(ds, (map = new Map()));
  for (const e of ds.events) {
    for (const a of e.aliases) {
      const key = stemPhrase(a, 'de');
      if (key.includes(' ') && !map.has(key)) map.set(key, { item: e, code: false });
    }
  }
  return map;
}

// Per dataset: the aliases of two words or more by all but their last word → their last words and events.
const byHeadOf = new WeakMap<Dataset, Map<string, { last: string; item: Event }[]>>();

/**
 * "Fentanyl-Strafzoll" of "Fentanyl-Zoll": a German compound ending in an alias's last word (of four
 * letters or more) after the alias's other words names its event as the alias does.
 */
function compoundAlias(ds: Dataset, gram: string): { item: Event; code: false } | undefined {
  let map = byHeadOf.get(ds);
  if (!map) {
    byHeadOf.set(ds, (map = new Map()));
    for (const e of ds.events) {
      for (const a of e.aliases) {
        const words = normalize(a).split(' ');
        if (words.length < 2 || words.at(-1)!.length < 4) continue;
        const head = words.slice(0, -1).join(' ');
        map.set(head, [...(map.get(head) ?? []), { last: words.at(-1)!, item: e }]);
      }
    }
  }
  const words = gram.split(' ');
  const last = words.at(-1)!;
  // The added part qualifies the alias's thing ("Straf-"); one naming another thing asked ("Export-" of
  // "Galliumexportverbot", the ban, not its suspension's alias "Gallium-Verbot") does not.
  const known = vocabIndex(ds).known;
  const hit = map.get(words.slice(0, -1).join(' '))?.find((x) => last.length > x.last.length && last.endsWith(x.last) && !known.has(last.slice(0, -x.last.length)));
  return hit ? { item: hit.item, code: false } : undefined;
}

/** Events the question names: aliases and titles word for word (longest first), then by word score. */
/**
 * `asked`: the words the question reads as an attribute's; one alone names no place ("Gipfel" of "ASEAN-Gipfel"
 * in "Gipfel Trump/Xi in Busan – Datum?" asks of a summit, not of the one held in Kuala Lumpur).
 */
export function findEvents(ds: Dataset, norm: string, words: readonly string[], countries: readonly string[], minerals?: NamedMinerals, asked?: ReadonlySet<string>): { events: Event[]; named: Event[]; aliasWords: Set<string>; byAlias: Set<Event> } {
  const idx = indexDataset(ds).event;
  const list = norm.split(' ');
  const found: Event[] = [];
  const named: Event[] = [];
  const aliasWords = new Set<string>();
  const byAlias = new Set<Event>();
  // A place several events share ("Kuala Lumpur") names all of them.
  const byPlace = placeGrams(ds);
  const inPlace = new Set<Event>();
  const placeSpans: { start: number; end: number; hits: readonly Event[] }[] = [];
  const aliasSpans: { start: number; end: number }[] = [];
  for (let i = 0; i < list.length; i++) {
    if (!byPlace.first.has(list[i]!)) continue;
    for (let n = 1; n <= 3 && i + n <= list.length; n++) {
      // Looked up first: most grams are no place, and need not be tested for being place-like.
      if (n === 1 && asked?.has(list[i]!)) continue;
      const gram = n === 1 ? list[i]! : list.slice(i, i + n).join(' ');
      // A genitive or plural of a place names it as the place does ("am Rande des ASEAN-Gipfels", "Pekings").
      const hits = byPlace.grams.get(gram) ?? (gram.endsWith('s') ? byPlace.grams.get(gram.slice(0, -1)) : undefined);
      if (hits && placeLike(gram)) {
        for (const e of hits) inPlace.add(e);
        placeSpans.push({ start: i, end: i + n, hits });
      }
    }
  }
  if (inPlace.size) {
    for (const e of ds.events) {
      if (inPlace.has(e) && !found.includes(e)) {
        found.push(e);
        named.push(e);
      }
    }
  }
  // Whether each word starts a phrase, asked once per word rather than once per length tried.
  const starts: boolean[] = [];
  for (const w of list) starts.push(idx.firstWords.has(w));
  for (let n = Math.min(6, list.length); n >= 1; n--) {
    for (let i = 0; i + n <= list.length; i++) {
      if (!starts[i]) continue;
      const gram = list.slice(i, i + n).join(' ');
      // A plural of a name of several words ("the 0.1% rules") names it as the singular does.
      // So does a German plural of one ("die Fentanyl-Zölle" of "Fentanyl-Zoll"), met by the words' stems.
      const hit = idx.phrases.get(gram) ?? (n >= 2 && gram.length > 4 && gram.endsWith('s') ? idx.phrases.get(gram.slice(0, -1)) : undefined)
        ?? (n >= 2 ? stemmedAliases(ds).get(stemPhrase(gram, 'de')) ?? compoundAlias(ds, gram) : undefined);
      if (hit && !hit.code) {
        list.slice(i, i + n).forEach((w) => aliasWords.add(w));
        byAlias.add(hit.item);
        if (n >= 2) aliasSpans.push({ start: i, end: i + n });
        if (found.includes(hit.item)) continue;
        found.push(hit.item);
        if (n >= 2 || joinedAliases(ds).has(gram)) named.push(hit.item);
      }
    }
  }
  // "the Kuala Lumpur Peace Accord": a place inside a longer name names that event, not every event held there.
  if (placeSpans.length && aliasSpans.length) {
    const inName = (x: { start: number; end: number }): boolean => aliasSpans.some((a) => a.start <= x.start && x.end <= a.end && a.end - a.start > x.end - x.start);
    const placeOnly = [...inPlace].filter((e) => !byAlias.has(e) && placeSpans.every((x) => !x.hits.includes(e) || inName(x)));
    for (const e of placeOnly) {
      found.splice(found.indexOf(e), 1);
      if (named.includes(e)) named.splice(named.indexOf(e), 1);
    }
  }
  // A day of a date ("between 28 and 30 October") names no event, though a place's text holds "28".
  // Nor does a month with a year no event falls in ("visiting China in April 2026" is not the April 2025 controls).
  const dayless = words.filter((w, i) => (!/^\d{1,2}$/.test(w) || ![words[i - 1], words[i + 1], words[i + 2], words[i + 3]].some((x) => x !== undefined && isMonthWord(x)))
    && !(isMonthWord(w) && emptyMonth(ds, w, words[i + 1])));
  const scored = scoreEvents(ds, dayless, countries, minerals);
  const top = scored[0];
  // Scored from words alone, an event of none of the countries the question names is not its event
  // ("Who won the 2024 US presidential election?" is not Japan's).
  const ofCountries = (e: Event): boolean => !countries.length || countries.some((c) => e.countries.includes(c));
  if (top && top.score >= 2.5 && (!scored[1] || top.score > scored[1].score * 1.15) && !found.includes(top.event) && ofCountries(top.event)) found.push(top.event);
  // Alias hits that the word score ranks far below another named event are dropped ("Xi" names several).
  // Ranked only when there is something to order: most questions name no event or one.
  if (found.length < 2 && named.length < 2) return { events: found, named, aliasWords, byAlias };
  const rank = new Map<Event, number>();
  for (let i = 0; i < scored.length; i++) rank.set(scored[i]!.event, i);
  return { events: found.sort((a, b) => byRank(rank, a, b)), named: named.sort((a, b) => byRank(rank, a, b)), aliasWords, byAlias };
}

// Per event, its record's texts (summary, agreement, outcome; both languages) normalised and padded.
const recordTexts = new WeakMap<Event, string>();

/** Whether an event's record states every number (as a word of its normalised texts). */
function statesAll(ds: Dataset, e: Event, numbers: readonly string[]): boolean {
  const text = recordText(e);
  return numbers.every((n) => text.includes(` ${n} `));
}

function recordText(e: Event): string {
  let text = recordTexts.get(e);
  if (text === undefined) recordTexts.set(e, (text = ` ${normalize([e.summary, e.agreed, e.outcome].flatMap((t) => (t ? [t.en, t.de] : [])).join(' '))} `));
  return text;
}

/**
 * "What happened to the 100% tariff?": a percentage the question names points at the event whose record
 * states it, put first when none of the events found states any number of the question ("tariff" names the tariff cut, the
 * White House fact sheet states "the planned 100% tariff"). The events are changed in place.
 */
export function preferEventStating(ds: Dataset, events: Event[], text: string, words: readonly string[], countries: readonly string[], minerals?: NamedMinerals): void {
  // A percentage is written in digits: without one (most questions) neither Unicode pattern need run.
  if (!events.length || !/[0-9]/.test(text)) return;
  const percents = [...text.matchAll(/(\d+(?:[.,]\d+)?)\s*-?\s*(?:%|prozent|percent|per\s?cent)/giu)].map((m) => normalize(m[1]!));
  // One stating another of the question's numbers is the one the claim is about ("from 20 to 15%").
  const numbers = [...text.matchAll(/\d+(?:[.,]\d+)?/gu)].map((m) => normalize(m[0]));
  if (!percents.length || events.some((e) => numbers.some((n) => statesAll(ds, e, [n])))) return;
  const stating = scoreEvents(ds, words, countries, minerals).find((x) => x.score >= 1 && (!countries.length || countries.some((c) => x.event.countries.includes(c))) && statesAll(ds, x.event, percents));
  if (stating) events.unshift(stating.event);
}

/**
 * "The clause 2 suspension runs until …?": a word and a number the question names together ("clause 2",
 * "Section 301") that the record of exactly one event states together name that event, put first (in
 * place) when the first event found does not state them ("suspension" names another by its alias).
 */
export function preferEventNumbered(ds: Dataset, events: Event[], words: readonly string[], stop: ReadonlySet<string>): void {
  const first = events[0];
  if (!first) return;
  for (let i = 1; i < words.length; i++) {
    const w = words[i - 1]!;
    // A day or a year of a date ("until 27 November", "bis 10. November 2026") names no numbered thing.
    const dated = isMonthWord(words[i + 1] ?? '') || isMonthWord(w) || /^(?:19|20)\d\d$/.test(words[i]!);
    if (!/^\d+$/.test(words[i]!) || dated || w.length < 3 || /\d/.test(w) || stop.has(w)) continue;
    const pair = [w, words[i]!];
    if (statesPhrase(first, pair)) return;
    const stating = ds.events.filter((e) => statesPhrase(e, pair));
    if (stating.length !== 1) continue;
    const at = events.indexOf(stating[0]!);
    if (at >= 0) events.splice(at, 1);
    events.unshift(stating[0]!);
    return;
  }
}

/** Whether an event's record states the words in a row. */
function statesPhrase(e: Event, words: readonly string[]): boolean {
  return recordText(e).includes(` ${words.join(' ')} `);
}

/**
 * "What did Trump sign in Kuala Lumpur apart from the peace accord?": the event named right after an
 * exclusion word is put out, and the events the rest of the question names answer; the words naming
 * it ask nothing. Undefined when no exclusion word names an event, or nothing else would be left.
 */
export function exceptEvents(ds: Dataset, words: readonly string[], countries: readonly string[], opHits: readonly PhraseHit<OperatorWord>[]): (ReturnType<typeof findEvents> & { spanWords: Set<string> }) | undefined {
  const hit = opHits.find((h) => h.value === 'except');
  if (!hit) return undefined;
  // The shortest run of words after the exclusion word that names an event ("the peace deal").
  const from = hit.start + hit.words;
  let span: string[] = [];
  let out: Event[] = [];
  for (let n = 1; n <= 4 && from + n <= words.length && !out.length; n++) {
    span = words.slice(from, from + n);
    const inSpan = findEvents(ds, span.join(' '), span, []);
    out = inSpan.named.length ? inSpan.named : inSpan.events.slice(0, 1);
  }
  if (!out.length) return undefined;
  const end = from + span.length;
  const rest = [...words.slice(0, hit.start), ...words.slice(end)];
  const left = findEvents(ds, rest.join(' '), rest, countries);
  const events = left.events.filter((e) => !out.includes(e));
  if (!events.length) return undefined;
  return { events, named: left.named.filter((e) => !out.includes(e)), aliasWords: left.aliasWords, byAlias: left.byAlias, spanWords: new Set(span) };
}

/** Whether a month word followed by a year names a month in which no event of the dataset falls. */
function emptyMonth(ds: Dataset, month: string, year: string | undefined): boolean {
  const m = monthNumber(month);
  if (m === undefined || year === undefined || !/^(19|20)\d\d$/.test(year)) return false;
  // ISO months compare as text: "2026-04" against an event's "2025-04-04".
  const ym = `${year}-${String(m).padStart(2, '0')}`;
  return !ds.events.some((e) => e.date.slice(0, 7) <= ym && (e.end_date ?? e.date).slice(0, 7) >= ym);
}

/**
 * "China's October export controls": a generic alias names one measure; the month or day asked names
 * the measure of the same kind that falls in it, which goes first (in place) in both lists. Only an
 * event named by its alias gives way: one the question's words found stays.
 */
export function preferEventInTime(ds: Dataset, events: Event[], named: Event[], byAlias: ReadonlySet<Event>, time: TimeRef | undefined, glued = false): void {
  const first = events[0];
  if (!first || !byAlias.has(first) || !time || (time.kind !== 'month' && time.kind !== 'day')) return;
  const within = (e: Event): boolean => e.date <= time.end && (e.end_date ?? e.date) >= time.start;
  const inTime = within(first) ? undefined : ds.events.find((e) => e.kind === first.kind && within(e));
  // "die Aussetzung der Oktober-Maßnahmen": a month glued to a noun names the measure the one named
  // acts on, which stays first; "die Oktober-Exportkontrollen" names the measure of that month.
  if (!inTime || (glued && first.suspends?.includes(inTime.id))) return;
  for (const list of named.length ? [events, named] : [events]) {
    const at = list.indexOf(inTime);
    if (at >= 0) list.splice(at, 1);
    list.unshift(inTime);
  }
}
