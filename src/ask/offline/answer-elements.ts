// Answer-first replies about rare-earth elements: uses, class (yes/no when a class is asked),
// export controls (yes/no), atomic number, membership, and lists by class, use or control.
import { namesMonth } from '../query/time.js';
import { vocabIndex } from '../query/vocab.js';
import type { Dataset } from '../../dataset/dataset.js';
import { normalize } from '../../dataset/lookup.js';
import type { Element, Event } from '../../dataset/schema.js';
import type { CommandContext } from '../../commands/types.js';
import { loc, t } from '../../commands/common.js';
import { formatDate, formatList } from '../../reply/format.js';
import { controlEvents } from '../../commands/element-info.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { firstPhraseAt, namesAny } from '../query/text.js';
import { asksCurrentState, asksSuspension, namedOutright, namesElements } from './polar-state.js';
import { holdsPhrase, paddedQuestion } from '../query/question-text.js';
import { isMonthWord } from '../query/time.js';
import { timeSpanIn } from '../query/time-label.js';
import { negatedClaimFramed, negationClaimed, questionNegated } from './polar-parts.js';
import { suspendedBy } from './suspension-records.js';
import { asksControllersClass, chinaClass, classSentence, neitherAsked } from './element-class.js';

const yes = (ctx: CommandContext, ok: boolean): string => (ok ? t(ctx.locale, 'Yes', 'Ja') : t(ctx.locale, 'No', 'Nein'));
/**
 * The word answering a claim that holds or not, read with the question's negation: a negation claimed
 * ("Terbium wasn't on the April list, right?") turns it round; a question opened by its verb ("Wasn't
 * terbium on it?") asks the fact, which German affirms with "Doch".
 */
const claimWord = (ctx: CommandContext, p: ParsedQuery, holds: boolean, neg: boolean): string =>
  neg && negationClaimed(ctx, p) ? yes(ctx, !holds) : neg && holds && ctx.locale === 'de' ? 'Doch' : yes(ctx, holds);
const nameOf = (ctx: CommandContext, el: Element): string => `${loc(ctx.locale, el.name)} (${el.symbol}, ${el.z})`;
const more = (el: Element): string => `/element ${el.symbol}`;

/**
 * Whether an element is under China's export controls today: the measures naming it, each read with
 * the suspension that names it (`suspends`, `suspended_until`). A suspended measure is "no" until the
 * suspension ends; after that the dataset cannot say what followed, so the answer says so and gives
 * no yes or no. Sources are the measures' and suspensions', never the element's (those cite its uses).
 */
function controlSentence(ctx: CommandContext, el: Element): { text: string; answer?: boolean; suspended?: boolean; ranOut?: boolean; suspendedOn?: string; suspendedUntil?: string; support: string[]; sources: string[] } {
  const { dataset: ds, locale } = ctx;
  const named = controlEvents(ds, el.symbol);
  const measures = named.filter((e) => !e.suspends.length);
  if (!measures.length) {
    return { answer: false, suspended: false, support: [], sources: [], text: t(locale, `no Chinese export-control measure in the dataset names ${el.name.en}.`,
      `keine chinesische Exportkontrolle im Datensatz nennt ${el.name.de}.`) };
  }
  const today = ctx.now.toISOString().slice(0, 10);
  const measure = (e: Event): string => `${loc(locale, e.title)} (${formatDate(e.date, locale)})`;
  const read = measures.map((m) => ({ m, s: ds.events.find((x) => x.suspends.includes(m.id) && x.date <= today) }));
  const sources = [...new Set(read.flatMap(({ m, s }) => [...m.sources, ...(s?.sources ?? [])]))];
  const inForce = read.filter(({ s }) => !s);
  if (inForce.length) {
    const list = inForce.map(({ m }) => measure(m)).join('; ');
    const support = inForce.flatMap(({ m }) => (m.outcome ? [loc(locale, m.outcome)] : []));
    return { answer: true, suspended: false, support, sources, text: t(locale, `${el.name.en} is covered by ${list}.`, `${el.name.de} fällt unter ${list}.`) };
  }
  const { m, s } = read[read.length - 1]!;
  const until = s!.suspended_until;
  const by = `${loc(locale, s!.title)} (${formatDate(s!.date, locale)})`;
  const suspendedOn = s!.date;
  if (until && until > today) {
    return { answer: false, suspended: true, suspendedOn, suspendedUntil: until, support: [], sources, text: t(locale,
      `${measure(m)}, which covers ${el.name.en}, is suspended until ${formatDate(until, locale)}: ${by}.`,
      `${measure(m)}, die ${el.name.de} erfasst, ist bis zum ${formatDate(until, locale)} ausgesetzt: ${by}.`) };
  }
  const asOf = formatDate(ds.meta.as_of, locale);
  return { support: [], sources, suspendedOn, ...(until ? { suspendedUntil: until } : {}), ranOut: until !== undefined, text: until
    ? t(locale, `${el.name.en} was covered by ${measure(m)}; ${by} suspended it until ${formatDate(until, locale)}. The dataset (as of ${asOf}) does not record what followed.`,
      `${el.name.de} fiel unter ${measure(m)}; ${by} setzte sie bis zum ${formatDate(until, locale)} aus. Was danach galt, verzeichnet der Datensatz (Stand ${asOf}) nicht.`)
    : t(locale, `${measure(m)}, which covers ${el.name.en}, is suspended: ${by}.`, `${measure(m)}, die ${el.name.de} erfasst, ist ausgesetzt: ${by}.`) };
}

/** China's export-control measures that list elements, in the dataset's order. */
export const controlMeasures = (ds: Dataset): Event[] => ds.events.filter((e) => e.kind === 'export-control' && e.elements.length > 0);

/** The elements any of those measures lists, by atomic number. */
export const controlledElements = (ds: Dataset): Element[] => ds.elements.filter((e) => controlEvents(ds, e.symbol).length > 0).sort((a, b) => a.z - b.z);

export function elementAnswer(ctx: CommandContext, p: ParsedQuery, el: Element, field: 'uses' | 'class' | 'controls' | 'number' | 'card', is?: 'light' | 'heavy'): AnswerFirst {
  const { locale } = ctx;
  const sources = [...el.sources];
  const uses = `${t(locale, 'Uses', 'Verwendung')}: ${el.uses[locale].join('; ')}.`;
  const asksYesNo = p.polar;
  switch (field) {
    case 'class': {
      const claimed = !asksYesNo ? undefined : neitherAsked(ctx, p) ? 'neither' : is;
      // "neither … nor" is the class claimed, no negation of it.
      const neg = claimed !== undefined && claimed !== 'neither' && questionNegated(ctx, p);
      // "Does China count europium as heavy?": China's grouping is the one its export controls use.
      const byChina = claimed && claimed !== 'neither' && asksControllersClass(ctx, p) ? chinaClass(ctx, el) : undefined;
      const holds = byChina ? byChina.heavy === (claimed === 'heavy') : el.class === claimed;
      const said = byChina ? `${byChina.text} ${classSentence(ctx, el)}` : classSentence(ctx, el);
      const lead = claimed ? `${claimWord(ctx, p, holds, neg)} — ${said}` : said;
      return { status: 'answer', lead, support: [t(locale, 'USGS: light = La–Gd; heavy = Tb–Lu and Y; Sc neither.', 'USGS: leicht = La–Gd; schwer = Tb–Lu und Y; Sc keines von beiden.')], sources, more: more(el) };
    }
    case 'controls': {
      const c = controlSentence(ctx, el);
      // "Is it true that China does not restrict dysprosium?": the negation is part of the claim judged;
      // "Doesn't China restrict dysprosium?" asks the fact itself, which German affirms with "Doch".
      const neg = c.answer !== undefined && p.polar && questionNegated(ctx, p);
      const framed = neg && negatedClaimFramed(ctx, p);
      // "Is the April control on terbium suspended?": the suspension asked, not the coverage.
      // Not beside a state asked now ("still controlled after the suspension?": the control is asked).
      const bySuspension = p.polar && !neg && asksSuspension(ctx, p);
      // "Has the October control on holmium been suspended?": a suspension since run out still happened.
      const past = vocabIndex(ctx.dataset).wordLists.pastOpeners[locale].has(p.words[0] ?? '');
      // "Hat China im Oktober 2025 die Kontrollen ausgesetzt?": the act asked at a time that misses its day;
      // "War die Kontrolle im Dezember 2025 ausgesetzt?": the state at a time, inside the suspension's span or not.
      const when = p.time && !p.time.label && !p.time.relative && p.time.kind !== 'latest' ? p.time : undefined;
      const on = c.suspendedOn;
      const inSpan = when && on ? (past ? on >= when.start && on <= when.end : on <= when.end && (c.suspendedUntil ?? '9999') >= when.start) : undefined;
      const suspendedThen = inSpan ?? c.suspended ?? (past && c.ranOut ? true : undefined);
      // "Hat China die Lizenzpflicht für Terbium aufgehoben?": a measure naming it, in force or suspended
      // for a time, was not ended for good.
      const lifted = p.polar && !neg && !bySuspension && p.words.some((w) => vocabIndex(ctx.dataset).lifting.has(w));
      // "Did the controls on dysprosium start in October 2025?": putting a measure in place, asked at a time,
      // is settled by the days of the measures naming the element, not by its being covered now.
      const v = vocabIndex(ctx.dataset);
      const imposedAsked = !bySuspension && !lifted && !neg && when !== undefined && (p.words.some((w) => v.imposing.has(w)) || firstPhraseAt(p.words, v.inceptionWords) >= 0);
      const imposedThen = imposedAsked ? controlEvents(ctx.dataset, el.symbol).some((e) => !e.suspends.length && e.date >= when.start && e.date <= when.end) : undefined;
      // "Was dysprosium under control in March 2025?": the state at a time the record covers, from the measures
      // begun by its end and not suspended then — not the state today.
      const stateAt = when && !bySuspension && !lifted && !neg && imposedThen === undefined && when.end <= ctx.dataset.meta.as_of ? when.end : undefined;
      const inForceThen = stateAt === undefined ? undefined : controlEvents(ctx.dataset, el.symbol).some((m) => {
        if (m.suspends.length || m.date > stateAt) return false;
        const s = ctx.dataset.events.find((x) => x.suspends.includes(m.id) && x.date <= stateAt);
        return !s || (s.suspended_until !== undefined && s.suspended_until < stateAt);
      });
      // Nor was one no measure names: there was nothing to lift.
      const word = lifted ? yes(ctx, false)
        : imposedThen !== undefined ? yes(ctx, imposedThen)
        : inForceThen !== undefined ? yes(ctx, inForceThen)
        : bySuspension ? (suspendedThen === undefined ? '' : yes(ctx, suspendedThen))
        : c.answer === undefined ? '' : framed ? yes(ctx, !c.answer) : neg && c.answer && locale === 'de' ? 'Doch' : yes(ctx, c.answer);
      const lead = word ? `${word} — ${c.text}` : c.text;
      return { status: 'answer', lead, support: c.support, sources: c.sources.length ? c.sources : sources, more: more(el), ...(c.answer === undefined ? { undecided: true } : {}) };
    }
    case 'number':
      return { status: 'answer', lead: t(locale, `${el.name.en} (${el.symbol}) has atomic number ${el.z}.`, `${el.name.de} (${el.symbol}) hat die Ordnungszahl ${el.z}.`), support: [uses], sources, more: more(el) };
    case 'uses':
      return { status: 'answer', lead: `${nameOf(ctx, el)} — ${uses}`, support: el.note ? [loc(locale, el.note)] : [], sources, more: more(el) };
    default: {
      // "Is holmium a rare earth?" is yes; a yes/no question asking more of it ("… on Beijing's April
      // list?", "… in the USGS figures?") is not settled by its being one; nor is one naming a country, an
      // event, a time or a month ("Stand Erbium schon auf Pekings Märzliste?").
      const membership = asksYesNo && p.content.length === 0 && p.subjects.countries.length === 0 && p.subjects.namedEvents.length === 0 && !p.time && !p.words.some(isMonthWord);
      const lead = membership
        ? `${yes(ctx, true)} — ${t(locale, `${el.name.en} (${el.symbol}, ${el.z}) is one of the 17 rare-earth elements.`, `${el.name.de} (${el.symbol}, ${el.z}) ist eines der 17 Seltenerdelemente.`)} ${classSentence(ctx, el)}`
        : `${nameOf(ctx, el)} — ${uses}`;
      const support = [membership ? uses : classSentence(ctx, el), ...(el.note ? [loc(locale, el.note)] : [])];
      return { status: 'answer', lead, support, sources, more: more(el) };
    }
  }
}


/** Elements by class, use or export control: the list first. */
export function elementListAnswer(ctx: CommandContext, p: ParsedQuery, kind: 'light' | 'heavy' | 'neither' | 'controlled' | 'all', list: readonly Element[]): AnswerFirst {
  const { dataset: ds, locale } = ctx;
  // "Which atomic numbers bracket the light ones?": each with its number.
  // (Asked by a word of the attribute's own label, "atomic number", "Ordnungszahl": not "Element" alone.)
  const numbered = p.attributes.some((h) => 'element' in h.attribute.answer && h.attribute.answer.element === 'number'
    && h.matched.some((m) => normalize(m).split(' ').some((w) => normalize(`${h.attribute.label.en} ${h.attribute.label.de}`).split(' ').includes(w))));
  const names = list.map((e) => `${loc(locale, e.name)} (${e.symbol}${numbered ? `, ${e.z}` : ''})`);
  const n = list.length;
  let lead: string;
  let support: string[] = [];
  const sources = [...new Set(list.flatMap((e) => e.sources))];
  if (kind === 'controlled') {
    // Counts first ("how many are controlled?"), each measure with its own count, then what became of it.
    // Each measure with its state as recorded: a count of all of them read as "under control now" when
    // a suspension holds part of them (review: "12 of the 17" while five were suspended).
    const events = controlMeasures(ds).filter((e) => !e.suspends.length);
    const suspensionOf = (e: Event): Event | undefined => suspendedBy(ctx, e);
    const state = (e: Event): string => {
      const by = suspensionOf(e);
      return by ? t(locale, `suspended on ${formatDate(by.date, locale)} until ${formatDate(by.suspended_until!, locale)}`, `am ${formatDate(by.date, locale)} bis zum ${formatDate(by.suspended_until!, locale)} ausgesetzt`)
        : t(locale, 'in force', 'in Kraft');
    };
    const parts = events.map((e) => `${loc(locale, e.title)} (${formatDate(e.date, locale)}) — ${e.elements.length}: ${e.elements.join(', ')}, ${state(e)}`);
    lead = t(locale, `${n} of the ${ds.elements.length} rare earths appear in China's export-control measures: ${parts.join('; ')}.`,
      `${n} der ${ds.elements.length} Seltenen Erden sind in Chinas Exportkontrollen genannt: ${parts.join('; ')}.`);
    const asOf = formatDate(ds.meta.as_of, locale);
    // The day the state is asked for: a time the question names ("at the end of 2025"), else today.
    const asked = p.time && !p.time.relative && p.time.kind !== 'latest' ? p.time.end : ctx.now.toISOString().slice(0, 10);
    const ended = events.map(suspensionOf).filter((x): x is Event => x !== undefined && x.suspended_until! <= asked);
    support = ended.map((x) => t(locale, `The suspension ran until ${formatDate(x.suspended_until!, locale)}; the dataset (as of ${asOf}) does not record what followed.`,
      `Die Aussetzung lief bis zum ${formatDate(x.suspended_until!, locale)}; was danach galt, verzeichnet der Datensatz (Stand ${asOf}) nicht.`));
    const all = [...events, ...events.map(suspensionOf).filter((x): x is Event => x !== undefined)];
    sources.push(...all.flatMap((e) => e.sources));
    support.push(...events.filter((e) => e.outcome).map((e) => `${formatDate(e.date, locale)}: ${loc(locale, e.outcome!)}`));
  } else if (kind === 'neither') {
    lead = t(locale, `Neither light nor heavy under the USGS convention: ${formatList(names, locale)}.`, `Weder leicht noch schwer nach USGS-Konvention: ${formatList(names, locale)}.`);
    support = [t(locale, 'USGS: light = La–Gd; heavy = Tb–Lu and Y; Sc neither.', 'USGS: leicht = La–Gd; schwer = Tb–Lu und Y; Sc keines von beiden.')];
  } else if (kind === 'all') {
    lead = t(locale, `${n} elements count as rare earths: ${formatList(names, locale)}.`, `${n} Elemente zählen zu den Seltenen Erden: ${formatList(names, locale)}.`);
  } else {
    lead = kind === 'light'
      ? t(locale, `${n} light rare earths (USGS convention): ${formatList(names, locale)}.`, `${n} leichte Seltene Erden (USGS-Konvention): ${formatList(names, locale)}.`)
      : t(locale, `${n} heavy rare earths (USGS convention): ${formatList(names, locale)}.`, `${n} schwere Seltene Erden (USGS-Konvention): ${formatList(names, locale)}.`);
  }
  const arg = kind === 'all' || kind === 'neither' ? '' : ` ${kind}`;
  return { status: 'answer', lead, support, sources: [...new Set(sources)], more: `/elements${arg}` };
}

/**
 * "How many of the rare earths China put under licensing are heavy ones?": the controlled elements of
 * that class under the USGS convention, counted and named, the rest after them.
 */
export function controlledOfClass(ctx: CommandContext, is: 'light' | 'heavy', measure?: Event): AnswerFirst {
  const { dataset: ds, locale } = ctx;
  const events = measure ? [measure] : controlMeasures(ds);
  const controlled = measure ? controlledElements(ds).filter((e) => measure.elements.includes(e.symbol)) : controlledElements(ds);
  const of = controlled.filter((e) => e.class === is);
  const rest = controlled.filter((e) => e.class !== is);
  const names = (l: readonly Element[]): string => formatList(l.map((e) => `${loc(locale, e.name)} (${e.symbol})`), locale);
  const cls = is === 'light' ? t(locale, 'light', 'leichten') : t(locale, 'heavy', 'schweren');
  const day = measure ? formatDate(measure.date, locale) : '';
  const lead = measure ? t(locale, `${of.length} of the ${controlled.length} rare earths covered on ${day} (${loc(locale, measure.title)}) are ${cls} rare earths under the USGS convention: ${names(of)}.`,
    `${of.length} der ${controlled.length} am ${day} erfassten Seltenen Erden (${loc(locale, measure.title)}) zählen nach USGS-Konvention zu den ${cls}: ${names(of)}.`)
    : t(locale, `${of.length} of the ${controlled.length} rare earths in China's export-control measures are ${cls} rare earths under the USGS convention: ${names(of)}.`,
      `${of.length} der ${controlled.length} Seltenen Erden in Chinas Exportkontrollen zählen nach USGS-Konvention zu den ${cls}: ${names(of)}.`);
  const support = rest.length === 1 ? [t(locale, `The other: ${names(rest)}.`, `Die übrige: ${names(rest)}.`)]
    : rest.length ? [t(locale, `The other ${rest.length}: ${names(rest)}.`, `Die übrigen ${rest.length}: ${names(rest)}.`)] : [];
  return { status: 'answer', lead, support, sources: [...new Set([...of.flatMap((e) => e.sources), ...events.flatMap((e) => e.sources)])], more: `/elements controlled` };
}

/** Whether one export-control measure covers an element (every one of `also` too): yes or no, with the elements it covers. */
export function measureMembership(ctx: CommandContext, p: ParsedQuery, el: Element, m: Event, also: readonly Element[] = [], part?: { no: string; elements: readonly string[] }): AnswerFirst {
  const { locale } = ctx;
  const list = part?.elements ?? m.elements;
  const outside = [el, ...also].filter((e) => !list.includes(e.symbol));
  const which = part ? `${t(locale, 'No.', 'Nr.')} ${part.no}: ` : '';
  // Which of several named is not on the list, so a reader checking five elements sees the one that is wrong.
  const names = formatList(outside.map((e) => (locale === 'de' ? e.name.de : e.name.en.toLowerCase())), locale);
  const notIn = outside.length && also.length ? t(locale, `; ${names} ${outside.length > 1 ? 'are' : 'is'} not among them`, `; ${names} ${outside.length > 1 ? 'gehören' : 'gehört'} nicht dazu`) : '';
  const word = claimWord(ctx, p, !outside.length, p.polar && questionNegated(ctx, p));
  const lead = `${word} — ${loc(locale, m.title)} (${formatDate(m.date, locale)}): ${which}${list.join(', ')}${notIn}.`;
  const rest = elementAnswer(ctx, p, el, 'controls');
  return { status: 'answer', lead, support: [rest.lead.replace(/^(?:Yes|No|Ja|Nein|Doch) — /, '')], sources: [...new Set([...m.sources, ...rest.sources])], more: `/summit ${m.id}` };
}

/**
 * "Announcement 57 added terbium and dysprosium, right?", "Did the October controls cover holmium?": a
 * yes/no question naming elements and one export-control measure (and no suspension or lifting of it) is
 * settled by that measure's list.
 */
export function namedMeasureMembership(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  // Elements named as words, not inside a product's name ("NdFeB magnets with dysprosium" asks dysprosium).
  const outright = namedOutright(p.text, p.subjects.elements);
  const s = outright ? { ...p.subjects, elements: outright } : p.subjects;
  // A word of control ("controlled", "kontrolliert") asks the list itself; any other attribute asks more.
  if (!p.polar || !s.elements.length || p.attributes.some((h) => h.attribute.id !== 'controls')) return undefined;
  const v = vocabIndex(ctx.dataset);
  if (p.words.some((w) => v.eventKinds.suspension.has(w) || v.lifting.has(w))) return undefined;
  // A negation, a state asked now or an undoing ("dropped from") asks more than the list says.
  if (questionNegated(ctx, p) || asksCurrentState(ctx, p) || holdsPhrase(paddedQuestion(p), v.undoing)) return undefined;
  if (!namesElements(p.text, s.elements)) return undefined;
  // The day of a date asked ("on 9 October 2025") is no announcement's number.
  const span = p.time ? timeSpanIn(p.words, p.time) : undefined;
  const asked = p.words.filter((w, i) => /^\d+$/.test(w) && !/^(?:19|20)\d\d$/.test(w) && !(span && i >= span[0] && i < span[1]));
  const measures = s.events.filter((e) => e.kind === 'export-control' && e.elements.length && !e.suspends.length);
  // Named outright, by its one number ("Announcement 18") or by the day or month it was taken ("added in
  // October 2025", the one such measure then); one found by a place or a shared word ("Pekings Märzliste") is no measure named.
  const taken = p.time && !p.time.relative && (p.time.kind === 'day' || p.time.kind === 'month') ? p.time : undefined;
  const ofTime = taken ? controlMeasures(ctx.dataset).filter((e) => !e.suspends.length && e.date >= taken.start && e.date <= taken.end) : [];
  const m = measures.length === 1 && s.events.length === 1 ? measures[0]! : !s.events.length && ofTime.length === 1 ? ofTime[0]! : undefined;
  if (!m) return undefined;
  const titled: string[] = m.title.en.match(/\d+/g) ?? [];
  // One announcement of several in the record ("No. 57" of "Nos. 55–58, 61 and 62"): the elements its own
  // clause of the summary names ("No. 57: five more … (holmium, erbium, …)"); a clause naming none settles nothing.
  if (asked.length === 1 && titled.length > 1) {
    const clause = ownClause(loc('en', m.summary), asked[0]!);
    const listed = clause ? ctx.dataset.elements.filter((e) => namesAny(clause, [e.name.en])).map((e) => e.symbol) : [];
    return listed.length ? measureMembership(ctx, p, s.elements[0]!, m, s.elements.slice(1), { no: asked[0]!, elements: listed }) : undefined;
  }
  const byTime = ofTime.length === 1 && ofTime[0] === m;
  // "Is dysprosium under Chinese export controls?": a word of control with no time asks the element's state (elementAnswer).
  // One measure named outright with its month ("the April 2025 controls") is the list asked, word of control or not.
  // ("Chinese export controls" names it too, by its alias, and asks the element's state).
  const byMonth = s.namedEvents.includes(m) && p.words.some((w) => namesMonth(w, Number(m.date.slice(5, 7))));
  if (p.attributes.length && !byTime && !byMonth) return undefined;
  // "Was dysprosium controlled in October 2025?": with a word of control the state is asked, which an
  // earlier measure may hold; only an element no measure up to then lists settles it here.
  const earlier = new Set(controlMeasures(ctx.dataset).filter((e) => !e.suspends.length && e.date <= m.date).flatMap((e) => e.elements));
  if (byTime && p.attributes.length && s.elements.every((e) => earlier.has(e.symbol)) && !s.elements.every((e) => m.elements.includes(e.symbol))) return undefined;
  if (!s.namedEvents.includes(m) && !(asked.length === 1 && titled.includes(asked[0]!)) && !byTime) return undefined;
  return measureMembership(ctx, p, s.elements[0]!, m, s.elements.slice(1));
}

/** The clause of a summary given to one announcement ("No. 57: …"), up to the next one's. */
function ownClause(text: string, no: string): string | undefined {
  const head = `No. ${no}:`;
  const at = text.indexOf(head);
  if (at < 0) return undefined;
  const rest = text.slice(at + head.length);
  const end = rest.search(/\bNo\. \d+:/);
  return end >= 0 ? rest.slice(0, end) : rest;
}
