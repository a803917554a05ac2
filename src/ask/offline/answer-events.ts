// Answer-first replies about events: the date, the place, who took part, what was agreed, what
// happened, or the events of a day or month.
import { withDisputes } from './event-disputes.js';
import type { Event } from '../../dataset/schema.js';
import { bestSentence } from './event-sentences.js';
import type { CommandContext } from '../../commands/types.js';
import { loc, participantsIn, t } from '../../commands/common.js';
import { formatDateRange, formatMonth, formatNumber } from '../../reply/format.js';
import type { AnswerFirst, ParsedQuery, TimeRef } from '../query/types.js';
import { splitSentences } from '../query/sentences.js';
import { signersSentence } from './signers.js';
import { findTimeInDatasetText } from '../query/time.js';
import { sinceAsked, sinceDate } from './since-date.js';
import { clauseLead, earlierDate, effectWordsOf, soleClauseWords, soleItem, dayClause, matchingClause, untilClause } from './event-clauses.js';
import { countClause } from './answer-counts.js';
import { datedApart } from './clause-parts.js';
import { participantOf } from './participant-country.js';
import { placedThing } from './place-clause.js';
import { suspendedMeasureDate } from './measure-date.js';
import { suspendedBy } from './suspension-records.js';
import { peopleNamed } from './polar.js';
import { endsWithUntil } from '../query/question-text.js';
import { normalize } from '../../dataset/lookup.js';
import { vocabIndex } from '../query/vocab.js';
import { plannedAgain } from './planned-again.js';
import { overtakenBy, overtakenDay } from './overtaken-day.js';

export type EventField = 'date' | 'until' | 'place' | 'participants' | 'outcome' | 'agreed' | 'summary';

/** Title and sentence together longer than this: the lead drops the place. */
const LONG = 220;

const firstSentences = (ctx: CommandContext, text: string, n: number): string => splitSentences(ctx.dataset, text).slice(0, n).join(' ');

/** Whether a date of a text is the end of what it describes ("bis zum 27. November 2026"). */
function endDate(ctx: CommandContext, text: string, t: TimeRef): boolean {
  const at = text.indexOf(t.text);
  if (at < 0) return false;
  const before = normalize(text.slice(Math.max(0, at - 24), at));
  return endsWithUntil(before, vocabIndex(ctx.dataset).untilBefore);
}

export { eventsInTime, eventsStating, statesNumbers } from './event-sentences.js';

/** A date found in a text, as a lead opens with it: the day formatted, a month as written. */
const dateLabel = (ctx: CommandContext, d: TimeRef): string => (d.kind === 'day' ? formatDateRange(d.start, d.end, ctx.locale) : d.kind === 'month' ? formatMonth(d.start, ctx.locale) : d.text);
// An end date opens its reply as one ("Until 10 Nov 2026: MOFCOM issued No. 70 …"): a bare date before the
// clause of the act that set it reads as the day of the act.
const untilLabel = (ctx: CommandContext, d: TimeRef): string => `${d.kind === 'day' ? t(ctx.locale, 'Until', 'Bis zum') : t(ctx.locale, 'Until', 'Bis')} ${dateLabel(ctx, d)}`;
/** untilLabel of a day the record states as an ISO date. */
const untilDay = (ctx: CommandContext, iso: string): string => untilLabel(ctx, { kind: 'day', start: iso, end: iso, text: iso });
/** The "Until"/"Bis zum" an end date's lead opens with (untilLabel), or '' when it opens with the date itself. */
export const untilPrefix = (lead: string): string => /^(?:Until|Bis zum|Bis) (?=\d)/.exec(lead)?.[0] ?? '';

export function eventAnswer(ctx: CommandContext, ev: Event, asked: EventField, p?: ParsedQuery): AnswerFirst {
  return withDisputes(ctx, ev, asked, eventAnswerOf(ctx, ev, asked, p));
}

function eventAnswerOf(ctx: CommandContext, ev: Event, asked: EventField, p?: ParsedQuery): AnswerFirst {
  const { locale } = ctx;
  // "When does the pause expire?": "when" asks a date, and the other words say which one (the end).
  const field = asked === 'date' && p?.attributes.some((h) => 'event' in h.attribute.answer && h.attribute.answer.event === 'until') ? 'until' : asked;
  const date = formatDateRange(ev.date, ev.end_date, locale);
  const title = loc(locale, ev.title);
  const place = loc(locale, ev.place);
  const people = participantsIn(locale, ev).join(', ');
  const support: string[] = [];
  // "How many …?" (count words anywhere, whatever the operator): the number the record states for what is counted, first.
  const counted = p ? countClause(ctx, p, ev) : undefined;
  if (counted) {
    const cl = clauseLead({ ...counted, hits: 1, of: 1 }, `${title} (${date})`);
    return { status: 'answer', lead: `${formatNumber(counted.n, locale)}: ${cl.lead}`, support: cl.whole ? [`${title} (${date}, ${place}).`] : [], sources: [...ev.sources], more: `/summit ${ev.id}` };
  }
  // "What was agreed on 28 July 2025?" about a declaration of 26 October: the clause naming that day.
  const onDay = p && field !== 'date' ? dayClause(ctx, p, ev) : undefined;
  if (onDay) {
    const cl = clauseLead(onDay, `${title} (${date})`);
    return { status: 'answer', lead: `${onDay.endsThen ? untilLabel(ctx, p!.time!) : overtakenDay(ctx, ev, p!.time!.start, formatDateRange(p!.time!.start, undefined, locale))}: ${cl.lead}`, support: [`${title} (${date}, ${place}).`], sources: [...ev.sources], more: `/summit ${ev.id}` };
  }
  let lead: string;
  switch (field) {
    case 'date': {
      const measure = p ? suspendedMeasureDate(ctx, p, ev) : undefined;
      if (measure) {
        return { status: 'answer', lead: `${dateLabel(ctx, measure.date)}: ${measure.sentence}`, support: [`${title} (${date}, ${place}).`],
          sources: [...new Set([...measure.fact.sources, ...ev.sources])], more: `/summit ${ev.id}` };
      }
      // A date the question's own words point at inside the text ("when will he visit China" → April 2026).
      const later = (text: string): boolean => { const t = findTimeInDatasetText(text, ctx.dataset); return !!t && t.kind !== 'year' && t.start > (ev.end_date ?? ev.date); };
      const c = p ? matchingClause(ctx, p, ev, field, later) : undefined;
      // A later date: a plan or an effective date the event announced. An earlier one is a reference
      // back, unless the question's own words point at its clause ("when did the border clashes break
      // out": "border clashes in July 2025"), and then only a date whose year the text states.
      // So does the one clause holding every word the question adds ("Seit wann gilt die Waffenruhe?",
      // "When was the Thailand-Cambodia ceasefire?": the countries name the declaration, the word it adds
      // names the ceasefire its background dates); with no word added, the event's own date is asked.
      // "Since when has Malaysia banned raw exports?": the date after "since" in that clause ("in place since
      // January 2024"), not the day the clause reports it on.
      const from = c && c.hits * 2 >= c.of && p && sinceAsked(ctx, p) ? sinceDate(ctx, c.text) : undefined;
      if (c && from) {
        const cl = clauseLead(c, `${title} (${date})`);
        lead = `${t(locale, 'Since', 'Seit')} ${dateLabel(ctx, from)}: ${cl.lead}`;
        if (cl.whole) support.push(`${title} (${date}, ${place}).`);
        break;
      }
      const strong = c !== undefined && ((c.hits >= 2 && c.hits * 2 >= c.of) || (c.hits === c.of && soleClauseWords(ctx, p!, ev, field)));
      const read = c && c.hits * 2 >= c.of && !datedApart(ctx, p!, c.text) ? findTimeInDatasetText(c.text, ctx.dataset) : undefined;
      // A later day a suspension overtook answers only when the question asks when the clause took effect:
      // "on which day did China announce …" is the record's own day.
      const overtook = (r: TimeRef): boolean => !!overtakenBy(ctx, ev, r.start) && !effectWordsOf(p!, vocabIndex(ctx.dataset));
      const inner = read && read.kind !== 'year' && read.start > (ev.end_date ?? ev.date) && !endDate(ctx, c!.text, read) && !overtook(read) ? read
        : strong ? earlierDate(ctx, p!, ev, c.text) : undefined;
      if (c && inner) {
        // The asked date opens the reply, the clause stating it follows: the answer stays first however long the clause.
        const cl = clauseLead(c, `${title} (${date})`);
        lead = `${overtakenDay(ctx, ev, inner.start, dateLabel(ctx, inner))}: ${cl.lead}`;
        if (cl.whole) support.push(`${title} (${date}, ${place}).`);
        break;
      }
      // "When will Trump and Xi meet again?": the later date a plan of the record names.
      const planned = p ? plannedAgain(ctx, p, ev) : undefined;
      if (planned) {
        lead = `${dateLabel(ctx, planned.date)}: ${clauseLead({ ...planned.clause, hits: 0, of: 0 }, `${title} (${date})`).lead}`;
        support.push(`${title} (${date}, ${place}).`);
        break;
      }
      lead = `${date}: ${title} (${place}).`;
      support.push(bestSentence(ctx, p, ev));
      break;
    }
    case 'until': {
      // How long a measure runs: the later date its record states, first; else the event's own days.
      const u = p ? untilClause(ctx, p, ev) : undefined;
      // An event of several days ends on its last day ("wann ging der APEC-Gipfel zu Ende?"); a later
      // date of its text answers only when the clause holds every other word the question asks.
      if (ev.end_date && (!u || u.hits < u.of || !u.of)) {
        lead = `${formatDateRange(ev.end_date, undefined, locale)}: ${title} (${date}, ${place}).`;
        break;
      }
      // "Bis wann sollen erste Projekte finanziert werden?" against "Financing for selected projects within
      // six months": a clause holding the question's words answers, though it states a span, not a date;
      // a later date in a clause holding none of them ("fireworks for 4 July 2026") does not.
      // A suspension ends on the day its record gives, whatever clause the other words point at.
      // (The clause stating that day answers as below.)
      // "Until when is the October export control suspension in effect?": the measure named is suspended by
      // another record, whose end it is.
      const by = ev.suspended_until === undefined && p?.words.some((w) => vocabIndex(ctx.dataset).eventKinds.suspension.has(w))
        ? suspendedBy(ctx, ev) : undefined;
      if (by) {
        lead = `${untilDay(ctx, by.suspended_until!)}: ${loc(locale, by.title)} (${formatDateRange(by.date, by.end_date, locale)}).`;
        support.push(`${title} (${date}, ${place}).`);
        break;
      }
      const ownEnd = ev.suspended_until !== undefined && (!u || u.hits === 0);
      if (ownEnd && u?.date.start !== ev.suspended_until) {
        lead = `${untilDay(ctx, ev.suspended_until!)}: ${title} (${date}, ${place}).`;
        support.push(bestSentence(ctx, p, ev));
        break;
      }
      const spoken = !ownEnd && u && u.of > 0 && u.hits === 0 && p ? matchingClause(ctx, p, ev, 'until') : undefined;
      if (spoken && spoken.hits > 0 && statesWhen(ctx, spoken.text)) {
        const cl = clauseLead(spoken, `${title} (${date})`);
        lead = cl.whole ? `${title} (${date}): ${cl.lead}` : cl.lead;
        break;
      }
      if (u) {
        const cl = clauseLead(u, `${title} (${date})`);
        // "When did … and until when …?": both dates, the event's own first.
        // Only a second question phrase asks the end ("and until when"): "When does it expire?" asks one date.
        const qw = vocabIndex(ctx.dataset).questionWords;
        const both = p?.attributes.some((h) => 'event' in h.attribute.answer && h.attribute.answer.event === 'date')
          && p.attributes.some((h) => 'event' in h.attribute.answer && h.attribute.answer.event === 'until' && h.matched.some((m) => normalize(m).split(' ').some((w) => qw.has(w))));
        lead = both ? `${date}: ${title}; ${t(locale, 'until', 'bis')} ${dateLabel(ctx, u.date)}: ${cl.lead}` : `${untilLabel(ctx, u.date)}: ${cl.lead}`;
        if (cl.whole) support.push(`${title} (${date}, ${place}).`);
        break;
      }
      lead = `${date}: ${title} (${place}).`;
      support.push(bestSentence(ctx, p, ev));
      break;
    }
    case 'place': {
      // "Where is the Nolans project?": the place the record gives the thing named, the venue after it.
      const thing = p ? placedThing(ctx, p, ev, `${title} (${date})`) : undefined;
      if (thing) {
        lead = thing;
        support.push(`${place}: ${title} (${date}).`);
        break;
      }
      lead = `${place}: ${title} (${date}).`;
      support.push(bestSentence(ctx, p, ev));
      break;
    }
    case 'participants': {
      // "Did Trump attend …?" about someone not listed: the sentence of the text naming them, if any.
      const best = bestSentence(ctx, p, ev);
      const absent = p?.polar ? peopleNamed(ctx, p).filter((w) => !normalize(people).split(' ').includes(w)) : [];
      const told = absent.length > 0 && absent.every((w) => normalize(best).split(' ').includes(w));
      // "Who is Malaysia's trade minister?": a role the question names, in a clause of the texts that
      // holds its words (two at least, if it names more), names the person; the listed participants follow.
      const role = !told && p ? matchingClause(ctx, p, ev, field) : undefined;
      // "Who … said raw rare earths still can't be exported?": who said it is the speaker of a clause that
      // reports a statement and holds two of the question's words.
      const v = vocabIndex(ctx.dataset);
      const said = role && p && role.hits >= 2 && p.words.some((w) => v.reporting.has(w)) && normalize(role.text).split(' ').some((w) => v.reporting.has(w));
      const byRole = role && ((role.hits >= Math.min(2, role.of) && role.hits * 2 >= role.of) || said) ? clauseLead(role, `${title} (${date})`) : undefined;
      // "Who signed for Thailand?": the one participant the texts give that country, first.
      const theirs = !told && !byRole && p && !p.polar ? participantOf(ctx, p, ev) : undefined;
      const named = theirs ? participantsIn(locale, ev)[ev.participants.indexOf(theirs)] ?? theirs : undefined;
      // "Who signed the Thailand–Cambodia declaration?": the sentence saying who signed, when it names fewer
      // of the participants as signing than the record lists (the others witnessed).
      const act = !told && !byRole && !named && p && !p.polar ? signersSentence(ctx, p, ev) : undefined;
      if (act) {
        lead = act;
        support.push(`${people} — ${title} (${date}, ${place}).`);
        break;
      }
      lead = told ? `${title} (${date}, ${place}): ${best}` : byRole ? (byRole.whole ? `${title} (${date}): ${byRole.lead}` : byRole.lead) : `${named ?? (people || title)} — ${title} (${date}, ${place}).`;
      support.push(told ? `${people} — ${title}.` : byRole || named ? `${people || title} — ${title} (${date}, ${place}).` : best);
      if (named) support.push(best);
      break;
    }
    case 'agreed':
    case 'outcome': {
      // What was agreed, if recorded; else the sentence of the record that fits the question best.
      // A question asking about one part ("… on stockpiling?") gets that part first.
      const c = p ? matchingClause(ctx, p, ev, field) : undefined;
      // Half the question's own words, or two of them in one clause ("the 100% tariff": "100", "tariff";
      // a question wrapped in more words than its clause holds still points at it).
      // Or the one item of a long list that alone holds a word the question adds.
      const item = p && !(c && (c.hits * 2 >= c.of || c.hits >= 2)) ? soleItem(ctx, p, ev, field) : undefined;
      const part = item ? clauseLead(item, `${title} (${date})`, 0) : c && (c.hits * 2 >= c.of || c.hits >= 2) ? clauseLead(c, `${title} (${date})`) : undefined;
      // What came of it asked: the record's outcome leads, what was agreed follows.
      const agreed = ev.agreed ? loc(locale, ev.agreed) : '';
      const outcome = ev.outcome ? loc(locale, ev.outcome) : '';
      // A measure agrees nothing: what became of it is its outcome whichever word asked.
      const [first, second] = (field === 'outcome' && outcome) || !agreed ? [outcome, agreed] : [agreed, outcome];
      const main = first || bestSentence(ctx, p, ev);
      // What became of one part of a measure ("Was ist aus der 0,1-%-Regel geworden?"): the measure's
      // outcome first, the part it befell after it, so a long part does not push the answer down.
      if (part && field === 'outcome' && ev.kind === 'export-control' && outcome && !outcome.includes(c!.text)) {
        lead = `${title} (${date}): ${outcome}`;
        support.push(part.whole ? part.lead : c!.text);
        break;
      }
      lead = part ? (part.whole ? `${title} (${date}): ${part.lead}` : part.lead) : `${title} (${date}): ${main}`;
      const extra = part && !lead.includes(main) ? main : second && !lead.includes(second) ? second : bestSentence(ctx, p, ev, lead);
      if (extra && !lead.includes(extra)) support.push(extra);
      break;
    }
    default: {
      // An agreement asked about as a whole ("what does the accord provide?"): what it agreed, unless a
      // yes/no question tests a sentence of its record, or the question's words point at another part.
      const terms = ev.kind === 'agreement' && ev.agreed && p && !p.polar && !matchingClause(ctx, p, ev, field)
        ? splitSentences(ctx.dataset, loc(locale, ev.agreed))[0] : undefined;
      const best = terms ?? (p ? bestSentence(ctx, p, ev) : firstSentences(ctx, loc(locale, ev.summary), 2));
      // A long sentence whose ";" item holds most of what the question adds: that item leads, so the
      // asked detail is not pushed past the first lines by the rest of the sentence.
      const c = !terms && p && `${title}${best}`.length > LONG ? matchingClause(ctx, p, ev, field) : undefined;
      const whole = c && c.hits >= 2 && c.hits * 2 >= c.of && c.text.length < c.sentence.length ? clauseLead(c, `${title} (${date})`) : undefined;
      // Or the one item of a list that alone holds a word the question adds ("… say about stockpiling?").
      const item = !whole && !terms && p && !p.polar ? soleItem(ctx, p, ev, field) : undefined;
      const part = whole ?? (item ? clauseLead(item, `${title} (${date})`, 0) : undefined);
      // A long sentence leaves the place to the card: the answer in it must stay within the first lines.
      lead = part && !part.whole ? part.lead : `${title} (${date}${`${title}${best}`.length > LONG ? '' : `, ${place}`}): ${best}`;
      // The summary's opening, without the sentence the lead already gives.
      if (p) support.push(splitSentences(ctx.dataset, loc(locale, ev.summary)).filter((x) => !lead.includes(x)).slice(0, 2).join(' '));
      // What came of it, right after the lead when the question asks that ("Was ist aus Nr. 58
      // geworden?") or what a record that agreed nothing agreed ("Was hat China zu den Kontrollen zugesagt?").
      const asksOutcome = p?.attributes.some((h) => 'event' in h.attribute.answer && (h.attribute.answer.event === 'outcome' || (h.attribute.answer.event === 'agreed' && !ev.agreed)));
      if (ev.outcome) support[asksOutcome ? 'unshift' : 'push'](`${t(locale, 'Outcome', 'Ergebnis')}: ${loc(locale, ev.outcome)}`);
    }
  }
  return { status: 'answer', lead, support, sources: [...ev.sources], more: `/summit ${ev.id}` };
}

/** Whether a clause says when: a year ("bis Ende 2026"), or a number before a unit of time ("within six months", "binnen 180 Tagen"). */
function statesWhen(ctx: CommandContext, clause: string): boolean {
  if (/\b(?:19|20)\d\d\b/.test(clause)) return true;
  const v = vocabIndex(ctx.dataset);
  const words = normalize(clause).split(' ');
  return words.some((w, i) => i > 0 && v.timeSpans.has(w) && (/^\d+$/.test(words[i - 1]!) || v.numbers.has(words[i - 1]!)));
}

/** Several events of one day or month: the list first. */
export function eventListAnswer(ctx: CommandContext, p: ParsedQuery, events: readonly Event[]): AnswerFirst {
  const { locale } = ctx;
  const lines = events.slice(0, 6).map((e) => `${formatDateRange(e.date, e.end_date, locale)}: ${loc(locale, e.title)} (${loc(locale, e.place)})`);
  const when = p.time ? formatDateRange(p.time.start, p.time.end, locale) : '';
  const lead = `${when ? `${when} — ` : ''}${lines.join('; ')}.`;
  const support = events.length <= 3 ? events.map((e) => firstSentences(ctx, loc(locale, e.summary), 1)) : [];
  if (events.length > 6) support.push(t(locale, `and ${events.length - 6} more.`, `und ${events.length - 6} weitere.`));
  const from = p.time?.start ?? events.map((e) => e.date).sort()[0];
  const to = p.time?.end ?? events.map((e) => e.end_date ?? e.date).sort().at(-1);
  const more = from && to ? `/events ${from} ${to}` : '/events';
  return { status: 'answer', lead, support, sources: [...new Set(events.flatMap((e) => e.sources))], more, suggestions: events.slice(0, 3).map((e) => `/summit ${e.id}`), list: true };
}
