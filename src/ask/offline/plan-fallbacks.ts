// What answers when the attribute dispatch says "no figure" or misses the question's particular
// names: a sentence holding the name (anchored), an element's or mineral's own note (ownText), the
// record of an event pinned by its day (pinnedText); and the forecast note for later years (the
// questions of a time past the record are in past-record.ts).
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { normalize } from '../../dataset/lookup.js';
import { t } from '../../commands/common.js';
import { vocabIndex } from '../query/vocab.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { eventAnswer } from './answer-events.js';
import { anchorAnswer, anchorWords, noneAnswer, ownTextAnswer, retrievalAnswer } from './answer-none.js';
import { pinnedEvent } from './scope.js';
import { matchingClause } from './event-clauses.js';
import { moneyWordsOf } from './money.js';
import { askedNumbers } from '../query/question-text.js';
import { stem, withoutEditions, yearsStated } from '../query/text.js';
import { isScaleWord } from '../query/thresholds.js';
import { formatList } from '../../reply/format.js';
import { answered, type Plan } from './plan-route.js';
import { figurePlan } from './plan-figures.js';
import { matchedWords } from '../query/matched-words.js';

export function forecastNone(ctx: CommandContext, p: ParsedQuery): AnswerFirst {
  const label = ctx.dataset.editionsNewestFirst[0]?.label;
  return noneAnswer(ctx, p, undefined, ctx.locale === 'de'
    ? `Dazu hat der Datensatz keine Zahl: Er enthält keine Prognosen${label ? `; die neuesten Zahlen stehen in ${label}` : ''}.`
    : `The dataset has no figure for that: it holds no forecasts${label ? `; the newest figures are in ${label}` : ''}.`);
}

/** A year after the dataset's as-of year: a forecast, which the dataset does not hold. */
export function future(ctx: CommandContext, p: ParsedQuery): boolean {
  return p.time?.kind === 'year' && Number(p.time.start.slice(0, 4)) > Number(ctx.dataset.meta.as_of.slice(0, 4));
}

/**
 * A figure asked in the future tense with no year ("How many tonnes of gallium a year will the Wagerup
 * plant produce?"): a forecast, as a later year is.
 */
export function futureTense(ctx: CommandContext, p: ParsedQuery): boolean {
  if (p.time) return false;
  const v = vocabIndex(ctx.dataset);
  const will = v.futureTense[ctx.locale];
  // After the question's first question word ("how many tonnes will …"): before it, "will" opens a
  // request ("Will you tell me …") or a clause of its own ("I will ask again: how much …").
  const asks = p.words.findIndex((w) => v.questionWordsOf[ctx.locale].has(w));
  // "Wie groß sollen die Reserven sein?": the modal reports a figure said (grammar.hearsay_infinitives).
  if (p.words.some((w) => v.wordLists.hearsayInfinitives[ctx.locale].has(w))) return false;
  return asks >= 0 && p.words.slice(asks + 1).some((w) => will.has(w));
}

/** The words that read as something the dataset lacks ("project" as a forecast). */
export const lackingWords = (p: ParsedQuery): string[] => matchedWords(p.attributes.filter((h) => 'none' in h.attribute.answer));

/**
 * An answer that names none of the particular names the question asks about ("Arafura's Nolans"
 * answered with China's share): a neighbouring figure, unless no sentence holding the name fits.
 */
export function missesAnchor(ctx: CommandContext, p: ParsedQuery, plan: Plan): boolean {
  if (!plan.answer || future(ctx, p)) return false;
  const anchors = anchorWords(ctx, p);
  if (!anchors.length) return false;
  // An event's record answering names its people and places whether or not the lines quote them
  // ("Trump und Takaichi in Tokio" asked of the Tokyo framework's part on asset sales).
  const route = plan.route;
  const id = route && 'command' in route && route.command === 'summit' ? route.args.event : undefined;
  const ev = id !== undefined ? ctx.dataset.events.find((e) => e.id === id) : undefined;
  const names = ev ? [ev.title.en, ev.title.de, ev.place.en, ev.place.de, ...ev.participants, ...ev.aliases] : [];
  // Word by word until one says an anchor: a Set of every word's stem was made only to be asked a few times.
  for (const w of normalize([plan.answer.lead, ...plan.answer.support, ...names].join(' ')).split(' ')) if (anchors.includes(stem(w, ctx.locale))) return false;
  return true;
}

/**
 * A named element's or mineral's own note or uses, when they hold what was asked. A figure asked
 * for that the note gives no number for ("US production is withheld (W)") stays "no figure", the
 * note after it.
 */
export function ownText(ctx: CommandContext, p: ParsedQuery, none: Plan): Plan | undefined {
  const r = ownTextAnswer(ctx, p);
  if (!r) return undefined;
  const figureAsked = !p.polar && p.attributes.some((h) => 'figure' in h.attribute.answer);
  const own = withoutEditions(r.answer.lead);
  const numbers = /\d/.test(own.replace(/\b(?:19|20)\d\d\b/g, ''));
  // A year asked that the note does not state ("Yttrium China 2025" beside a note on an edition's
  // world output): its numbers are a neighbouring figure, so the "no figure" stands alone.
  const year = p.time?.kind === 'year' ? p.time.start.slice(0, 4) : undefined;
  if (figureAsked && none.answer && numbers && year && !own.includes(year)) return none;
  if (figureAsked && none.answer && !numbers) {
    return { ...none, answer: { ...none.answer, support: [r.answer.lead, ...none.answer.support], sources: [...new Set([...none.answer.sources, ...r.answer.sources])] } };
  }
  return answered(r.answer);
}

/**
 * "No figure" for a question pinned to an event by its day ("What changed for graphite exports to the
 * US on 9 November 2025?") whose words its record states: that record answers, not the "no export
 * volumes" note its words would otherwise call up.
 */
export function pinnedText(ctx: CommandContext, p: ParsedQuery): Plan | undefined {
  const ev = pinnedEvent(ctx, p);
  if (!ev) return undefined;
  // Both languages' texts: a reader's "Exporte" is the English text's "exports", not the German "Ausfuhr".
  // Its title and place are the record's words too ("What did Beijing do on 9 November …").
  const text = new Set(normalize([ev.title, ev.place, ev.summary, ev.agreed, ev.outcome].filter((x) => x !== undefined).flatMap((x) => [x.en, x.de]).join(' ')).split(' ')
    .flatMap((w) => [stem(w, 'en'), stem(w, 'de')]));
  const words = p.content.filter((w) => !vocabIndex(ctx.dataset).stop.has(w));
  const held = words.filter((w) => text.has(stem(w, 'en')) || text.has(stem(w, 'de'))).length;
  // All of one or two words, two thirds of more ("Was änderte sich …": the verb is the reader's).
  return words.length && (words.length <= 2 ? held === words.length : held * 3 >= words.length * 2) ? answered(eventAnswer(ctx, ev, 'summary', p)) : undefined;
}

/**
 * The most clause hits matchingClause(…, 'agreed') can count for any event: its words are some of the
 * question's content words and numbers (extraWords drops more, never adds), and a sum asked is one more.
 */
function clauseWordsBound(ctx: CommandContext, p: ParsedQuery): number {
  const v = vocabIndex(ctx.dataset);
  const money = moneyWordsOf(p, v);
  const words = new Set<string>();
  for (const w of p.content) if (w && !v.stop.has(w) && !money?.has(w)) words.add(w);
  for (const n of askedNumbers(p)) {
    const w = normalize(n);
    if (w && !v.stop.has(w) && !money?.has(w)) words.add(w);
  }
  return words.size + (money ? 1 : 0);
}

/**
 * "No figure" for a question about what an event's record says ("what kind of licences will China
 * issue for … antimony and graphite exports?", "Was wollen die USA und Japan künftig gemeinsam tun?"),
 * where a word of a topic without figures (exports, antimony, "künftig") read as a figure asked: the
 * clause of one of the question's events that holds two of its other words, and half, answers. A
 * number asked ("how many", "how much") stays "no figure".
 */
export function eventClauseText(ctx: CommandContext, p: ParsedQuery): Plan | undefined {
  if (p.operator === 'count' || p.polar || p.words.some((w) => vocabIndex(ctx.dataset).tonneWords.has(w))) return undefined;
  // Both loops need two words held at least, the second three: a question with fewer words to match
  // matches no clause, and is not matched against every event's clauses to find that out.
  const most = clauseWordsBound(ctx, p);
  if (most < 2) return undefined;
  let best: { ev: Event; hits: number } | undefined;
  for (const ev of p.subjects.events.slice(0, 4)) {
    const c = matchingClause(ctx, p, ev, 'agreed');
    if (c && c.hits >= 2 && c.hits * 2 >= c.of && (!best || c.hits > best.hits)) best = { ev, hits: c.hits };
  }
  // A record the question's names did not find ("according to the White House" named the meeting at
  // the White House, not its fact sheet) answers when one of its clauses holds three of the question's
  // words, and two thirds.
  if (!best && most >= 3) {
    for (const ev of ctx.dataset.events) {
      if (p.subjects.events.includes(ev)) continue;
      const c = matchingClause(ctx, p, ev, 'agreed');
      if (c && c.hits >= 3 && c.hits * 3 >= c.of * 2 && (!best || c.hits > best.hits)) best = { ev, hits: c.hits };
    }
  }
  return best ? answered(eventAnswer(ctx, best.ev, 'agreed', p)) : undefined;
}

/**
 * An answer that holds none of the question's words the dataset's vocabulary does not know ("who
 * explains what the drill off Taiwan means" answered with the meeting's participants), where one
 * sentence of the dataset holds two thirds of them, two at least: that sentence answers. The reader's
 * own words say what was asked; the answer found by the rest of the question missed it.
 */
export function unknownWordsText(ctx: CommandContext, p: ParsedQuery, plan: Plan): Plan | undefined {
  const a = plan.answer;
  if (!a || a.status !== 'answer' || p.unknown.length < 2 || future(ctx, p)) return undefined;
  const said = new Set(normalize([a.lead, ...a.support].join(' ')).split(' ').map((w) => stem(w, ctx.locale)));
  if (p.unknown.some((w) => said.has(stem(w, ctx.locale)))) return undefined;
  const r = retrievalAnswer(ctx, p, undefined, p.unknown);
  if (!r || lacksTonnes(ctx, p, r.answer)) return undefined;
  return besideNamedElement(p, plan, r.answer) ?? answered(r.answer, r.fact);
}

/**
 * "Is lutetium used in MRI contrast agents?": a passage on another element than the one named (gadolinium's
 * uses) does not answer for it; the named element's answer stays first and the passage follows it.
 */
function besideNamedElement(p: ParsedQuery, plan: Plan, found: AnswerFirst): Plan | undefined {
  const a = plan.answer;
  const els = p.subjects.elements;
  if (!a || a.status !== 'answer' || !els.length || !found.more?.startsWith('/element ') || els.some((e) => found.more === `/element ${e.symbol}`)) return undefined;
  // Neither yes nor no: the named element's list is not read as complete.
  return { ...plan, answer: { ...a, undecided: true, support: [found.lead, ...a.support], sources: [...new Set([...a.sources, ...found.sources])] } };
}

/** A particular name of the dataset's sentences in a question that would otherwise get the scope note. */
export function anchored(ctx: CommandContext, p: ParsedQuery, strict?: { lacking: readonly string[] }): Plan | undefined {
  const r = anchorAnswer(ctx, p, strict);
  return r ? answered(r.answer, r.fact) : undefined;
}

// A tonnage as the replies write it ("29,000 t", "1,5 Mio. t", "12 million tonnes").
const TONNAGE = /\d\s*(?:(?:million|billion|Mio\.|Mrd\.)\s*)?(?:t|tonnes|Tonnen)(?![\p{L}])/u;

/** Whether tonnes are asked ("how many tonnes", "eine Tonnenzahl"): a tonne word, not after an amount
 * ("85 Millionen Tonnen" states a figure; "a"/"eine" is none), nor the "t" of "isn't". */
function asksTonnes(ctx: CommandContext, p: ParsedQuery): boolean {
  const v = vocabIndex(ctx.dataset);
  return p.words.some((w, i) => {
    if (w === 't' || !v.tonneWords.has(w)) return false;
    const before = p.words[i - 1] ?? '';
    return !/^\d/.test(before) && !isScaleWord(before) && (v.numbers.get(before) ?? 0) <= 1;
  });
}

/**
 * Tonnes asked ("How many tonnes a year will Nolans produce?") of an answer stating only a share or a
 * sum ("about 5% of global rare earths"): a neighbouring figure, not the one asked.
 */
export function lacksTonnes(ctx: CommandContext, p: ParsedQuery, answer: AnswerFirst | undefined): boolean {
  return answer !== undefined && asksTonnes(ctx, p) && !TONNAGE.test(answer.lead);
}

/**
 * "How many tonnes does the Saxony deposit hold?" answered by a fact whose sentence states no tonnage:
 * "no figure" leads, and the sentence follows as what the dataset does say.
 */
export function unweighed(ctx: CommandContext, p: ParsedQuery, plan: Plan): Plan {
  const a = plan.answer;
  if (!a || a.status !== 'answer' || !plan.route || !('fact' in plan.route) || !lacksTonnes(ctx, p, a)) return plan;
  const none = noneAnswer(ctx, p, undefined, t(ctx.locale, 'The dataset gives no tonnage for that.', 'Der Datensatz enthält keine Tonnenzahl dafür.'));
  return { ...plan, answer: { ...none, support: [a.lead, ...a.support], sources: [...new Set([...none.sources, ...a.sources])] } };
}

/** The sentence naming the question's anchor ("Wagerup"); "no figure" when it states no tonnage where tonnes are asked. */
export function anchorOrNone(ctx: CommandContext, p: ParsedQuery, dispatched: Plan): Plan {
  const a = anchored(ctx, p, { lacking: lackingWords(p) });
  if (!a) return shareOfNamed(ctx, p, dispatched) ?? dispatched;
  if (a.answer) { const beside = besideNamedElement(p, dispatched, a.answer); if (beside) return beside; }
  return lacksTonnes(ctx, p, a.answer) ? answered(noneAnswer(ctx, p, undefined)) : a;
}

/**
 * A fact's answer to a year asked: a support line stating that year leads ("neodymium oxide in 2025"
 * → the MCS 2026 sentence before the 2024 list); a lead with only other years' figures ("What was
 * mischmetal going for in 2025?" → the 2024 price list) is a neighbouring figure, so "no figure",
 * naming the years it holds. Other plans pass unchanged.
 */
export function yearFit(ctx: CommandContext, p: ParsedQuery, plan: Plan): Plan {
  const a = plan.answer;
  if (p.time?.kind !== 'year' || !a || a.status !== 'answer' || !plan.route || !('fact' in plan.route)) return plan;
  const year = p.time.start.slice(0, 4);
  // The lines naming what the question names and the dataset does not place (mischmetal) and its elements.
  const named = [...p.unknown, ...p.subjects.elements.map((e) => normalize(ctx.locale === 'de' ? e.name.de : e.name.en))];
  const lines = [a.lead, ...a.support].filter((x) => named.every((w) => ` ${normalize(x)} `.includes(` ${w}`)));
  const pool = lines.length ? lines : [a.lead];
  // Words no line holds ("Thesis footnote: …") name nothing to find: any line may state the year.
  const fits = pool.find((x) => yearsStated(x).includes(year)) ?? (lines.length ? undefined : a.support.find((x) => yearsStated(x).includes(year)));
  if (fits) return fits === a.lead ? plan : { ...plan, answer: { ...a, lead: fits, support: [a.lead, ...a.support.filter((x) => x !== fits)] } };
  const stated = yearsStated(pool[0]!);
  if (!stated.length) return plan;
  // "Gallium aus China, Jahr 2025 – wie viel?": with no figure's word asked, the country's output of
  // that year, when the dataset holds it, is the figure meant.
  const s = p.subjects;
  const output = !p.attributes.length && s.countries.length === 1 && s.minerals.length === 1 ? figurePlan(ctx, p, 'production') : undefined;
  if (output?.answer?.status === 'answer' && yearsStated(output.answer.lead).includes(year)) return output;
  const list = formatList(stated.sort(), ctx.locale);
  return answered(noneAnswer(ctx, p, undefined, ctx.locale === 'de' ? `Dazu hat der Datensatz keine Zahl für ${year}, nur für ${list}: ${pool[0]}`
    : `The dataset has no figure for that in ${year}, only for ${list}: ${pool[0]}`));
}

/**
 * A share of world output asked with a name the answer lacks ("Welchen Anteil soll das Nolans-Projekt
 * liefern?" answered with China's 69 %) is another thing's figure: the clause of the question's event
 * that names it with a percentage answers ("Nolans … about 5 % of global rare earths"), else "no figure".
 */
function shareOfNamed(ctx: CommandContext, p: ParsedQuery, dispatched: Plan): Plan | undefined {
  if (!p.attributes.some((h) => 'share' in h.attribute.answer) || !dispatched.route || !('fact' in dispatched.route)) return undefined;
  const anchors = anchorWords(ctx, p);
  for (const ev of p.subjects.events.slice(0, 3)) {
    const a = eventAnswer(ctx, ev, 'agreed', p);
    const said = new Set(normalize(a.lead).split(' ').map((w) => stem(w, ctx.locale)));
    if (a.status === 'answer' && a.lead.includes('%') && anchors.some((x) => said.has(x))) return answered(a);
  }
  return answered(noneAnswer(ctx, p, undefined));
}
