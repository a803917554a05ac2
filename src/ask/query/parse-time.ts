// The times a question asks: an edition ("MCS 2025"), a relative year ("last year"), years compared
// and a date, month or year. Split from parse.ts; read after names and events are found, since a month
// in an event's name ("the October controls") is no time asked.
import type { Locale } from '../../reply/model.js';
import type { Dataset } from '../../dataset/dataset.js';
import { normalize } from '../../dataset/lookup.js';
import { findTime, isMonthWord } from './time.js';
import { comparedYears, editionYear, editionYearsNamed, relativeYear, withoutPhrases, withRelativeYear } from './years.js';
import { withoutLabelYears } from './parse-words.js';
import type { TimeRef } from './types.js';
import type { RelativeYear, VocabIndex } from './vocab.js';

export interface TimesRead {
  normWords: string[];
  edition: number | undefined;
  rel: RelativeYear | undefined;
  years: { years: number[]; words: string[] } | undefined;
  time: TimeRef | undefined;
  /** Every word that says a time, so none is read as a word the dataset lacks. */
  timeWords: Set<string>;
}

/** `split`: the question with German compounds split; `eventWords`: words of the events' names found. */
export function readTimes(q: string, split: string, normQ: string, eventWords: ReadonlySet<string>, ds: Dataset, v: VocabIndex, locale: Locale, now: Date | undefined): TimesRead {
  const normWords = normQ.split(' ');
  const forEditions = withoutPhrases(normWords, v.editionSeries[locale]);
  const edition = editionYear(forEditions, v);
  // Every edition named is no year of the figures: "from MCS 2024 to MCS 2025" asks no data year.
  let dated = edition === undefined ? q : q.replace(String(edition), ' ');
  const editions = new Set(edition === undefined ? [] : [edition]);
  for (const e of editionYearsNamed(forEditions, v)) {
    if (e.year !== edition) dated = dated.replace(String(e.year), ' ');
    editions.add(e.year);
  }
  const rel = relativeYear(normWords, v);
  const years = comparedYears(normWords, v, editions, now);
  // An edition's year ("MCS 2025") is not the year of the figures; another year in the question is.
  // A month glued into a German compound ("Aprilliste") is read from the split words.
  const read = findTime(withoutLabelYears(dated, v), ds, now) ?? (locale === 'de' && split !== q && normalize(split).split(' ').some(isMonthWord) ? findTime(split, ds) : undefined);
  // A month that is part of an event's name ("the October controls") is not a time asked about.
  const time = withRelativeYear(read && read.kind === 'month' && normWords.some((w) => eventWords.has(w) && isMonthWord(w)) ? undefined : read, rel, now);
  const timeWords = new Set(time ? normalize(time.text).split(' ') : []);
  if (rel) for (const w of rel.words) timeWords.add(w);
  if (years) for (const w of years.words) timeWords.add(w);
  return { normWords, edition, rel, years, time, timeWords };
}
