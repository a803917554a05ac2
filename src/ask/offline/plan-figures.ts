// The figure fields of a question (reserves, production, capacity): one country, a comparison, a
// ranking or the world, and the neighbours that are no answer. Split from plan.ts by subject.
import type { CommandContext } from '../../commands/types.js';
import { loc } from '../../commands/common.js';
import { defaultMineral } from '../../commands/figure-answer.js';
import { vocabIndex, type VocabIndex } from '../query/vocab.js';
import { holdsPhrase, paddedQuestion } from '../query/question-text.js';
import type { AttributeHit, ParsedQuery } from '../query/types.js';
import { singleFigure } from './answer-figures.js';
import { compareFigures } from './answer-compare.js';
import { topFigures, worldFigure } from './answer-top.js';
import { editionTable, type Measure } from '../../commands/figures.js';
import { shareAnswer } from './share-answer.js';
import { noneAnswer } from './answer-none.js';
import { topicFact } from './fact-fit.js';
import { splitSentences } from '../query/sentences.js';
import { topicFigure } from './topic-figure.js';
import { yearsCompared } from './answer-years.js';
import { answered, figureRoute, routeLine, type Plan } from './plan-route.js';
import { whereInCountry } from './where-in.js';
import { tonnagesIn } from '../query/thresholds.js';
import { normalize } from '../../dataset/lookup.js';
import { typedCapitalised } from '../query/text.js';
import type { Element, Event, Mineral } from '../../dataset/schema.js';
import { eventAnswer } from './answer-events.js';
import { matchedWords } from '../query/matched-words.js';

/**
 * "Did world cobalt production fall in 2025?", "Stieg Chinas Förderung 2024?": a quantity's own change
 * asked of one year goes from the year before to it; a source changing its figure ("Did USGS raise the
 * 2024 figure?") is a revision, answered from the editions.
 */
function yearOnYear(ctx: CommandContext, p: ParsedQuery, measure: Measure, m: Mineral): number[] | undefined {
  // "Ist sie 2025 gestiegen oder gesunken?" asks the same change both ways.
  if (!((p.polar && p.direction) || p.eitherWay) || p.time?.kind !== 'year' || p.threshold !== undefined || p.edition !== undefined) return undefined;
  const v = vocabIndex(ctx.dataset);
  // A verb of several words ("go up") is found in the padded question.
  const said = p.words.some((w) => v.changeOverTime.has(w)) || holdsPhrase(paddedQuestion(p), v.changeOverTime);
  if (!said || p.words.some((w) => v.changeWords.has(w))) return undefined;
  const year = Number(p.time.start.slice(0, 4));
  // "Has US output risen since 2023?": from that year to the newest the table holds.
  const at = p.words.indexOf(String(year));
  const since = at > 0 && v.wordLists.sinceYear[ctx.locale].has(p.words[at - 1]!);
  const newest = since ? editionTable(ctx.dataset, m.id, measure)?.year : undefined;
  return newest !== undefined && newest > year ? [year, newest] : [year - 1, year];
}

/**
 * An unknown word (passing `also`) right before the attribute's words ("vanadium reserves", "Indium
 * Produktion"), or after them behind a function word ("the price of vanadium", "Preis für Kupfer").
 * Right after them with nothing between, it is what the figure did ("the quota went to …", "imports
 * fell"), not a commodity.
 */
// Digits, and the unit letter a normalised "10.000 t" leaves.
const QUANTITY = /^(?:\d+|t)$/;

const boundCache = new WeakMap<VocabIndex, Set<string>>();
/** The words of a bound ("mehr als", "more than", "unter"), normalised. */
function boundWords(v: VocabIndex): Set<string> {
  let set = boundCache.get(v);
  if (!set) {
    const o = v.vocabulary.grammar.operators;
    boundCache.set(v, (set = new Set([...o.more.en, ...o.more.de, ...o.less.en, ...o.less.de].flatMap((w) => normalize(w).split(' ')))));
  }
  return set;
}

export function commoditySlot(v: VocabIndex, p: ParsedQuery, hit: AttributeHit, also: (w: string) => boolean = () => true): boolean {
  const stopwords = v.stop;
  const unknown = new Set(p.unknown.filter(also));
  // No unknown word (most questions) fills no slot: the attribute's words need not be gathered.
  if (!unknown.size) return false;
  const attrWords = new Set(matchedWords([hit]));
  const seq: { w: string; at: number }[] = [];
  p.words.forEach((w, at) => { if (!stopwords.has(w) || attrWords.has(w)) seq.push({ w, at }); });
  return seq.some((x, i) => {
    if (!unknown.has(x.w)) return false;
    const prev = seq[i - 1];
    // A year, a quantity or its bound before the attribute is no word between ("Hat Lynas 2025 mehr als 10.000 t
    // gefördert?": the name stands before the verb).
    // Only a name, capitalised as typed: "Did Japan hand over 2,500 trees?" is a verb and its particle.
    let j = i + 1;
    if (!attrWords.has(seq[j]?.w ?? '') && typedCapitalised(p.text, x.w)) {
      const bound = boundWords(v);
      while (j < seq.length && (QUANTITY.test(seq[j]!.w) || bound.has(seq[j]!.w))) j++;
    }
    return attrWords.has(seq[j]?.w ?? '') || (prev !== undefined && attrWords.has(prev.w) && x.at - prev.at > 1);
  });
}

/**
 * An element's note stating the world's figure of the measure asked, in tonnes ("World production about
 * 40 t", "Weltproduktion von Yttriumoxid 15.000–20.000 t"): that sentence, where the USGS tables hold no
 * figure per element. A sentence holds the measure when a word of the asked attribute stands in it, also
 * inside a compound ("Weltproduktion").
 */
function noteFigure(ctx: CommandContext, el: Element, hit: AttributeHit): string | undefined {
  if (!el.note) return undefined;
  const words = [...hit.attribute.words.en, ...hit.attribute.words.de].map((w) => normalize(w)).filter((w) => w.length >= 5 && !w.includes(' '));
  return splitSentences(ctx.dataset, loc(ctx.locale, el.note)).find((x) => tonnagesIn(x).length > 0 && normalize(x).split(' ').some((w) => words.some((a) => w === a || w.endsWith(a))));
}

/**
 * "Wie viele Tonnen Sojabohnen soll China pro Jahr kaufen?": no mineral named, but a thing named by one
 * of the question's events' own one-word aliases, which a sentence of its record states in tonnes: that
 * event's record answers, never the output of rare earths.
 */
function recordedGoods(ctx: CommandContext, p: ParsedQuery): Event | undefined {
  return p.subjects.events.find((e) => e.aliases.some((a) => {
    const w = normalize(a);
    return !w.includes(' ') && p.content.includes(w)
      && splitSentences(ctx.dataset, loc(ctx.locale, e.summary)).some((x) => tonnagesIn(x).length > 0 && normalize(x).split(' ').includes(w));
  }));
}

export function figurePlan(ctx: CommandContext, p: ParsedQuery, measure: Measure, hit?: AttributeHit): Plan {
  const { dataset: ds } = ctx;
  const s = p.subjects;
  const named = s.minerals.find((m) => m.id !== 'rare-earths') ?? s.minerals[0];
  const goods = named || s.elements.length ? undefined : recordedGoods(ctx, p);
  if (goods) return answered(eventAnswer(ctx, goods, 'agreed', p));
  // A word the dataset cannot place where a commodity would stand, next to the asked attribute
  // ("vanadium reserves", "Indium Produktion"): not rare earths, and no neighbouring figure.
  if (!named && !s.elements.length && hit && commoditySlot(vocabIndex(ds), p, hit)) return answered(noneAnswer(ctx, p, hit.attribute));
  const topic = named ? undefined : topicFact(ctx, p);
  if (topic) {
    const figure = topicFigure(ctx, p, topic, hit);
    if (figure) return answered(figure);
    // Its fact says what USGS publishes; the figure asked is not among it, and no other figure stands in.
    const lead = splitSentences(ds, loc(ctx.locale, topic.text))[0]!;
    return answered(noneAnswer(ctx, p, undefined, `${ctx.locale === 'de' ? 'Dazu hat der Datensatz keine Zahl' : 'The dataset has no figure for that'}: ${lead}`));
  }
  const m = named ?? defaultMineral(ds)!;
  if (!named && s.elements.length) {
    const el = s.elements[0]!;
    const stated = hit && !s.countries.length ? noteFigure(ctx, el, hit) : undefined;
    if (stated) return answered({ status: 'answer', lead: `${loc(ctx.locale, el.name)}: ${stated}`, support: [], sources: [...el.sources], more: `/element ${el.symbol}` });
    return answered(noneAnswer(ctx, p, undefined, ctx.locale === 'de'
      ? `Dazu hat der Datensatz keine Zahl: Die USGS meldet Seltene Erden als eine Gruppe, nicht je Element; für ${el.name.de} gibt es keine eigene Zahl.`
      : `The dataset has no figure for that: USGS reports rare earths as one group, not per element, so there is no ${el.name.en.toLowerCase()} figure.`,
    routeLine(figureRoute(ctx, measure, m, s.countries[0]))));
  }
  const c = s.countries[0];
  const route = figureRoute(ctx, measure, m, c);
  // Two years of one country's (or the world's) output side by side: both figures, and which is larger.
  const years = p.years ?? yearOnYear(ctx, p, measure, m);
  const overYears = years && measure !== 'reserves' && s.countries.length <= 1 ? c ?? ds.countryById.get('WORLD') : undefined;
  if (overYears) return { route, answer: yearsCompared(ctx, { ...p, years }, measure, m, overYears) };
  // Two countries and one figure asked, however the question puts it ("how do China's reserves relate
  // to Russia's?", "who mined more, Vietnam or Malaysia?"): both figures, and which is larger.
  // So does a yes/no question naming two countries and a figure ("Liegt Myanmar bei der Förderung vor Australien?").
  // "Wie viel hat der Kongo gefördert und wie viel Indonesien?": an amount asked of two countries too, unless countries are what is counted.
  const v = vocabIndex(ds);
  const amountOfBoth = p.operator === 'count' && !p.words.some((w) => v.countryNouns.has(w));
  const both = p.attributes.length > 0 && s.countries.length >= 2 && (p.operator === 'single' || p.operator === 'who' || p.operator === 'yesno' || amountOfBoth) && !p.after?.length;
  if ((p.operator === 'compare' || both) && s.countries.length >= 2) return { route, answer: compareFigures(ctx, p, measure, m, s.countries) };
  if (c && p.polar && (p.operator === 'top' || p.only)) return { route, answer: topFigures(ctx, p, measure, m, c) };
  // "Did Indonesia mine more than half of the world's nickel?": the share, computed, with yes or no.
  const share = c && p.polar && p.shareThreshold !== undefined && measure !== 'capacity' ? shareAnswer(ctx, p, measure, m, c) : undefined;
  if (share) return { route, answer: share };
  // "The biggest reserves after China": China is put out of a ranking, not asked about.
  if (c && (p.operator === 'top' || p.which || p.region) && s.countries.every((x) => p.after?.includes(x))) return { route: figureRoute(ctx, measure, m), answer: topFigures(ctx, p, measure, m) };
  // "Where in the United States are rare earths mined?": a place, which the tables do not give; the
  // sentence of a fact about that country and mineral holding the words asked, if one does.
  if (c && p.operator === 'where') {
    const place = whereInCountry(ctx, p, m, c);
    if (place) return answered(place.answer, place.fact);
  }
  // "Where does Burma rank?", "Auf welchem Platz liegt Russland?": the country's place in the ranking.
  // "number" labels as often as it ranks: only a ranking question reads it as a place.
  const placeWord = p.words.some((w) => v.placeWords.has(w) && (p.operator === 'top' || !v.numberLabels.has(w)));
  if (c && s.countries.length === 1 && (p.operator === 'top' || p.operator === 'single') && p.rank === undefined && !p.polar && placeWord) {
    return { route, answer: topFigures(ctx, p, measure, m, undefined, c) };
  }
  // "A reader claims Australia has the biggest reserves. Which country really tops that list?": the
  // country asked for is the ranking's first, whichever one the question names.
  if (c && s.countries.length === 1 && p.operator === 'top' && p.which && !p.polar && p.rank === undefined) return { route, answer: topFigures(ctx, p, measure, m) };
  if (c) return { route, answer: singleFigure(ctx, p, measure, m, c) };
  // "Which country …", "which African country …", "who …": a ranking of the countries.
  // "How many countries …": the table's countries, counted.
  const counted = p.operator === 'count' && p.words.some((w) => v.countryNouns.has(w));
  if (p.operator === 'top' || p.operator === 'who' || p.which || p.region || counted) return { route, answer: topFigures(ctx, p, measure, m) };
  // "How much rare earth oxide did Lynas produce last year?": a name the dataset does not hold is the one
  // asked about, not the world (English only: German capitalises every noun).
  if (!s.world && ctx.locale === 'en' && p.unknown.some((w) => w !== p.words[0] && typedCapitalised(p.text, w))) return answered(noneAnswer(ctx, p, hit?.attribute));
  return { route, answer: worldFigure(ctx, p, measure, m) };
}

// Years of the figures, not of the editions cited ("USGS MCS 2025"). A module function: under tsx a
// named closure per call also calls esbuild's __name.
