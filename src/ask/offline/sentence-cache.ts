// What answers read of the dataset's own sentences again and again, kept once per dataset: their
// normalised words, the quantities they state, the stems a yes/no question is judged by and their
// clauses. Scoring an event's or a fact's sentences against every question that picks it recomputed
// these per question. Only the dataset's texts (isDatasetText) are kept, never what a user typed or
// an answer composed; any other text is read anew every time.
import type { Dataset } from '../../dataset/dataset.js';
import type { Locale } from '../../reply/model.js';
import { normalize } from '../../dataset/lookup.js';
import { isDatasetText } from '../../dataset/text-match.js';
import { datasetTextMemo } from '../../dataset/text-memo.js';
import { quantities } from '../query/quantities.js';
import { stem, verbStem } from '../query/text.js';

interface SentenceFacts {
  words?: readonly string[];
  quantities?: readonly string[];
  stems?: Partial<Record<Locale, ReadonlySet<string>>>;
  clauses?: readonly (readonly string[])[];
  peopleParts?: readonly (readonly string[])[];
}

const factsOf = datasetTextMemo<SentenceFacts>();

/** The kept facts of a dataset text, or undefined for any other text. */
function kept(ds: Dataset, text: string): SentenceFacts | undefined {
  return isDatasetText(text) ? factsOf(ds, text) : undefined;
}

/** normalize(text).split(' '). */
export function textWords(ds: Dataset, text: string): readonly string[] {
  const facts = kept(ds, text);
  if (!facts) return normalize(text).split(' ');
  return (facts.words ??= Object.freeze(normalize(text).split(' ')));
}

/** quantities(text). */
export function textQuantities(ds: Dataset, text: string): readonly string[] {
  const facts = kept(ds, text);
  if (!facts) return quantities(text);
  return (facts.quantities ??= Object.freeze(quantities(text)));
}

/** The Snowball stems and German verb stems of a text's words. */
export function textStems(ds: Dataset, text: string, lang: Locale): ReadonlySet<string> {
  const facts = kept(ds, text);
  const make = (): Set<string> => {
    const stems = new Set<string>();
    for (const w of textWords(ds, text)) stems.add(stem(w, lang)).add(verbStem(w, lang));
    return stems;
  };
  if (!facts) return make();
  const per = (facts.stems ??= {});
  return (per[lang] ??= make());
}

/** The normalised words of each part of a text split by `pattern`; `which` names the pattern kept. */
export function textParts(ds: Dataset, text: string, which: 'clauses' | 'peopleParts', pattern: RegExp): readonly (readonly string[])[] {
  const facts = kept(ds, text);
  const make = (): string[][] => text.split(pattern).map((x) => normalize(x).split(' '));
  if (!facts) return make();
  return (facts[which] ??= Object.freeze(make()));
}
