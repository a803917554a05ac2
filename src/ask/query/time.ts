// Times in a question: dates and months with or without a year ("30 October", "am 7. November",
// "im April 2025"), and years ("in 2024"). Dates are read by chrono-node's English and German
// parsers (a maintained parser for both languages; hand-written date patterns were the source of
// the old router's misses). A date without a year takes its year from the dataset's calendar:
// the year in which the dataset has events in that month (else the year of its newest event).
import * as chrono from 'chrono-node';
import type { Dataset } from '../../dataset/dataset.js';
import type { TimeRef } from './types.js';
import { mayNameMonthIn, parserFor } from './date-parsers.js';
import { normalize } from '../../dataset/lookup.js';
import { escapeRegExp } from './text.js';
import { datasetTextMemo } from '../../dataset/text-memo.js';

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Years (newest first) in which the dataset has an event in month `m` (1–12), or else every event year. */
function calendarYears(ds: Dataset, m: number): number[] {
  const all = new Set<number>();
  const inMonth = new Set<number>();
  for (const e of ds.events) {
    const y = Number(e.date.slice(0, 4));
    all.add(y);
    const from = Number(e.date.slice(5, 7));
    const to = Number((e.end_date ?? e.date).slice(5, 7));
    if (m >= from && m <= to) inMonth.add(y);
  }
  return [...(inMonth.size ? inMonth : all)].sort((a, b) => b - a);
}

// chrono-node's German parser reads "am 9. Oktober" but not a month on its own ("im Oktober 2025");
// German month names (from Intl, not a hand-kept table) are given to the English parser in English.
const MONTHS_DE_EN: [RegExp, string][] = Array.from({ length: 12 }, (_, i) => {
  const d = new Date(Date.UTC(2025, i, 15));
  const de = new Intl.DateTimeFormat('de', { month: 'long', timeZone: 'UTC' }).format(d);
  const en = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(d);
  return [new RegExp(`(?<![\\p{L}])${de}(?![\\p{L}])`, 'giu'), en];
});

// Normalised month name (English or German) → its number, 1–12.
const MONTH_NUMBERS = new Map(Array.from({ length: 12 }, (_, i) => ['de', 'en'].map((l) => [new Intl.DateTimeFormat(l, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2025, i, 15))).toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, ''), i + 1] as const)).flat());

/** Whether a normalised word is a month name (English or German). */
export const isMonthWord = (w: string): boolean => MONTH_NUMBERS.has(w);

/** The number (1–12) of a normalised month name, English or German. */
export const monthNumber = (w: string): number | undefined => MONTH_NUMBERS.get(w);

/** Whether a word names the month (1–12), by its name or its short name ("Oct"). */
export const namesMonth = (w: string, month: number): boolean => (monthNumber(w) ?? shortMonthNumber(w)) === month;

// A month's short name (English or German, from Intl), lower case → its number, 1–12.
const SHORT_MONTHS = new Map(['en', 'de'].flatMap((l) => Array.from({ length: 12 }, (_, i) => [new Intl.DateTimeFormat(l, { month: 'short', timeZone: 'UTC' })
  .format(new Date(Date.UTC(2025, i, 15))).toLowerCase().replace(/\./g, ''), i + 1] as const)));

/** Whether a lower-case word is a month's short name ("oct", "okt"). */
export const isShortMonthWord = (w: string): boolean => SHORT_MONTHS.has(w);

/** The number (1–12) of a month's short name ("oct", "okt"); not a month test of the parser's, since "may" and "mar" are words too. */
export const shortMonthNumber = (w: string): number | undefined => SHORT_MONTHS.get(w);

// Any of those names, as the twelve patterns read them: most texts have none, and twelve Unicode
// replacements of a text without one were a tenth of reading its dates (bench/core-check.ts prof).
const ANY_MONTH_DE = new RegExp(MONTHS_DE_EN.map(([re]) => re.source).join('|'), 'iu');

// "diesen Monat", "in diesem Monat": chrono's German parser reads no month named from today with a
// demonstrative (its English one reads "this month"), so the phrase is given to it in English.
const THIS_MONTH_DE = /(?<!\p{L})(?:in\s+)?dies(?:e[nmrs]?)?\s+monats?(?!\p{L})/giu;
const englishMonths = (text: string): string => {
  const months = ANY_MONTH_DE.test(text) ? MONTHS_DE_EN.reduce((s, [re, en]) => s.replace(re, en), text) : text;
  return months.replace(THIS_MONTH_DE, 'this month');
};

// chrono reads "20.10.2025" but not the German day and month without a year ("am 20.10.", "30.10."),
// which readers type all the time; the month is spelled out (from Intl) so chrono reads it as
// "20. Oktober". Only day.month. with both in range, so "v1.3" or "2.5 Mio." stay as they are.
const MONTH_NAMES_DE = Array.from({ length: 12 }, (_, i) => new Intl.DateTimeFormat('de', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2025, i, 15))));
// With a year too ("09.11.2025"): chrono's English parser reads dotted digits month first (11 September),
// while a date written with dots is day first in German and in English alike.
const NUMERIC_DAY_MONTH = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?:(\d{4})(?![\d.]))?(?!\d)/g;
export const spelledDayMonth = (text: string): string => (text.includes('.') ? text.replace(NUMERIC_DAY_MONTH, (all, d: string, m: string, y?: string) =>
  (Number(d) >= 1 && Number(d) <= 31 && Number(m) >= 1 && Number(m) <= 12 ? `${Number(d)}. ${MONTH_NAMES_DE[Number(m) - 1]}${y ? ` ${y}` : ''}` : all)) : text);

// Running chrono's two parsers was a quarter of the CPU of an uncached answer (bench/core.ts,
// --cpu-prof), and most questions name no time. chrono gives a result with a certain month only from
// (1) digits, (2) a month name, (3) a casual date word ("today", "morgen", "last night"), "month", or
// (4) a relative duration in seconds to months: a time unit right after a number word or a modifier
// ("a week ago", "next month", "in zwei Tagen", even "lasts" = last + s), ending the word or followed
// by "ago"/"later"-like words. Years and quarters only imply the month, and weekdays and times of day
// leave it open. TIME_CUE is a superset of those patterns (chrono 2.x: locales/{en,de}/constants.js
// and parsers; word starts ignored), so a question it rejects gets exactly what chrono would have
// given it: no time. test/ask/time-cue.test.ts checks it against chrono on every text of the dataset.
const relative = (pred: string, unit: string): string => `(?:${pred})\\s*(?:${unit})(?:(?![a-z0-9_])|\\s*(?:ago|before|earlier|later|after|from|henceforth|forward|out))`;
const TIME_CUE = new RegExp([
  '[0-9]',
  'jan|jänner|feb|mar|mär|maerz|mrz|apr|may|mai|jun|jul|aug|sep|oct|okt|nov|dec|dez',
  'now|today|night|tomorrow|overmorrow|tmr|yesterday|month|jetzt|heute|morgen|gestern|nacht|dies(?:e[nmrs]?)?\\s+monat',
  relative('one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?\\b|few|several|the|couple|of|this|last|past|next|after|\\+|-',
    'seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|months?|mos?|mon|quarters?|qtr'),
  relative('eins|eine[mnr]?|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwoelf|halb?e?|einigen?|wenigen?|mehreren?'
    + '|(?:nächste|kommende|folgende|letzte|vergangene|vorige|vor(?:her|an)gegangene)[snmr]?|vor|in|für|während',
  'sek|sekunden?|min|minuten?|h|std|stunden?|tage?n?|wochen?|monate?n?|monats|quartale?n?|quartals'),
].join('|'), 'i');

/** Whether chrono could find a date or month in the text at all (see TIME_CUE). */
export const mayNameTime = (text: string): boolean => TIME_CUE.test(text);

type Parsed = ReturnType<chrono.Chrono['parse']>[number];

// A parse that can read no month is left out: readings keeps none of what it would read. A module
// function, not a closure: under tsx, which runs the benchmarks, a closure also calls esbuild's __name.
const parseIn = (lang: 'en' | 'de', text: string, ref: Date): Parsed[] => (mayNameMonthIn(lang, text) ? parserFor(lang, text).parse(text, ref) : []);

/** chrono's readings of a text (English, German, German months in English) that name a certain month, days first. */
function readings(text: string, ds: Dataset, clock?: Date): Parsed[] {
  // The reference instant is the dataset's as-of date, so "April" is never read against today's clock.
  const ref = clock ?? new Date(`${ds.meta.as_of}T12:00:00Z`);
  // The English parser reads German month names in English; without one the text is the same, and a
  // second parse of it would only repeat the first one's results behind them.
  const english = englishMonths(text);
  return [...parseIn('en', text, ref), ...parseIn('de', text, ref), ...(english === text ? [] : parseIn('en', english, ref))]
    .filter((r) => r.start.isCertain('month'))
    .sort((a, b) => (b.start.isCertain('day') ? 1 : 0) - (a.start.isCertain('day') ? 1 : 0) || a.index - b.index);
}

function toRef(r: Parsed, ds: Dataset): TimeRef {
  const m = r.start.get('month')!;
  // A number after a month's name is a year only as four digits ("9 October 2025"), in numeric dates
  // ("30.10.25") or with an apostrophe ("Oct '25"): "nach dem 9. Oktober 12 der 17 …" counts elements.
  const bare = r.start.isCertain('year') ? /^(.*\p{L}\.?)\s+\d{1,2}$/u.exec(r.text.trim()) : null;
  const hasYear = r.start.isCertain('year') && !bare;
  const y = hasYear ? r.start.get('year')! : calendarYears(ds, m)[0] ?? r.start.get('year')!;
  const typed = bare ? bare[1]! : r.text.trim();
  if (r.start.isCertain('day')) {
    const d = r.start.get('day')!;
    const endComp = r.end;
    const end = endComp?.isCertain('day') ? `${endComp.isCertain('year') ? endComp.get('year')! : y}-${pad(endComp.get('month')!)}-${pad(endComp.get('day')!)}` : `${y}-${pad(m)}-${pad(d)}`;
    return { kind: 'day', start: `${y}-${pad(m)}-${pad(d)}`, end, text: typed, ...(hasYear ? {} : { yearInferred: true }) };
  }
  return { kind: 'month', start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-${pad(lastDay(y, m))}`, text: typed, ...(hasYear ? {} : { yearInferred: true }) };
}

/**
 * The first date, month or year the question names, or undefined. A month or day named only relative
 * to today ("this month", "letzten Monat", "yesterday") is read against `clock`, when given: it names no
 * month of the dataset's calendar.
 */
export function findTime(question: string, ds: Dataset, clock?: Date): TimeRef | undefined {
  if (!mayNameTime(question)) return undefined;
  // The cue is tested once: chronoTime's own test of the same text would only repeat it.
  return wholeNumericDay(question) ?? chronoTimeCued(question, ds, clock);
}

// "talked for four hours", "zwei Stunden lang": a span of hours or minutes is how long something took, not
// a day asked (chrono reads it as today plus that span); the dataset's calendar has days, not hours.
const SUB_DAY = /(?<!\p{L})(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|sekunden?|minuten?|stunden?|std)(?!\p{L})/iu;
const DAY_OR_MORE = /(?<!\p{L})(?:days?|weeks?|months?|years?|tage?n?|wochen?|monate?n?|jahre?n?)(?!\p{L})/iu;
const duration = (t: string): boolean => SUB_DAY.test(t) && !DAY_OR_MORE.test(t);

/** findTime through chrono alone (test/ask/numeric-day.test.ts holds the shortcut to it). */
export function chronoTime(question: string, ds: Dataset, clock?: Date): TimeRef | undefined {
  return mayNameTime(question) ? chronoTimeCued(question, ds, clock) : undefined;
}

/** chronoTime of a question mayNameTime has let through. */
function chronoTimeCued(question: string, ds: Dataset, clock?: Date): TimeRef | undefined {
  const text = dayRangeJoined(spelledDayMonth(question), ds);
  const year = /\b(19[5-9]\d|20\d{2})\b/.exec(text);
  // "2024: erst 22.000, jetzt 20.000 t": a casual word ("jetzt", "now") beside a year the reader typed is no date.
  const found = readings(text, ds).find((x) => !duration(x.text) && (!year || /\d/.test(x.text) || normalize(x.text).split(' ').some(isMonthWord)));
  const relative = found && clock && !year && !/\d/.test(found.text) && !normalize(found.text).split(' ').some(isMonthWord);
  const r = relative ? readings(text, ds, clock).find((x) => x.index === found.index) ?? found : found;
  // "a few days after the KL signing", "three days before the summit": a span counted from something the
  // question names, not from today; chrono would count it from the clock. One ending the question ("And a
  // day earlier?") names nothing to count from and keeps chrono's reading.
  if (r && relative && ANCHORED_SPAN.test(r.text.trim()) && /\p{L}{3}/u.test(text.slice(r.index + r.text.length))) return year ? yearRef(year[1]!) : undefined;
  if (r) {
    const read = toRef(r, ds);
    const ref = relative && r !== found && read.kind !== 'year' ? { ...read, relative: true } : read;
    // The date as the reader typed it ("20.10."), which callers cut out of the question.
    // Or "diesen Monat", read in English as "this month".
    const typed = question.includes(ref.text) ? undefined : (text === question ? undefined : /(?<![\d.])\d{1,2}\.\d{1,2}\.(?:\d{4}(?![\d.]))?(?!\d)/.exec(question)?.[0])
      ?? new RegExp(THIS_MONTH_DE.source, 'iu').exec(question)?.[0];
    return typed ? { ...ref, text: typed } : ref;
  }
  if (year) return yearRef(year[1]!);
  return undefined;
}

const ANCHORED_SPAN = /(?<!\p{L})(?:after|before|later|earlier)$/iu;
const yearRef = (y: string): TimeRef => ({ kind: 'year', start: `${y}-01-01`, end: `${y}-12-31`, text: y });

// A day written whole in digits ("2025-10-21", "31.10.2025") is unambiguous: read here, it costs a
// regular expression where chrono's parsers of both languages cost about a third of such a question's
// CPU (bench/core-check.ts). Only when it is the one time the question names; else chrono reads all.
// Dotted days are NUMERIC_DAY_MONTH's (above): one without a year ("31.10.") is chrono's to read.
const ISO_DAY = /(?<![\d.-])(\d{4})-(\d{2})-(\d{2})(?![\d.-])/g;

function wholeNumericDay(question: string): TimeRef | undefined {
  const iso = [...question.matchAll(ISO_DAY)];
  const dotted = question.includes('.') ? [...question.matchAll(NUMERIC_DAY_MONTH)] : [];
  if (iso.length + dotted.length !== 1 || (dotted[0] && !dotted[0][3])) return undefined;
  const m = (iso[0] ?? dotted[0])!;
  const [y, mo, d] = iso.length ? [Number(m[1]), Number(m[2]), Number(m[3])] : [Number(m[3]), Number(m[2]), Number(m[1])];
  if (y < 1950 || mo < 1 || mo > 12 || d < 1 || d > lastDay(y, mo)) return undefined;
  if (mayNameTime(question.replace(m[0], ' '))) return undefined;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  return { kind: 'day', start: day, end: day, text: m[0] };
}

// "between 28 and 30 October", "zwischen dem 28. und 30. Oktober": chrono reads a span of days joined
// by a dash or "to"/"bis", not by "and"/"und" after "between"/"zwischen" (grammar.range of the
// vocabulary). The join becomes a dash when a month is named at either day.
const rangeJoins = new WeakMap<Dataset, RegExp | null>();

function dayRangeJoined(text: string, ds: Dataset): string {
  let re = rangeJoins.get(ds);
  if (re === undefined) {
    const r = ds.vocabulary?.grammar.range;
    const alt = (ws: readonly string[]): string => ws.map(escapeRegExp).join('|');
    const open = r ? [...r.open.en, ...r.open.de] : [];
    const join = r ? [...r.join.en, ...r.join.de] : [];
    re = open.length && join.length
      ? new RegExp(`((?<![\\p{L}])(?:${alt(open)})\\s+(?:\\p{L}{2,3}\\s+)?\\d{1,2}\\.?(?:\\s+\\p{L}+\\.?)?)\\s+(?:${alt(join)})\\s+((?:\\p{L}{2,3}\\s+)?\\d{1,2}\\.?(?:\\s+\\p{L}+)?)`, 'giu')
      : null;
    rangeJoins.set(ds, re);
  }
  if (!re) return text;
  return text.replace(re, (all, a: string, b: string) => (`${a} ${b}`.split(/[\s.]+/).some((w) => isMonthWord(normalize(w))) ? `${a} - ${b}` : all));
}

/** Every day or month a dataset text names with its year ("until 10 November 2026"), once each. */
export function datesIn(text: string, ds: Dataset): TimeRef[] {
  if (!mayNameTime(text)) return [];
  const seen = new Set<string>();
  const out: TimeRef[] = [];
  for (const r of readings(text, ds).filter((x) => x.start.isCertain('year'))) {
    const t = toRef(r, ds);
    // A range ("ab 1. Dezember 2025 bis zum 3. Juni 2026") names both of its days.
    const parts: TimeRef[] = t.kind === 'day' && t.end !== t.start ? [{ ...t, end: t.start }, { ...t, start: t.end }] : [t];
    for (const x of parts) if (!seen.has(x.start) && seen.add(x.start)) out.push(x);
  }
  // A month read alone where a day of it was read too ("Juni 2026" of "3. Juni 2026") adds nothing.
  return out.filter((x) => x.kind === 'day' || !out.some((y) => y.kind === 'day' && y.start.slice(0, 7) === x.start.slice(0, 7)));
}

// The clauses of an event's texts are read for dates by every question about the event's date or
// its end, with chrono, which was most of answering such a question (bench/core-check.ts prof).
// Their readings are the dataset's alone: kept once per dataset, frozen as they are shared. Callers
// pass only the dataset's own texts, never a question; the bound only guards against other text.
const readingsOf = datasetTextMemo<{ first?: TimeRef; all?: readonly TimeRef[] }>();

// The dataset's texts write their dates in digits; a word such as "Tomorrow" in a quoted motto is
// relative to nothing there (chrono would read it against today).
// A date the text writes: a year, a month's name or a day in digits; not a duration chrono counts
// from its reference day ("for about 1 hour 40 minutes").
const writtenDate = (t: TimeRef): boolean => /\d/.test(t.text)
  && (/\b(?:19|20)\d\d\b|\d\.\d{1,2}\.|\d-\d\d-\d/.test(t.text) || normalize(t.text).split(' ').some(isMonthWord));

/** findTime of one of the dataset's own texts (an event's clause), read once per dataset. */
export function findTimeInDatasetText(text: string, ds: Dataset): TimeRef | undefined {
  const r = readingsOf(ds, text);
  if (!('first' in r)) { const t = findTime(text, ds); r.first = t && writtenDate(t) ? Object.freeze(t) : undefined; }
  return r.first;
}

/** datesIn of one of the dataset's own texts (an event's clause), read once per dataset. */
export function datesInDatasetText(text: string, ds: Dataset): readonly TimeRef[] {
  const r = readingsOf(ds, text);
  return (r.all ??= Object.freeze(datesIn(text, ds).filter(writtenDate).map((d) => Object.freeze(d))));
}
