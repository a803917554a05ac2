// Questions about a time past the record's own day (the dataset runs to its as-of day): a later year
// asked yes or no (aheadOfRecord), a day or month after it (pastRecordNote), and a past-tense yes/no of
// such a month that no record reaches (pastPolar).
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { normalize } from '../../dataset/lookup.js';
import { loc, t } from '../../commands/common.js';
import { vocabIndex } from '../query/vocab.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { noneAnswer } from './answer-none.js';
import { endsWithUntil, holdsPhrase, paddedQuestion } from '../query/question-text.js';
import { stem } from '../query/text.js';
import { formatDate, formatMonth } from '../../reply/format.js';
import { clausesOf } from './event-clauses.js';
import { datesInDatasetText } from '../query/time.js';
import type { Plan } from './plan-route.js';
import { future } from './plan-fallbacks.js';

/**
 * "Will Trump and Xi meet again in 2027?": an event asked yes or no of a year after the dataset's: no
 * event of the dataset answers it, so it says it records none yet instead of a "Yes" from an earlier one.
 */
export function aheadOfRecord(ctx: CommandContext, p: ParsedQuery, plan: Plan): Plan {
  const r = plan.route;
  if (!p.polar || !future(ctx, p) || !r || !('command' in r) || r.command !== 'summit') return plan;
  const year = p.time!.start.slice(0, 4);
  const asOf = formatDate(ctx.dataset.meta.as_of, ctx.locale);
  return { ...plan, answer: noneAnswer(ctx, p, undefined, t(ctx.locale, `The dataset has nothing on ${year} yet: its record runs to ${asOf}.`, `Der Datensatz enthält keine Einträge zu ${year}; er reicht bis ${asOf}.`)) };
}

/** Under a plan that settles no question about what happened: that the record cannot tell whether it did. */
function planNote(ctx: CommandContext): string {
  const asOf = formatDate(ctx.dataset.meta.as_of, ctx.locale);
  return t(ctx.locale, `The record holds this as planned; whether it happened, the dataset (as of ${asOf}) does not record.`,
    `Der Eintrag hält dies als Vorhaben fest; ob es geschah, verzeichnet der Datensatz (Stand ${asOf}) nicht.`);
}

/** Under what the record says of a time past it: that it holds what was scheduled then. */
function scheduledNote(ctx: CommandContext): string {
  const asOf = formatDate(ctx.dataset.meta.as_of, ctx.locale);
  return t(ctx.locale, `The dataset's record runs to ${asOf}: for that time it holds what was scheduled, not what happened.`,
    `Der Datensatz reicht bis ${asOf}: Für diese Zeit enthält er, was angesetzt war, nicht, was geschah.`);
}

/** The answer with the plan note under its lead, unless a note of the kind is there already. */
export function withPlanNote(ctx: CommandContext, a: AnswerFirst): AnswerFirst {
  const notes = [planNote(ctx), scheduledNote(ctx)];
  return a.support.some((s) => notes.includes(s)) ? a : { ...a, support: [planNote(ctx), ...a.support] };
}

/**
 * A day or month asked after the record's own day, not as the end of something ("until 10 November
 * 2026"): no record of an earlier day tells what happened on it.
 */
export function pastRecordAsked(ctx: CommandContext, p: ParsedQuery): boolean {
  const time = p.time;
  if (!time || (time.kind !== 'day' && time.kind !== 'month') || time.start <= ctx.dataset.meta.as_of) return false;
  return !timeIsEnd(ctx, p);
}

/** Whether a question opens in the past tense ("Did …", "Was …", "Hat …", "War …"): it asks what happened. */
export function askedInPast(ctx: CommandContext, p: ParsedQuery): boolean {
  const lists = vocabIndex(ctx.dataset).wordLists;
  return lists.pastOpeners[ctx.locale].has(p.words[0] ?? '') || lists.pastStateOpeners[ctx.locale].has(p.words[0] ?? '');
}

/** Whether the question's time is the end of something ("extended to November 2026", "until 10 November 2026"). */
export function timeIsEnd(ctx: CommandContext, p: ParsedQuery): boolean {
  const q = paddedQuestion(p);
  const at = p.time ? q.indexOf(` ${normalize(p.time.text)} `) : -1;
  return at > 0 && endsWithUntil(q.slice(0, at).trim(), vocabIndex(ctx.dataset).untilBefore);
}

/**
 * "What happened after the suspension ran out on 10 Nov 2026?": a day or month past the record's as-of
 * day and no later than today. What the record says of it was scheduled; whether it happened, the
 * record cannot tell, and the reply says so under the answer.
 */
export function pastRecordNote(ctx: CommandContext, p: ParsedQuery, plan: Plan): Plan {
  const r = plan.route;
  const time = p.time;
  if (!plan.answer || plan.answer.status !== 'answer' || !r || !('command' in r) || r.command !== 'summit') return plan;
  if (!time || (time.kind !== 'day' && time.kind !== 'month') || time.start <= ctx.dataset.meta.as_of || time.start > ctx.now.toISOString().slice(0, 10)) return plan;
  // What was scheduled for that time settles no yes or no about what happened in it ("Did … happen?");
  // asked as scheduled ("Findet der Gipfel diesen Monat statt?"), it does.
  const happened = askedInPast(ctx, p) && !timeIsEnd(ctx, p);
  return { ...plan, answer: { ...plan.answer, ...(happened ? { undecided: true } : {}), support: [scheduledNote(ctx), ...plan.answer.support] } };
}

/**
 * "Did the Busan deal get extended in 2026?": a "no" asked in the past tense of a time reaching past the
 * record's own day says what the record cannot — that nothing happened in the rest of it. The reply keeps
 * what the record says, without the verdict, and says how far the record goes.
 */
export function noPastRecord(ctx: CommandContext, p: ParsedQuery, a: AnswerFirst): AnswerFirst {
  const time = p.time;
  const no = /^(?:No|Nein) — /.exec(a.lead);
  // Of an event's record only: a figure's edition is dated, and its "no" is the edition's.
  if (!no || !a.more?.startsWith('/summit') || !p.polar || !time || time.kind === 'latest' || time.end <= ctx.dataset.meta.as_of || time.start > ctx.now.toISOString().slice(0, 10)) return a;
  if (!askedInPast(ctx, p) || timeIsEnd(ctx, p)) return a;
  const note = scheduledNote(ctx);
  return { ...a, undecided: true, lead: a.lead.slice(no[0].length), support: [note, ...a.support.filter((x) => x !== note)] };
}

/**
 * "War Trump im April 2026 in China?": a yes or no read off a record of an earlier day would answer for a
 * time past the record. Unless a record falls in that time, the reply gives what the dataset says was
 * planned for it and that the record cannot tell what happened.
 */
export function pastPolar(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  const time = p.time;
  if (!p.polar || time?.kind !== 'month' || time.start <= ctx.dataset.meta.as_of || time.start > ctx.now.toISOString().slice(0, 10)) return undefined;
  const v = vocabIndex(ctx.dataset);
  const lists = v.wordLists;
  // What happened or where someone was, asked in the past tense; a plan asked ("Was Trump to visit …",
  // "Is Trump visiting …", "Will …") is answered by the plan itself.
  const past = askedInPast(ctx, p);
  if (!past || p.words.some((w) => lists.planMarkers[ctx.locale].has(w))) return undefined;
  // One event named outright ("Was the Busan meeting in March 2026?") is answered by its own day (a
  // city names several: "in Peking"); a measure or suspension by its state then (measure-state.ts).
  const measured = p.words.some((w) => v.eventKinds.suspension.has(w) || v.measureWords.has(w) || v.extending.has(w) || v.lifting.has(w)) || holdsPhrase(paddedQuestion(p), v.expiry);
  if ((p.subjects.namedEvents.length >= 1 && p.subjects.namedEvents.length <= 2) || measured) return undefined;
  const { locale } = ctx;
  const asked = new Set(p.content.map((w) => stem(w, locale)));
  const ofAsked = (e: Event): boolean => normalize([e.title.en, e.title.de, ...e.participants].join(' ')).split(' ').some((w) => asked.has(stem(w, locale)));
  // A record of what is asked whose days or suspension reach into that time speaks of it.
  const reaches = (e: Event): boolean => e.date <= time.end && (e.suspended_until ?? e.end_date ?? e.date) >= time.start;
  if (ctx.dataset.events.some((e) => ofAsked(e) && reaches(e))) return undefined;
  const asOf = formatDate(ctx.dataset.meta.as_of, locale);
  const label = formatMonth(time.start, locale);
  const cannot = t(locale, `The dataset's record runs to ${asOf}, so it cannot tell what happened in ${label}.`,
    `Der Datensatz reicht bis ${asOf}; was im ${label} geschah, kann er nicht sagen.`);
  // What a record of the people asked says was planned for that time ("he would visit China in April
  // 2026") leads: a clause holding a word asked other than a name of its people, or a country asked.
  const people = new Set(normalize(ctx.dataset.events.flatMap((e) => e.participants).join(' ')).split(' ').map((w) => stem(w, locale)));
  const countries = p.subjects.countries.flatMap((c) => [c.name.en, c.name.de, ...c.aliases].map((n) => normalize(n)));
  const aboutAsked = (text: string): boolean => {
    const ws = normalize(text).split(' ');
    return ws.some((w) => asked.has(stem(w, locale)) && !people.has(stem(w, locale))) || countries.some((n) => ` ${ws.join(' ')} `.includes(` ${n} `));
  };
  // (A clause of a plan: "he would visit", not "suspended … until 10 November 2026".)
  const plans = (text: string): boolean => normalize(text).split(' ').some((w) => lists.planMarkers[locale].has(w));
  const planned = ctx.dataset.events.filter(ofAsked).flatMap((e) => clausesOf(ctx, e).filter((c) => aboutAsked(c.text) && plans(c.text) && datesInDatasetText(c.text, ctx.dataset)
    .some((d) => d.start <= time.end && d.end >= time.start)).map((c) => ({ e, c })))[0];
  if (!planned) return noneAnswer(ctx, p, undefined, cannot);
  return { status: 'answer', sources: [...planned.e.sources], more: `/summit ${planned.e.id}`, support: [cannot],
    lead: `${loc(locale, planned.e.title)} (${formatDate(planned.e.date, locale)}): ${planned.c.sentence}` };
}
