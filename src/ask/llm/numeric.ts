// Finds anything numeric in the model's own words. Figures reach a reader only through references
// ({{f:3}}) that Lodestone renders from the dataset, so a figure the model typed itself, in any
// form, is a figure nobody checked: the sentence holding it is dropped. The net is wide on purpose
// (digits of every script, number words in English and German, scales, percentages, fractions,
// multiples, ordinals, month and weekday names): a false alarm costs a sentence, a miss costs trust.
import { normaliseQuestion } from '../cache.js';

export interface NumericHit {
  text: string;
  index: number;
  why: 'digit' | 'number_word' | 'ordinal' | 'fraction' | 'multiple' | 'scale' | 'percent' | 'date_word';
}

// Chinese and Japanese numerals are letters to Unicode, not numbers, so they are listed.
const DIGIT = /[\p{N}〇零一二三四五六七八九十百千万萬億亿兆]/u;

const EN_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['twenty', 'thirty', 'forty', 'fourty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_BIG = ['hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion', 'trillions',
  'dozen', 'dozens', 'myriad', 'lakh', 'crore', 'nil'];
const EN_ORD = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fifteenth', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'hundredth', 'thousandth', 'millionth', 'last',
  'penultimate', 'firstly', 'secondly', 'thirdly'];
const EN_FRACTION = ['half', 'halves', 'halved', 'halving', 'quarter', 'quarters', 'thirds', 'fourths', 'fifths', 'tenths'];
const EN_MULTIPLE = ['twice', 'thrice', 'double', 'doubled', 'doubling', 'triple', 'tripled', 'treble', 'trebled', 'quadruple',
  'quadrupled', 'tenfold', 'twofold', 'threefold', 'fourfold', 'fivefold', 'hundredfold'];
const EN_SCALE = ['mln', 'mn', 'bn', 'bln', 'tn', 'k', 'kt', 'mt', 'gt', 'mio', 'mrd', 'percent', 'percentage', 'pct', 'per cent', 'bps', 'basis point', 'basis points', 'ppm'];

// German compounds ("einundfünfzig", "zweihundertdreißigtausend") are caught by their parts.
const DE_PARTS = ['null', 'eins', 'zwei', 'zwo', 'drei', 'vier', 'funf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf',
  'zwolf', 'zwanzig', 'dreissig', 'vierzig', 'funfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig', 'hundert', 'tausend',
  'million', 'millionen', 'milliarde', 'milliarden', 'billion', 'billionen', 'dutzend', 'dutzende', 'hunderte', 'tausende'];
const DE_ORD = ['erste', 'zweite', 'dritte', 'vierte', 'funfte', 'sechste', 'siebte', 'siebente', 'achte', 'neunte', 'zehnte',
  'elfte', 'zwolfte', 'zwanzigste', 'hundertste', 'tausendste', 'letzte', 'vorletzte', 'erstens', 'zweitens', 'drittens'];
const DE_FRACTION = ['halb', 'halbe', 'halben', 'halber', 'halbes', 'halfte', 'halbiert', 'halbierte', 'halbieren', 'halbierung',
  'drittel', 'viertel', 'funftel', 'zehntel', 'hundertstel', 'anderthalb', 'eineinhalb'];
const DE_MULTIPLE = ['doppelt', 'doppelte', 'doppelten', 'doppelter', 'verdoppelt', 'verdoppelte', 'verdoppeln', 'verdopplung',
  'dreifach', 'dreifache', 'verdreifacht', 'vervierfacht', 'zweifach', 'vierfach', 'zehnfach', 'mehrfach', 'zweimal', 'dreimal',
  'viermal', 'zehnmal', 'hundertmal'];
const DE_SCALE = ['mio', 'mrd', 'tsd', 'prozent', 'prozentpunkt', 'prozentpunkte', 'prozentpunkten', 'promille'];

const MONTHS = ['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'januar', 'janner', 'februar', 'marz', 'maerz', 'juni', 'juli', 'oktober', 'dezember', 'okt', 'dez', 'mai'];
// Seasons, decades and days relative to today are dates the model would be stating on its own.
const PERIODS = ['spring', 'summer', 'autumn', 'winter', 'decade', 'decades', 'century', 'centuries', 'yesterday', 'tomorrow',
  'fruhling', 'fruhjahr', 'sommer', 'herbst', 'jahrzehnt', 'jahrzehnte', 'jahrzehnten', 'jahrhundert', 'jahrhunderte', 'gestern',
  'vorgestern', 'ubermorgen'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag'];

const WORDS = new Map<string, NumericHit['why']>();
for (const [list, why] of [
  [EN_UNITS, 'number_word'], [EN_TENS, 'number_word'], [EN_BIG, 'number_word'], [EN_ORD, 'ordinal'], [EN_FRACTION, 'fraction'],
  [EN_MULTIPLE, 'multiple'], [EN_SCALE, 'scale'], [DE_PARTS, 'number_word'], [DE_ORD, 'ordinal'], [DE_FRACTION, 'fraction'],
  [DE_MULTIPLE, 'multiple'], [DE_SCALE, 'scale'], [MONTHS, 'date_word'], [WEEKDAYS, 'date_word'], [PERIODS, 'date_word'],
] as const) for (const w of list) WORDS.set(w, why);
// Inflected German ordinals: "ersten", "dritter", "letztes".
for (const w of DE_ORD) for (const end of ['n', 'r', 's', 'm']) WORDS.set(`${w}${end}`, 'ordinal');
// "Zweitgrößte", "Drittstaaten", "erstmals".
const DE_ORD_PREFIX = /^(?:zweit|dritt|viert|funft|erstmal)/;
// A count glued to a noun: "Einjahresvereinbarung", "Zweijahresfrist", "Fünfprozenthürde", "Dreimonatsfrist".
const DE_COUNT_PREFIX = /^(?:ein|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|zwanzig|hundert|tausend)(?:jahr|monat|woch|tag|stund|minut|prozent|tonn|millio|milliard|punkt)/;

// German numbers are written as one word: "einundfünfzig", "zweihundertdreißigtausend",
// "dreiundvierzigste", "Hunderte". A word that splits wholly into number parts (plus an ordinal,
// fraction or multiple ending) is a number; "ein"/"eine"/"einen" alone are articles and are not.
const DE_NUMBER_PARTS = ['zwanzig', 'dreissig', 'vierzig', 'funfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig', 'hundert',
  'tausend', 'sechs', 'sieben', 'sieb', 'zwolf', 'zwei', 'drei', 'vier', 'funf', 'acht', 'neun', 'zehn', 'eins', 'ein', 'elf', 'zwo', 'und'];
const DE_ENDINGS = ['stel', 'tel', 'sten', 'ster', 'stes', 'stem', 'ste', 'ten', 'ter', 'tes', 'tem', 'te', 'mal', 'fach', 'fache',
  'fachen', 'facher', 'en', 'er', 'e', ''];

function isGermanNumber(w: string): boolean {
  for (const end of DE_ENDINGS) {
    if (!w.endsWith(end)) continue;
    const stem = w.slice(0, w.length - end.length);
    const parts = splitParts(stem);
    if (parts && parts.some((p) => p !== 'ein' && p !== 'und') && parts[0] !== 'und' && parts.at(-1) !== 'und') return true;
  }
  return false;
}

function splitParts(stem: string): string[] | undefined {
  if (!stem) return undefined;
  for (const p of DE_NUMBER_PARTS) {
    if (!stem.startsWith(p)) continue;
    if (stem.length === p.length) return [p];
    const rest = splitParts(stem.slice(p.length));
    if (rest) return [p, ...rest];
  }
  return undefined;
}

// Digits with a scale glued on: "9m", "5e6", "3.5bn", "12k".
const SCALE_SUFFIX = /^\d|^(?:\d+(?:[.,]\d+)?)(?:k|m|mn|bn|t|kt|mt|%)$/;

function stripDiacritics(w: string): string {
  return w.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}

/** Numeric expressions the model wrote itself (references are removed before this runs). */
export function findNumeric(text: string): NumericHit[] {
  const hits: NumericHit[] = [];
  for (const m of text.matchAll(/\S+/gu)) {
    const raw = m[0];
    const index = m.index ?? 0;
    if (DIGIT.test(raw) || SCALE_SUFFIX.test(raw)) { hits.push({ text: raw, index, why: 'digit' }); continue; }
    if (/[%‰‱]/.test(raw)) { hits.push({ text: raw, index, why: 'percent' }); continue; }
  }
  const words = [...text.matchAll(/[\p{L}][\p{L}\p{M}'’-]*/gu)];
  for (const [i, m] of words.entries()) {
    const raw = m[0];
    const w = stripDiacritics(raw).replace(/['’]s?$/, '');
    const start = m.index ?? 0;
    const index = start;
    const why = WORDS.get(w);
    if (why === 'date_word' && w === 'mai' && raw === 'mai') continue;
    if (why) { hits.push({ text: raw, index, why }); continue; }
    // "May" the month, not "may" the verb: capitalised and not the first word of its sentence.
    if (w === 'may' && raw === 'May' && start > 0 && !/[.!?]\s*$/.test(text.slice(0, start))) { hits.push({ text: raw, index, why: 'date_word' }); continue; }
    const parts = w.split('-');
    if (parts.length > 1 && parts.some((p) => WORDS.has(p) && WORDS.get(p) !== 'date_word' || isGermanNumber(p))) {
      hits.push({ text: raw, index, why: 'number_word' });
      continue;
    }
    if (DE_COUNT_PREFIX.test(w)) { hits.push({ text: raw, index, why: 'number_word' }); continue; }
    if (DE_ORD_PREFIX.test(w)) { hits.push({ text: raw, index, why: 'ordinal' }); continue; }
    if (w.length >= 4 && isGermanNumber(w)) { hits.push({ text: raw, index, why: /(?:te|ten|ter|tes|tem|ste)$/.test(w) ? 'ordinal' : 'number_word' }); continue; }
    // "eight times", "acht Mal", "many times over" is not; "times" after a counted word is.
    if ((w === 'times' || w === 'mal' || w === 'fold') && i > 0) {
      const prev = stripDiacritics(words[i - 1]![0]);
      if (WORDS.get(prev) || isGermanNumber(prev) || /^(?:several|many|multiple|mehrere|viele)$/.test(prev)) hits.push({ text: `${words[i - 1]![0]} ${raw}`, index: words[i - 1]!.index ?? 0, why: 'multiple' });
    }
    if (w === 'a' || w === 'an') {
      // "a third", "a quarter", "a hundred", "a dozen": the article makes the word a quantity.
      const next = words[i + 1] ? stripDiacritics(words[i + 1]![0]) : '';
      if (/^(?:third|quarter|fifth|tenth|hundred|thousand|million|billion|dozen|half)$/.test(next)) hits.push({ text: `${raw} ${words[i + 1]![0]}`, index, why: 'fraction' });
    }
  }
  return hits;
}

/** The same in normalised text (for tests and quick checks): true when anything numeric is left. */
export function hasNumeric(text: string): boolean {
  return findNumeric(text).length > 0 || findNumeric(normaliseQuestion(text)).length > 0;
}
