// "Did the ZDF article get Brazil's reserves right?", "Stimmt die ZDF-Zahl zu Chinas Reserven?": a yes/no
// question naming a publisher whose figure one of the dataset's discrepancies records for the country
// and measure asked. That publisher's claim is checked against the newest USGS figure (a number the
// question says it gave, which it did not, is no too); the discrepancy says why.
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
import { longestClosingTag, questionNegated } from './polar-parts.js';
import { current, figureCommand } from './answer-figures.js';
import { countryNameWords, publishesEditions } from './publishers.js';

const same = (a: number, b: number): boolean => Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));

export function sourceClaimCheck(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  const { dataset: ds, locale } = ctx;
  const s = p.subjects;
  if (!p.polar || s.countries.length + (s.world ? 1 : 0) !== 1 || s.minerals.length > 1 || questionNegated(ctx, p)) return undefined;
  // Only a figure judged right or wrong: what a source said, or a bound ("more than 20 Mt"), is asked of the figures.
  const v0 = vocabIndex(ds);
  // "The ZDF article said world reserves are 110 Mt, right?": a number the publisher is said to have given,
  // confirmed by a closing tag or by none, asks what it said, not whether it was right.
  // A tag of several words ("…, is that right?") asks whether the figure is.
  const tag = longestClosingTag(v0, locale, p.words);
  // A one-word tag standing as its own sentence ("The AFP piece says Vietnam has 21 Mt. Correct?") asks of the figure;
  // so does one set off by a dash ("… 21 million tonnes — correct?").
  const lastSentence = p.text.trim().split(/[.!?:;]\s+|\s[—–-]\s/).filter((x) => /\p{L}/u.test(x)).at(-1) ?? '';
  const tagAlone = tag?.length === 1 && normalize(lastSentence) === tag[0];
  const q = tag?.length === 1 && !tagAlone ? ` ${p.words.slice(0, -1).join(' ')} ` : paddedQuestion(p);
  const right = tagAlone || holdsPhrase(q, v0.rightWords);
  const wrong = holdsPhrase(q, v0.wrongWords);
  // The verb before the number ("Did ZDF say 110 Mt?"); after it ("110 Mt, as ZDF says?") the figure is asked. A bound is asked of the figures.
  const verbAt = p.words.findIndex((w) => v0.reporting.has(w) || v0.citing.has(w));
  const numberAt = p.words.findIndex((w) => /^\d/.test(w));
  const told = p.claim === true && verbAt >= 0 && verbAt < numberAt;
  // "ZDF says Brazil has 22 Mt. Is that what USGS says?": an edition's publisher named after the number
  // asks whether the editions agree with the figure told, not whether the publisher told it.
  const editionAsked = told && p.words.some((w, i) => i > numberAt && (v0.editionWords.has(w) || publishesEditions(ds, w)));
  const said = told && !right && !wrong && !editionAsked;
  const rightAsked = tagAlone || holdsPhrase(paddedQuestion(p), v0.rightWords);
  if (!said && !editionAsked && (rightAsked === holdsPhrase(paddedQuestion(p), v0.wrongWords) || (p.threshold !== undefined && !p.claim))) return undefined;
  const publishers = publisherWords(ds);
  const cands = p.words.filter((w) => publishers.has(w));
  if (!cands.length) return undefined;
  const v = vocabIndex(ds);
  // A publisher by its own word ("ZDF", "AFP"), not one a country's name gives ("Government of Malaysia"), nor USGS.
  const countryWords = countryNameWords(ds);
  const named = new Set(cands.filter((w) => !countryWords.has(w) && !v.editionWords.has(w) && !publishesEditions(ds, w)));
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
  // "Is that what MCS 2024 says?": the edition named, else the newest.
  const history = recordHistory(ds, mineral.id, country, d.measure);
  const editionNamed = editionAsked && p.edition !== undefined ? history.filter((g) => g.base.label.includes(String(p.edition))) : [];
  const newest = current(editionNamed.length ? editionNamed : history, d.measure)?.eff.figure.value;
  // The publisher's figure, restated or not, is checked against that USGS figure ("Hat Vietnam wirklich
  // 21 Mio. t, wie ZDF schreibt?"); a number the publisher did not give is no either way.
  if (newest == null) return undefined;
  const misquoted = p.threshold !== undefined && !same(claimed, p.threshold);
  const holds = !misquoted && same(claimed, newest);
  const word = (editionAsked ? same(p.threshold ?? claimed, newest) : said ? !misquoted : holds === rightAsked) ? t(locale, 'Yes', 'Ja') : t(locale, 'No', 'Nein');
  const c = ds.countries.find((x) => x.id === country);
  return { status: 'answer', lead: `${word} — ${loc(locale, d.text)}`, support: [], sources: [...d.sources], more: figureCommand(ds, d.measure, mineral, c, locale) };
}
