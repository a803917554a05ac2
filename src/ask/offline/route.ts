// The offline question path: parse (src/ask/query) → attribute dispatch (plan.ts) → an answer-first
// reply, or the route to a command card, the help or the scope note. A pure function of (text,
// dataset, locale): no network, no model, the same answer every time.
import { weekdayAsked } from './weekday.js';
import type { Locale } from '../../reply/model.js';
import type { Dataset } from '../../dataset/dataset.js';
import type { CommandContext } from '../../commands/types.js';
import { normalize } from '../../dataset/lookup.js';
import { parseQuestion } from '../query/parse.js';
import { clauseFocus, lowerCaseFocus, questionFocus } from '../query/focus.js';
import { vocabIndex } from '../query/vocab.js';
import { termFactNamed } from '../query/terms.js';
import { namesThing } from '../query/headings.js';
import { isTopicWord } from './fact-fit.js';
import type { AttributeHit, ParsedQuery } from '../query/types.js';
import { planQuery, type Plan, type Route } from './plan.js';
import { singleWordRoute } from './single.js';
import { twoWhenQuestions } from '../query/two-questions.js';
import { firstPhraseAt, inQuestionScope } from '../query/text.js';
import { comparingHits, countryMentions } from './polar-lead.js';
import { isPersonWord } from './polar-parts.js';

export type { Plan, Route };

const MAX_QUESTION = 1000;
const FOCUS_MAX_CHARS = 400;

/** The words of normalised text (one space between words, none around) when it has at most `max`, else undefined. */
function fewWords(normal: string, max: number): string[] | undefined {
  let spaces = 0;
  for (let i = normal.indexOf(' '); i >= 0; i = normal.indexOf(' ', i + 1)) if (++spaces >= max) return undefined;
  return normal.split(' ');
}

/** The parsed question (when it is one) and what answers it. */
export function planQuestion(text: string, ctx: CommandContext): { parsed?: ParsedQuery; plan: Plan } {
  // The typed words' stems are made once for the whole question (see inQuestionScope).
  return inQuestionScope(() => planned(text, ctx));
}

function planned(text: string, ctx: CommandContext): { parsed?: ParsedQuery; plan: Plan } {
  const q = text.slice(0, MAX_QUESTION);
  const normal = normalize(q);
  if (!normal) return { plan: { route: { refusal: true } } };
  // The checks below read short messages only: a longer one is not split into words here.
  const words = fewWords(normal, 3);
  // A code typed alone ("Nd", "CN", "Li"): its card, as the command would show it.
  if (words?.length === 1 && words[0]!.length <= 3) {
    const single = singleWordRoute(ctx, q.replace(/[?!.]+$/, ''));
    if (single) return { plan: { route: single } };
  }
  const v = vocabIndex(ctx.dataset);
  // Greetings alone get the hello; a term alone ("MOFCOM?") is asked about, though its acronym is a function word elsewhere.
  if (words && words.every((w) => v.greetings.has(w) || v.stop.has(w)) && !termFactNamed(ctx.dataset, words)) return { plan: { route: { command: 'help', args: {} } } };
  const parsed = parseMessage(q, ctx, normal);
  const two = twoWhenQuestions(q, v, ctx.locale);
  const both = two ? bothDates(ctx, two) : undefined;
  return { parsed, plan: both ?? planQuery(ctx, parsed) };
}

/**
 * "When was X …, and when did Beijing pause it?": each question planned on its own, both answers
 * first. Only when the second names a subject of its own and both are answers with different leads;
 * otherwise the message is read whole.
 */
function bothDates(ctx: CommandContext, [first, second]: [string, string]): Plan | undefined {
  const a = planQuery(ctx, parseMessage(first, ctx));
  const p2 = parseQuestion(second, ctx.dataset, ctx.locale, ctx.now);
  const s2 = p2.subjects;
  const named = s2.countries.length + s2.minerals.length + s2.elements.length + s2.events.length > 0;
  // "…, und welcher Wochentag war das?" asks more of the first: the message is read whole.
  if (!named) return undefined;
  const b = planQuery(ctx, p2);
  const [x, y] = [a.answer, b.answer];
  if (x?.status !== 'answer' || y?.status !== 'answer' || x.lead === y.lead) return undefined;
  const support = [...new Set([...x.support, ...y.support])].filter((line) => line !== x.lead && line !== y.lead);
  return { route: a.route, answer: { ...x, lead: `${x.lead} ${y.lead}`, support, sources: [...new Set([...x.sources, ...y.sources])] } };
}

/**
 * A message with context around its question: the question read alone, with what it is about taken
 * from the context for each kind of subject it does not name itself (countries, minerals, elements,
 * events): "Doing a sidebar on yttrium. Where is most of it produced?" asks where yttrium is produced.
 * `normal`: normalize(q), when the caller has made it.
 */
function parseMessage(q: string, ctx: CommandContext, normal?: string): ParsedQuery {
  const whole = parseQuestion(q, ctx.dataset, ctx.locale, ctx.now, normal);
  // Chat messages with a question in context are short; a long text is read whole, so no input
  // is parsed twice at length (test/commands/input-cost.test.ts counts the work).
  // One sentence (most questions) has no context around it: no sentence splitting, which is ICU's and slow.
  if (q.length > FOCUS_MAX_CHARS || (!/[.?!]\s+\S/u.test(q) && !q.includes(','))) return whole;
  const found = (/[.?!]\s+\S/u.test(q) ? questionFocus(ctx.dataset, q, ctx.locale) : undefined) ?? clauseFocus(ctx.dataset, q, ctx.locale);
  const lower = found ? undefined : lowerCaseFocus(ctx.dataset, q, ctx.locale);
  const focus = found ?? lower;
  if (!focus) return whole;
  const p = parseQuestion(focus, ctx.dataset, ctx.locale, ctx.now);
  return withinMessage(ctx, p, whole, lower !== undefined);
}

/** The question read alone (`p`) within its message (`whole`): what of the message it takes (see parseMessage). */
function withinMessage(ctx: CommandContext, p: ParsedQuery, asWritten: ParsedQuery, lower: boolean): ParsedQuery {
  const vi = vocabIndex(ctx.dataset);
  // "… Lagerstätten, die keiner anrührt. In welcher Gegend?": a question word asks; the statement before it,
  // read whole, asks no yes or no, whatever its own word order.
  const wh = !p.polar && asWritten.polar && p.words.some((x) => vi.questionWordsOf[ctx.locale].has(x));
  const whole = wh ? { ...asWritten, polar: false, operator: p.operator === 'single' || p.operator === 'yesno' ? 'single' as const : p.operator } : asWritten;
  const s = p.subjects;
  const noSubject = !s.countries.length && !s.minerals.length && !s.elements.length && !s.events.length;
  const namesNothing = noSubject && !s.world;
  // "China leads on reserves. Which country is second?": a place in the ranking asked is read from the
  // question, with what it is about from the context but not the context's countries (below).
  const ranks = namesNothing && placeAsked(p);
  if (lower && namesNothing && !ranks) return whole;
  // A question that names nothing and holds no content word ("Stimmt das noch?", "Wo genau?") is
  // about what its context says: the whole message is read.
  // It still asks yes or no as it is put ("The April controls covered seven elements. Are they still in force?").
  if (namesNothing && !p.content.length && !ranks) return p.polar && !whole.polar ? { ...whole, polar: true, operator: 'yesno' } : whole;
  // "Lohnt sich für uns das Trennen? Neodymoxid gegenüber Lanthanoxid, Kilopreis 2024": a question naming
  // nothing and asking no attribute, beside a sentence that names and asks both, leads in to that one.
  // Not one pointing back at the other ("… 'Announcement No. 18'. What is it, briefly?").
  const pointing = p.words.some((x) => vi.backReferences.has(x) || vi.demonstratives.has(x));
  const asked = whole.attributes.some((h) => !p.attributes.some((x) => x.attribute === h.attribute));
  if (namesNothing && !ranks && !p.attributes.length && asked && !p.polar && !pointing) return { ...whole, unknown: whole.unknown.filter((w) => !p.unknown.includes(w)), content: whole.content.filter((w) => !p.content.includes(w)) };
  const w = whole.subjects;
  const pointsBack = p.polar && noSubject && p.words.some((x) => vi.demonstratives.has(x));
  // "… Malaysia's trade minister lifted the ban. What is this minister's name?": what the question's noun
  // points back at is the context's event, not another its noun names (Japan's prime minister).
  const pointed = w.events.length > 0 && p.words.some((x) => vi.demonstratives.has(x));
  // "A reader says the meeting took place on a Thursday. Can you confirm?": the weekday its context
  // claims is the one checked (src/ask/offline/weekday.ts reads the words).
  const weekdays = vocabIndex(ctx.dataset).weekdays;
  const claimedDay = p.polar && !p.words.some((x) => weekdays.has(x)) ? whole.words.find((x) => weekdays.has(x)) : undefined;
  // "… ended on which day? need date and weekday for the timeline": a weekday asked beside the question is asked of it.
  const dayAsked = claimedDay ? undefined : weekdayAsked(ctx, p.words) ? undefined : weekdayAsked(ctx, whole.words);
  const added = claimedDay ? [claimedDay] : dayAsked ?? [];
  // "I've heard germanium is pricey. What did a kilo average in 2024?": a thing the context names, which the
  // question does not, is what its words are about, as the subjects taken from the context are.
  const named = noSubject ? whole.content.filter((x) => !p.content.includes(x) && (namesThing(ctx.dataset, x) || isTopicWord(ctx.dataset, x))) : [];
  // A person of the dataset's events the context names keeps the question on the beat ("Trump had threatened
  // China … Carried out, or dropped?"), without being a word the answer's sentence must hold.
  const people = noSubject && !p.attributes.length ? whole.words.filter((x) => !p.words.includes(x) && isPersonWord(ctx, x)) : [];
  const more = [...added, ...named, ...people];
  // Only where the context names no country or event either: one it names is taken as the subject below.
  const placeBack = namesNothing && !w.countries.length && !w.events.length && p.words.some((x) => vi.placeBackReferences.has(x));
  // "Indonesia led nickel mining in 2024. Which country came in behind it?": a word of following before a
  // word pointing back ranks after the context's countries.
  const ops = vi.operators.byLang[ctx.locale];
  // So does a phrase asking who comes next ("China leads, Brazil follows. Which country comes next?").
  const behindIt = !s.countries.length && w.countries.length > 0 && (p.words.some((x, i) => ops.get(x) === 'after' && vi.backReferences.has(p.words[i + 1] ?? ''))
    || firstPhraseAt(p.words, vi.nextInRanking) >= 0);
  // "New Caledonia is famous for nickel, but does it have more reserves than Russia?": a comparison pointing back
  // ("it") at a country its context names and it does not has that country as its first side.
  // So has one whose one country is what it is compared against ("… New Caledonia's nickel in the ground. Bigger than Russia's?").
  const compares = s.countries.length > 0 && w.countries.some((c) => !s.countries.includes(c))
    && (p.words.some((x) => vi.backReferences.has(x)) || (s.countries.length === 1 && comparedWith(ctx, p.words, s.countries[0]!.id)))
    && comparingHits(ctx, p.words).length > 0;
  // "Graphite. What is the production?": a topic the dataset lacks, named in the context of a question naming
  // nothing, is what the question asks about; it is not answered for the default mineral.
  // Only beside a figure asked: a date or count asked of an event ("… Antimon … Ab welchem Tag?") keeps its event.
  const lacked = noSubject && p.attributes.some(ofFigure) ? whole.attributes.filter((h) => 'none' in h.attribute.answer && !p.attributes.some((x) => x.attribute === h.attribute)) : [];
  if (lacked.length) return { ...p, attributes: [...lacked, ...p.attributes], unknown: [...new Set([...p.unknown, ...whole.unknown])] };
  const read: ParsedQuery = {
    ...p,
    ...(more.length ? { words: [...p.words, ...more] } : {}),
    ...(named.length ? { content: [...p.content, ...named] } : {}),
    subjects: {
      ...s,
      // "… this spat with China. How many tons … came out of mines worldwide?": the world the question names is its subject.
      // "Indonesia leads on nickel. Which country trails it in second?": a place in the ranking asked
      // names the country, so the context's countries are not the subject.
      countries: compares ? [...w.countries.filter((c) => !s.countries.includes(c)), ...s.countries] : s.countries.length || s.world || placeAsked(p) ? s.countries : w.countries,
      minerals: s.minerals.length ? s.minerals : w.minerals,
      elements: s.elements.length ? s.elements : w.elements,
      ...(s.events.length && !pointed ? {} : { events: w.events, namedEvents: w.namedEvents }),
    },
    // "… in 2024. Does that hold up today?": "today" asks whether the claim stands now, of the year the context claims it for.
    time: p.time?.relative && p.time.kind === 'day' && pointsBack ? claimYear(whole) ?? p.time : p.time ?? whole.time,
    // "China's 2024 gallium output was put at 750 t. Was that revised later?": a question asking no
    // attribute of its own asks the figure its context names (a topic there only says what it is about).
    // "An old deck claims Nigeria produced 13 kt in 2024. Does that hold up today?": a yes/no question
    // naming nothing of its own and pointing back ("that") checks the figure its context claims first.
    // "Das ZDF schreibt über eine Lagerstätte in Nordsachsen. Wird dort gefördert?": a question naming nothing that
    // points back at a place ("dort", "there") asks its attribute of what its context's attributes name.
    attributes: placeBack ? union(whole.attributes, p.attributes) : p.polar ? [...claimedOf(whole, p), ...(p.attributes.length ? (pointsBack ? union(whole.attributes.filter(ofFigure), p.attributes) : p.attributes) : whole.attributes.filter(ofFigure))]
      // "China leads rare-earth mining. Who is second?": a place asked with no figure of its own ranks the context's figure.
      : p.attributes.length && (p.attributes.some(ofFigure) || !(placeAsked(p) || behindIt)) ? p.attributes : union(whole.attributes.filter(ofFigure), p.attributes),
    // "A source says Nigeria mined 13,000 t in 2024. Does the USGS figure back that up?": a yes/no
    // question checks the tonnage its context claims.
    ...(p.polar && p.threshold === undefined && whole.threshold !== undefined
      ? { threshold: whole.threshold, ...(whole.claim ? { claim: true } : {}), ...(whole.less ? { less: true } : {}), ...(whole.outdated ? { outdated: true } : {}) } : {}),
    // "MCS? What's that?": the term asked about stands before the question pointing back at it.
    ...(p.defines ?? whole.defines ? { defines: p.defines ?? whole.defines } : {}),
  };
  return behindIt && (p.which === true || p.operator === 'who') ? { ...read, operator: 'top', rank: p.rank ?? 2, after: w.countries } : read;
}

/** A place in a ranking is asked ("Which country is second?"). */
const placeAsked = (p: ParsedQuery): boolean => p.rank !== undefined && (p.which === true || p.operator === 'who' || p.operator === 'top');

/** The year the whole message names, read apart from "today" ("… in 2024. Does that hold today?"). */
function claimYear(whole: ParsedQuery): ParsedQuery['time'] {
  return whole.time?.kind === 'year' ? whole.time : undefined;
}

const union = (a: readonly AttributeHit[], b: readonly AttributeHit[]): AttributeHit[] => [...a, ...b.filter((h) => !a.some((x) => x.attribute === h.attribute))];

const ofFigure = (h: AttributeHit): boolean => 'figure' in h.attribute.answer || 'share' in h.attribute.answer;

/**
 * "A colleague insists dysprosium is light. Does the USGS classification agree?": a yes/no question
 * checks the claim of its context, a class the context states ("light", "schwer") that the question
 * does not name itself.
 */
function claimedOf(whole: ParsedQuery, p: ParsedQuery): AttributeHit[] {
  return whole.attributes.filter((h) => 'is' in h.attribute.answer && h.attribute.answer.is !== undefined && !p.attributes.some((x) => x.attribute === h.attribute));
}

/**
 * Maps a question onto the command (with its arguments as a user would type them), the fact, or the
 * refusal behind its answer. Exported for the routing evaluation (test/eval).
 */
export function routeToCommand(text: string, ds: Dataset, locale: Locale): Route {
  return planQuestion(text, { locale, now: new Date(0), dataset: ds, services: {} }).plan.route;
}

/** Whether a country is named right after a word of "than" ("than Canada's", "als die Kanadas"), a function word between. */
function comparedWith(ctx: CommandContext, words: readonly string[], id: string): boolean {
  const v = vocabIndex(ctx.dataset);
  return countryMentions(ctx, words, { codes: false }).some((m) => m.id === id
    && (v.thanWords.has(words[m.start - 1] ?? '') || (v.stop.has(words[m.start - 1] ?? '') && v.thanWords.has(words[m.start - 2] ?? ''))));
}
