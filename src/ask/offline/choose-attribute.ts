// Which of the attributes a question's words point at answers it: one its subjects can fill (an
// event field needs an event, an element field an element), an operator's own first ("when" →
// date), and "not in the dataset" over any nearby figure.
import type { CommandContext } from '../../commands/types.js';
import type { Fact } from '../../dataset/schema.js';
import { eventRecordText } from './date-check.js';
import type { AttributeHit, ParsedQuery } from '../query/types.js';
import { eventsInTime } from './answer-events.js';
import { vocabIndex } from '../query/vocab.js';
import { factText } from './fact-fit.js';
import { normalize } from '../../dataset/lookup.js';
import { defaultMineral } from '../../commands/figure-answer.js';
import { paddedQuestion } from '../query/question-text.js';
import { claimedCount } from '../query/polar-cues.js';
import { passageCount } from './retrieve.js';
import { moneyWordsOf, SUM } from './money.js';
import { loc } from '../../commands/common.js';
import { stem, typedCapitalised } from '../query/text.js';
import { textStems } from './sentence-cache.js';
import { matchedWords } from '../query/matched-words.js';
import { compatible } from './attribute-fit.js';

/**
 * An event field asked as strongly as a figure of two countries ("Vietnam or Malaysia: who mined
 * more?"), which is no event's field. A module function: under tsx, which runs the benchmarks, a
 * named closure per call also calls esbuild's __name (Object.defineProperty).
 */
function figureOfTwo(h: AttributeHit, eventy: boolean, p: ParsedQuery, ok: readonly AttributeHit[]): boolean {
  return !eventy && p.operator === 'who' && p.subjects.countries.length >= 2 && 'event' in h.attribute.answer
    && ok.some((f) => 'figure' in f.attribute.answer && f.score >= h.score);
}

/**
 * "Wie viele Tonnen leichte Seltene Erden durfte China laut Abbauquote fördern?": a class of elements
 * whose words a fact of another attribute asked states (the quota's "light rare earths") qualifies that
 * fact's figure, which is what the question asks.
 */
function qualifiedFact(ctx: CommandContext, hit: AttributeHit | undefined, ok: readonly AttributeHit[]): AttributeHit | undefined {
  const ans = hit?.attribute.answer;
  if (!hit || !ans || !('element' in ans) || ans.element !== 'class') return hit;
  return factStating(ctx, ok, hit, () => hit.matched, ' ') ?? hit;
}

/**
 * "Nettoimportabhängigkeit der USA bei Seltenerdverbindungen und -metallen": of two attributes answered
 * by facts, the one whose fact also states the other's words answers both, where the other's facts do
 * not state its words ("compounds and metals" qualifies the import reliance; it is no question of its own).
 */
function coveringFact(ctx: CommandContext, ok: readonly AttributeHit[], hit: AttributeHit | undefined): AttributeHit | undefined {
  if (!hit || !('facts' in hit.attribute.answer)) return hit;
  const other = ok.find((h) => h !== hit && states(ctx, h, hit.matched));
  return other && !states(ctx, hit, other.matched) ? other : hit;
}

/** The facts an attribute answers with. */
const factsOf = (ctx: CommandContext, h: AttributeHit): Fact[] => ('facts' in h.attribute.answer ? h.attribute.answer.facts : [])
  .map((id) => ctx.dataset.factById.get(id)).filter((f): f is Fact => f !== undefined);

/** Whether one of an attribute's facts states a sum of money beside a word of the figure asked (its stem: "förderten" for "Förderung"). */
function statesSum(ctx: CommandContext, h: AttributeHit, figure: AttributeHit): boolean {
  const asked = figure.matched.flatMap((m) => normalize(m).split(' ')).map((w) => stem(w, ctx.locale));
  return factsOf(ctx, h).some((f) => {
    const text = loc(ctx.locale, f.text);
    const stems = textStems(ctx.dataset, text, ctx.locale);
    return SUM.test(text) && asked.some((w) => stems.has(w));
  });
}

/**
 * Whether one of an attribute's facts states one of the phrases: a phrase of several words may end a
 * compound of the text ("Verbindungen und Metallen" in "Seltenerdverbindungen und -metallen").
 */
function states(ctx: CommandContext, h: AttributeHit, phrases: readonly string[]): boolean {
  return 'facts' in h.attribute.answer && h.attribute.answer.facts.some((id) => {
    const f = ctx.dataset.factById.get(id);
    return f !== undefined && phrases.some((m) => factText(f).padded.includes(m.includes(' ') ? `${m} ` : ` ${m} `));
  });
}

// Per fact: its keywords normalised, joined as " | a | b | ", for whole-keyword look-ups.
const keywordTexts = new WeakMap<Fact, string>();
function keywordText(f: Fact): string {
  let t = keywordTexts.get(f);
  if (t === undefined) keywordTexts.set(f, (t = ` | ${[...f.keywords.en, ...f.keywords.de].map((k) => normalize(k)).join(' | ')} | `));
  return t;
}

/**
 * Another attribute answered by facts, one of whose facts holds a phrase `words(h)` gives, as whole
 * words (`end` ' ') or at a word's start (`end` '': "Sachsen" stands in the fact as "Sachsens").
 */
function factStating(ctx: CommandContext, ok: readonly AttributeHit[], hit: AttributeHit, words: (h: AttributeHit) => readonly string[], end: '' | ' ', keywords = false): AttributeHit | undefined {
  return ok.find((h) => h !== hit && 'facts' in h.attribute.answer && h.attribute.answer.facts.some((id) => {
    const f = ctx.dataset.factById.get(id);
    // A keyword of the fact no text of the dataset uses names it as its text does ("Nordsachsen" for
    // "im Norden Sachsens"); a word the texts use ("refining") is no name of it.
    const named = keywords && f ? keywordText(f) : '';
    return f !== undefined && words(h).some((m) => factText(f).padded.includes(` ${m}${end}`) || (named.includes(` | ${m} | `) && passageCount(ctx.dataset, m, ctx.locale) === 0));
  }));
}

/**
 * "Zu wie viel Prozent waren die USA auf Importe angewiesen?": a share asked only by its unit ("what
 * percent", "wie viel Prozent") beside another attribute answered by facts is that attribute's figure
 * in percent, not the share of world output; unless the world is named ("Weltproduktion").
 */
function percentOf(ctx: CommandContext, p: ParsedQuery, hit: AttributeHit | undefined, ok: readonly AttributeHit[]): AttributeHit | undefined {
  // The world named ("percent of world production", "Weltproduktion") asks the world share itself.
  if (!hit || !('share' in hit.attribute.answer) || p.subjects.world || namesWorld(ctx, p)) return hit;
  const v = vocabIndex(ctx.dataset);
  // Every word of every phrase matched is a unit or a question word ("what percent", "wie viel Prozent").
  const unitOnly = hit.matched.every((m) => m.split(' ').every((w) => v.percentUnits.has(w) || v.questionWords.has(w) || v.stop.has(w)));
  // So does a share word alone ("Welchen Anteil … aus China bezogen?") where no figure of output is asked.
  const plainShare = hit.score <= 1 && !ok.some((h) => 'figure' in h.attribute.answer);
  return ((unitOnly || plainShare) && ok.find((h) => h !== hit && 'facts' in h.attribute.answer && !('share' in h.attribute.answer))) || hit;
}

/**
 * "Wird das Seltenerdvorkommen im Norden Sachsens abgebaut?": a figure asked of no country or world
 * (so the world's would answer) beside an attribute of facts whose own texts hold the word that
 * matched it ("Sachsen"): that fact is what the question is about, the figure's word only says which.
 */
function placedFact(ctx: CommandContext, p: ParsedQuery, hit: AttributeHit | undefined, ok: readonly AttributeHit[]): AttributeHit | undefined {
  if (!hit || !('figure' in hit.attribute.answer) || p.subjects.countries.length || p.subjects.world || p.region !== undefined) return hit;
  return factStating(ctx, ok, hit, (h) => h.matched, '', true) ?? hit;
}

/** A word of the question opening with a name of the world ("Weltproduktion", "worldwide"). */
function namesWorld(ctx: CommandContext, p: ParsedQuery): boolean {
  const world = ctx.dataset.countryById.get('WORLD');
  const names = world ? [world.name.en, world.name.de, ...world.aliases].map((n) => normalize(n)).filter((n) => n.length >= 4 && !n.includes(' ')) : [];
  return p.words.some((w) => names.some((n) => w.startsWith(n)));
}

/**
 * "How many rare earths are there?", "Gibt es 15 Seltene Erden?": a count of the mineral whose members
 * are the dataset's elements, with no country, event, element or unit asked, counts the elements — the
 * attribute implying a count that a fact answers.
 */
function membersCounted(ctx: CommandContext, p: ParsedQuery): AttributeHit | undefined {
  const s = p.subjects;
  // An event only scored from the number claimed ("Are there 18 rare earths?" is no question about No. 18) is none named.
  if (s.minerals.length !== 1 || s.minerals[0] !== defaultMineral(ctx.dataset) || s.countries.length || s.namedEvents.length || s.elements.length || s.world) return undefined;
  // A word the dataset does not know ("verbraucht die Industrie") or a time asks something else.
  if (p.unknown.length || p.time) return undefined;
  const v = vocabIndex(ctx.dataset);
  const claimed = claimedCount(paddedQuestion(p), v) !== undefined;
  if ((s.events.length && !claimed) || p.words.some((w) => v.tonneWords.has(w)) || !(p.operator === 'count' || (p.polar && claimed))) return undefined;
  const counts = (ctx.dataset.vocabulary?.attributes ?? []).filter((a) => a.implies === 'count' && 'facts' in a.answer);
  return counts.length === 1 ? { attribute: counts[0]!, score: 1, matched: [] } : undefined;
}

// Per dataset: the first words of the vocabulary's "which country" phrases ("which", "what", "welches").
const whichOf = new WeakMap<object, ReadonlySet<string>>();
export function whichWords(ctx: CommandContext): ReadonlySet<string> {
  let set = whichOf.get(ctx.dataset);
  if (!set) {
    const which = ctx.dataset.vocabulary?.grammar.operators.which;
    whichOf.set(ctx.dataset, (set = new Set([...(which?.en ?? []), ...(which?.de ?? [])].map((w) => normalize(w).split(' ')[0]!))));
  }
  return set;
}

/** The attribute to answer: an operator's own attribute first ("when" → date), then the strongest. */
export function chooseAttribute(ctx: CommandContext, p: ParsedQuery): AttributeHit | undefined {
  if (!p.attributes.some((h) => compatible(ctx, p, h.attribute, h.matched))) {
    const counted = membersCounted(ctx, p);
    if (counted) return counted;
  }
  // Event fields ("who", "where") count only for an event the question names or a time it gives;
  // an event merely scored from a country ("Australia") does not outrank a figure or a fact.
  // A word of an event's kind ("paused", "signed", "met") beside an event found is an event asked too.
  const kinds = vocabIndex(ctx.dataset).eventKinds;
  const eventy = p.subjects.namedEvents.length > 0 || eventsInTime(ctx, p).length > 0
    || (p.subjects.events.length > 0 && p.words.some((w) => kinds.suspension.has(w) || kinds.agreement.has(w) || kinds.meeting.has(w)));
  // With no event named, a mineral compared or ranked between countries ("Wer hat mehr Lithium, Chile oder
  // Australien?", "Who follows China in rare earth production?") asks their figures, not the participants
  // of an event one of them took part in. So does a place asked ("Who was second among lithium producers?").
  const ranked = !eventy && p.subjects.minerals.length > 0 && (p.operator === 'compare' || p.operator === 'top' || p.rank !== undefined || (p.after?.length ?? 0) > 0);
  const ok = p.attributes.filter((h) => compatible(ctx, p, h.attribute, h.matched) && !(ranked && 'event' in h.attribute.answer))
    .sort((a, b) => Number(!eventy && 'event' in a.attribute.answer) - Number(!eventy && 'event' in b.attribute.answer));
  // Not an event field no event stands behind ("Vietnam or Malaysia: who mined more?" asks a figure).
  // A figure asked as strongly of two countries ("Vietnam or Malaysia: who mined more?") is no event's field.
  // With no event named, "who" asking whose something is ("Who's the USGS specialist behind the
  // light/heavy split?") is no event's participants.
  // "Wo in Ozeanien wird Kobalt gefördert?": a continent asks which of its countries hold the figure,
  // no event's place.
  // Unless a phrase of what the dataset lacks holds the region's word ("the European Union" is no continent).
  const lacking = ok.some((h) => 'none' in h.attribute.answer && h.matched.some((m) => m.includes(' ')));
  // Nor does "where" beside facts named by the region's own word ("… Lagerstätten in Europa … In welcher Gegend?"):
  // the facts say where.
  const regions = vocabIndex(ctx.dataset).regions;
  const placedByFacts = p.operator === 'where' && ok.some((h) => 'facts' in h.attribute.answer && h.matched.some((m) => regions.has(m)));
  const regional = p.region !== undefined && !eventy && !lacking && !placedByFacts ? ok.find((h) => 'figure' in h.attribute.answer) : undefined;
  if (regional) return regional;
  // "Where is lutetium in the periodic table?", "where else does europium get used?": with no event
  // named, "where" of an element asks its own field, not the place of a measure listing it.
  // So does "where does it get used?" after a context naming a measure that lists it: its use is asked, not the measure's place.
  const ofElement = p.operator === 'where' && p.subjects.elements.length ? ok.find((h) => 'element' in h.attribute.answer && h.attribute.answer.element !== 'controls' && (!eventy || h.attribute.answer.element === 'uses')) : undefined;
  if (ofElement) return ofElement;
  const byOperator = ok.find((h) => h.attribute.implies !== undefined && h.attribute.implies === p.operator && !figureOfTwo(h, eventy, p, ok)
    && (eventy || !('event' in h.attribute.answer) || !ok.some((o) => 'provenance' in o.attribute.answer && o.score >= h.score)));
  // "Where will the next APEC be held?": a fact's phrase holding a one-word name of the event found with
  // words of its own ("next apec", "nächste Apec") asks another instance of it; the fact answers.
  const instance = byOperator && 'event' in byOperator.attribute.answer ? ok.find((h) => 'facts' in h.attribute.answer
    && h.matched.some((m) => m.includes(' ') && p.subjects.events.some((e) => e.aliases.some((a) => !a.includes(' ') && m.split(' ').includes(normalize(a)))))) : undefined;
  if (instance) return instance;
  // "How many elements count as heavy rare earths?": a class named beside a count of all the elements
  // asks the class, whose list opens with its count.
  // One class, asked plainly: "neither light nor heavy" names two and counts neither.
  const classes = ok.filter((h) => 'element' in h.attribute.answer && h.attribute.answer.element === 'class' && h.attribute.answer.is !== undefined);
  const plain = classes.length === 1 && !p.words.some((w) => vocabIndex(ctx.dataset).negations.has(w));
  // So does "How many elements do the controls cover?": the count of the controlled ones, not of all.
  const controlled = ok.find((h) => 'element' in h.attribute.answer && h.attribute.answer.element === 'controls');
  const countsAll = byOperator?.attribute.implies === 'count' && 'facts' in byOperator.attribute.answer;
  // "Which rare earths are classed as heavy?": the class named, not the classing in general.
  const general = byOperator === undefined && ok[0] !== undefined && 'element' in ok[0].attribute.answer && ok[0].attribute.answer.element === 'class' && ok[0].attribute.answer.is === undefined;
  const implied = (countsAll || general) && plain ? classes[0]! : countsAll && controlled ? controlled : byOperator;
  // "The dataset has nothing on that" wins over a figure or a subject's default: never a nearby
  // figure instead. Against a fact or an event it competes on score like any attribute.
  const none = ok.find((h) => 'none' in h.attribute.answer || 'offbeat' in h.attribute.answer);
  // "Who" asks a person: of the attributes, only an event's participants and a source's provenance name one.
  // So does "Which specialist …", "Welcher Reporter …": a source's word right after the question word.
  const whichPerson = (h: AttributeHit): boolean => whichWords(ctx).has(p.words[0] ?? '')
    && h.matched.some((m) => p.words.slice(1, 4).includes(m.split(' ')[0]!));
  const whose = !eventy ? ok.find((h) => 'provenance' in h.attribute.answer && (p.operator === 'who' || whichPerson(h))) : undefined;
  const first = implied ?? whose ?? ok.find((h) => h !== none);
  // A share of a figure asked beside that figure's own word ("supplies … what share?") is the share.
  // "For a timeline I need the date of the Busan talks": the event found first named, and a field of it asked,
  // is that field, not the whole timeline.
  if (first && 'command' in first.attribute.answer && first.attribute.answer.command === 'events' && p.subjects.events[0] !== undefined && p.subjects.namedEvents.includes(p.subjects.events[0])) {
    const field = ok.find((h) => 'event' in h.attribute.answer && h.attribute.answer.event !== 'summary');
    if (field) return field;
  }
  // "What was US production worth in 2024?", "Wie viel war die US-Förderung wert?": money asked of a
  // tonnage is the fact stating that output's sum, not the tonnage.
  const worth = vocabIndex(ctx.dataset).wordLists.worthWords[ctx.locale];
  const asksWorth = moneyWordsOf(p, vocabIndex(ctx.dataset)) !== undefined || p.words.some((w) => worth.has(w) && (ctx.locale !== 'de' || !typedCapitalised(p.text, w)));
  const sums = first && 'figure' in first.attribute.answer && asksWorth ? ok.filter((h) => statesSum(ctx, h, first)) : [];
  // Of several, the one whose fact is of the country and mineral asked; with a country asked, only such a
  // one (a price fact states sums of other things).
  const minerals = p.subjects.minerals.length ? p.subjects.minerals.map((m) => m.id) : [defaultMineral(ctx.dataset)?.id ?? ''];
  const sum = sums.find((h) => factsOf(ctx, h).some((f) => p.subjects.countries.every((c) => f.countries.includes(c.id)) && minerals.every((m) => f.minerals.includes(m))))
    ?? (p.subjects.countries.length ? undefined : sums[0]);
  if (sum) return sum;
  const asked = first && 'figure' in first.attribute.answer ? first.attribute.answer.figure : undefined;
  const share = asked ? ok.find((h) => 'share' in h.attribute.answer && h.attribute.answer.share === asked) : undefined;
  const best = placedFact(ctx, p, qualifiedFact(ctx, percentOf(ctx, p, share ?? coveringFact(ctx, ok, first), ok), ok), ok);
  // Off the beat ("bitcoin price") wins a tie; "not in the dataset" must outscore a fact or event.
  const margin = none && 'offbeat' in none.attribute.answer ? 0 : 1e-9;
  // A count ("how many jobs will the deal create") is a figure: an event's date, place or terms never answer it.
  const counted = p.operator === 'count' && best !== undefined && 'event' in best.attribute.answer;
  // "Peking verbot die Ausfuhr von Gallium – in welchem Monat?": when, where or who of an event found
  // is asked of the event; a word of a topic the dataset lacks ("exports") only describes it.
  // So is anything asked of an event on the very day the question names ("What did Beijing do on 9 November about antimony?").
  const onItsDay = p.time?.kind === 'day' && p.subjects.events[0]?.date === p.time.start;
  // So is a yes/no question about an event found whose own record holds the word ("Did China ban gallium
  // exports to the US?": the ban's record is about exports, not export volumes).
  // Not beside a figure asked of that word ("Haben Sie eine USGS-Zahl zur Antimonförderung Chinas?": the
  // ban's record names antimony, but its output is what is asked, and the dataset has none).
  // Only right beside the figure's word ("antimony production", "Antimonförderung" split in two).
  // Every place of the word: "graphite: China's natural graphite mine output" names it twice.
  const at = (h: AttributeHit | undefined): number[] => (h?.matched ?? []).flatMap((m) => p.words.flatMap((w, i) => (w === m.split(' ')[0] ? [i] : [])));
  const figureAsked = best !== undefined && ('figure' in best.attribute.answer || 'share' in best.attribute.answer)
    && at(none).some((i) => at(best).some((j) => Math.abs(i - j) === 1));
  // The record must hold another word asked besides the commodity and the countries ("ban", "exports"):
  // "Do you track antimony? How much does China mine?" asks nothing of the ban found by those two.
  const ev = p.subjects.events[0];
  const noneWords = new Set(matchedWords([none]));
  const countryWords = new Set(p.subjects.countries.flatMap((c) => [c.name.en, c.name.de, ...c.aliases]).flatMap((n) => normalize(n).split(' ')));
  const v = vocabIndex(ctx.dataset);
  const alsoAsked = ev !== undefined && p.content.some((w) => !noneWords.has(w) && !countryWords.has(w) && !v.stop.has(w) && eventRecordText(ev).includes(` ${stem(w, ctx.locale)}`));
  const recordHolds = p.polar && !figureAsked && none !== undefined && ev !== undefined && alsoAsked && none.matched.every((m) => eventRecordText(ev).includes(` ${m}`));
  const ofEvent = (p.operator === 'when' || p.operator === 'where' || p.operator === 'who' || onItsDay || recordHolds) && p.subjects.events.length > 0 && none !== undefined && 'none' in none.attribute.answer;
  // A place the dataset holds nothing of ("How dependent is the EU on China?"): the facts are of other places.
  // Not where its word is an element's symbol the question names ("Nd oxide or Eu oxide?").
  const elsewhere = none?.attribute.place === true && best !== undefined && 'facts' in best.attribute.answer
    && !none.matched.every((m) => p.subjects.elements.some((e) => normalize(e.symbol) === m));
  if (none && !ofEvent && (!best || counted || elsewhere || 'figure' in best.attribute.answer || 'share' in best.attribute.answer || none.score >= best.score + margin)) return none;
  if (ofEvent && best === undefined) return undefined;
  // "Did China suspend the antimony export ban?": the controls of no element asked, beside an event whose
  // record names the commodity, are that event's; what happened to it is asked.
  if (recordHolds && best !== undefined && 'element' in best.attribute.answer && best.attribute.answer.element === 'controls' && !p.subjects.elements.length) {
    const happened = ok.find((h) => 'event' in h.attribute.answer);
    if (happened) return happened;
  }
  return best;
}
