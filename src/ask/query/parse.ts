// The question parser: free text (English or German) → a structured query (asked attribute,
// subjects, time, operator). Words come from data/ (names and aliases of the records, and
// data/vocabulary.yaml for attributes, operators and function words); nothing here is a word list.
import type { Locale } from '../../reply/model.js';
import type { Dataset } from '../../dataset/dataset.js';
import { indexDataset, normalize } from '../../dataset/lookup.js';
import { findEntities } from '../offline/entities.js';
import { routerIndex } from '../offline/scoring.js';
import { termAsked, unknownWords } from './unknown-words.js';
import { askedAfterOpening, equativeWords, readerSentenceWords, readersOwnWords, tellerWords } from './message-asides.js';
import { exceptEvents, findEvents, preferEventInTime, preferEventNumbered, preferEventStating } from './find-events.js';
import { namesFirst, withoutPossessors, withoutSetAside } from './set-aside.js';
import { withoutStrayClassWords, withoutUnitOnly } from './class-adjective.js';
import { closingTagsFor } from './polar-tags.js';
import { contextBeforeQuestion, germanVerbFirst, offersAlternatives, openClause, taggedStatement, yesnoAfterTopic } from './polar-cues.js';
import { matchPhrases, stemWords, type PhraseHit, type Stems } from './phrases.js';
import { withAdjectivesInside, withIntensifiersInside } from './adjective-phrases.js';
import { readOperators } from './operators.js';
import { correctAttributeTypos, correctTextTypos } from './typos.js';
import { hasDigit, opensWith, phraseAt, rawWords } from './text.js';
import { matchesOf } from '../../util/matches.js';
import { decompound } from './decompound.js';
import { isMonthWord } from './time.js';
import { subjectWords, timeNamesMeasure } from './time-label.js';
import { quantities } from './quantities.js';
import { regionNamed } from './regions.js';
import { readTimes } from './parse-time.js';
import { vocabIndex } from './vocab.js';
import { signsAsWords, spelledFiguresAsDigits, splitGluedRanks } from './typed-forms.js';
import { datasetCompound } from './dataset-compounds.js';
import { definedTerm } from './terms.js';
import { knowNormalQuestion } from './question-text.js';
import { askedOutdated, readerClause, boundBefore, boundKind, boundMarkWords, openingGreeting, closingTag, hitWords, itemsOf, namedMinerals, nameWords, elliptic, ofFigure, requestSpans, withoutMeasureNumbers, elementNumbersAsked } from './parse-words.js';
import { askedAttributeHits, contextLabels, headingWords } from './headings.js';
import { bareScaleAtEnd, priceThresholdOf, rangeOf, shareThresholdOf, thresholdOf } from './thresholds.js';
import { behindClaimed } from './ranking.js';
import { readRanking } from './parse-ranking.js';
import type { AttributeHit, ParsedQuery } from './types.js';
import type { Attribute } from '../../dataset/vocabulary-schema.js';

// A word glued to another by a hyphen ("Oktober-Maßnahmen"); global, made once (see matchesOf).
const GLUED = /(\p{L}+)-\p{L}/gu;
const MAX_QUESTION = 1000;

// "2025e": the USGS tables mark a year's estimated figures so; the reader asks that year.
const ESTIMATED_YEAR = /\b((?:19|20)\d\d)e\b/g;

/**
 * A number glued to a word by a hyphen ("2-MW-Windrad", "a 100-percent tariff") says what a thing is, not a
 * figure offered; so does a power rating ("a 2 MW wind turbine").
 */
const MODIFIER = /\d+(?:[.,]\d+)?(?:-(?=\p{L})|\s?(?:MW|GW|kW|megawatts?|Megawatt)(?!\p{L}))/gu;


const NO_NOUNS: ReadonlySet<string> = new Set();

/**
 * `now` is the clock a relative year ("last year") is read against; without it none is read.
 * `normal`: normalize(text), when the caller has made it (planQuestion), so it is not made twice.
 */
export function parseQuestion(text: string, ds: Dataset, locale: Locale, now?: Date, normal?: string): ParsedQuery {
  const v = vocabIndex(ds);
  // ESTIMATED_YEAR needs digits: most questions have none, and are not scanned for it.
  const typed = text.trim().slice(0, MAX_QUESTION);
  const q = signsAsWords(spelledFiguresAsDigits(hasDigit(typed) ? typed.replace(ESTIMATED_YEAR, '$1') : typed, v), v, locale);
  const raws = splitGluedRanks(rawWords(q), (w) => v.operators.byLang[locale].get(w) === 'top');
  const split = decompound(raws, v.parts, v.heads, v.synonyms, v.unsplit, v.tails, locale === 'de' ? (w) => datasetCompound(ds, w) : undefined);
  // A misspelt word of the dataset's texts reads as the word meant ("tarrif"), before names and events are found.
  const ent = findEntities(ds, correctTextTypos(ds, split, locale), v.known, locale);
  const words = ent.words;
  const rest = ent.rest;

  // Attributes are read over all words: a name may be part of the phrase ("how many rare earth elements").
  const stems = stemWords(words);
  // Matched on the words meant ("reservs" → "reserves"), reported as typed.
  const spelt = correctAttributeTypos(ds, words, locale);
  // "I need the date of …": the words of a request name no attribute.
  // So do the words of a request opening the question ("Können Sie mir sagen, was Neodymoxid kostet?").
  const opener = v.requestOpeners[locale].find((o) => words[0] !== undefined && o.startsWith(words[0]) && opensWith(words.join(' '), o));
  const asking = opener ? [[0, opener.split(' ').length] as [number, number], ...requestSpans(words, v.requestPhrases)] : requestSpans(words, v.requestPhrases);
  // "… worth more to us when we recover them from magnet scrap?": a clause of the reader's own doings
  // after the question (grammar.reader_clauses) says why they ask; its words ask and name nothing.
  const reader = readerClause(words, v.readerClauses[locale]);
  const aside = reader ? [...asking, reader] : asking;
  const own = { lang: locale, stopStems: v.stopStems[locale] };
  const speltStems = spelt === words ? stems : stemWords(spelt);
  const attrMatch = (w: readonly string[], st: Stems) => matchPhrases(v.attributes, w, st, undefined, own);
  const allHits = withIntensifiersInside(withAdjectivesInside(attrMatch(spelt, speltStems), ent.countries, spelt, speltStems, attrMatch), v.intensifiers, spelt, speltStems, attrMatch)
    .filter((h) => !aside.some(([a, b]) => h.start < b && h.start + h.words > a));
  const attrHits = withoutPossessors(withoutMeasureNumbers(withoutSetAside(withoutStrayClassWords(withoutUnitOnly(allHits, spelt, v), spelt, v), spelt, v), spelt, v), spelt, q, (w) => v.stop.has(w) || v.functionWords.en.has(w) || v.known.has(w) || namesFirst(indexDataset(ds), w));
  // "Seit dem Deal ist die Ukraine im Gespräch – wie viel … liegt dort in Reserve?": a question after a
  // dash asks what its own words ask; an event's field in the context before it only says what it is
  // about ("Lithiumförderung: wer liegt auf Platz vier" keeps its figure), and so does a fact's topic
  // ("For a discussion on China's dominance: what share …").
  const context = contextBeforeQuestion(q, v, locale);
  const cutAt = context === undefined ? 0 : decompound(rawWords(context), v.parts, v.heads, v.synonyms, v.unsplit, v.tails).split(' ').length;
  // Words of a heading or a purpose before the question that name no topic the dataset must hold (headings.ts).
  const purposeOnly = contextLabels(q, context, cutAt, words, attrHits, ds, v, locale);
  const unitOnly = (h: PhraseHit<Attribute>): boolean => words.slice(h.start, h.start + h.words).every((w) => v.percentUnits.has(w) || v.questionWordsOf[locale].has(w) || v.stop.has(w))
    && words.slice(h.start, h.start + h.words).some((w) => v.percentUnits.has(w));
  const askedHits = askedAttributeHits(attrHits, cutAt, cutAt === 0 && purposeOnly ? headingWords(q, v) : 0, unitOnly);
  const byAttr = new Map<string, AttributeHit>();
  for (const h of askedHits) {
    const matched = words.slice(h.start, h.start + h.words).join(' ');
    const cur = byAttr.get(h.value.id) ?? { attribute: h.value, score: 0, matched: [] };
    cur.score += h.words === 1 ? 1 : h.words + 1;
    cur.matched.push(matched);
    byAttr.set(h.value.id, cur);
  }
  const attributes = [...byAttr.values()].sort((a, b) => b.score - a.score);

  const { hits: opHits, ops, timeless: opWordList, ranked } = readOperators(words, stems, ent.countries, rest, v, locale);
  const countries = itemsOf(ent.countries, (c) => c.id !== 'WORLD');
  // "For a briefing on Indonesian nickel-cobalt: Indonesia's 2024 cobalt output?": the mineral the question
  // after the context (or a heading's colon) names comes before the context's.
  const headAt = ent.minerals.length > 1 ? cutAt || headingWords(q, v) : 0;
  const mineralIdx = indexDataset(ds).mineral;
  const laterNamed = new Set(headAt > 0 ? words.slice(headAt).map((w) => mineralIdx.phrases.get(w)?.item) : []);
  const minerals = itemsOf(headAt > 0 ? [...ent.minerals].sort((a, b) => Number(!laterNamed.has(a.item)) - Number(!laterNamed.has(b.item))) : ent.minerals);
  const elements = itemsOf(ent.elements);
  const norm = normalize(split);
  const countryIdx = indexDataset(ds).country;
  const world = ent.countries.some((f) => f.item.id === 'WORLD') || words.some((w) => countryIdx.phrases.get(w)?.item.id === 'WORLD');
  const countryIds: string[] = [];
  for (const c of countries) countryIds.push(c.id);
  const excepted = exceptEvents(ds, words, countryIds, opHits);
  // "Which element has atomic number 62?": the number is the element's, not that of the announcement numbered 62.
  const zs = elementNumbersAsked(ds, words, attrHits, v);
  // "What happened two years ago?": the words of a relative year name no event ("two years early").
  const timeless = opWordList === words ? words : opWordList.filter(Boolean);
  const eventWords = zs ? timeless.filter((w) => !zs.has(w)) : timeless;
  const { events, named: namedEvents, aliasWords, byAlias } = excepted ?? findEvents(ds, zs || timeless !== words ? eventWords.join(' ') : norm, eventWords, countryIds, namedMinerals(minerals, ent.minerals), hitWords(attrHits, words));
  if (!excepted) preferEventStating(ds, events, q, eventWords, countryIds, namedMinerals(minerals, ent.minerals));
  if (!excepted) preferEventNumbered(ds, events, words, v.stop);
  // Beside an event, "chinesische Waren" or "australische Projekte" speak of the event's things: the
  // adjective found the event and names no country asked about.
  // "Chinese mines", "chinesische Reserven": an adjective right before a figure's word names that
  // figure's country, event or not.
  const dropped: string[] = [];
  // So does one right before a mineral when a figure is asked ("Russian cobalt mine supply").
  // So does one standing for its noun at the end ("größer als die chilenischen?", "than the Russian ones?"),
  // and two joined ("the Japanese-American framework", "das deutsch-japanische Abkommen") name the two sides.
  // So do two set against each other ("Russian vs Canadian nickel", "chinesische oder australische Förderung").
  const between = (i: number): boolean => v.listJoiners.has(words[i] ?? '') || opHits.some((h) => h.value === 'compare' && h.start === i && h.words === 1);
  const joined = (f: (typeof ent.countries)[number]): boolean => ent.countries.some((g) => g !== f && g.adjective && g.at !== undefined && f.at !== undefined
    && (Math.abs(g.at - f.at) === 1 || (Math.abs(g.at - f.at) === 2 && between(Math.min(g.at, f.at) + 1))));
  // A country named by its noun as well ("Canadian vs Russian …: was Canada ahead?") is named, whatever its adjective.
  const padded = ` ${words.join(' ')} `;
  const byNoun = (f: (typeof ent.countries)[number]): boolean => [f.item.name.en, f.item.name.de, ...f.item.aliases].some((n) => padded.includes(` ${normalize(n)} `));
  const loose = ent.countries.filter((f) => f.adjective && !byNoun(f) && !ofFigure(f, attrHits, ent.minerals, (i) => indexDataset(ds).mineral.phrases.has(words[i] ?? '')) && !elliptic(f, words, v.stop) && !joined(f));
  if (events.length > 0 && loose.length > 0) {
    for (const f of loose) dropped.push(...normalize(f.typed).split(' '));
    const kept = itemsOf(ent.countries, (c) => c.id !== 'WORLD' && !loose.some((f) => f.item === c));
    countries.length = 0;
    for (const c of kept) countries.push(c);
  }

  // "As of today are the October controls suspended?": a lead-in before the verb leaves it first.
  const lead = v.leadIns[locale].find((l) => opensWith(norm, l));
  const opensAt = lead ? lead.split(' ').length : 0;
  const firstOp = opHits[0]?.start === 0 || (opensAt > 0 && opHits[0]?.start === opensAt) ? opHits[0]!.value : undefined;
  // "Kobalt im Kongo?": a name is no verb, however it ends.
  const opensWithName = [...ent.countries, ...ent.minerals, ...ent.elements].some((f) => f.at === 0);
  const nameSecond = [...ent.countries, ...ent.minerals, ...ent.elements].some((f) => f.at === 1);
  const request = asking.length > 0 || v.requestOpeners[locale].some((o) => opensWith(norm, o));
  // The question as typed, normalised once for the tags and the month check below.
  const normQ = normal !== undefined && q === text ? normal : normalize(q);
  // Two figures offered to choose from ("240.000 oder 222.000 Tonnen?", "erst 22.000, jetzt 20.000"):
  // the figure with its revisions answers which is right, not a yes to a threshold.
  const range = rangeOf(q, v);
  // Figures offered are written in digits: without one (most questions) neither pattern need run.
  // Two numbers joined as a change ("from 20 to 15%", "von 57 auf 47 %") are no options offered.
  const changeTo = (i: number): boolean => /^\d/.test(words[i] ?? '') && v.changeTo.includes(words[i + 1] ?? '') && /^\d/.test(words[i + 2] ?? '');
  // Nor are the parts of one span of time ("1 hour 40 minutes"): the number after a unit of time that follows a number.
  const spanPart = (i: number): boolean => /^\d/.test(words[i] ?? '') && v.durationUnits.has(words[i - 1] ?? '') && /^\d/.test(words[i - 2] ?? '');
  const choice = !range && countries.length <= 1 && !ops.has('up') && !ops.has('down') && /[0-9]/.test(q) && new Set(quantities(q.replace(MODIFIER, ' '))).size >= 2 && !words.some((_, i) => changeTo(i) || spanPart(i));
  const polar = !choice && !request && context === undefined && !offersAlternatives(q, normQ, v, locale) && ((firstOp === 'yesno' && !askedAfterOpening(typed, (w) => v.operators.byLang[locale].get(w) === 'yesno')) || yesnoAfterTopic(q, v, locale) || taggedStatement(normQ, v, locale, q) || (locale === 'de' && germanVerbFirst(q, raws, v.questionWords, ent.countries.length + ent.minerals.length + ent.elements.length + namedEvents.length > 0 && !openClause(q, v, locale), opensWithName, v.verbsFirst, v.nounVerbsFirst, nameSecond, v.genitiveOf)));
  const regionAt = regionNamed(spelt, v, ent.countries);
  const { after, whoAfter, against, operator, topN, rank, nextRank, region, outsideRegion } = readRanking({
    words, stems, opHits, ops, ranked, countries, minerals, elements, attributes, polar, regionAt, v, locale,
  });

  const { normWords, edition, years, time, timeWords } = readTimes(q, split, normQ, aliasWords, ds, v, locale, now);
  // "die Oktober-Maßnahmen": a month glued to a noun names the measure of that month, unless elements are
  // asked (the measure the words found answers with the elements under control).
  const glued = q.includes('-') && matchesOf(GLUED, q).some((m) => isMonthWord(normalize(m[1]!)));
  if (!glued || !attributes.some((h) => 'element' in h.attribute.answer && h.attribute.answer.element !== 'controls')) preferEventInTime(ds, events, namedEvents, byAlias, time, glued);
  // A word of an attribute put aside is no content word either.
  const matchedWords = hitWords(allHits, words);
  const opWords = hitWords(opHits, words);
  for (const w of boundMarkWords(opHits, words, v.boundMarks)) opWords.add(w);
  // "zweitgrößten": an ordinal glued to a ranking word asks the place, nothing the dataset must hold.
  if (ranked?.glued && words[ranked.at] !== undefined) opWords.add(words[ranked.at]!);
  // The verb opening a German yes/no question ("Lag der Preis …?") asks no content of its own.
  if (polar && locale === 'de' && v.verbsFirst.has(words[0] ?? '')) opWords.add(words[0]!);
  const ri = routerIndex(ds);
  // "…, didn't it?": the words of a closing tag ask yes or no; they name nothing.
  const tag = polar ? closingTag(normQ, closingTagsFor(v, locale, normQ)) : undefined;
  // The words of a request ("weiß man das?", "I need") name nothing the dataset must hold.
  const askingWords = aside.length ? new Set(aside.flatMap(([a, b]) => words.slice(a, b))) : undefined;
  // The stopword package's German list holds a few nouns ("Menschen"); written with a capital after the
  // first word, such a word is the noun, which the texts may lack.
  const nounsTyped = locale === 'de' ? new Set(raws.slice(1).filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).map((w) => normalize(w))) : NO_NOUNS;
  let unknown = unknownWords(rest, {
    purposeOnly, asking: askingWords, tag, spanWords: excepted?.spanWords, matched: matchedWords, ops: opWords, time: timeWords, nounsTyped,
    dateAsked: operator === 'when' || attributes.some((h) => 'event' in h.attribute.answer && h.attribute.answer.event === 'date'),
    world: (w) => countryIdx.phrases.get(w)?.item.id === 'WORLD',
  }, ds, raws, words, ri, v, locale);

  // Asked of or after what someone told ("Our intern says Brazil is second. What does the erratum say?").
  const names = new Set<string>();
  for (const list of [countries, minerals, elements]) for (const x of list) for (const w of nameWords(x)) names.add(w);
  // So are the reader's own sentences beside one that asks of a name ("I skipper a tug in Baltimore. What'd …?").
  const teller = readersOwnWords(tellerWords(words, unknown, v, locale), readerSentenceWords(typed, v, locale, names));
  if (teller) unknown = unknown.filter((w) => !teller.has(w));
  // "genauso teuer wie": the words of an equative name no topic the dataset lacks.
  const equative = equativeWords(normQ, v);
  if (equative) unknown = unknown.filter((w) => !equative.has(w));
  // The dropped adjective is a word of the thing asked about ("chinesische Waren"), as any other.
  const greeting = openingGreeting(words, v.greetings);
  const content = (dropped.length > 0 ? [...rest, ...dropped] : rest).filter((w) => w.length >= 3 && !greeting.has(w) && !purposeOnly?.has(w) && !askingWords?.has(w) && !tag?.has(w) && !teller?.has(w) && !equative?.has(w) && !excepted?.spanWords.has(w) && !v.stop.has(w) && !opWords.has(w) && !v.eachWords.includes(w) && !names.has(w) && !isMonthWord(w) && !timeWords.has(w) && !/^\d+$/.test(w) && !v.numbers.has(w));
  const tonnageAsked = polar && attributes.some((h) => 'figure' in h.attribute.answer);
  // "Smallest non-zero producer": zero beside a ranking bounds nothing (every figure ranked is above it).
  const read = choice || range ? undefined : thresholdOf(q, words, v.numbers, v.tonneWords, v.range.one) ?? (tonnageAsked ? bareScaleAtEnd(q, v) : undefined);
  const threshold = read === 0 && operator === 'top' ? undefined : read;
  const priceThreshold = priceThresholdOf(q, words, v.numbers);
  const defines = definedTerm(q, ds, locale, names);
  const shareThreshold = polar ? shareThresholdOf(q, words, v) : undefined;
  // Optional fields set one by one, in the order the reply's readers have always seen them: two dozen
  // conditional spreads of object literals were a fiftieth of parsing a question.
  const out = { text: q, locale, attributes, content, operator, polar } as ParsedQuery;
  // "More than 300 kt under the 2024 quota?": the word bounding the number gives the direction, not
  // a "less" word elsewhere in the sentence.
  const boundBy = ops.has('less') ? boundKind(opHits, words, v.numbers, v.boundMarks) : undefined;
  // "Ist Vietnam unter den Top 3?", "Platz eins unter den Förderländern": "unter" choosing among a group.
  const lessHits = opHits.filter((h) => h.value === 'less');
  const amongTop = !ops.has('least') && lessHits.length > 0 && lessHits.every((h) => v.among.some((ph) => phraseAt(words, h.start, ph)));
  if (ops.has('less') && !amongTop && (boundBy === undefined || boundBy === 'less')) out.less = true;
  // Of a figure only: "Did Japan sign after Australia?" orders events.
  else if (polar && !ops.has('top') && ranked === undefined && countries.length === 2 && attributes.some((h) => 'figure' in h.attribute.answer) && behindClaimed(words, opHits, countries, v.stop)) out.less = true;
  if (polar && ops.has('same')) out.same = true;
  if (ops.has('first')) out.firstOf = true;
  if (ops.has('up') !== ops.has('down')) out.direction = ops.has('up') ? 'up' : 'down';
  else if (ops.has('up')) out.eitherWay = true;
  if (threshold !== undefined) out.threshold = threshold;
  // "Kongo Kobalt 2025 über 200 kt?", "Nd oxide 2024 above $50/kg?": a bound asked with no question word is a yes/no question.
  // A bound is a comparison word right before the number ("over 200 kt", "mehr als zwei Dollar"); one
  // elsewhere ("Under MCS 2025, were …", "3.8 Mt or nah?") leaves the number a claim to check.
  const bounded = (threshold !== undefined || priceThreshold !== undefined) && boundBefore(opHits, words, v.numbers, v.boundMarks);
  // So is a tonnage claimed ("AU reserves still 5.7 Mt in the latest USGS?"), and a statement of a
  // change between years put as a question ("Lithium Produktion von Simbabwe in 2025 ist höher als in 2024?").
  // Also with no verb ("US REO output up y/y in 2025?").
  const stated = years !== undefined && (ops.has('up') || ops.has('down') || ops.has('less'));
  // So is one country put above or below another ("US REO output 2025 more than Myanmar?").
  // ("more than" is read as a comparison word, so the words of a bound are looked for in the text).
  const placedAbove = operator === 'compare' && countries.length === 2 && (ops.has('more') || ops.has('less')
    || v.vocabulary.grammar.operators.more[locale].some((w) => ` ${normQ} `.includes(` ${normalize(w)} `)));
  // So is a statement of five words or more stating a number ("So Takaichi is giving 150 cherry trees to DC?").
  // Not a number labelling something ("No. 61", "MCS 2026 Version 1.3"): that names, it claims nothing.
  // (A number's second part, "1.3" read as "1 3", follows a number that is no year.)
  const isYear = (w: string): boolean => /^(?:19|20)\d\d$/.test(w);
  const labels = (w: string): boolean => (/^\d+$/.test(w) && !isYear(w)) || v.numberLabels.has(w) || v.editionWords.has(w) || v.editionLabelWords.has(w);
  // Nor the second part of a span of years ("2020-23").
  const numbered = words.length >= 5 && words.some((w, i) => i > 0 && /^\d/.test(w) && !isYear(w) && !labels(words[i - 1]!) && !isYear(words[i - 1]!))
    && quantities(time ? q.replace(time.text, ' ') : q).length > 0;
  if (!polar && !choice && !request && context === undefined && (bounded || threshold !== undefined || stated || placedAbove || numbered) && (operator === 'single' || ((stated || placedAbove) && operator === 'compare'))
    && /\?\s*$/.test(q) && !words.some((w) => v.questionWordsOf[locale].has(w))) out.polar = true;
  if (range) out.range = range;
  if ((threshold !== undefined || priceThreshold !== undefined) && !bounded) out.claim = true;
  if (threshold !== undefined && askedOutdated(normQ, v, locale)) out.outdated = true;
  if (shareThreshold !== undefined) out.shareThreshold = shareThreshold.value;
  // A percentage stated with no comparison word before it ("had 99% of world output, yes/no") claims the share.
  if (shareThreshold?.percent && !boundBefore(opHits, words, v.numbers, v.boundMarks)) out.shareClaim = true;
  if (priceThreshold !== undefined) out.priceThreshold = priceThreshold;
  if (topN !== undefined) out.topN = topN;
  if (rank !== undefined) out.rank = rank;
  if (nextRank !== undefined) out.nextRank = nextRank;
  if (against && operator === 'compare') out.against = against;
  if (after.length && (operator === 'top' || ops.has('which') || whoAfter || regionAt || (polar && ops.has('top')))) {
    out.after = after;
    if (ops.has('after')) out.follows = true;
  }
  if (ops.has('which') || whoAfter) out.which = true;
  if (ops.has('top')) out.asksTop = true;
  if (ops.has('element')) out.whichElement = true;
  // "Did Canada mine only 3,500 t?", "nur etwa 900 Tonnen": "only" before a number hedges the figure, it asks no sole holder.
  const onlyAt = ops.has('only') ? opHits.find((h) => h.value === 'only') : undefined;
  const hedge = onlyAt !== undefined && words.slice(onlyAt.start + onlyAt.words, onlyAt.start + onlyAt.words + 3).some((w) => /^\d/.test(w) || v.numbers.has(w));
  if (polar && ops.has('only') && !hedge) out.only = true;
  if (defines && termAsked(defines, attributes, names, operator, v)) out.defines = defines;
  if (region) out.region = region;
  if (outsideRegion) out.outsideRegion = outsideRegion;
  out.subjects = { countries, minerals, elements, world, events, namedEvents };
  if (time) out.time = timeNamesMeasure(normWords, time, v, subjectWords(minerals, elements)) ? { ...time, label: true } : time;
  if (edition !== undefined) out.edition = edition;
  if (years) out.years = years.years;
  out.unknown = unknown;
  out.words = words;
  knowNormalQuestion(out, normQ);
  return out;
}

export { describeQuery } from './describe.js';
