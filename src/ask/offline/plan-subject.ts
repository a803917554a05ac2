// A question with no attribute the dataset answers: the subject's own answer (an event named, a
// country's figures, an element's card), else a sentence of the dataset's texts holding its words,
// else "not in the dataset" on the beat and the scope note off it.
import { nameWordsOf } from './event-names.js';
import type { CommandContext } from '../../commands/types.js';
import type { ParsedQuery } from '../query/types.js';
import { rareWordRecord } from './rare-word.js';
import { normalize } from '../../dataset/lookup.js';
import { vocabIndex } from '../query/vocab.js';
import { askedNumbers } from '../query/question-text.js';
import { editionTable } from '../../commands/figures.js';
import { eventAnswer, eventsInTime, eventsStating } from './answer-events.js';
import { eventPlan } from './plan-events.js';
import { usedFor } from './uses-list.js';
import { factAnswer, listingFact } from './answer-facts.js';
import { noneAnswer, retrievalAnswer, textAnswer } from './answer-none.js';
import { countryEvent } from './country-event.js';
import { kindEventOf, onBeat, pinnedEvent } from './scope.js';
import { dayClause } from './event-clauses.js';
import { answered, type Plan } from './plan-route.js';
import { elementPlan } from './plan-elements.js';
import { figurePlan } from './plan-figures.js';
import { phraseRecord } from './phrase-record.js';
import { anchored } from './plan-fallbacks.js';

/** No attribute: the subject's own answer; else retrieval; else "not in the dataset" or the scope note. */
export function subjectPlan(ctx: CommandContext, p: ParsedQuery): Plan {
  const s = p.subjects;
  const re = s.minerals.find((m) => m.id === 'rare-earths');
  // "Is cobalt a rare earth?", "Ist Yttrium ein Seltenerdmetall?": membership.
  if (p.polar && re && (s.elements.length || s.minerals.length > 1)) {
    if (s.elements.length) return elementPlan(ctx, p, 'card');
    const other = s.minerals.find((m) => m.id !== 'rare-earths')!;
    return { route: { command: 'elements', args: {} }, answer: noneAnswer(ctx, p, undefined, undefined, '/elements', other) };
  }
  // An event named outright ("the US–Malaysia MoU"), or between exactly the countries named
  // ("Thailand und Kambodscha"), is what those names point at.
  const between = s.countries.length >= 2 && p.operator !== 'compare' ? s.events.find((e) => s.countries.every((c) => e.countries.includes(c.id))) : undefined;
  // A day no event fell on, which one record names in its text ("what did Takaichi announce for
  // 4 July 2026?" → the fireworks for that day in the Tokyo framework's record): that clause.
  const namingDay = p.time?.kind === 'day' && !eventsInTime(ctx, p).length ? ctx.dataset.events.filter((e) => dayClause(ctx, p, e)) : [];
  if (namingDay.length === 1) return answered(eventAnswer(ctx, namingDay[0]!, 'summary', p));
  // Several records name that day ("what ran out on 10 November 2026?": the suspension of No. 70
  // and the Section 301 exclusions): each one's clause, in the order of the records.
  if (namingDay.length > 1 && namingDay.length <= 4) {
    const [first, ...rest] = namingDay.map((e) => eventAnswer(ctx, e, 'summary', p));
    return answered({ ...first!, support: [...rest.map((a) => a.lead), ...first!.support], sources: [...new Set([first!, ...rest].flatMap((a) => a.sources))] });
  }
  // "okay next one for the notes how many tonnes of rare earths came out of Nigeria in 2023": a mineral
  // and a country named and tonnes asked after words the dataset does not know; those words, all before
  // the question word, are the reader's preamble, not a commodity ("… rare earth slag does China dump?").
  const v = vocabIndex(ctx.dataset);
  const asks = p.words.findIndex((w) => v.questionWords.has(w));
  const preamble = asks > 0 && s.minerals.length > 0 && s.countries.length > 0 && p.words.some((w) => v.tonneWords.has(w))
    && p.unknown.every((w) => { const at = p.words.indexOf(w); return at >= 0 && at < asks; });
  // "Welches Land sitzt auf dem meisten Kobalt?", "Madagascar against Russia on REE tonnage - who edged it?": one
  // word of the reader's own beside a mineral and a ranking or comparison is the reader's verb, not a topic.
  const filler = p.unknown.length === 1 && !p.polar && s.minerals.length > 0 && (p.operator === 'top' || (p.operator === 'compare' && s.countries.length >= 2));
  if (p.unknown.length && !preamble && !filler) {
    const byUse = usedFor(ctx, p);
    if (byUse) return answered(byUse);
    const r = textAnswer(ctx, p) ?? retrievalAnswer(ctx, p);
    if (r) return answered(r.answer, r.fact);
    // Words nothing in the dataset explains: off the beat → the scope note; on it → "no such figure",
    // never the named subject's nearest figure.
    // Two or more named countries that met in one event ("the MoU between the US and Malaysia") are
    // the beat itself, whatever else the question says.
    // "Gab es am 29. Oktober etwas?", "Was war letzten Oktober los?": a day or month of the calendar,
    // nothing else named, asks for its events, whatever the question's other words.
    const bare = !s.countries.length && !s.minerals.length && !s.elements.length && !s.events.length && !s.world;
    if (bare && (p.time?.kind === 'day' || p.time?.kind === 'month') && eventsInTime(ctx, p).length) return eventPlan(ctx, p, 'summary');
    if (!onBeat(ctx, p) && !between) {
      const anchor = anchored(ctx, p);
      if (anchor) return anchor;
      // Two known words standing together in one record ("border clashes") place a question whose own words the texts lack.
      const phrased = phraseRecord(ctx, p);
      // The field an attribute of the question asks of it ("until when"), else what the record says.
      const field = p.attributes.map((h) => h.attribute.answer).find((a) => 'event' in a);
      if (phrased) return answered(eventAnswer(ctx, phrased, field && 'event' in field ? field.event : 'summary', p));
      const rare = rareWordRecord(ctx, p);
      return rare ? answered(rare) : { route: { refusal: true, inBeat: false } };
    }
    // "24%-Reziprokzoll nach Busan – was ist damit?": the one record of the question's events stating its
    // number answers, though the word beside the number is the reader's own.
    const stating = eventsStating(ctx, p);
    if (stating.length === 1) return answered(eventAnswer(ctx, stating[0]!, 'summary', p));
    if (!s.namedEvents.length && !s.elements.length && !between && !pinnedEvent(ctx, p)) {
      // "Ist die Absichtserklärung mit Malaysia verbindlich?": the agreement the country's word of a kind names.
      const kinded = kindEventOf(ctx, p);
      return answered(kinded ? eventAnswer(ctx, kinded, 'summary', p) : noneAnswer(ctx, p, undefined));
    }
  }
  if (s.namedEvents.length && !s.elements.length) return eventPlan(ctx, p, 'summary');
  if (between) return answered(eventAnswer(ctx, between, 'summary', p));
  const pinned = pinnedEvent(ctx, p);
  if (pinned && !s.elements.length) return answered(eventAnswer(ctx, pinned, 'summary', p));
  // A year with no measure named ("cobalt 2025, Australia vs Canada") asks for that year's output:
  // USGS reserves are a stock, not a figure of a year.
  // So does a mineral with no reserves table (gallium): its output is what the dataset ranks.
  const measure = p.time?.kind === 'year' || (s.minerals.length === 1 && !editionTable(ctx.dataset, s.minerals[0]!.id, 'reserves')) ? 'production' : 'reserves';
  // Not asked yes or no: the fact states the figures, not which way a comparison goes.
  const listed = p.operator === 'compare' && !p.polar && s.countries.length >= 2 && !s.minerals.length ? listingFact(ctx, p) : undefined;
  if (listed) return answered(factAnswer(ctx, p, listed), listed.id);
  if ((p.operator === 'compare' && s.countries.length >= 2) || p.operator === 'top') return figurePlan(ctx, p, measure);
  if (s.elements.length) return elementPlan(ctx, p, 'card');
  const met = countryEvent(ctx, p);
  if (met) return answered(eventAnswer(ctx, met.event, met.field, p));
  // "How much soybeans will China buy?": words beside the country that one of the dataset's
  // sentences holds (two thirds of them) ask that sentence, not the country's reserves.
  const named = s.countries.length && p.content.length ? countryWords(ctx, p) : undefined;
  const said = named ? retrievalAnswer(ctx, p, undefined, p.content.filter((w) => !named.has(w))) : undefined;
  if (said) return answered(said.answer, said.fact);
  // "Welche sieben Elemente stehen auf Pekings Aprilliste?": a month or day asked that one of the
  // question's events falls in names that event, not the country's figures.
  const t = p.time;
  const inTime = t && (t.kind === 'month' || t.kind === 'day') ? s.events.find((e) => e.date >= t.start && e.date <= t.end) : undefined;
  if (inTime) return answered(eventAnswer(ctx, inTime, 'summary', p));
  // "Hat das Weiße Haus 8,5 Mrd. Dollar für Australien genannt?": a number the one record of the
  // question's words states asks that record, not the country's reserves.
  const stating = !p.attributes.length && askedNumbers(p).length ? eventsStating(ctx, p) : [];
  if (stating.length === 1) return answered(eventAnswer(ctx, stating[0]!, 'summary', p));
  // "Erteilt China Generallizenzen für Gallium?": with no attribute asked, a word of the one event's own names
  // asks that event, not the country's figure.
  const ofEvent = !p.attributes.length && s.events.length === 1 ? s.events[0]! : undefined;
  if (ofEvent && p.content.some((w) => nameWordsOf(ofEvent).has(w))) return eventPlan(ctx, p, 'summary');
  if (s.countries.length) return figurePlan(ctx, p, measure);
  if (s.events.length) return eventPlan(ctx, p, 'summary');
  if (eventsInTime(ctx, p).length) return eventPlan(ctx, p, 'summary');
  // "Gallium weltweit 2024: 760 oder 848 Tonnen?": the world named asks the world's figure, not the ranking.
  if (s.world) return figurePlan(ctx, p, measure);
  if (s.minerals.length) return figurePlan(ctx, { ...p, operator: 'top' }, measure);
  // Nothing named, but words of the dataset's own texts ("Was regelt Bekanntmachung Nr. 56?"): the
  // sentence holding most of them, if it holds two thirds.
  const r = retrievalAnswer(ctx, p, undefined, p.content);
  if (r) return answered(r.answer, r.fact);
  if (onBeat(ctx, p)) return answered(noneAnswer(ctx, p, undefined));
  const anchor = anchored(ctx, p);
  if (anchor) return anchor;
  const rare = rareWordRecord(ctx, p);
  return rare ? answered(rare) : { route: { refusal: true, inBeat: false } };
}

/** The normalised words of the question's countries' names and aliases. */
function countryWords(ctx: CommandContext, p: ParsedQuery): Set<string> {
  return new Set(p.subjects.countries.flatMap((c) => [c.name.en, c.name.de, ...c.aliases]).flatMap((n) => normalize(n).split(' ')));
}