// An event's field asked (date, place, participants, what was agreed, what happened): which of the
// question's events answers, or the list of them when the question names several at one place.
import { peopleNamed } from './polar-parts.js';
import type { Event } from '../../dataset/schema.js';
import type { CommandContext } from '../../commands/types.js';
import { t } from '../../commands/common.js';
import type { ParsedQuery } from '../query/types.js';
import { eventAnswer, eventListAnswer, eventsInTime, eventsStating, type EventField } from './answer-events.js';
import { answered, type Plan } from './plan-route.js';
import { holdsPhrase, paddedQuestion } from '../query/question-text.js';
import { vocabIndex } from '../query/vocab.js';
import { firstPhraseAt } from '../query/text.js';
import { linked } from './date-check.js';
import { dayClause, effectWordsOf } from './event-clauses.js';
import { normalize } from '../../dataset/lookup.js';
import { dayDeed } from './day-deed.js';
import { asksSuspension } from './polar-state.js';
import { elementAnswer } from './answer-elements.js';
import { noneAnswer } from './answer-none.js';

const participantCache = new WeakMap<Event, Set<string>>();
function participantWords(e: Event): Set<string> {
  let set = participantCache.get(e);
  if (!set) participantCache.set(e, (set = new Set(normalize([...e.participants, ...(e.participants_de ?? [])].join(' ')).split(' '))));
  return set;
}

export function eventPlan(ctx: CommandContext, p: ParsedQuery, field: EventField): Plan {
  // "Did China suspend the controls on dysprosium?": whether the element's own measure is suspended, as
  // "Were the dysprosium controls suspended?" is asked — not the suspension's record, which names the element
  // only to say its measure stays in force.
  const el = p.subjects.elements.length === 1 ? p.subjects.elements[0] : undefined;
  if (el && p.polar && field === 'summary' && asksSuspension(ctx, p) && p.attributes.some((h) => 'element' in h.attribute.answer && h.attribute.answer.element === 'controls')) {
    return answered(elementAnswer(ctx, p, el, 'controls'));
  }
  // "Begannen die Kontrollen für Dysprosium im Oktober 2025?": a word of beginning asks the date, but of the
  // element's own measures, against the time asked — not a yes off the record of that month's measure.
  const controlsAsked = p.attributes.some((h) => 'element' in h.attribute.answer && h.attribute.answer.element === 'controls');
  if (el && p.polar && p.time && !p.time.relative && controlsAsked && firstPhraseAt(p.words, vocabIndex(ctx.dataset).inceptionWords) >= 0) {
    return answered(elementAnswer(ctx, p, el, 'controls'));
  }
  // "Who discovered yttrium?": people asked of an element and nothing else, no measure or event, are no
  // record's — not the agencies of the measure that lists it.
  const onlyWho = p.attributes.every((h) => 'event' in h.attribute.answer && h.attribute.answer.event === 'participants');
  if (field === 'participants' && el && onlyWho && !p.subjects.events.length && !p.time && !p.polar) return answered(noneAnswer(ctx, p, undefined));
  const inTime = eventsInTime(ctx, p);
  // "Who died on 24 October?": a deed no record of that day holds, named beside the day in another's text.
  const deed = field === 'participants' ? dayDeed(ctx, p, inTime) : undefined;
  if (deed) return answered(eventAnswer(ctx, deed, 'summary', p));
  // "What took effect on 1 December 2025?": no record falls on the day asked, and the one its words found
  // ("took effect") is of another day; the one record naming that day in its text answers.
  const naming = p.time?.kind === 'day' && !inTime.length && (field === 'summary' || field === 'outcome') ? ctx.dataset.events.filter((e) => dayClause(ctx, p, e)) : [];
  if (naming.length === 1) return answered(eventAnswer(ctx, naming[0]!, 'summary', p));
  // Events about the question's elements first ("when did China add holmium …").
  const els = p.subjects.elements.map((e) => e.symbol);
  const withEls = els.length ? ctx.dataset.events.filter((e) => els.every((x) => e.elements.includes(x))) : [];
  // Events stating the numbers the question does ("the 24% tariff") before the others it points at.
  const stating = eventsStating(ctx, p);
  // Asked when something takes effect, those named outright ("the April controls") before one found by
  // its words alone: "take effect" asks the date, though another record's title holds it.
  const effect = field === 'date' && effectWordsOf(p, vocabIndex(ctx.dataset)) ? p.subjects.namedEvents.filter((e) => p.subjects.events.includes(e)) : [];
  // "Was wurde in Gyeongju beschlossen?": of the events at a place, nobody and no country named, what was
  // agreed or came of it is asked of those whose record states it.
  const recorded = (field === 'agreed' || field === 'outcome') && p.subjects.namedEvents.length >= 2 && !p.subjects.countries.length && !peopleNamed(ctx, p).length
    ? p.subjects.namedEvents.filter((e) => e.agreed || e.outcome) : [];
  // The one event of those found that all the people named took part in ("venue of trump lee meeting": their
  // summit, not the APEC Leaders' Meeting the word "meeting" scores higher).
  const people = peopleNamed(ctx, p);
  // Not beside a word of sequence ("after Trump and Xi met"): their meeting is then the point of reference.
  const v = vocabIndex(ctx.dataset);
  const padded = paddedQuestion(p);
  const ordered = [v.sequence.before, v.sequence.after, v.eventOrder.earlier, v.eventOrder.later].some((x) => x[ctx.locale].some((w) => padded.includes(` ${normalize(w)} `)));
  const theirs = people.length >= 2 && !ordered ? p.subjects.events.filter((e) => people.every((w) => participantWords(e).has(w))) : [];
  const named = [...withEls.filter((e) => p.subjects.events.includes(e)), ...withEls, ...stating, ...effect, ...recorded, ...(theirs.length === 1 ? theirs : []), ...p.subjects.events].filter((e, i, a) => a.indexOf(e) === i);
  const both = named.filter((e) => inTime.includes(e));
  // Several events at one place the question names, nothing narrower asked: the list of them.
  const ne = p.subjects.namedEvents;
  const span = ne.length ? Date.parse(ne.map((e) => e.end_date ?? e.date).sort().at(-1)!) - Date.parse(ne.map((e) => e.date).sort()[0]!) : 0;
  const shared = ne.length >= 2 && ne.length <= 6 && !both.length && field === 'summary' && !els.length && span <= 7 * 86_400_000 ? ne : undefined;
  if (shared) return answered(eventListAnswer(ctx, p, [...shared].sort((a, b) => a.date.localeCompare(b.date))));
  // "What agreements were signed in Kuala Lumpur?": every agreement named there (with the countries
  // asked), not the first of them.
  // Only when nothing else is asked of them ("how many prisoners …" asks a clause of one).
  const named2 = p.subjects.countries.map((c) => c.id);
  const all = field === 'agreed' && !both.length && !els.length && !p.unknown.length && p.operator === 'single'
    ? ne.filter((e) => e.kind === 'agreement' && named2.every((c) => e.countries.includes(c))) : [];
  // An agreement between exactly the countries named ("the US and Malaysia") is the one asked.
  const exact = all.filter((e) => named2.length > 0 && e.countries.length === named2.length);
  const deals = exact.length ? exact : all;
  if (deals.length >= 2 && deals.length <= 4 && span <= 7 * 86_400_000) return answered(eventListAnswer(ctx, p, [...deals].sort((a, b) => a.date.localeCompare(b.date))));
  // "Takaichi: Wahl und erste Grundsatzrede – an welchen Tagen?": dates asked of the two events found
  // first; of an event of several days ("An welchen Tagen tagte APEC?") they are its own.
  const two = field === 'date' && !both.length && p.subjects.events.length >= 2 && !p.subjects.events[0]!.end_date && holdsPhrase(paddedQuestion(p), vocabIndex(ctx.dataset).severalDates[ctx.locale]);
  if (two) return answered(eventListAnswer(ctx, p, p.subjects.events.slice(0, 2).sort((a, b) => a.date.localeCompare(b.date))));
  // "It says 21 October in the papers: on which day was the Washington deal signed?": a date asked of
  // an event the question names outright is not the day it states, which is a claim to correct.
  // So is the one event between all the countries named ("the memorandum between the US and Malaysia").
  const between = (e: Event): boolean => p.subjects.events.length === 1 && p.subjects.countries.length >= 2 && p.subjects.countries.every((c) => e.countries.includes(c.id));
  // So is any day beside the one event a question names outright ("US Australia deal was signed tuesday
  // oct 21?"): the event of that day is another, unless one is a stage of the other ("the tariff cut
  // agreed on 30 October" was agreed in Busan that day).
  const claimed = !both.length && named[0] && ((field === 'date' && (ne.includes(named[0]) || between(named[0]))) || (ne.length === 1 && ne[0] === named[0] && !inTime.some((e) => linked(named[0]!, e)))) ? named[0] : undefined;
  // "Was the Australia framework signed on 28 October?": a yes/no question whose day falls on no event of
  // the countries it names claims that day for the agreement of theirs it found, not for the day's other event (a state asked
  // on a day, "Was Takaichi already prime minister on 27 October?", is no agreement's day).
  const theirsNamed = (e: Event): boolean => p.subjects.countries.every((c) => e.countries.includes(c.id));
  const ofOthers = p.polar && p.time?.kind === 'day' && p.subjects.countries.some((c) => c.id !== 'US') && inTime.length > 0 && !inTime.some(theirsNamed)
    ? named.find((e) => e.kind === 'agreement' && theirsNamed(e)) : undefined;
  // Its own day is not the one claimed (the day's records are others'): no, with the day it fell on.
  if (ofOthers) { const a = eventAnswer(ctx, ofOthers, 'date', p); return answered({ ...a, lead: `${t(ctx.locale, 'No', 'Nein')} — ${a.lead}` }); }
  const pick = both[0] ?? claimed ?? (inTime.length === 1 ? inTime[0] : undefined) ?? (inTime.length > 1 && !named.length ? undefined : named[0]);
  if (pick) return answered(eventAnswer(ctx, pick, field, p));
  return answered(eventListAnswer(ctx, p, inTime));
}
