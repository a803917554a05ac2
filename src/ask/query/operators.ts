// The operator words of a question ("top", "more than", "when", "which") and the place in a ranking it
// asks ("second", "Platz drei"): the parser's reading of what is done with the subjects it finds
// (src/ask/query/parse.ts). Split from parse.ts, which assembles the whole query.
import type { Locale } from '../../reply/model.js';
import type { Country } from '../../dataset/schema.js';
import type { Found } from '../offline/entities.js';
import { matchPhrases, stemWords, type PhraseHit, type Stems } from './phrases.js';
import { withAdjectivesInside, withIntensifiersInside } from './adjective-phrases.js';
import { withoutRelativeYears } from './years.js';
import { quantifies } from './parse-words.js';
import { quantityAt } from './thresholds.js';
import { countAt, rankOf } from './ranking.js';
import type { OperatorWord, VocabIndex } from './vocab.js';

export interface Operators {
  hits: PhraseHit<OperatorWord>[];
  ops: Set<OperatorWord>;
  /** The words with those of a relative year blanked (same positions), which open no operator phrase. */
  timeless: readonly string[];
  /** The place in a ranking asked, if any ("second", "zweitgrößte"); not the first place before a count. */
  ranked: ReturnType<typeof rankOf>;
}

export function readOperators(words: readonly string[], stems: Stems, countries: readonly Found<Country>[], rest: readonly string[], v: VocabIndex, locale: Locale): Operators {
  // Operator words are read in the question's language only: German "was" is "what", not "was".
  const opMatch = (w: readonly string[], st: Stems): PhraseHit<OperatorWord>[] => matchPhrases(v.operators, w, st, [locale]);
  // "Ranking last year's miners": the words of a relative year ("last year") are the time asked and
  // open no operator phrase ("ranks last").
  const timeless = withoutRelativeYears(words, v);
  const opStems = timeless === words ? stems : stemWords(timeless);
  const hits = withIntensifiersInside(withAdjectivesInside(opMatch(timeless, opStems), countries, timeless, opStems, opMatch), v.intensifiers, timeless, opStems, opMatch);
  const ops = new Set<OperatorWord>();
  for (const h of hits) {
    // "the size of most generators we maintain": a ranking word right before a noun the question
    // vocabulary does not hold counts how many of them, and ranks nothing.
    if (h.value === 'top' && h.words === 1 && v.vocabulary.grammar.quantifiers[locale].includes(words[h.start]!) && quantifies(words, h.start, rest, v)) continue;
    // A ranking word before a quantity is a verb of "more" ("reserves top 2 million tonnes"); before
    // a count it stays a ranking ("top 3 countries").
    ops.add(h.value === 'top' && h.words === 1 && quantityAt(words, h.start + h.words, v.numbers, v.tonneWords) ? 'more' : h.value);
  }
  const placeAsked = rankOf(words, stems[locale], v.ordinals[locale], locale, v, v.placeWords, v.numbers);
  // "the first three spots", "die ersten fünf": the first place before a count asks the top of the ranking.
  const firstFew = placeAsked?.rank === 1 && !placeAsked.glued && countAt(words[placeAsked.at + 1], v.numbers) >= 2;
  if (firstFew) ops.add('top');
  const ranked = firstFew ? undefined : placeAsked;
  // "zweitgrößte" is a ranking word; "the second meeting" is not a ranking.
  if (ranked?.glued) ops.add('top');
  // "smallest", "geringsten": a ranking read from the bottom.
  if (ops.has('least')) ops.add('top').add('less');
  return { hits, ops, timeless, ranked };
}
