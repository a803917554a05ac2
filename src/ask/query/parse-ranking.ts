// The ranking a question asks (parseQuestion, parse.ts): the countries put out of it or listed before "then who",
// the place or places asked, a continent put out, and the operator the question's words give all this.
import type { Locale } from '../../reply/model.js';
import type { Country, Element, Mineral } from '../../dataset/schema.js';
import type { AttributeHit, Operator } from './types.js';
import type { VocabIndex } from './vocab.js';
import type { readOperators } from './operators.js';
import type { regionNamed } from './regions.js';
import type { Stems } from './phrases.js';
import { regionPhraseAt } from './regions.js';
import { boundBefore } from './parse-words.js';
import { inFraction } from './thresholds.js';
import { afterCountries, comparedAgainst, listedBeforeNext, placesAsked } from './ranking.js';

const OPERATOR_ORDER: Operator[] = ['compare', 'top', 'yesno', 'when', 'where', 'who', 'count'];

type Operators = ReturnType<typeof readOperators>;

export interface RankingInput {
  words: readonly string[];
  stems: Stems;
  opHits: Operators['hits'];
  /** The operator words read; a ranking read here adds 'top'. */
  ops: Operators['ops'];
  ranked: Operators['ranked'];
  countries: readonly Country[];
  minerals: readonly Mineral[];
  elements: readonly Element[];
  attributes: readonly AttributeHit[];
  polar: boolean;
  regionAt: ReturnType<typeof regionNamed>;
  v: VocabIndex;
  locale: Locale;
}

export function readRanking({ words, stems, opHits, ops, ranked, countries, minerals, elements, attributes, polar, regionAt, v, locale }: RankingInput) {
  // "After China and the US, which country …", "in Oceania apart from Australia": countries put out of a ranking are no comparison.
  // "Wer kommt nach Indonesien?": "who" before a country put out of a ranking asks which country.
  // A continent in a list put out ("außer Australien und Afrika") is put out too (outsideRegion below).
  const listedRegions = new Set<number>();
  // "Second place on reserves behind China": a place with no noun of its own, beside a figure asked ("the
  // second country after Australia to sign" ranks signings, not figures).
  const placeNoun = ranked === undefined ? undefined : words[ranked.at + 1];
  const bareRank = ranked !== undefined && (placeNoun === undefined || v.placeWords.has(placeNoun) || v.stop.has(placeNoun))
    && attributes.some((h) => 'figure' in h.attribute.answer || 'share' in h.attribute.answer);
  const putOut = ops.has('top') || ops.has('which') || ops.has('who') || bareRank || regionAt ? afterCountries(words, opHits, countries, v.stop, (i) => {
    const n = regionPhraseAt(words, i, v)?.words ?? 0;
    if (n) listedRegions.add(i);
    return n;
  }, v.listJoiners) : [];
  // "Nickel reserves: Indonesia, Australia, Brazil - then who?": the countries listed before the question of who follows.
  // With no word of ranking or asking who, only at the question's end ("Chile, Australien, Argentinien – und dann?").
  const asksWho = ops.has('top') || ops.has('which') || ops.has('who');
  // Without one, only beside a figure asked ("China und die USA einigten sich … Und dann?" asks no ranking).
  const listed = !putOut.length && minerals.length > 0 && (asksWho ? countries.length > 0 : countries.length >= 2 && attributes.some((h) => 'figure' in h.attribute.answer))
    ? listedBeforeNext(words, countries, v.nextInRanking, asksWho ? undefined : 3) : [];
  const after = putOut.length ? putOut : listed;
  if (listed.length && !asksWho) ops.add('top');
  const whoAfter = ops.has('who') && !ops.has('top') && after.length > 0 && countries.every((c) => after.includes(c));
  const against = countries.length >= 2 ? comparedAgainst(words, opHits, countries, v.stop) : undefined;
  // "Platz zwei hinter China": a place asked beside a country put out of the ranking is a ranking too.
  const ranking = countries.length > 0 && (countries.every((c) => after.includes(c)) || (ranked !== undefined && after.length > 0));
  // "Second place on reserves behind China": the place and the country behind which it lies rank, with no ranking word.
  if (bareRank && countries.length > 0 && countries.every((c) => after.includes(c))) ops.add('top');
  const many = !ranking && (countries.length >= 2 || elements.length >= 2 || (minerals.length >= 2 && countries.length <= 1));
  // "Is Russia third in reserves?": a yes/no question's ordinal with no noun after it asks a place in the
  // ranking, as "the third largest" does ("the second meeting" ranks nothing).
  const afterPlace = ranked === undefined ? undefined : words[ranked.at + 1];
  const polarPlace = polar && ranked !== undefined && !ranked.glued && !many && (afterPlace === undefined || v.stop.has(afterPlace)) && !inFraction(words, ranked.at, v);
  if (polarPlace) ops.add('top');
  const present: Partial<Record<Operator, boolean>> = {
    // "cheaper than" is read as a "less" phrase whole: with two subjects it compares them too.
    // So does "by how much … more" with no number bounded ("um wie viel … über jener der USA lag").
    compare: many && (ops.has('compare') || ops.has('top') || ops.has('less') || (ops.has('more') && ops.has('count') && !boundBefore(opHits, words, v.numbers, v.boundMarks))),
    top: ops.has('top'),
    yesno: polar,
    when: ops.has('when'),
    where: ops.has('where'),
    who: ops.has('who'),
    count: ops.has('count'),
  };
  const operator = OPERATOR_ORDER.find((o) => present[o]) ?? 'single';

  // "Which country is third …", "Who is second …": a place asked with no ranking word.
  const placed = ranked !== undefined && (ops.has('which') || ops.has('who') || polarPlace);
  const { topN, rank, nextRank } = operator === 'top' || (polar && ops.has('top')) || placed ? placesAsked(words, stems[locale], ranked, v, locale) : {};
  const region = regionAt?.r;
  // "outside Africa", "außer in Asien": an exclusion word just before the continent puts it out.
  // "Asien ausgeklammert", "wenn man Asien ausklammert": one that follows it, right after.
  const outsideRegion = regionAt !== undefined && (listedRegions.has(regionAt.i) || opHits.some((h) => ((h.value === 'after' || h.value === 'except') && h.start + h.words >= regionAt.i - 1 && h.start < regionAt.i)
    || (h.value === 'aside' && h.start > regionAt.i && h.start <= regionAt.i + 2
      // A bare "out" puts the continent out only right after it ("Africa out"; "Africa stands out" does not).
      && (h.words > 1 || words[h.start] !== 'out' || h.start === regionAt.i + (regionPhraseAt(words, regionAt.i, v)?.words ?? 1)))));
  return { after, whoAfter, against, operator, topN, rank, nextRank, region, outsideRegion };
}
