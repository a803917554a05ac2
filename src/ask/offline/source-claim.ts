// "Did the ZDF article get Brazil's reserves right?", "Stimmt die ZDF-Zahl zu Chinas Reserven?": a yes/no
// question naming a publisher whose figure one of the dataset's discrepancies records for the country
// and measure asked. That publisher's claim is checked against the newest USGS figure, or against a
// number the question states ("Does ZDF give Brazil 22 million tonnes?"); the discrepancy says why.
import type { CommandContext } from '../../commands/types.js';
import type { Discrepancy } from '../../dataset/schema.js';
import { loc, t } from '../../commands/common.js';
import { normalize } from '../../dataset/lookup.js';
import { defaultMineral } from '../../commands/figure-answer.js';
import { recordHistory } from '../../commands/figures.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { publisherWords } from './retrieve.js';
import { vocabIndex } from '../query/vocab.js';
import { holdsPhrase, paddedQuestion } from '../query/question-text.js';
import type { Dataset } from '../../dataset/dataset.js';
import { current, figureCommand } from './answer-figures.js';

/** Whether a word is one of the publishers of the editions' sources (USGS). */
function publishesEditions(ds: Dataset, w: string): boolean {
  return ds.editions.some((e) => normalize(e.label).split(' ').includes(w));
}

const latestWords = (v: ReturnType<typeof vocabIndex>): string[] => {
  const l = v.vocabulary.grammar.operators.latest;
  return [...l.en, ...l.de].map((x) => normalize(x));
};

const same = (a: number, b: number): boolean => Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));

export function sourceClaimCheck(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  const { dataset: ds, locale } = ctx;
  const s = p.subjects;
  if (!p.polar || s.countries.length + (s.world ? 1 : 0) !== 1 || s.minerals.length > 1) return undefined;
  const v = vocabIndex(ds);
  const publishers = publisherWords(ds);
  // A publisher by its own word ("ZDF", "AFP"), not one a country's name gives ("Government of Malaysia"), nor USGS.
  const countryWords = new Set(ds.countries.flatMap((c) => [c.name.en, c.name.de, ...c.aliases]).flatMap((n) => normalize(n).split(' ')));
  const named = new Set(p.words.filter((w) => publishers.has(w) && !countryWords.has(w) && !v.editionWords.has(w) && !publishesEditions(ds, w)));
  if (!named.size) return undefined;
  const country = s.countries[0]?.id ?? 'WORLD';
  const mineral = s.minerals[0] ?? defaultMineral(ds);
  if (!mineral) return undefined;
  const asked = p.attributes.map((h) => h.attribute.answer).flatMap((a) => ('figure' in a ? [a.figure] : []));
  // A claim of the publisher named, not of a USGS edition (whose publisher is named too).
  const claimOf = (d: Discrepancy) => d.claims.find((c) => c.value !== undefined && !c.edition
    && normalize(ds.sources.find((x) => x.id === c.source)?.publisher ?? '').split(' ').some((w) => named.has(w)));
  const d = ds.discrepancies.find((x) => x.measure && (!asked.length || asked.includes(x.measure)) && x.countries.includes(country)
    && x.minerals.includes(mineral.id) && claimOf(x));
  if (!d || !d.measure) return undefined;
  const claimed = claimOf(d)!.value!;
  const newest = current(recordHistory(ds, mineral.id, country, d.measure), d.measure)?.eff.figure.value;
  // The publisher's figure restated and asked as current ("… 10 Mio. t — ist das Stand der neuesten
  // USGS-Ausgabe?", "Stimmt das noch?"): against the newest figure; a number alone is checked against the claim.
  const now = p.words.some((w) => v.stateWords.has(w) || v.editionWords.has(w) || publishesEditions(ds, w)) || holdsPhrase(paddedQuestion(p), [...v.currentState, ...latestWords(v)]);
  const against = now ? newest : p.threshold ?? newest;
  if (against == null) return undefined;
  const word = same(claimed, against) ? t(locale, 'Yes', 'Ja') : t(locale, 'No', 'Nein');
  const c = ds.countries.find((x) => x.id === country);
  return { status: 'answer', lead: `${word} — ${loc(locale, d.text)}`, support: [], sources: [...d.sources], more: figureCommand(ds, d.measure, mineral, c, locale) };
}
