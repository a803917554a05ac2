// "Wurde Takaichi am 24. Oktober gewählt?", "Did Trump meet Lee on 30 October?": a yes/no question
// stating a day for an event its words name, which fell on another day. The answer is "no" with the
// event's own date, not the record of whatever happened on the day stated.
import { quantities } from '../query/quantities.js';
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { loc, t } from '../../commands/common.js';
import { matchingClause } from './event-clauses.js';
import { writtenDays } from './written-dates.js';
import { normalize } from '../../dataset/lookup.js';
import { stem } from '../query/text.js';
import { vocabIndex } from '../query/vocab.js';
import { endsWithUntil, holdsPhrase, paddedQuestion } from '../query/question-text.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { eventAnswer, eventsInTime } from './answer-events.js';
import { eventNames } from './event-order.js';
import { peopleNamed } from './polar-parts.js';
import { labelledEvent, labelledPart } from './labels.js';
import { datesInDatasetText } from '../query/time.js';
import { suspendedBy } from './suspension-records.js';
import { extensionPast } from './extension-past.js';

// Per event: the stems (both languages) of its title, summary, people and aliases, and its text
// normalised, made once.
const wordsOf = new WeakMap<Event, { stems: Set<string>; text: string }>();
function eventWords(e: Event): { stems: Set<string>; text: string } {
  let w = wordsOf.get(e);
  if (!w) {
    const text = ` ${normalize([e.title.en, e.title.de, e.summary.en, e.summary.de, ...e.participants, ...e.aliases].join(' '))} `;
    wordsOf.set(e, (w = { stems: new Set(text.trim().split(' ').flatMap((x) => [stem(x, 'en'), stem(x, 'de')])), text }));
  }
  return w;
}

/** An event's title, summary, people and names, normalised, padded with spaces. */
export function eventRecordText(e: Event): string {
  return eventWords(e).text;
}

/** How many of the question's words (stems) an event's title, summary, people and names hold. */
function hits(e: Event, words: readonly (readonly string[])[]): number {
  const { stems } = eventWords(e);
  return words.filter((forms) => forms.some((w) => stems.has(w))).length;
}

/** A question word's stem with those of the other forms of its verb (grammar.verb_forms: "unterschrieben", "unterzeichneten"). */
function withVerbForms(v: ReturnType<typeof vocabIndex>, w: string, locale: CommandContext['locale']): string[] {
  const head = v.verbFamily.get(w);
  const family = head === undefined ? [] : [...v.verbFamily].filter(([, h]) => h === head).map(([x]) => x);
  return [...new Set([stem(w, locale), ...family.filter((x) => !x.includes(' ')).map((x) => stem(x, locale))])];
}

/**
 * The event's own text names the other ("the tariff cut agreed in Busan"): one is a stage of the other.
 * A city both took place in ("Tokyo" for the framework and the arrival a day before) links nothing.
 */
export function linked(a: Event, b: Event): boolean {
  const { text } = eventWords(a);
  const own = ` ${normalize(`${a.place.en} ${a.place.de}`)} `;
  return eventNames(b).some((n) => n.length > 3 && text.includes(` ${n} `) && !own.includes(` ${n} `));
}

/**
 * "Did Trump and Xi meet on Wednesday, 29 October?": two people named and a day claimed on which none of
 * their events fell (that day's event is another's): no, with the date of their event the question's words
 * name best.
 */
function peopleDateCheck(ctx: CommandContext, p: ParsedQuery, day: string): AnswerFirst | undefined {
  const people = peopleNamed(ctx, p);
  // People, not name words ("Xi Jinping" is one). A measure or statement of that day the question names is
  // what it dates ("Did China suspend the controls agreed by Trump and Xi on 7 November?"), not a meeting.
  const persons = new Set(ctx.dataset.events.flatMap((e) => e.participants).filter((x) => people.some((w) => normalize(x).split(' ').includes(w))));
  const meets = (e: Event): boolean => e.kind === 'meeting' || e.kind === 'summit' || e.kind === 'talks';
  if (persons.size < 2 || p.subjects.events.some((e) => !meets(e) && e.date <= day && (e.end_date ?? e.date) >= day)) return undefined;
  const theirs = ctx.dataset.events.filter((e) => people.every((w) => eventRecordText(e).includes(` ${w} `) && e.participants.some((x) => ` ${normalize(x)} `.includes(` ${w} `))));
  if (!theirs.length || theirs.some((e) => e.date <= day && (e.end_date ?? e.date) >= day)) return undefined;
  const v = vocabIndex(ctx.dataset);
  const words = [...new Map(p.content.filter((w) => !v.stop.has(w)).map((w) => [stem(w, ctx.locale), withVerbForms(v, w, ctx.locale)] as const)).values()];
  const best = [...theirs].sort((a, b) => hits(b, words) - hits(a, words))[0]!;
  const a = eventAnswer(ctx, best, 'date', p);
  return { ...a, lead: `${t(ctx.locale, 'No', 'Nein')} — ${a.lead}` };
}

/**
 * "Was the Gyeongju Declaration adopted on 31 October?": a day within an event of several days, claimed
 * for a part of it whose clause states another of its days ("adopted on 1 November"): no, with that clause.
 */
function partDateCheck(ctx: CommandContext, p: ParsedQuery, ev: Event, day: string): AnswerFirst | undefined {
  const c = matchingClause(ctx, p, ev, 'date');
  if (!c || c.hits < 1) return undefined;
  const stated = writtenDays(c.text, ev.date.slice(0, 4)).map((iso) => [Number(iso.slice(8, 10)), Number(iso.slice(5, 7))] as const);
  const [, month, date] = day.split('-').map(Number) as [number, number, number];
  if (!stated.length || stated.some(([d, m]) => d === date && m === month)) return undefined;
  // Two days stated are a span ("ran from 27 October to 1 November"): a day between them is in it.
  const key = ([d, m]: readonly [number, number]): number => m * 100 + d;
  const keys = stated.map(key).sort((a, b) => a - b);
  if (keys.length >= 2 && key([date, month]) >= keys[0]! && key([date, month]) <= keys.at(-1)!) return undefined;
  const a = eventAnswer(ctx, ev, 'date', p);
  const title = `${loc(ctx.locale, ev.title)}`;
  return { ...a, lead: `${t(ctx.locale, 'No', 'Nein')} — ${title}: ${c.text.replace(/[;,]$/, '')}`, support: [a.lead, ...a.support] };
}

/**
 * "Was No. 57 effective from 1 December 2025?": a day claimed for a labelled part of a record ("No. 57:
 * …, licensing from 8 November 2025") is judged by the days that part states, not by another part's
 * ("No. 61 … effective 1 December 2025"); a part stating no day settles nothing.
 */
function labelledDateCheck(ctx: CommandContext, p: ParsedQuery, day: string): AnswerFirst | undefined {
  // "Was No. 61 suspended on 7 November?" dates a later act on the part, which its record tells.
  const v = vocabIndex(ctx.dataset);
  // So does a verb of issuing ("Was No. 57 announced on 9 October?"): the record's own day answers that.
  if (p.words.some((w) => v.eventKinds.suspension.has(w) || v.lifting.has(w) || v.imposing.has(w))) return undefined;
  const ev = labelledEvent(ctx, p);
  const part = ev ? labelledPart(ctx, p, ev) : undefined;
  // The day the record was issued is every part's day too ("Did No. 61 apply from 9 October?").
  if (!ev || !part || ev.date === day) return undefined;
  const stated = datesInDatasetText(part, ctx.dataset).filter((d) => d.kind === 'day');
  if (!stated.length) return undefined;
  const holds = stated.some((d) => d.start <= day && d.end >= day);
  const a = eventAnswer(ctx, ev, 'date', p);
  return { ...a, lead: `${holds ? t(ctx.locale, 'Yes', 'Ja') : t(ctx.locale, 'No', 'Nein')} — ${part}`, support: [a.lead, ...a.support] };
}

export function dateCheck(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  const day = p.time;
  // A day naming a measure ("the October 9 controls") is not the day claimed.
  if (!p.polar || day?.kind !== 'day' || day.start !== day.end || day.label) return undefined;
  // "Was the suspension extended past 10 November 2026?": the day is the end an extension would pass, not
  // the day of the record: a clause extending something to that day answers (extension-past.ts); a suspension's
  // end is measure-state.ts's reading.
  if (p.words.some((w) => vocabIndex(ctx.dataset).extending.has(w))) return extensionPast(ctx, p);
  const part = labelledDateCheck(ctx, p, day.start);
  if (part) return part;
  const theirs = peopleDateCheck(ctx, p, day.start);
  if (theirs) return theirs;
  const named = p.subjects.events[0];
  // A day claimed as an end ("Did the suspension end on 10 November 2026?"): against the end its record
  // gives — its own suspension's, the one suspending it, or its last day — not the day it began.
  const endAsked = p.attributes.some((h) => 'event' in h.attribute.answer && h.attribute.answer.event === 'until');
  const end = named && endAsked && !day.relative ? named.suspended_until ?? suspendedBy(ctx, named)?.suspended_until ?? named.end_date : undefined;
  if (named && end) {
    const a = eventAnswer(ctx, named, 'until', p);
    // A day typed without its year ("on 10 November") is the record's day of that date, whichever year it falls in.
    const same = day.yearInferred ? end.slice(5) === day.start.slice(5) : end === day.start;
    return { ...a, lead: `${same ? t(ctx.locale, 'Yes', 'Ja') : t(ctx.locale, 'No', 'Nein')} — ${a.lead}` };
  }
  if (named && named.end_date && named.end_date !== named.date && named.date <= day.start && named.end_date >= day.start) return partDateCheck(ctx, p, named, day.start);
  if (!named || (named.date <= day.start && (named.end_date ?? named.date) >= day.start)) return undefined;
  const v = vocabIndex(ctx.dataset);
  // "Was Takaichi prime minister on 27 October?": an office asked with no word of electing is held from
  // the election's day on (the record holds no end to it): yes after it, no before it.
  if (named.kind === 'election' && holdsPhrase(paddedQuestion(p), v.officeWords) && !p.words.some((w) => v.electingWords.has(w))) {
    const a = eventAnswer(ctx, named, 'date', p);
    return { ...a, lead: `${day.start > named.date ? t(ctx.locale, 'Yes', 'Ja') : t(ctx.locale, 'No', 'Nein')} — ${a.lead}` };
  }
  // A state on a day ("already prime minister on 27 October?") holds after the event that began it.
  // So does one asked of today ("As of today are the October controls suspended?").
  // So does a figure asked in the present tense of today ("Is the overall tariff 47% now?"); an event
  // so asked ("Is the APEC summit today?") is still checked against its day.
  // The verb after a time opening the question counts as its first word ("Today, is the tariff 10%?").
  const timeWords = normalize(day.text).split(' ');
  const opener = timeWords.every((w, i) => p.words[i] === w) ? p.words[timeWords.length] : p.words[0];
  const figureNow = day.relative === true && v.wordLists.presentOpeners[ctx.locale].has(opener ?? '') && quantities(p.text.replace(day.text, ' ')).length > 0;
  // So does an element's being controlled asked of today ("Is holmium export-controlled today?"): a
  // state the measures hold, not the day of one of them.
  const controlNow = day.relative === true && v.wordLists.presentOpeners[ctx.locale].has(opener ?? '') && p.attributes.some((h) => 'element' in h.attribute.answer && h.attribute.answer.element === 'controls');
  // So does a measure's running out ("Had the suspension expired by 15 November?"), read in measure-state.ts.
  // So does any running out asked of today ("Has the fentanyl tariff cut expired by now?"): no day of the record's own.
  const expiry = holdsPhrase(paddedQuestion(p), v.expiry) && (p.words.some((w) => v.eventKinds.suspension.has(w)) || day.relative === true);
  if (p.words.some((w) => v.stateWords.has(w)) || holdsPhrase(paddedQuestion(p), v.currentState) || figureNow || controlNow || expiry) return undefined;
  // A day claimed as an end ("suspends … until 10 November 2026") is no day of the event's own.
  const q = paddedQuestion(p);
  const at = q.indexOf(` ${normalize(day.text)} `);
  const before = q.slice(0, at).trim();
  if (at > 0 && endsWithUntil(before, v.untilBefore)) return undefined;
  const words = [...new Map(p.content.filter((w) => !v.stop.has(w)).map((w) => [stem(w, ctx.locale), withVerbForms(v, w, ctx.locale)] as const)).values()];
  const own = hits(named, words);
  // The event the words name must hold more of them than anything on the day stated, and be no
  // stage of what happened that day ("the tariff cut agreed in Busan", asked "agreed on 30 October?").
  const onDay = eventsInTime(ctx, p);
  if (own < 2 || onDay.some((e) => hits(e, words) >= own || linked(named, e))) return undefined;
  const a = eventAnswer(ctx, named, 'date', p);
  return { ...a, lead: `${t(ctx.locale, 'No', 'Nein')} — ${a.lead}` };
}
