// "Is the gallium ban to the US still suspended?", "Gilt Nr. 61 noch?": a yes/no question about the
// state of a measure today. A suspension the dataset records runs until a date; before it the answer is
// yes or no by what is asked (the suspension, or the measure it suspends), after it the dataset cannot
// say, and the reply says so instead of a "yes" read off a record that has run out.
import { nameWordsOf } from './event-names.js';
import { spanHolds } from './polar-duration.js';
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { loc, t } from '../../commands/common.js';
import { normalize } from '../../dataset/lookup.js';
import { formatDate } from '../../reply/format.js';
import { vocabIndex } from '../query/vocab.js';
import { holdsPhrase, paddedQuestion } from '../query/question-text.js';
import type { AnswerFirst, ParsedQuery, TimeRef } from '../query/types.js';
import { timeNamesMeasure } from '../query/time-label.js';
import { datesIn, findTime, isMonthWord } from '../query/time.js';
import { phraseAt } from '../query/text.js';
import { endNotRecorded, recordState } from './record-end.js';
import { toldApart, endUnrecorded, measureAsked, measureNotExtended, noExtension, ranOut, recordLabel, suspensionOf, suspensionsAsked, noEndDay, recordsOfUnknown } from './suspension-records.js';
import { saysInForce } from './polar-state.js';
import { noneLifted } from './none-lifted.js';
import { liftedStill } from './polar-lifted.js';
import { eventAnswer } from './answer-events.js';
import { afterSuspensionEnd } from './measure-after.js';
import { claimFramed, negationClaimed, questionNegated } from './polar-parts.js';

/**
 * The time after a word of an end in the question ("until November 2027", "bis 2027"), which need not be
 * the first time it names ("Were the October controls suspended until November 2027?").
 */
function untilTimeAsked(ctx: CommandContext, p: ParsedQuery): TimeRef | undefined {
  const v = vocabIndex(ctx.dataset);
  const lower = ` ${p.text.toLowerCase()} `;
  for (const w of v.untilBefore) {
    const at = lower.indexOf(` ${w} `);
    const rest = at < 0 ? '' : p.text.slice(at + w.length);
    const words = normalize(rest).split(' ');
    // "until the end of 2026": the end of the time that follows.
    const end = [...v.wordLists.spanEnd[ctx.locale]].map((x) => x.split(' ')).filter((x) => phraseAt(words, 0, x)).sort((a, b) => b.length - a.length)[0];
    // The time must follow the word ("until mid-November 2027"), not stand further on ("exports to the US … in November").
    const first = words.slice(end?.length ?? 0, (end?.length ?? 0) + 2).findIndex((x) => /^\d/.test(x) || isMonthWord(x));
    const time = first < 0 ? undefined : findTime(rest, ctx.dataset);
    // "… apply to the October 2025 controls?": a time naming a measure is no end.
    if (time && time.kind !== 'latest' && !time.relative && !timeNamesMeasure(words, time, v)) return end ? lastPart(time) : time;
  }
  return undefined;
}

/** The end of a year (its last month) or of a month (its last ten days), asked as "the end of …". */
function lastPart(time: TimeRef): TimeRef {
  if (time.kind === 'year') return { ...time, kind: 'month', start: `${time.end.slice(0, 4)}-12-01` };
  if (time.kind === 'month') return { ...time, start: `${time.end.slice(0, 8)}21` };
  return time;
}

/**
 * "Were the October controls suspended until November 2027?", "Gilt die Aussetzung bis 2027?": the one
 * suspension the question points at, against the end asked — yes when it runs until then, else no
 * with the day it runs until.
 */
function suspendedUntil(ctx: CommandContext, p: ParsedQuery, asked: TimeRef): AnswerFirst | undefined {
  const found = suspensionsAsked(ctx, p);
  // Of several, with none named outright, the first the question's words found ("the clause 2 suspension").
  const lead = p.subjects.events[0];
  const first = found.size > 1 && !p.subjects.namedEvents.length && lead ? suspensionOf(ctx, p, lead) : undefined;
  if (found.size !== 1 && !first) return undefined;
  const { by, until, clause } = first ?? [...found.values()][0]!;
  const { locale } = ctx;
  const end = formatDate(until, locale);
  const record = recordLabel(ctx, by);
  const yes = until >= asked.start && until <= asked.end;
  return { status: 'answer', sources: [...by.sources], more: `/summit ${by.id}`, support: clause ? [clause] : [],
    lead: yes ? t(locale, `Yes — suspended until ${end}: ${record}.`, `Ja — ausgesetzt bis zum ${end}: ${record}.`)
      : t(locale, `No — suspended only until ${end}: ${record}.`, `Nein — nur bis zum ${end} ausgesetzt: ${record}.`) };
}

/** A measure's recorded outcome, when it says the measure stays in force. */
function inForceOutcome(ctx: CommandContext, m: Event): string | undefined {
  const outcome = m.outcome ? loc(ctx.locale, m.outcome) : undefined;
  return outcome && saysInForce(vocabIndex(ctx.dataset), normalize(outcome).split(' ')) ? outcome : undefined;
}

function claimsDetail(ctx: CommandContext, p: ParsedQuery, m: Event): boolean {
  const v = vocabIndex(ctx.dataset);
  // A number right after a word of the means ("mit Ankündigung Nr. 57") claims which one did it.
  if (p.words.some((w, i) => /\d/.test(w) && p.words.slice(Math.max(0, i - 3), i).some((x) => v.instrument.has(x)))) return true;
  let rest = paddedQuestion(p);
  if (p.time) rest = rest.replace(` ${normalize(p.time.text)} `, ' ');
  for (const a of m.aliases.map(normalize)) rest = rest.replace(` ${a} `, ' ');
  // A number of its own title ("No. 61" of "Announcements Nos. 55–58, 61 and 62") names it too.
  const own = new Set(normalize(`${m.title.en} ${m.title.de}`).split(' ').filter((w) => /\d/.test(w)));
  // A year is a time ("suspended in November 2025"), not a detail of the measure.
  return rest.split(' ').some((w) => /\d/.test(w) && !own.has(w) && !/^(?:19|20)\d\d$/.test(w));
}

/**
 * "Were the April controls suspended?": whether a measure named outright was ever suspended is read off
 * the records — a suspension naming it says yes; none naming it, beside the measure's own outcome saying
 * it stays in force, says no. A measure with neither is left to the general yes/no reading.
 */
function wasSuspended(ctx: CommandContext, p: ParsedQuery, liftedOnly: boolean, ahead: boolean): AnswerFirst | undefined {
  // Named outright, or told by its month ("die Exportkontrollen vom April").
  const time = p.time && p.time.kind !== 'year' && p.time.kind !== 'latest' ? p.time : undefined;
  const told = p.subjects.namedEvents.length ? p.subjects.namedEvents
    : time ? ctx.dataset.events.filter((e) => e.date >= time.start && e.date <= time.end) : [];
  const measures = told.filter((e) => e.kind === 'export-control' && !e.suspends.length && !e.suspended_until);
  // A place names every measure taken there ("Beijing"); an alias names one.
  const q = paddedQuestion(p);
  const byAlias = measures.length > 1 ? measures.filter((e) => e.aliases.some((x) => q.includes(` ${normalize(x)} `))) : measures;
  // Or its month, which tells it apart better than a name several share ("Beijing's April licensing", "the October export controls").
  const inMonth = time ? measures.filter((e) => e.date >= time.start && e.date <= time.end) : [];
  const m = inMonth.length === 1 ? inMonth[0]! : byAlias.length === 1 ? byAlias[0]! : undefined;
  const by = m ? ctx.dataset.events.find((s) => s.suspends.includes(m.id)) : undefined;
  // Lifting asked of them all, by a name several share ("China's export controls"): each one's state.
  // Or none named at all beside a word of them ("die Exportkontrollen für Seltene Erden").
  // Not one of another commodity's ("the germanium export ban", an alias of the suspension of a ban on gallium, germanium and antimony).
  const other = otherCommodityAsked(ctx, p);
  // "Hat China das Verbot, Antimon in die USA zu liefern, aufgehoben?": that commodity's own record says what became of it.
  if (other && liftedOnly && !ahead) {
    const card = eventAnswer(ctx, other, 'summary', p);
    // Its own sentence saying so, read by the question's words, else by those of the record's names alone ("Antimon … liefern").
    const names = nameWordsOf(other);
    return liftedStill(ctx, p, card) ?? liftedStill(ctx, { ...p, content: p.content.filter((w) => names.has(w)) }, card);
  }
  const unnamed = !told.length && p.subjects.events.some((e) => e.kind === 'export-control') && !other;
  // A measure named by a name of its own ("Announcement No. 18") or its month is told apart: its own state answers.
  const sharedName = m !== undefined && inMonth.length !== 1 && !toldApart(ctx, p, m) && !by;
  const shared = liftedOnly && !ahead && !time && (unnamed || (!m && measures.length > 1) || sharedName);
  if (shared && p.subjects.minerals.every((x) => x.id === 'rare-earths')) return noneLifted(ctx, questionNegated(ctx, p) && negationClaimed(ctx, p));
  // A number beside its name ("suspended with Announcement No. 57") claims a detail, which the general
  // yes/no reading checks; one inside a name of it ("Announcement 18") only names it.
  // (A detail claimed of how it was suspended, "by No. 70", of a measure nothing suspended is answered below: no.)
  if (!m || (claimsDetail(ctx, p, m) && by)) return undefined;
  const { locale } = ctx;
  const record = recordLabel(ctx, m);
  // "Suspended permanently?", "lifted for good?": a suspension with an end date is no.
  // So is one asked to run until another time than it does ("suspended until November 2027?").
  const until = untilTimeAsked(ctx, p);
  const end = by?.suspended_until;
  // So is one claimed to last another span than its records give ("suspended for two years?").
  const span = by && end ? spanHolds(ctx, p, (Date.parse(end) - Date.parse(by.date)) / 86_400_000) : undefined;
  // "Did China suspend the October measures in 2026?": the act asked at a time that misses its day (a
  // state asked, "Were they suspended in 2026?", is read against the span below).
  const asked = p.time && !p.time.label && !p.time.relative && p.time.kind !== 'latest' ? p.time : undefined;
  const actMissed = by !== undefined && asked !== undefined && vocabIndex(ctx.dataset).wordLists.pastOpeners[ctx.locale].has(p.words[0] ?? '')
    && (by.date < asked.start.slice(0, 10) || by.date > asked.end.slice(0, 10));
  const forGood = end !== undefined && (holdsPhrase(paddedQuestion(p), vocabIndex(ctx.dataset).permanent) || (until !== undefined && (end < until.start || end > until.end)) || span === false || actMissed);
  // "Were they suspended in 2027?": a time asked after the suspension's end.
  if (by && end && !until && asked && asked.start > end) return ranOut(ctx, by, end);
  // "Was it lifted?" of a suspended measure: a suspension for a time is no lifting — no, suspended only
  // until its end (a "yes" read off the measure's terms said it was gone).
  if (by && ahead) return undefined;
  const lifting = liftedOnly && !forGood;
  // "The April controls were not suspended, right?" claims the negation.
  const negClaimed = questionNegated(ctx, p) && negationClaimed(ctx, p);
  const word = (holds: boolean): string => (holds !== negClaimed ? t(locale, 'Yes', 'Ja') : t(locale, 'No', 'Nein'));
  if (by) {
    const until = by.suspended_until ? t(locale, ` until ${formatDate(by.suspended_until, locale)}`, ` bis zum ${formatDate(by.suspended_until, locale)}`) : '';
    return { status: 'answer', sources: [...by.sources], more: `/summit ${by.id}`, support: [],
      // "Only" answers a claim of more (for good, until later); a span claimed shorter gets the dates alone.
      lead: forGood || lifting ? t(locale, `${word(false)} — ${record}: suspended on ${formatDate(by.date, locale)}${span === false || actMissed ? '' : ' only'}${until} (${loc(locale, by.title)}).`,
        `${word(false)} — ${record}: am ${formatDate(by.date, locale)}${span === false || actMissed ? '' : ' nur'}${until} ausgesetzt (${loc(locale, by.title)}).`)
        : t(locale, `${word(true)} — ${record}: suspended on ${formatDate(by.date, locale)}${until} (${loc(locale, by.title)}).`,
        `${word(true)} — ${record}: am ${formatDate(by.date, locale)}${until} ausgesetzt (${loc(locale, by.title)}).`) };
  }
  // Told by its month ("the April export controls"), the one measure of that month is told apart too.
  const byMonth = time !== undefined && m.date >= time.start && m.date <= time.end && ctx.dataset.events.filter((e) => e.kind === 'export-control' && e.date >= time.start && e.date <= time.end).length === 1;
  if (p.subjects.namedEvents.length && !toldApart(ctx, p, m) && !byMonth) return undefined;
  const outcome = inForceOutcome(ctx, m);
  if (!outcome) return undefined;
  // Asked of the future, the record's state is what the dataset can say, without a yes or no.
  if (ahead) {
    const asOf = formatDate(ctx.dataset.meta.as_of, locale);
    return { status: 'answer', undecided: true, sources: [...m.sources], more: `/summit ${m.id}`, support: [],
      lead: t(locale, `The dataset holds no forecast. As recorded up to ${asOf}: ${record}: ${outcome}`,
        `Prognosen enthält der Datensatz nicht. Stand ${asOf}: ${record}: ${outcome}`) };
  }
  return { status: 'answer', sources: [...m.sources], more: `/summit ${m.id}`, support: [],
    lead: `${word(false)} — ${record}: ${outcome}` };
}

export function measureState(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  return measureStateOf(ctx, p) ?? afterSuspensionEnd(ctx, p);
}

function measureStateOf(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  // Elements have their own answer about controls (answer-elements.ts), the same reading.
  if (!p.polar || p.subjects.elements.length) return undefined;
  const v = vocabIndex(ctx.dataset);
  // "Lifted" is news's word for a pause too ("lifted, for now"), but asked of a measure it asks whether it ended.
  const suspended = p.words.some((w) => v.eventKinds.suspension.has(w) && !v.lifting.has(w));
  // "Are the October controls suspended?" asks the state today; "Sind sie ausgesetzt worden?" the act.
  const lists = v.wordLists;
  const present = lists.presentOpeners[ctx.locale].has(p.words[0] ?? '') && !p.words.some((w) => lists.perfectMarkers[ctx.locale].has(w)) && !claimFramed(v, p.words);
  // "Has the suspension expired by now?" asks its state on the day asked.
  const lapsed = holdsPhrase(paddedQuestion(p), v.expiry);
  const expiry = suspended && lapsed;
  // "Have the April controls lapsed?" asks a measure's state today, and is answered "no" while it holds.
  const measureLapsed = lapsed && !suspended && p.words.some((w) => v.measureWords.has(w));
  const now = holdsPhrase(paddedQuestion(p), v.currentState) || measureLapsed
    || (p.words.some((w) => v.stateWords.has(w)) && (suspended || p.words.some((w) => v.stateVerbs.has(w))))
    || (suspended && present) || expiry;
  const lifted = p.words.some((w) => v.lifting.has(w));
  // "Will China lift the April controls?" asks a forecast, which no record answers.
  const ahead = p.words.some((w) => v.futureTense[ctx.locale].has(w));
  // "Was Announcement No. 70 extended?" names a suspension by its number.
  const pauseNamed = p.subjects.namedEvents.some((e) => e.suspended_until !== undefined);
  const extendAsked = p.words.some((w) => v.extending.has(w));
  if ((suspended || pauseNamed) && !ahead && extendAsked) {
    const none = noExtension(ctx, p);
    if (none) return none;
  }
  // A measure named by its number, asked as extended (or to be): its records speak of no extending.
  const notExtended = extendAsked && !suspended ? measureNotExtended(ctx, p, ahead) : undefined;
  if (notExtended) return notExtended;
  // "Has the tariff cut expired?": an act that is no measure, whose record gives it no end.
  const endless = lapsed && !suspended && !measureLapsed && !ahead && !extendAsked ? endNotRecorded(ctx, p) : undefined;
  if (endless) return endless;
  // "Is the trade truce still holding?": such an act's state today, or on a later day named.
  const holding = now && !lapsed && !suspended && !lifted && !ahead && !extendAsked && !p.words.some((w) => v.measureWords.has(w)) ? recordState(ctx, p) : undefined;
  if (holding) return holding;
  const endAsked = suspended && !ahead ? untilTimeAsked(ctx, p) : undefined;
  const byEnd = endAsked ? suspendedUntil(ctx, p, endAsked) : undefined;
  if (byEnd) return byEnd;
  // "Did the White House say the April controls were removed?" asks what was said.
  const reported = p.words.some((w) => v.reporting.has(w));
  if (!now) return (suspended || lifted) && !reported ? wasSuspended(ctx, p, !suspended, ahead) : undefined;
  // "The April controls were not suspended, right?" claims the negation.
  const negClaimed = questionNegated(ctx, p) && negationClaimed(ctx, p);
  const m = measureAsked(ctx, p, suspended);
  const unrecorded = !m && suspended ? endUnrecorded(ctx, p) : undefined;
  if (unrecorded) return unrecorded;
  const found = m ? suspensionOf(ctx, p, m) : undefined;
  // A measure nothing suspends, whose own outcome says it stays in force ("As of today, is Announcement
  // 18 in force?"): yes, or no when its suspension is asked.
  // (A date in its own outcome's text, before the dataset's, is no suspension of it.)
  const own = !found || (found.by === m && found.clause !== undefined && found.until <= ctx.dataset.meta.as_of);
  const inForce = m && own && !ctx.dataset.events.some((e) => e.suspends.includes(m.id)) ? inForceOutcome(ctx, m) : undefined;
  if (m && inForce) {
    // "After the pause, did the April controls stay in force?": the suspension named is another measure's.
    // So is one after a word of following ("still under licence after the suspension?", "nach der Aussetzung"): it dates the state asked.
    const later = new Set(v.eventOrder.later[ctx.locale].map((x) => normalize(x)));
    const afterIt = p.words.some((w, i) => v.eventKinds.suspension.has(w) && [p.words[i - 1], p.words[i - 2]].some((x) => later.has(x ?? '')));
    const holds = !(suspended && !afterIt && !holdsPhrase(paddedQuestion(p), v.staying)) && !measureLapsed;
    const yes = holds !== negClaimed ? t(ctx.locale, 'Yes', 'Ja') : t(ctx.locale, 'No', 'Nein');
    const asOf = formatDate(ctx.dataset.meta.as_of, ctx.locale);
    return { status: 'answer', sources: [...m.sources], more: `/summit ${m.id}`, support: [t(ctx.locale, `As recorded up to ${asOf}.`, `Stand der Angaben: ${asOf}.`)],
      lead: `${yes} — ${recordLabel(ctx, m)}: ${inForce}` };
  }
  // A suspension ending before the dataset's own date is a past the dataset would record the sequel of.
  if (!found || found.until <= ctx.dataset.meta.as_of) return undefined;
  // Found by the word "suspension" alone, beside a word the parser does not know that only another
  // record's texts hold ("the Section 301 shipbuilding suspension").
  // It tells of that suspension, whose end it does not record.
  const other = p.subjects.namedEvents.includes(found.by) ? [] : recordsOfUnknown(ctx, p, found.by);
  if (other.length) return other.length === 1 ? noEndDay(ctx, other[0]!) : undefined;
  const { by, until } = found;
  const { locale } = ctx;
  // The day the state is asked for: today, or a later day the question names ("still … in December 2025").
  // A time naming the measure ("the October 2025 controls … in July 2026") is not the day asked: a later
  // one written out is ("now" reads as the record's own day).
  const later = !p.time || (p.time.kind !== 'year' && p.time.kind !== 'latest' && p.time.start <= by.date) ? datesIn(p.text, ctx.dataset).filter((x) => x.kind !== 'year' && /\d/.test(x.text) && x.start > by.date).at(-1) : undefined;
  const asked = later ? later.start : p.time && p.time.kind !== 'year' && p.time.kind !== 'latest' && p.time.start > by.date ? p.time.start : ctx.now.toISOString().slice(0, 10);
  const record = recordLabel(ctx, by);
  const end = formatDate(until, locale);
  const asOf = formatDate(ctx.dataset.meta.as_of, locale);
  const sources = [...by.sources];
  // Run out within a time asked ("expire in November 2026?", "diesen Monat ausgelaufen?"), by its end
  // ("lapsed by the end of 2025?"), or before it.
  const span = expiry && p.time && p.time.kind !== 'latest' ? p.time : undefined;
  if (span && until >= span.start.slice(0, 10) && until <= span.end.slice(0, 10)) {
    const yes = negClaimed ? t(locale, 'No', 'Nein') : t(locale, 'Yes', 'Ja');
    return { status: 'answer', sources, more: `/summit ${by.id}`, support: found.clause ? [found.clause] : [],
      lead: t(locale, `${yes} — the suspension ran until ${end} (${record}); the dataset (as of ${asOf}) does not record what followed.`,
        `${yes} — die Aussetzung lief bis zum ${end} (${record}); was danach galt, verzeichnet der Datensatz (Stand ${asOf}) nicht.`) };
  }
  if (span ? until < span.start.slice(0, 10) : asked >= until) return ranOut(ctx, by, until, found.clause);
  // Asked whether the suspension holds: yes; whether the measure it suspends holds, or the suspension has run out: no.
  const yes = (suspended && !expiry) !== negClaimed ? t(locale, 'Yes', 'Ja') : t(locale, 'No', 'Nein');
  return { status: 'answer', sources, more: `/summit ${by.id}`,
    support: [...(found.clause ? [found.clause] : []), t(locale, `As recorded up to ${asOf}.`, `Stand der Angaben: ${asOf}.`)],
    lead: t(locale, `${yes} — suspended until ${end}: ${record}.`, `${yes} — ausgesetzt bis zum ${end}: ${record}.`) };
}

/**
 * Whether the question names a measure on another commodity by a word of its own ("the germanium export
 * ban"): the export-control record without rare earths a word of whose names no rare-earth measure's names hold .
 */
function otherCommodityAsked(ctx: CommandContext, p: ParsedQuery): Event | undefined {
  const controls = ctx.dataset.events.filter((e) => e.kind === 'export-control');
  const rare = new Set(controls.filter((e) => e.elements.length).flatMap((e) => [...nameWordsOf(e)]));
  const v = vocabIndex(ctx.dataset);
  return controls.find((e) => !e.elements.length && !e.suspends.length && p.words.some((w) => nameWordsOf(e).has(w) && !rare.has(w) && !v.stop.has(w) && !v.measureWords.has(w)));
}
