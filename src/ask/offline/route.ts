// Deterministic routing of a question (English or German) onto a command or a dataset fact.
// A pure function of (text, dataset, locale): no network, no model, same answer every time.
import type { Locale } from '../../reply/model.js';
import type { Dataset } from '../../dataset/dataset.js';
import type { Event, Fact } from '../../dataset/schema.js';
import { indexDataset, lookup, normalize } from '../../dataset/lookup.js';
import type { Args } from '../../commands/types.js';
import { parseElementsFilter, usesMatchAny } from '../../commands/elements.js';
import { findEntities } from './entities.js';
import { scoreEvents, routerIndex, eventWordHits, scoreFacts, factKeyword } from './scoring.js';
import { parsePeriod } from '../../commands/dates.js';
import type { Period } from '../../commands/dates.js';
import {
  AMOUNT, BEAT, CONTROLS, OFF_BEAT, ELEMENT_WORDS, EVENT_WORDS, HELP, HOW_MANY, POSSESS, PRODUCTION, RANKING, RESERVES, SOURCES, STOPWORDS,
  TIMELINE, USES, WHEN, KNOWN_WORDS,
} from './words.js';

const GREETINGS = new Set(['hi', 'hello', 'hallo', 'hey', 'moin', 'servus', 'thanks', 'thank', 'danke', 'dankeschon', 'gruss', 'morning',
  'guten', 'tag', 'morgen', 'abend', 'good', 'evening', 'ciao', 'bye', 'tschuss']);
const SUPERLATIVE = new Set(['most', 'largest', 'biggest', 'top', 'meisten', 'grosste', 'grossten', 'groesste', 'groessten', 'hochsten', 'hoechsten']);

const MONTH_WORDS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'januar', 'februar', 'marz', 'maerz', 'mai', 'juni', 'juli', 'oktober', 'dezember']);

export type Route =
  | { command: string; args: Args; recordIds?: string[] }
  | { fact: string }
  | { refusal: true; inBeat?: boolean };

const CLASS_WORDS = new Map([
  ['light', 'light'], ['heavy', 'heavy'], ['leicht', 'light'], ['leichte', 'light'], ['leichten', 'light'], ['schwer', 'heavy'],
  ['schwere', 'heavy'], ['schweren', 'heavy'], ['lree', 'light'], ['hree', 'heavy'],
]);

/**
 * The event whose alias or title of two or more words appears word for word in the question
 * (longest first). One-word aliases ("Takaichi", "APEC") name several events' people and places,
 * so they are left to the scoring.
 */
function namedEvent(ds: Dataset, norm: string): Event | undefined {
  const idx = indexDataset(ds).event;
  const words = norm.split(' ');
  for (let n = Math.min(6, words.length); n >= 2; n--) {
    const found = new Set<Event>();
    for (let i = 0; i + n <= words.length; i++) {
      const phrase = words.slice(i, i + n).join(' ');
      const hit = idx.phrases.get(phrase);
      if (hit && !hit.code) found.add(hit.item);
    }
    if (found.size === 1) return [...found][0];
    if (found.size > 1) return undefined;
  }
  return undefined;
}

/** The first date or month named in a question ("on 7 November 2025", "im Oktober 2025", "2025-10-30"). */
function findPeriod(text: string): Period | undefined {
  const tokens = text.replace(/[,?!]/g, ' ').split(/\s+/).filter(Boolean).slice(0, 60);
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 4; n >= 1; n--) {
      const chunk = tokens.slice(i, i + n);
      if (chunk.length < n || !chunk.some((w) => /\d/.test(w))) continue;
      const p = parsePeriod(chunk.join(' '));
      // A bare year is too vague to mean a date ("production in 2024").
      if (p && !/^\d{4}$/.test(chunk.join(' ').trim())) return p;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------

const MAX_QUESTION = 1000;

/**
 * Maps a question onto a command (with its arguments as a user would type them), a fact, or a
 * refusal. `locale` is the language to answer in; routing itself understands both languages.
 */
export function routeToCommand(text: string, ds: Dataset, _locale: Locale): Route {
  const q = text.slice(0, MAX_QUESTION);
  // "0,1-Prozent-Regel" is the event alias "0.1% rule" in German spelling.
  let norm = normalize(q).replace(/\b(\d+) (\d+) prozent regel\b/g, '$1 $2 rule');
  if (!norm) return { refusal: true };
  const ent = findEntities(ds, q);
  // "schwer am Abbau" is "difficult", not the heavy rare earths.
  const difficult = /\bschwer (am|beim|bei|an|zu|mit)\b/.test(norm);
  if (difficult) {
    norm += ' schwierig';
    ent.rest.push('schwierig');
  }
  const words = ent.words;
  const has = (set: Set<string>): boolean => words.some((w) => set.has(w));
  const phrase = (...ps: string[]): boolean => ps.some((p) => ` ${norm} `.includes(` ${p} `));

  const countries = ent.countries.filter((c) => c.item.id !== 'WORLD');
  const world = ent.countries.some((c) => c.item.id === 'WORLD') || phrase('world', 'welt', 'weltweit', 'global', 'worldwide');
  const country = countries[0];
  const mineral = ent.minerals[0];
  const element = ent.elements[0];
  const mineralArg = mineral && mineral.item.id !== 'rare-earths' ? { mineral: mineral.typed } : {};

  const named = Boolean(country || mineral);
  const wantsReserves = has(RESERVES) || (named && ((has(POSSESS) && (has(AMOUNT) || has(SUPERLATIVE))) || phrase('how much', 'wie viel')));
  const wantsProduction = has(PRODUCTION) || phrase('mine production', 'mined', 'gefordert');
  const wantsUses = has(USES);
  const wantsControls = has(CONTROLS) || phrase('export control', 'export controls');
  const asksElements = has(ELEMENT_WORDS);
  const asksWhen = has(WHEN);

  // A single code or name typed alone ("nd", "Y", "cn"): codes count in any case here.
  if (words.length === 1) {
    const single = q.trim();
    for (const kind of ['element', 'country', 'mineral'] as const) {
      const r = lookup(ds, kind, single);
      if (r.kind !== 'exact') continue;
      if (kind === 'element') return { command: 'element', args: { element: single }, recordIds: [(r.item as { symbol: string }).symbol] };
      if (kind === 'country') return { command: 'reserves', args: { country: single }, recordIds: [(r.item as { id: string }).id] };
      return { command: 'reserves', args: { mineral: single }, recordIds: [(r.item as { id: string }).id] };
    }
  }
  // Greetings and "what can you do": the help.
  if ((has(HELP) && words.length <= 4) || (words.length <= 3 && words.every((w) => GREETINGS.has(w) || STOPWORDS.has(w)))
    || phrase('what can you do', 'was kannst du', 'how does this work', 'wie funktioniert das', 'who are you', 'wer bist du')) {
    return { command: 'help', args: {} };
  }
  // Just the name of an event ("APEC", "Busan", "Tokio").
  const asEvent = lookup(ds, 'event', q);
  if (asEvent.kind === 'exact' && words.length <= 3) return { command: 'summit', args: { event: asEvent.item.id }, recordIds: [asEvent.item.id] };

  if (has(SOURCES) && !country && !element && !mineral && words.length <= 6) return { command: 'sources', args: {} };

  // Export controls: per element, or the list of controlled elements.
  if (wantsControls && !asksWhen) {
    if (element) return { command: 'element', args: { element: element.typed }, recordIds: [element.item.symbol] };
    const which = asksElements || words.some((w) => w === 'which' || w === 'welche' || w === 'welcher');
    if (!wantsReserves && !wantsProduction && which) return { command: 'elements', args: { filter: 'controlled' } };
    // "What did China's April 2025 export controls cover?" names one measure.
    const ev = scoreEvents(ds, ent.words).filter((e) => e.event.kind === 'export-control');
    if (ev[0] && ev[0].score >= 1.5 && (!ev[1] || ev[0].score > ev[1].score * 1.15) && words.some((w) => MONTH_WORDS.has(w))) {
      return { command: 'summit', args: { event: ev[0].event.id }, recordIds: [ev[0].event.id] };
    }
    if (!wantsReserves && !wantsProduction) return { command: 'elements', args: { filter: 'controlled' } };
  }

  // An element and what it is for (or just the element).
  if (element && !wantsReserves && !wantsProduction) {
    return { command: 'element', args: { element: element.typed }, recordIds: [element.item.symbol] };
  }

  // "Which elements are used in magnets?" → elements by use.
  if (wantsUses && !element) {
    const keywords = ent.rest.filter((w) => w.length >= 4 && !STOPWORDS.has(w) && !USES.has(w) && !ELEMENT_WORDS.has(w) && !RANKING.has(w));
    const useWord = keywords.find((w) => usesMatchAny(ds, w));
    if (useWord && (asksElements || !mineral || mineral.item.id === 'rare-earths')) {
      const filter = parseElementsFilter(useWord);
      if (filter.kind === 'use') return { command: 'elements', args: { filter: useWord } };
    }
  }

  // "Which rare earths are heavy?" → the class list.
  const cls = difficult ? undefined : words.find((w) => CLASS_WORDS.has(w));
  if (cls && (asksElements || mineral?.item.id === 'rare-earths' || has(RANKING)) && !wantsReserves && !wantsProduction) {
    return { command: 'elements', args: { filter: CLASS_WORDS.get(cls)! } };
  }

  // A date in the question: what happened then.
  const period = findPeriod(q);
  if (period && !wantsReserves && !wantsProduction) {
    const onDay = ds.events.filter((e) => e.date <= period.end && (e.end_date ?? e.date) >= period.start);
    if (onDay.length === 1) return { command: 'summit', args: { event: onDay[0]!.id }, recordIds: [onDay[0]!.id] };
    if (onDay.length) return { command: 'events', args: { from: period.start, to: period.end }, recordIds: onDay.map((e) => e.id) };
  }

  // Events and facts.
  const events = scoreEvents(ds, ent.words, countries.map((c) => c.item.id));
  const topEvent = events[0];
  const restEvents = scoreEvents(ds, ent.rest);
  const namedByRest = restEvents[0]?.event === topEvent?.event && (restEvents[0]?.score ?? 0) >= 1.5;
  const eventClear = topEvent && topEvent.score >= 1.5 && (!events[1] || topEvent.score > events[1].score * 1.15)
    && (has(EVENT_WORDS) || has(WHEN) || namedByRest);
  const relatedToFound = (f: Fact): boolean =>
    countries.some((c) => f.countries.includes(c.item.id)) || (topEvent !== undefined && f.events.includes(topEvent.event.id));
  const facts = scoreFacts(ds, norm, ent.rest, relatedToFound);
  const topFact = facts[0];
  const factClear = topFact && (!facts[1] || topFact.score > facts[1].score);
  // A long keyword phrase ("share of world production") beats the generic figure commands.
  if (topFact && factClear && topFact.score >= 5) return { fact: topFact.fact.id };
  // An event's own name or alias in the question ("the 0.1% rule", "Kuala Lumpur consensus").
  const aliasEvent = namedEvent(ds, norm);

  // Reserves and production.
  if (wantsReserves || wantsProduction) {
    const command = wantsProduction && !has(RESERVES) ? 'production' : 'reserves';
    const ids = [...(country ? [country.item.id] : []), (mineral?.item.id ?? 'rare-earths')];
    // An element with a figure question: the rare-earth group, with a note that USGS has no per-element figures.
    const elementArg = element && !mineral ? { mineral: element.typed } : {};
    if (country) return { command, args: { country: country.typed, ...mineralArg, ...elementArg }, recordIds: ids };
    if (element && !mineral) return { command, args: { mineral: element.typed }, recordIds: ids };
    return { command, args: { ...mineralArg }, recordIds: ids };
  }

  const eventy = asksWhen || has(EVENT_WORDS);

  if (topFact && factClear && topFact.score >= 4) return { fact: topFact.fact.id };
  // A named event loses to another that the rest of the question points at far more clearly
  // ("when did China suspend the October controls" asks for the suspension, not the October measures).
  const aliasScore = events.find((e) => e.event === aliasEvent)?.score ?? 0;
  const outscored = eventClear && topEvent.event !== aliasEvent && topEvent.score >= 1.25 * aliasScore;
  if (aliasEvent && !outscored && !wantsReserves && !wantsProduction) {
    return { command: 'summit', args: { event: aliasEvent.id }, recordIds: [aliasEvent.id] };
  }
  if (eventClear && eventy) return { command: 'summit', args: { event: topEvent.event.id }, recordIds: [topEvent.event.id] };
  // "When …?" with a close call between events: the earliest of the best (sorted by date on ties).
  if (asksWhen && topEvent && topEvent.score >= 1.5 && !wantsReserves && !wantsProduction) {
    return { command: 'summit', args: { event: topEvent.event.id }, recordIds: [topEvent.event.id] };
  }
  if (topFact && factClear && topFact.score >= 2) return { fact: topFact.fact.id };
  if (eventClear) return { command: 'summit', args: { event: topEvent.event.id }, recordIds: [topEvent.event.id] };

  if (has(HOW_MANY) && (asksElements || mineral?.item.id === 'rare-earths')) return { command: 'elements', args: {} };
  if (has(TIMELINE)) return { command: 'events', args: {} };
  if (asksElements && !country) return { command: 'elements', args: {} };
  // Words the router does not know at all ("capital", "bitcoin") mean the question is about
  // something else, unless it is plainly on the beat.
  const idx = routerIndex(ds);
  const unknown = ent.rest.filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !KNOWN_WORDS.has(w) && !/^\d+$/.test(w)
    && !factKeyword(idx, w) && !eventWordHits(idx, w));
  const onBeat = has(BEAT) || Boolean(country || mineral || element) || eventClear;
  // A question whose every content word is known and one of them a fact keyword ("Was ist mit den Kirschbäumen?") asks for that fact.
  const allKnown = !unknown.length && ent.rest.some((w) => factKeyword(idx, w));
  if (topFact && factClear && topFact.score >= 1 && (onBeat || allKnown || topFact.score >= 2) && !(unknown.length && !has(BEAT) && topFact.score < 2)) {
    return { fact: topFact.fact.id };
  }
  if ((unknown.length || has(OFF_BEAT)) && !has(BEAT)) return { refusal: true, inBeat: false };

  // Two or more countries and one event between exactly them ("Thailand und Kambodscha"): that event.
  if (countries.length >= 2 && topEvent && topEvent.score >= 3 && (!events[1] || topEvent.score > events[1].score)
    && countries.every((c) => topEvent.event.countries.includes(c.item.id))) {
    return { command: 'summit', args: { event: topEvent.event.id }, recordIds: [topEvent.event.id] };
  }
  // One thing named and nothing asked about it: the natural command for it.
  if (country) return { command: 'reserves', args: { country: country.typed, ...mineralArg }, recordIds: [country.item.id] };
  if (mineral) return { command: 'reserves', args: { ...mineralArg }, recordIds: [mineral.item.id] };
  if (world && (has(RANKING) || has(BEAT))) return { command: 'reserves', args: {} };
  if (topEvent && topEvent.score >= 1.5) {
    // A place several events share ("Kuala Lumpur") within a few days: the timeline of those days, not one pick.
    const tied = events.filter((e) => e.score * 1.15 >= topEvent.score).map((e) => e.event);
    const from = tied.map((e) => e.date).sort()[0]!;
    const to = tied.map((e) => e.end_date ?? e.date).sort().at(-1)!;
    if (tied.length >= 2 && tied.length <= 6 && Date.parse(to) - Date.parse(from) <= 7 * 86_400_000) {
      return { command: 'events', args: { from, to }, recordIds: tied.map((e) => e.id) };
    }
    return { command: 'summit', args: { event: topEvent.event.id }, recordIds: [topEvent.event.id] };
  }
  return { refusal: true, inBeat: has(BEAT) };
}
