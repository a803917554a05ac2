// The records of suspensions a question points at: which record suspends which measure and until when,
// the measure a question speaks of, and the replies about a suspension's end that the dataset can give
// (run out, with nothing recorded after it; no extension recorded). measure-state.ts reads the state asked.
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { loc, t } from '../../commands/common.js';
import { normalize } from '../../dataset/lookup.js';
import { formatDate } from '../../reply/format.js';
import { vocabIndex } from '../query/vocab.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { clausesOf, untilClause } from './event-clauses.js';
import { paddedQuestion } from '../query/question-text.js';

export interface Suspension {
  /** The event recording the suspension. */
  by: Event;
  until: string;
  /** The clause stating it, when the end date is read from the record's text. */
  clause?: string;
}

/** Whether a record's title calls it a suspension ("China suspends …", "Aussetzung der Affiliates-Regel"). */
function titledSuspension(ctx: CommandContext, e: Event): boolean {
  const kinds = vocabIndex(ctx.dataset).eventKinds.suspension;
  return normalize(`${e.title.en} ${e.title.de}`).split(' ').some((w) => kinds.has(w));
}

/** A suspension's own record and the measures it suspends. */
const ofSuspension = (by: Event) => (e: Event): boolean => e === by || by.suspends.includes(e.id);

/** The record suspending an event until a day it states, if any. */
export function suspendedBy(ctx: CommandContext, ev: Event): Event | undefined {
  return ctx.dataset.events.find((s) => s.suspends.includes(ev.id) && s.suspended_until);
}

/** The suspension of an event, or the event as a suspension, with the day it runs until. */
export function suspensionOf(ctx: CommandContext, p: ParsedQuery, ev: Event): Suspension | undefined {
  if (ev.suspended_until) return { by: ev, until: ev.suspended_until };
  const by = suspendedBy(ctx, ev);
  if (by) return { by, until: by.suspended_until! };
  // A record whose own text suspends something until a later day ("… until 27 November 2026").
  const c = untilClause(ctx, p, ev);
  const kinds = vocabIndex(ctx.dataset).eventKinds.suspension;
  if (c && normalize(c.text).split(' ').some((w) => kinds.has(w))) return { by: ev, until: c.date.start, clause: c.text };
  return undefined;
}

/**
 * Whether the question names a measure by words no other measure shares: "the April controls" tells it
 * apart, "its export controls" (an alias of one, words of another's title) does not, and a "no" read off
 * one of several would deny what happened to another.
 */
export function toldApart(ctx: CommandContext, p: ParsedQuery, m: Event): boolean {
  const q = paddedQuestion(p);
  const others = ctx.dataset.events.filter((e) => e !== m && e.kind === 'export-control')
    .map((e) => ` ${[e.title.en, e.title.de, ...e.aliases].map(normalize).join(' | ')} `);
  return m.aliases.map(normalize).some((a) => q.includes(` ${a} `) && !others.some((o) => o.includes(` ${a} `)));
}

/**
 * The measure a question points at, when it speaks of a measure at all (a word of a suspension or of
 * grammar.measure_words; "Is China currently the biggest lithium producer?" asks a figure): one it
 * names outright, else the one export control on its minerals and countries.
 */
export function measureAsked(ctx: CommandContext, p: ParsedQuery, suspended: boolean): Event | undefined {
  const v = vocabIndex(ctx.dataset);
  if (!suspended && !p.words.some((w) => v.measureWords.has(w))) return undefined;
  // A measure named outright, or the only event found ("Gilt die Bekanntmachung Nr. 61 noch?").
  const one = p.subjects.events.length === 1 ? p.subjects.events[0] : undefined;
  // A suspension asked beside a name several measures share ("Is the export control suspension still in
  // force?") asks of the suspension, not of the one measure that name happens to be an alias of.
  // (A mineral other than the rare earths tells its own measure apart: "the gallium ban to the US".)
  const otherMineral = p.subjects.minerals.some((m) => m.id !== 'rare-earths') || p.subjects.elements.length > 0;
  const q = paddedQuestion(p);
  // Named by words (an alias, a title's words), not by a number or clause of its own ("clause 2"), none of which tells it apart.
  const byAlias = (e: Event): boolean => e.aliases.some((a) => q.includes(` ${normalize(a)} `)) || !/\d/.test(p.text);
  const shared = (e: Event): boolean => suspended && !otherMineral && !e.suspends.length && e.suspended_until === undefined && byAlias(e) && !toldApart(ctx, p, e);
  const named = p.subjects.namedEvents.find((e) => e.kind === 'export-control' && !shared(e)) ?? (one?.kind === 'export-control' ? one : undefined);
  // "Die Exportkontrollen vom Oktober 2025": the one measure of the month asked, over a name of another.
  const time = p.time && (p.time.kind === 'month' || p.time.kind === 'day') ? p.time : undefined;
  const ofTime = time ? ctx.dataset.events.filter((e) => e.kind === 'export-control' && !e.suspends.length && e.date >= time.start && e.date <= time.end) : [];
  if (ofTime.length === 1 && (!named || named.date < time!.start || named.date > time!.end)) return ofTime[0];
  if (named) return named;
  // "Is the suspension still in effect today?": the one suspension record among the measures found, when
  // the others are what it suspends ("the suspension of the October controls").
  const controls = suspended ? p.subjects.events.filter((e) => e.kind === 'export-control') : [];
  const pause = controls.filter((e) => e.suspended_until !== undefined);
  // Not over a record the question names that it does not suspend ("the Affiliates rule suspension").
  const elsewhere = p.subjects.namedEvents.some((e) => e !== pause[0] && !pause[0]?.suspends.includes(e.id) && !(e.kind === 'export-control' && shared(e)));
  if (pause.length === 1 && !elsewhere && controls.every((e) => e === pause[0] || pause[0]!.suspends.includes(e.id) || shared(e))) return pause[0];
  const ms = p.subjects.minerals.map((m) => m.id);
  const cs = p.subjects.countries.map((c) => c.id);
  // Several measures on them ("China's rare-earth export controls": April's in force, October's
  // suspended): no one state to read.
  const found = ms.length ? ctx.dataset.events.filter((e) => e.kind === 'export-control' && ms.every((m) => e.minerals.includes(m)) && cs.every((c) => e.countries.includes(c))) : [];
  return found.length === 1 ? found[0] : undefined;
}

/** A record as the replies name it: its title and date ("… (Announcement No. 18) (4 Apr 2025)"). */
export const recordLabel = (ctx: CommandContext, e: Event): string => `${loc(ctx.locale, e.title)} (${formatDate(e.date, ctx.locale)})`;

/** A suspension that has run out by the day asked: its end, and that the dataset does not record what followed. */
export function ranOut(ctx: CommandContext, by: Event, until: string, clause?: string): AnswerFirst {
  const { locale } = ctx;
  const end = formatDate(until, locale);
  const asOf = formatDate(ctx.dataset.meta.as_of, locale);
  const record = recordLabel(ctx, by);
  return { status: 'answer', sources: [...by.sources], more: `/summit ${by.id}`, support: clause ? [clause] : [],
    lead: t(locale, `The suspension ran until ${end} (${record}); the dataset (as of ${asOf}) does not record what followed.`,
      `Die Aussetzung lief bis zum ${end} (${record}); was danach galt, verzeichnet der Datensatz (Stand ${asOf}) nicht.`) };
}

/** The suspensions a question points at, by the record doing the suspending. */
export function suspensionsAsked(ctx: CommandContext, p: ParsedQuery): Map<string, Suspension> {
  const pointed = measureAsked(ctx, p, true);
  const of = (events: readonly Event[]): Map<string, Suspension> => {
    const found = new Map<string, Suspension>();
    for (const e of events) {
      const s = suspensionOf(ctx, p, e);
      if (s) found.set(s.by.id, s);
    }
    return found;
  };
  // One named outright ("die Aussetzung des Gallium-Verbots"), or the measure the question points at
  // ("the pause on the October 2025 measures"), over others the words also found.
  const named = of(p.subjects.namedEvents);
  if (named.size === 1) return named;
  const own = pointed ? of([pointed]) : named;
  return own.size === 1 ? own : of([...p.subjects.namedEvents, ...p.subjects.events, ...(pointed ? [pointed] : [])]);
}

/**
 * A word naming another record and not this suspension or its measures ("the Affiliates rule
 * suspension", "des Gegenzolls", "the Section 301 shipbuilding suspension"): the question asks about that one.
 */
function asksAnother(ctx: CommandContext, p: ParsedQuery, by: Event): boolean {
  const v = vocabIndex(ctx.dataset);
  const mine = ofSuspension(by);
  const wordsOf = (es: readonly Event[], f: (e: Event) => string[]): Set<string> => new Set(normalize(es.flatMap(f).join(' ')).split(' '));
  const own = wordsOf(ctx.dataset.events.filter(mine), (e) => [e.title.en, e.title.de, e.summary.en, e.summary.de, e.place.en, e.place.de, ...e.aliases]);
  const others = wordsOf(ctx.dataset.events.filter((e) => !mine(e)), (e) => [e.title.en, e.title.de, e.agreed?.en ?? '', e.agreed?.de ?? '', ...e.aliases]);
  return p.content.some((w) => others.has(w) && !own.has(w) && !v.measureWords.has(w) && !/\d/.test(w) && !v.stop.has(w) && !v.extending.has(w) && !v.eventKinds.suspension.has(w) && !v.expiry.includes(w));
}

/**
 * "Has the suspension been extended beyond 10 Nov 2026?": of the one suspension asked, when its record
 * states no lengthening, the end it does record and that the dataset holds no extension — the record of
 * the suspension is no "yes" to it. A record that speaks of extending ("extends the suspension of the 24 %
 * tariff") is left to the general reading.
 */
export function noExtension(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  const found = [...suspensionsAsked(ctx, p).values()];
  const v = vocabIndex(ctx.dataset);
  // A record of a suspension (by its end field or its title), not a measure whose text mentions one.
  const pause = found.length === 1 ? found[0]!.by : undefined;
  if (!pause || (pause.suspended_until === undefined && !titledSuspension(ctx, pause))) return undefined;
  const { by, until, clause } = found[0]!;
  if (asksAnother(ctx, p, by)) return undefined;
  const asked = new Set(p.content.filter((w) => !v.extending.has(w) && !v.eventKinds.suspension.has(w)));
  // A clause of a record found that extends something the question names ("extends the suspension of the 24 % reciprocal tariff").
  const extendsAsked = [by, ...p.subjects.events].some((e) => clausesOf(ctx, e).some((c) => {
    const ws = normalize(c.text).split(' ');
    // A German compound ends with the word asked ("Gegenzolls" holds "Zolls").
    return ws.some((w) => v.extending.has(w)) && (e === by || ws.some((w) => [...asked].some((a) => w === a || (a.length >= 4 && w.endsWith(a)))));
  }));
  if (extendsAsked) return undefined;
  const { locale } = ctx;
  const end = formatDate(until, locale);
  const asOf = formatDate(ctx.dataset.meta.as_of, locale);
  const record = recordLabel(ctx, by);
  const past = ctx.now.toISOString().slice(0, 10) >= until;
  return { status: 'answer', sources: [...by.sources], more: `/summit ${by.id}`, support: clause ? [clause] : [],
    lead: past ? t(locale, `The dataset (as of ${asOf}) records no extension: the suspension ran until ${end} (${record}), and what followed is not recorded.`,
      `Eine Verlängerung verzeichnet der Datensatz (Stand ${asOf}) nicht: Die Aussetzung lief bis zum ${end} (${record}); was danach galt, ist nicht verzeichnet.`)
      : t(locale, `The dataset (as of ${asOf}) records no extension: the suspension runs until ${end} (${record}).`,
        `Eine Verlängerung verzeichnet der Datensatz (Stand ${asOf}) nicht: Die Aussetzung läuft bis zum ${end} (${record}).`) };
}

/**
 * "Has the Affiliates rule suspension expired?": the state today of a suspension whose record gives no
 * end day. The record of it taking effect is no "yes" to its running out, nor to its still holding.
 */
export function endUnrecorded(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  const named = p.subjects.namedEvents.length ? p.subjects.namedEvents : p.subjects.events;
  if (named.length !== 1) return undefined;
  const r = named[0]!;
  if (!titledSuspension(ctx, r) || r.suspended_until || suspendedBy(ctx, r) || suspensionOf(ctx, p, r)) return undefined;
  return noEndDay(ctx, r);
}

/** That the dataset records no end day of a suspension the record tells of, and nothing after it. */
export function noEndDay(ctx: CommandContext, r: Event): AnswerFirst {
  const { locale } = ctx;
  const asOf = formatDate(ctx.dataset.meta.as_of, locale);
  return { status: 'answer', sources: [...r.sources], more: `/summit ${r.id}`, support: [loc(locale, r.summary)],
    lead: t(locale, `The dataset (as of ${asOf}) records no end day for this suspension and nothing after it: ${recordLabel(ctx, r)}.`,
      `Ein Enddatum dieser Aussetzung und was danach galt, verzeichnet der Datensatz (Stand ${asOf}) nicht: ${recordLabel(ctx, r)}.`) };
}

/**
 * "Was Announcement No. 18 extended?", "Will No. 70 be extended?": of one record named outright whose
 * texts speak of no extending, that the dataset records none (or, asked ahead, holds no forecast) —
 * the record of the measure is no "yes" to its extension.
 */
export function measureNotExtended(ctx: CommandContext, p: ParsedQuery, ahead: boolean): AnswerFirst | undefined {
  const v = vocabIndex(ctx.dataset);
  const named = p.subjects.namedEvents;
  if (named.length !== 1 || named[0]!.kind !== 'export-control') return undefined;
  const m = named[0]!;
  if (clausesOf(ctx, m).some((c) => normalize(c.text).split(' ').some((w) => v.extending.has(w)))) return undefined;
  const { locale } = ctx;
  const asOf = formatDate(ctx.dataset.meta.as_of, locale);
  const record = recordLabel(ctx, m);
  return { status: 'answer', sources: [...m.sources], more: `/summit ${m.id}`, support: [loc(locale, m.outcome ?? m.summary)], ...(ahead ? { undecided: true } : {}),
    lead: ahead ? t(locale, `The dataset holds no forecast, and records no extension up to ${asOf}: ${record}.`, `Prognosen enthält der Datensatz nicht; eine Verlängerung verzeichnet er bis ${asOf} nicht: ${record}.`)
      : t(locale, `The dataset (as of ${asOf}) records no extension: ${record}.`, `Eine Verlängerung verzeichnet der Datensatz (Stand ${asOf}) nicht: ${record}.`) };
}

/** The records holding a word the parser does not know that this suspension's texts do not hold. */
export function recordsOfUnknown(ctx: CommandContext, p: ParsedQuery, by: Event): Event[] {
  const mine = ofSuspension(by);
  const texts = (e: Event): string[] => normalize([e.title.en, e.title.de, e.summary.en, e.summary.de, e.agreed?.en ?? '', e.agreed?.de ?? '', e.outcome?.en ?? '', e.outcome?.de ?? '', ...e.aliases].join(' ')).split(' ');
  const own = new Set(ctx.dataset.events.filter(mine).flatMap(texts));
  const words = p.unknown.filter((w) => !own.has(w));
  return words.length ? ctx.dataset.events.filter((e) => !mine(e) && texts(e).some((w) => words.includes(w))) : [];
}
