// Which of chrono-node's parsers a text needs (src/ask/query/time.ts reads dates with them). chrono
// runs every parser's pattern over the whole text, and on a dated question that was most of the
// cost of parsing it (bench/core.ts, --cpu-prof). A parser whose pattern cannot match a text finds
// nothing in it, so chrono without it returns exactly the same results: each family of parsers
// below is left out of a parse where the text lacks what every pattern of the family needs (its
// cue, a superset of what the patterns match). test/ask/time-cue.test.ts compares the parsers
// chosen with chrono's full ones on every string of the dataset, the dev questions and the corpus.
import * as chrono from 'chrono-node';

type Lang = 'en' | 'de';

// The relative-duration parsers ("in 3 days", "a week ago", "vor zwei Wochen") each need a time
// unit (years included) right after a number or a modifier.
const RELATIVE_CUE: Record<Lang, RegExp> = {
  en: new RegExp(`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]|half|an?\\b|few|several|the|couple|of|this|last|past|next|after)\\s*`
    + '(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|months?|mos?|mon|quarters?|qtr|years?|yrs?|y)'
    + '(?:(?![a-z0-9_])|\\s*(?:ago|before|earlier|later|after|from|henceforth|forward|out))', 'i'),
  de: new RegExp('(?:eins|eine[mnr]?|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwoelf|[0-9]|halb?e?|einigen?|wenigen?|mehreren?'
    + '|(?:nächste|kommende|folgende|letzte|vergangene|vorige|vor(?:her|an)gegangene)[snmr]?|(?<![a-z0-9_])(?:vor|in|für|während))\\s*'
    + '(?:sek|sekunden?|min|minuten?|h|std|stunden?|tage?n?|wochen?|monate?n?|monats|quartale?n?|quartals|a|j|jr|jahre?n?|jahres)(?![a-z0-9_])', 'i'),
};

/**
 * Families of parsers, by class name (chrono exports no parser classes; the test checks every name
 * exists), with what every pattern of the family needs. The German relative parser's class is
 * DETimeUnitAgoFormatParser, in the file DETimeUnitRelativeFormatParser.js.
 */
export const PARSER_FAMILIES: { names: ReadonlySet<string>; cue: Record<Lang, RegExp> }[] = [
  {
    names: new Set(['ENTimeUnitWithinFormatParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser',
      'ENTimeUnitCasualRelativeFormatParser', 'ENRelativeDateFormatParser', 'DETimeUnitAgoFormatParser', 'DETimeUnitWithinFormatParser']),
    cue: RELATIVE_CUE,
  },
  // Dates and times written with digits: ISO, slashes and dots, years, clock times.
  {
    names: new Set(['ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENSlashMonthFormatParser', 'ENTimeExpressionParser',
      'ENYearMonthNameParser', 'DETimeExpressionParser', 'DESpecificTimeExpressionParser', 'DEMonthNameLittleEndianParser']),
    cue: { en: /[0-9]/, de: /[0-9]/ },
  },
  // English month names (every form chrono knows starts with one of these).
  {
    names: new Set(['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENMonthNameParser']),
    cue: { en: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i, de: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i },
  },
  // Casual dates and times of day ("today", "tonight", "end of the month", "heute Abend", "übermorgen").
  {
    names: new Set(['ENCasualDateParser', 'ENCasualTimeParser', 'ENEndOfCurrentMonthParser', 'DECasualDateParser', 'DECasualTimeParser']),
    cue: {
      en: /now|today|tomorrow|overmorrow|tmr|yesterday|night|morning|afternoon|evening|midday|noon|month/i,
      de: /jetzt|heute|morgen|gestern|nacht|mittag|abend/i,
    },
  },
  // English weekdays, their abbreviations, "weekend" and "weekday".
  {
    names: new Set(['ENWeekdayParser']),
    cue: { en: /sun|mon|tue|wed|thu|fri|sat|week/i, de: /sun|mon|tue|wed|thu|fri|sat|week/i },
  },
];

const FULL: Record<Lang, chrono.Chrono> = { en: chrono.en.casual, de: chrono.de.casual };
/** Parsers per language and set of families present (a bit each), built when first needed. */
const chosen: Record<Lang, Map<number, chrono.Chrono>> = { en: new Map(), de: new Map() };

/** chrono's casual parser of a language without the families of parsers that cannot match the text. */
export function parserFor(lang: Lang, text: string): chrono.Chrono {
  let present = 0;
  for (let f = 0; f < PARSER_FAMILIES.length; f++) if (PARSER_FAMILIES[f]!.cue[lang].test(text)) present |= 1 << f;
  let c = chosen[lang].get(present);
  if (!c) {
    const full = FULL[lang];
    const absent = PARSER_FAMILIES.filter((_, f) => !(present & (1 << f)));
    const parsers = full.parsers.filter((p) => !absent.some((fam) => fam.names.has(p.constructor.name)));
    c = parsers.length === full.parsers.length ? full : new chrono.Chrono({ parsers, refiners: full.refiners });
    chosen[lang].set(present, c);
  }
  return c;
}

// What a parse needs to read a certain month at all: a relative duration, a month name or a casual
// date word of its language, or digits joined as a date ("2025-10-20", "20.10.", "10/2025", "2025 10 20").
// Its other parsers read times, weekdays and years, whose month stays implied, and its refiners only
// merge or drop readings, so without any of these it reads no month. The cues are supersets of the
// parsers' patterns (chrono 2.x, locales/{en,de}); test/ask/time-cue.test.ts checks them against chrono.
const MONTH_CUE: Record<Lang, RegExp> = {
  en: new RegExp(`(?:${RELATIVE_CUE.en.source})|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec`
    + '|now|today|tomorrow|overmorrow|tmr|yesterday|night|month|[0-9][-./\\s][0-9]', 'i'),
  de: new RegExp(`(?:${RELATIVE_CUE.de.source})|jan|jän|feb|mär|maer|mrz|apr|mai|jun|jul|aug|sep|okt|nov|dez`
    + '|jetzt|heute|morgen|gestern|nacht|[0-9][-./\\s][0-9]', 'i'),
};

// Without a digit in the text, chrono's English parsers read a month name only after a non-word
// character (their left boundary, \W or the start), after "in" (ENMonthNameParser's "inmarch") or
// right after an ordinal word or "of" ("fourthofjuly"); digits add glued forms ("21oct", "2025ADmar"),
// so texts with one keep the looser MONTH_CUE. "Samarium" and "Myanmar" no longer cost an English
// parse each (a fortieth of the questions' CPU was chrono finding nothing in such names).
const ENGLISH_MONTH_WITHOUT_DIGITS = new RegExp(`(?:${RELATIVE_CUE.en.source})|(?:(?<![a-z0-9_])|(?<=in|of|st|nd|rd|th))(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`
  + '|now|today|tomorrow|overmorrow|tmr|yesterday|night|month', 'i');

/** Whether chrono's parser of a language could read a certain month in the text (see MONTH_CUE). */
export const mayNameMonthIn = (lang: Lang, text: string): boolean =>
  (lang === 'en' && !/[0-9]/.test(text) ? ENGLISH_MONTH_WITHOUT_DIGITS : MONTH_CUE[lang]).test(text);
