// Attribute dispatch: a parsed question → what answers it. The asked attribute decides (figure,
// fact, event field, element field, list, command, "not in the dataset", off the beat); subjects,
// time and operator fill it in. With no attribute, the subject's own answer, else the retrieval
// stage, else an honest "the dataset has nothing on that". Every plan carries the route (the
// command or fact a reader can open in full), which the golden set and the "more" pointer use.
import { namedMeasureMembership } from './answer-elements.js';
import { daysBetween, daysSince } from './days-since.js';
import { loc } from '../../commands/common.js';
import type { CommandContext } from '../../commands/types.js';
import { formatList, formatMonth } from '../../reply/format.js';
import { namesElements } from './polar-state.js';
import { optionPlace } from './option-place.js';
import { optionDate } from './option-date.js';
import { defaultMineral } from '../../commands/figure-answer.js';
import { vocabIndex } from '../query/vocab.js';
import type { AnswerFirst, AttributeHit, ParsedQuery } from '../query/types.js';
import { statedShare } from './answer-figures.js';
import { eventAnswer, eventsInTime } from './answer-events.js';
import { eventPlan } from './plan-events.js';
import { factAnswer, pickFact, termAnswer } from './answer-facts.js';
import { shareAnswer } from './share-answer.js';
import { sequenceAnswer } from './sequence.js';
import { offsetDay } from './offset-day.js';
import { countriesNamedOutright, unjoinedDeal } from './unjoined-deal.js';
import { revisionDate } from './revision-date.js';
import { noneAnswer, retrievalAnswer, textAnswer } from './answer-none.js';
import { normalize } from '../../dataset/lookup.js';
import { whichElementByNote, whichElementByUse } from './uses-match.js';
import { factText, missingWords } from './fact-fit.js';
import { polarFirst } from './polar.js';
import { polarPlace } from './polar-place.js';
import { chooseAttribute } from './choose-attribute.js';
import { onBeat } from './scope.js';
import { yearsStated } from '../query/text.js';
import { eventOrder } from './event-order.js';
import { dateCheck } from './date-check.js';
import { personInCountry } from './person-country.js';
import { measureState } from './measure-state.js';
import { eventPercent } from './event-percent.js';
import { otherRecordStating } from './number-record.js';
import { aheadOfRecord, noPastRecord, pastPolar, pastRecordNote } from './past-record.js';
import { measureDateClaim } from './measure-date.js';
import { eventCount } from './event-count.js';
import { quietPeriod } from './quiet-period.js';
import { publicationDate } from './publication-date.js';
import { answered, type Plan } from './plan-route.js';
import { weekdayFirst } from './weekday.js';
import { elementPlan, unstatedQuantity } from './plan-elements.js';
import { commoditySlot } from './plan-figures.js';
import { provenanceAnswer } from './provenance.js';
import { labelledEvent } from './labels.js';
import { subjectPlan } from './plan-subject.js';
import { laterInstance, otherInstanceAsked } from './later-instance.js';
import { sourceClaimCheck } from './source-claim.js';
import { peoplePlaceCheck } from './people-place.js';
import { attributeClauseText } from './attribute-clause.js';

import { officeAsked, personAnswer } from './polar-office.js';
import { elementsInTime } from './time-elements.js';
import { measurePlan, measuresPlan } from './plan-measures.js';
import { passageCount } from './retrieve.js';
import { tableChange } from './table-change.js';
import { anchored, anchorOrNone, forecastNone, future, lackingWords, lacksTonnes, missesAnchor, unweighed, ownText, pinnedText, yearFit, eventClauseText, unknownWordsText, futureTense } from './plan-fallbacks.js';

export type { Plan, Route } from './plan-route.js';
export { routeOf } from './plan-route.js';


function factsPlan(ctx: CommandContext, p: ParsedQuery, ids: readonly string[], hit?: AttributeHit): Plan | undefined {
  const f = pickFact(ctx, p, ids);
  // No fact about the question's subjects (the price of lithium, Germany's import reliance): say so.
  if (!f) return hit ? answered(noneAnswer(ctx, p, hit.attribute)) : undefined;
  // A fact stating other years than the one asked ("the 2025 quota" against the 2023 and 2024
  // quotas) is a neighbouring figure: not in the dataset for that year.
  const year = p.time?.kind === 'year' ? p.time.start.slice(0, 4) : undefined;
  if (hit && year && yearsStated(f.text.en).length && !yearsStated(f.text.en).includes(year)) {
    // "Which city hosted APEC in 2025?": the fact is of another year, and the event of the year asked answers.
    // Only an event the fact itself is tied to (the 2026 host was named at the 2025 summit).
    if (p.subjects.events.some((e) => e.date.startsWith(year) && f.events.includes(e.id))) return eventPlan(ctx, p, fieldOf(p));
    const held = [...new Set(ids.flatMap((id) => yearsStated(ctx.dataset.factById.get(id)?.text.en ?? '')))].sort();
    const list = formatList(held, ctx.locale);
    return answered(noneAnswer(ctx, p, hit.attribute, ctx.locale === 'de'
      ? `Dazu hat der Datensatz keine Zahl: ${hit.attribute.label.de} für ${year} enthält er nicht, nur für ${list}.`
      : `The dataset has no figure for that: it holds ${hit.attribute.label.en} for ${list}, not for ${year}.`));
  }
  // A word next to the attribute that the fact never mentions ("the price of an NdFeB magnet"): the
  // fact is about something else; say the dataset has no figure for that, not a neighbouring one.
  const { text } = factText(f);
  if (hit && (commoditySlot(vocabIndex(ctx.dataset), p, hit, (w) => !text.includes(w)) || missingWords(ctx, p, f, hit).length)) {
    return answered(noneAnswer(ctx, p, hit.attribute));
  }
  return answered(factAnswer(ctx, p, f, hit), f.id);
}

/** What answers a parsed question; a yes/no question gets "yes" or "no" first where the lead settles it. */
export function planQuery(ctx: CommandContext, asked: ParsedQuery): Plan {
  // "How many days after the Tokyo signing did Trump meet Xi?": the days between, not a day after it.
  const between = daysBetween(ctx, asked);
  if (between) return answered(between);
  // "Two days after the Tokyo signing, who did Trump meet?": asked of that day.
  const p = offsetDay(ctx, asked) ?? asked;
  // "What does REE stand for?": the fact explaining the term.
  const defined = p.defines && !p.polar ? ctx.dataset.factById.get(p.defines.fact) : undefined;
  if (defined) return answered(termAnswer(ctx, defined, p.defines!.term), defined.id);
  const since = daysSince(ctx, p);
  if (since) return answered(since);
  const byUse = whichElementByNote(ctx, p) ?? whichElementByUse(ctx, p);
  if (byUse) return answered(byUse);
  // Two events put in order ("War das Treffen in Busan nach dem Abkommen von Tokio?") before a stop of
  // the trip: "nach"/"after" between two events orders them.
  const numbered = labelledEvent(ctx, p);
  // Days offered to choose from ("the 21st or the 24th?") are no day claimed: before the date checks.
  const unrecorded = pastPolar(ctx, p);
  if (unrecorded) return answered(unrecorded);
  const ordered = optionDate(ctx, p) ?? personInCountry(ctx, p) ?? eventOrder(ctx, p, numbered) ?? namedMeasureMembership(ctx, p) ?? measureDateClaim(ctx, p) ?? dateCheck(ctx, p) ?? peoplePlaceCheck(ctx, p) ?? measureState(ctx, p) ?? eventCount(ctx, p) ?? elementsInTime(ctx, p) ?? officeAsked(ctx, p, () => noneAnswer(ctx, p, undefined)) ?? personAnswer(ctx, p) ?? sourceClaimCheck(ctx, p);
  if (ordered) return answered(ordered);
  const place = polarPlace(ctx, p) ?? optionPlace(ctx, p) ?? sequenceAnswer(ctx, p);
  if (place) {
    const plan = answered(place);
    return { ...plan, answer: weekdayFirst(ctx, p, plan.route, place) };
  }
  const order = publicationDate(ctx, p);
  if (order) return answered(order);
  // "APEC leaders meet again this month. Where?": another instance of the event named, in the fact naming it for that time.
  const later = laterInstance(ctx, p);
  if (later) return answered(factAnswer(ctx, p, later), later.id);
  // "Where will APEC be held in 2027?": no record of that instance; not the named one's place.
  if (otherInstanceAsked(ctx, p)) {
    const asked = dispatch(ctx, p);
    const r = asked.route;
    // Unless its record speaks of that time ("Trump's visit to China in April 2026" in the Busan outcome).
    const said = asked.answer?.status === 'answer' ? `${asked.answer.lead} ${asked.answer.support.join(' ')}` : '';
    const year = p.time!.start.slice(0, 4);
    const spoken = p.time!.kind === 'year' ? said.includes(year) : said.includes(formatMonth(p.time!.start, ctx.locale));
    if (r && 'command' in r && r.command === 'summit' && !spoken) return answered(noneAnswer(ctx, p, undefined));
    return asked;
  }
  const changed = tableChange(ctx, p) ?? revisionDate(ctx, p) ?? eventPercent(ctx, p);
  if (changed) return answered(changed);
  if (!numbered && unstatedQuantity(ctx, p)) return answered(noneAnswer(ctx, p, undefined));
  // A number claimed that only a record the question's words did not find states ("Zölle auf 47 %").
  const stating = numbered ? undefined : otherRecordStating(ctx, p);
  const found = numbered ? answered(eventAnswer(ctx, numbered, 'summary', p)) : stating ? answered(eventAnswer(ctx, stating, 'summary', p)) : dispatch(ctx, p);
  // A day or month nothing happened in, asked about as such: said so, not the scope note or a bare "no figure".
  const quiet = !found.answer || found.answer.status === 'none' ? quietPeriod(ctx, p) : undefined;
  const dispatched = quiet ? answered(quiet) : found;
  // "No figure" for a question naming a particular name of the dataset's sentences, whose words stand
  // in one of them: that sentence answers (the reader's word meant what the sentence says).
  const rescued = dispatched.answer?.status === 'none' && !future(ctx, p) ? anchored(ctx, p, { lacking: lackingWords(p) }) ?? ownText(ctx, p, dispatched) ?? pinnedText(ctx, p) ?? eventClauseText(ctx, p) ?? attributeClauseText(ctx, p) : undefined;
  // A text rescued for a question naming elements must name them ("Pr oxide: Argus average price?" is not the Argus table without Pr).
  const ofElements = (a: AnswerFirst | undefined): boolean => !p.subjects.elements.length || (a?.status === 'answer' && namesElements(`${a.lead} ${a.support.join(' ')}`, p.subjects.elements));
  const plan = dispatched.answer?.status === 'none' && !future(ctx, p) ? (rescued && !lacksTonnes(ctx, p, rescued.answer) && ofElements(rescued.answer) ? rescued : dispatched)
    : missesAnchor(ctx, p, dispatched) ? anchorOrNone(ctx, p, dispatched) : unknownWordsText(ctx, p, dispatched) ?? dispatched;
  const fit = pastRecordNote(ctx, p, aheadOfRecord(ctx, p, yearFit(ctx, p, unweighed(ctx, p, plan))));
  return fit.answer ? { ...fit, answer: noPastRecord(ctx, p, polarFirst(ctx, p, weekdayFirst(ctx, p, fit.route, fit.answer))) } : fit;
}

/** Something of the dataset the question names: not a country by its code alone ("an LC connector"). */
function namedOutright(p: ParsedQuery): boolean {
  const s = p.subjects;
  if (s.minerals.length || s.elements.length || s.events.length || s.world) return true;
  return countriesNamedOutright(p).length > 0;
}

/** A one-word hit of an attribute about texts themselves: who wrote them, where they are listed. */
function aboutWriting(h: AttributeHit): boolean {
  return h.score <= 1 && !h.attribute.exact && ('provenance' in h.attribute.answer || ('command' in h.attribute.answer && h.attribute.answer.command === 'sources'));
}

function dispatch(ctx: CommandContext, p: ParsedQuery): Plan {
  const { dataset: ds } = ctx;
  const s = p.subjects;
  const hit = chooseAttribute(ctx, p);
  const ans = hit?.attribute.answer;
  const unjoined = !ans || ('event' in ans && ans.event === 'agreed') ? unjoinedDeal(ctx, p) : undefined;
  if (unjoined) return answered(unjoined);
  if (ans) {
    if ('offbeat' in ans) return { route: { refusal: true, inBeat: false } };
    // One word of a "not in the dataset" topic among many the dataset does not know, and nothing of
    // the dataset named ("draft a LinkedIn post about my new job"): the request is off the beat.
    const named = s.countries.length + s.minerals.length + s.elements.length + s.events.length > 0 || s.world;
    if ('none' in ans && !named && hit.score <= 1 && p.unknown.length >= 3) return { route: { refusal: true, inBeat: false } };
    // So is one word of an attribute among words no sentence of the dataset holds ("a farewell gift
    // for a retiring colleague": the cherry trees are no answer; "Brauch ich morgen in Bremerhaven
    // einen Schirm?" asks no use). (A price asked of a thing not held, "Was kostet das
    // Mount-Weld-Projekt?", stays an honest "no figure".)
    // A second such word, of who wrote or cited, changes nothing ("cite a journal article … with three authors").
    // Nor does a country found by its code alone ("Best way to clean an LC connector …?").
    if (!('none' in ans) && !hit.attribute.exact && !namedOutright(p) && hit.score <= 1 && p.attributes.every((h) => h === hit || 'event' in h.attribute.answer || aboutWriting(h))
      && p.unknown.length >= 2 && p.unknown.every((w) => passageCount(ds, w, ctx.locale) === 0)) return { route: { refusal: true, inBeat: false } };
    // "Hat Malaysia den Export … verboten?": a ban beside export words asks about the ban, not volumes.
    const measured = 'none' in ans ? measurePlan(ctx, p, hit, subjectPlan) : undefined;
    if (measured) return measured;
    if ('none' in ans) return answered(noneAnswer(ctx, p, hit.attribute));
    // "Which event fell on 21 October?": the events of the day asked, not the whole timeline.
    // So does "events in November 2025": the month's, not the whole timeline.
    if ('command' in ans && ans.command === 'events' && (p.time?.kind === 'day' || p.time?.kind === 'month') && eventsInTime(ctx, p).length) return eventPlan(ctx, p, 'summary');
    // "Help me debug my regex": help with something the dataset knows nothing of is off the beat.
    if ('command' in ans && ans.command === 'help' && p.unknown.length && !onBeat(ctx, p)) return { route: { refusal: true, inBeat: false } };
    if ('command' in ans) return { route: { command: ans.command, args: {} } };
    if ('provenance' in ans) {
      const found = provenanceAnswer(ctx, p, hit);
      if (found) return answered(found);
      const rest = p.attributes.filter((h) => h !== hit);
      return rest.length ? dispatch(ctx, { ...p, attributes: rest }) : subjectPlan(ctx, { ...p, attributes: [] });
    }
    if ('figure' in ans) {
      if (future(ctx, p) || futureTense(ctx, p)) {
        // A later year beside a commodity of the dataset's own texts is a commitment it records
        // ("soybeans … through 2028"), not a forecast of a USGS figure.
        // So does a record of the question's events naming the year asked ("25 million t a year through 2028").
        const year = p.time?.kind === 'year' ? p.time.start.slice(0, 4) : undefined;
        const record = year ? s.events.find((e) => loc(ctx.locale, e.summary).includes(year)) : undefined;
        const recordWords = record ? new Set(normalize(loc(ctx.locale, record.summary)).split(' ')) : undefined;
        const held = recordWords ? p.content.filter((w) => w !== year && recordWords.has(w)) : [];
        const stated = held.length >= 2 ? retrievalAnswer(ctx, p, undefined, held) : undefined;
        const text = textAnswer(ctx, p) ?? stated;
        // Tonnes asked ("how many tonnes a year will Nolans produce?") of a text stating only a share
        // or a sum: a neighbouring figure, so the forecast is not in the dataset.
        if (text && !lacksTonnes(ctx, p, text.answer)) return answered(text.answer, text.fact);
        // So does an event's record the figure's words lead to ("Wie viele Tonnen Sojabohnen soll China pro Jahr kaufen?").
        const viaRecord = measuresPlan(ctx, p, ans.figure, hit);
        const r = viaRecord.route;
        return r && 'command' in r && r.command === 'summit' && viaRecord.answer?.status === 'answer' && !lacksTonnes(ctx, p, viaRecord.answer) ? viaRecord : answered(forecastNone(ctx, p));
      }
      return measuresPlan(ctx, p, ans.figure, hit);
    }
    if ('share' in ans) {
      const measure = p.attributes.some((h) => 'figure' in h.attribute.answer && h.attribute.answer.figure === 'reserves') ? 'reserves' : ans.share;
      const c = s.countries[0];
      const m = s.minerals.find((x) => x.id !== 'rare-earths') ?? s.minerals[0] ?? defaultMineral(ds);
      // The attribute's facts state shares of its own measure: a reserves question never gets them.
      const fact = measure === ans.share ? pickFact(ctx, p, ans.facts) : undefined;
      // A fact stating another year's share ("69% in 2025") does not answer a question about 2024; an
      // edition's name ("USGS MCS 2025") states no year of figures.
      const year = p.time?.kind === 'year' ? p.time.start.slice(0, 4) : undefined;
      const factFits = fact && s.countries.every((x) => fact.countries.includes(x.id)) && (!year || yearsStated(fact.text.en).includes(year));
      if (factFits) return answered(factAnswer(ctx, p, fact), fact.id);
      const share = c && m ? shareAnswer(ctx, p, measure, m, c) : undefined;
      const stated = share && c && m ? statedShare(ctx, p, measure, m, c) : undefined;
      if (share) return answered(stated ? { ...share, support: [stated.line, ...share.support], sources: [...new Set([...share.sources, ...stated.sources])] } : share);
      // Another year's share is a neighbouring figure: not in the dataset for the year asked.
      if (fact && year) return answered(noneAnswer(ctx, p, hit.attribute));
      if (fact) return answered(factAnswer(ctx, p, fact), fact.id);
    }
    if ('facts' in ans) {
      if (future(ctx, p)) return answered(forecastNone(ctx, p));
      // No fact of this attribute is about the question's subjects: the next attribute asked may be
      // ("how many elements did China add to its controls" → the controls, not the 17 elements).
      const rest = p.attributes.filter((h) => h !== hit);
      if (!pickFact(ctx, p, ans.facts) && rest.length) return dispatch(ctx, { ...p, attributes: rest });
      const plan = factsPlan(ctx, p, ans.facts, hit);
      if (plan) return plan;
    }
    if ('event' in ans) {
      // A year asked that none of the question's events falls in ("which city hosts APEC in 2026"):
      // the next attribute asked answers, if there is one.
      const year = p.time?.kind === 'year' ? p.time.start.slice(0, 4) : undefined;
      const rest = p.attributes.filter((h) => h !== hit);
      if (year && rest.length && p.subjects.events.length && !p.subjects.events.some((e) => e.date.startsWith(year))) return dispatch(ctx, { ...p, attributes: rest });
      // "Wie viele Tonnen … soll China bis Ende 2025 kaufen?": tonnes counted are what was agreed, not a date.
      const tonnes = p.operator === 'count' && (ans.event === 'until' || ans.event === 'date') && p.words.some((w) => vocabIndex(ds).tonneWords.has(w));
      return eventPlan(ctx, p, tonnes ? 'agreed' : ans.event);
    }
    if ('element' in ans) return elementPlan(ctx, p, ans.element, ans.is);
  }
  // Only a word of a topic the dataset lacks, an event found and a question word of events ("die
  // Ausfuhr von Gallium … in welchem Monat?"): that field of the event.
  const field = p.subjects.events.length && (p.operator === 'when' || p.operator === 'where' || p.operator === 'who') ? fieldOf(p) : undefined;
  if (!hit && field && p.attributes.some((h) => 'none' in h.attribute.answer)) return eventPlan(ctx, p, field);
  return subjectPlan(ctx, p);
}

/** The field of an event a question word asks ("when" its date, "where" its place, "who" its people); else its summary. */
function fieldOf(p: ParsedQuery): 'date' | 'place' | 'participants' | 'summary' {
  return p.operator === 'when' ? 'date' : p.operator === 'where' ? 'place' : p.operator === 'who' ? 'participants' : 'summary';
}

