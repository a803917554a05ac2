// The part of an event's texts that answers what the question adds to naming the event: "when will
// Trump visit China" names the Busan meeting (Trump, China) and adds "visit", which a clause of its
// summary answers ("he would visit China in April 2026"). Used for dates, places and agreements that
// live inside the text rather than in the event's own date, place or agreed fields.
import type { Event } from '../../dataset/schema.js';
import type { CommandContext } from '../../commands/types.js';
import { loc } from '../../commands/common.js';
import { normalize } from '../../dataset/lookup.js';
import { genitiveBase, stem, verbStem } from '../query/text.js';
import { semicolonItems, splitSentences } from '../query/sentences.js';
import { endsWithUntil, paddedQuestion } from '../query/question-text.js';
import { quantities } from '../query/quantities.js';
import { vocabIndex } from '../query/vocab.js';
import type { Locale } from '../../reply/model.js';
import type { ParsedQuery, TimeRef } from '../query/types.js';
import { datesInDatasetText } from '../query/time.js';
import { moneyWordsOf, SUM } from './money.js';
import { datePattern, MONTHS, monthNumber } from './written-dates.js';
import { isNameWord, passageCount } from './retrieve.js';
import { matchedWords } from '../query/matched-words.js';

/** A word in at most this many of the dataset's sentences tells what they, in particular, say. */
const FEW_PASSAGES = 2;

export interface Clause {
  text: string;
  /** How many of the question's extra words it holds. */
  hits: number;
  /** How many extra words the question has. */
  of: number;
  /** The whole sentence the clause belongs to. */
  sentence: string;
  /** The part after a colon holding all the clause's hits ("… two documents: an agreement …"), when there is one. */
  focus?: string;
  /** The day asked is the end the clause states ("… suspended until 10 November 2026"), not the day of its act. */
  endsThen?: boolean;
}

/** The part of a clause after a colon that holds every one of its hits, if the clause has such a colon. */
function colonFocus(ctx: CommandContext, clause: string, stems: readonly string[], hits: number, money: boolean): string | undefined {
  const parts = clause.split(/:\s+/);
  if (parts.length < 2) return undefined;
  const tail = parts.slice(1).join(': ');
  const words = new Set(normalize(tail).split(' ').flatMap((w) => forms(w, ctx.locale)));
  return stems.filter((x) => words.has(x)).length + (money && SUM.test(tail) ? 1 : 0) === hits ? tail : undefined;
}

/** The words of the phrases of taking effect the question holds ("kick in"), or undefined when it holds none. */
export function effectWordsOf(p: ParsedQuery, v: ReturnType<typeof vocabIndex>): Set<string> | undefined {
  const q = paddedQuestion(p);
  const held = v.effectWords.filter((e) => q.includes(` ${e} `));
  return held.length ? new Set(held.flatMap((e) => e.split(' '))) : undefined;
}

/** The question's content words that do not merely name the event (title, aliases, people, place) or ask the attribute. */
export function extraWords(ctx: CommandContext, p: ParsedQuery, ev: Event, field: string): string[] {
  const v = vocabIndex(ctx.dataset);
  // Asked where, a name of the record's that is no word of its title, place or people names a thing it places
  // ("Where is the Nolans project?": "Nolans" is an alias of the framework naming the project).
  const naming = field === 'place' ? titleStems(ctx, ev) : namingStems(ctx, ev);
  // Of a date, the words of agreeing too ("When was the ceasefire agreed?": the day it was agreed is asked).
  const asked = new Set(matchedWords(p.attributes.filter((h) => 'event' in h.attribute.answer && (h.attribute.answer.event === field || (field === 'date' && h.attribute.answer.event === 'agreed')))));
  // A figure the question names ("the 57% tariff") points at the clause stating it, as a word does.
  // As words, so unscaled: "12 million t" names the clause holding the word "12".
  const numbers = quantities(p.time ? p.text.replace(p.time.text, ' ') : p.text, false).map((n) => normalize(n));
  const compounds = namingCompounds(ctx, ev);
  // A German genitive names the event as the name does ("Trumps Reise").
  const names = (w: string): boolean => [w, genitiveBase(w, ctx.locale) ?? w].some((x) => naming.has(stem(x, ctx.locale)));
  // "Ab wann sollte die Lizenzpflicht für Holmium gelten?": words of taking effect ask the date, and
  // the elements named tell which clause dates it.
  const effect = field === 'date' ? effectWordsOf(p, v) : undefined;
  const elements = effect ? p.subjects.elements.map((e) => normalize(loc(ctx.locale, e.name))) : [];
  // Words asking an amount of money are matched by the sum a clause states (matchingClause), not as words.
  const money = moneyWordsOf(p, v);
  return [...new Set([...p.content, ...numbers, ...elements])].filter((w) => w && !asked.has(w) && !v.stop.has(w) && !names(w) && !effect?.has(w) && !money?.has(w)
    && !(w.length >= 4 && compounds.some((n) => n.length > w.length && (n.startsWith(w) || n.endsWith(w)))));
}

/**
 * The long words of an event's names ("rahmenabkommen"): a part of one split off a reader's compound
 * ("Rahmen" of "Rahmenabkommen") names the event as the whole word does.
 */
function namingCompounds(ctx: CommandContext, ev: Event): string[] {
  const w = wordsOf(ctx, ev);
  return (w.compounds ??= [...new Set(normalize([ev.title.en, ev.title.de, ...ev.aliases].join(' ')).split(' ').filter((x) => x.length >= 8))]);
}

/** The clause (sentence, or item of a ";" list) of the event's texts holding most extra words, if any holds one. */
function endsSomeWord(words: ReadonlySet<string>, tail: string): boolean {
  for (const w of words) if (w.length >= tail.length + 4 && w.endsWith(tail)) return true;
  return false;
}

/** Whether a German compound of the question ends in a word of the clause ("Exportverbot" in "… kein Verbot"), after a first part of four letters or more. */
function endsInSomeWord(words: ReadonlySet<string>, compound: string): boolean {
  for (let i = 4; i <= compound.length - 4; i++) if (words.has(compound.slice(i))) return true;
  return false;
}

export function matchingClause(ctx: CommandContext, p: ParsedQuery, ev: Event, field: string, prefer?: (clause: string) => boolean): Clause | undefined {
  // A German compound claimed of the event ("Ist die Kontrolle ein Exportverbot?") is read by its last
  // part too, when its words whole match no clause; before that its parts would only tip one clause over another.
  // A day asked ("Gilt das bis wann?") is no claim of that kind.
  const dayAsked = p.attributes.some((h) => 'event' in h.attribute.answer && (h.attribute.answer.event === 'until' || h.attribute.answer.event === 'date'));
  return clauseMatching(ctx, p, ev, field, prefer, false) ?? (ctx.locale === 'de' && p.polar && !dayAsked ? clauseMatching(ctx, p, ev, field, prefer, true) : undefined);
}

function clauseMatching(ctx: CommandContext, p: ParsedQuery, ev: Event, field: string, prefer: ((clause: string) => boolean) | undefined, headsToo: boolean): Clause | undefined {
  const extra = extraWords(ctx, p, ev, field);
  // An amount of money asked counts as one more word, which a clause stating a sum holds.
  const money = moneyWordsOf(p, vocabIndex(ctx.dataset)) !== undefined;
  if (!extra.length && !money) return undefined;
  const stems = extra.map((w) => stem(w, ctx.locale));
  const verbs = extra.map((w) => verbStem(w, ctx.locale));
  let best: Clause | undefined;
  // "Hat Xi Trump in Busan besucht?": what happened is asked, which a plan ("er werde China besuchen") does not say.
  const lists = vocabIndex(ctx.dataset).wordLists;
  const past = p.polar && lists.pastOpeners[ctx.locale].has(p.words[0] ?? '');
  // One word in common is no match for it; more are ("Did China buy 12 million t of soybeans?" against "China would buy …").
  for (const { text: c, sentence: s, stems: words, padded } of clauseStems(ctx, ev)) {
    const plan = past && normalize(c).split(' ').some((w) => lists.planMarkers[ctx.locale].has(w));
    // A German word ends the compound that holds it ("Minister" in "Handelsminister Tengku Zafrul").
    // A number of several words ("0.1%" is "0 1") stands in the clause as a phrase.
    const hits = stems.filter((x, i) => words.has(x) || words.has(verbs[i]!) || (ctx.locale === 'de' && x.length >= 6 && endsSomeWord(words, x)) || (headsToo && x.length >= 8 && endsInSomeWord(words, x)) || (x.includes(' ') && padded.includes(` ${x} `))).length
      + (money && SUM.test(c) ? 1 : 0);
    if (plan && hits < 2) continue;
    // Between clauses holding as many words, one `prefer` picks wins ("ratified … on 30 October" for a "when").
    if (hits && (!best || hits > best.hits || (hits === best.hits && prefer && !prefer(best.text) && prefer(c.trim())))) {
      const focus = colonFocus(ctx, c.trim(), stems, hits, money);
      best = { text: c.trim(), hits, of: extra.length + (money ? 1 : 0), sentence: s, ...(focus ? { focus } : {}) };
    }
  }
  return best;
}

// Per event and language: the stems of the words that name it, and its clauses (agreement, summary,
// outcome; sentences split at ";", untrimmed) with their stems. Both are the dataset's alone, and were
// normalised and stemmed anew for every question about an event (bench/core.ts, --cpu-prof).
interface EventWords {
  naming?: Set<string>;
  title?: Set<string>;
  compounds?: string[];
  clauses?: { text: string; sentence: string; stems: Set<string>; padded: string }[];
}
const eventWords = new WeakMap<Event, Partial<Record<Locale, EventWords>>>();

function wordsOf(ctx: CommandContext, ev: Event): EventWords {
  let per = eventWords.get(ev);
  if (!per) eventWords.set(ev, (per = {}));
  return (per[ctx.locale] ??= {});
}

/** The stems of an event's title, place and people: what names the event itself, not a thing its record places. */
export function titleStems(ctx: CommandContext, ev: Event): Set<string> {
  const w = wordsOf(ctx, ev);
  return (w.title ??= new Set(normalize([ev.title.en, ev.title.de, ev.place.en, ev.place.de, ...ev.participants].join(' ')).split(' ').map((x) => stem(x, ctx.locale))));
}

function namingStems(ctx: CommandContext, ev: Event): Set<string> {
  const w = wordsOf(ctx, ev);
  // Not the numbers of its title or aliases ("No. 56"): a number names the event and, as a word, the clause stating it ("No. 56: …").
  return (w.naming ??= new Set(normalize([ev.title.en, ev.title.de, ev.place.en, ev.place.de, ...ev.aliases, ...ev.participants].join(' ')).split(' ')
    .filter((x) => !/^\d+$/.test(x)).map((x) => stem(x, ctx.locale))));
}

/** A clause word's stem, and in German its verb's too ("besuchen", "besucht": "besuch"), so the question's form need not be the text's. */
function forms(w: string, locale: Locale): string[] {
  const s = stem(w, locale);
  const v = verbStem(w, locale);
  return v === s ? [s] : [s, v];
}

function clauseStems(ctx: CommandContext, ev: Event): { text: string; sentence: string; stems: Set<string>; padded: string }[] {
  const w = wordsOf(ctx, ev);
  if (w.clauses) return w.clauses;
  const texts = [ev.agreed, ev.summary, ev.outcome].filter((x): x is NonNullable<typeof x> => Boolean(x)).map((x) => loc(ctx.locale, x));
  return (w.clauses = texts.flatMap((x) => splitSentences(ctx.dataset, x)).flatMap((sentence) => semicolonItems(sentence)
    .map((text) => ({ text, sentence, stems: new Set(normalize(text).split(' ').flatMap((x) => forms(x, ctx.locale))), padded: ` ${normalize(text)} ` }))));
}

/**
 * Whether each word the question adds stands in one clause of the event's texts only ("Waffenruhe"),
 * so a clause holding it is what was asked, where a word of many clauses ("Kontrollen") says little.
 */
export function soleClauseWords(ctx: CommandContext, p: ParsedQuery, ev: Event, field: string): boolean {
  const { stems, sole } = soleStems(ctx, p, ev, field);
  return stems.length > 0 && sole.length === stems.length;
}

/** The stems of the words the question adds, and those of them that stand in one clause of the event's texts only. */
function soleStems(ctx: CommandContext, p: ParsedQuery, ev: Event, field: string): { stems: string[]; sole: string[] } {
  const stems = extraWords(ctx, p, ev, field).map((w) => stem(w, ctx.locale));
  const clauses = clauseStems(ctx, ev);
  return { stems, sole: stems.filter((x) => clauses.filter((c) => c.stems.has(x)).length === 1) };
}

/**
 * The item of a long list that alone holds a word the question adds ("Verkauf" → "Prüfung von Verkäufen
 * von Vermögenswerten"), when no other item holds as many such words: a word of one item only says
 * which item is asked, however many other words the question wraps it in.
 */
export function soleItem(ctx: CommandContext, p: ParsedQuery, ev: Event, field: string): Clause | undefined {
  const { stems, sole } = soleStems(ctx, p, ev, field);
  if (!sole.length) return undefined;
  const clauses = clauseStems(ctx, ev);
  let best: { c: (typeof clauses)[number]; n: number } | undefined;
  let tied = false;
  for (const c of clauses) {
    const n = sole.filter((x) => c.stems.has(x)).length;
    if (!n) continue;
    tied = best !== undefined && n === best.n;
    if (!best || n > best.n) best = { c, n };
  }
  if (!best || tied) return undefined;
  // A whole sentence, not an item of a list, is asked only by a word of what it alone tells ("Tote",
  // "ceasefire", "letters of interest"), one few sentences of the dataset hold: a name ("Busan", "Washington")
  // may be only where the asked thing happened, and a word of many ("issued", "damit") says little.
  if (best.c.text.trim() === best.c.sentence.trim()) {
    const told = extraWords(ctx, p, ev, field).filter((w) => !isNameWord(ctx.dataset, w) && passageCount(ctx.dataset, w, ctx.locale) <= FEW_PASSAGES).map((w) => stem(w, ctx.locale));
    if (!sole.some((x) => told.includes(x) && best.c.stems.has(x))) return undefined;
  }
  return { text: best.c.text.trim(), hits: best.n, of: stems.length, sentence: best.c.sentence };
}

/** A clause as a lead: its whole sentence when short enough to stay answer-first, else the clause after `placed` (the event). */
export function clauseLead(c: Clause, placed: string, max = 280): { lead: string; whole: boolean } {
  if (c.sentence.length <= max) return { lead: c.sentence, whole: true };
  // A long clause whose asked part follows a colon: that part, so the answer stays within the first lines.
  const text = (c.focus && `${placed}: ${c.text}`.length > max ? c.focus : c.text).replace(/[;,]$/, '');
  return { lead: `${placed}: ${text}${/[.!?)]$/.test(text) ? '' : '.'}`, whole: false };
}

/** The clauses (sentences, or items of a ";" list) of an event's texts, agreement first. */
export function clausesOf(ctx: CommandContext, ev: Event): { text: string; sentence: string }[] {
  const texts = [ev.agreed, ev.summary, ev.outcome].filter((x): x is NonNullable<typeof x> => Boolean(x)).map((x) => loc(ctx.locale, x));
  return texts.flatMap((x) => splitSentences(ctx.dataset, x)).flatMap((sentence) => semicolonItems(sentence).map((c) => ({ text: c.trim(), sentence })));
}

/**
 * The clause stating the date a measure of the event runs until: a date after the event's own days
 * ("suspended … until 10 November 2026"). Of several, the one holding most of the question's extra
 * words, then the latest date.
 */
export function untilClause(ctx: CommandContext, p: ParsedQuery, ev: Event): (Clause & { date: TimeRef }) | undefined {
  const last = ev.end_date ?? ev.date;
  const stems = extraWords(ctx, p, ev, 'until').map((w) => stem(w, ctx.locale));
  let best: (Clause & { date: TimeRef }) | undefined;
  for (const c of clausesOf(ctx, ev)) {
    const later = datesInDatasetText(c.text, ctx.dataset).filter((d) => d.start > last).sort((a, b) => b.start.localeCompare(a.start))[0];
    if (!later) continue;
    const words = new Set(normalize(c.text).split(' ').map((w) => stem(w, ctx.locale)));
    const hits = stems.filter((x) => words.has(x)).length;
    if (!best || hits > best.hits || (hits === best.hits && later.start > best.date.start)) best = { ...c, hits, of: stems.length, date: later };
  }
  return best;
}


/**
 * The clause of an event's texts that names a day other than the event's own ("a ceasefire on 28 July"
 * in the background of a declaration of 26 October): what a question about that day asks. Days are
 * matched by day and month as the texts write them ("28 July", "28. Juli", "July 28"), in a text whose
 * sentence states the asked year or none, so a year only the event's own calendar implies is no
 * other year's.
 */
export function dayClause(ctx: CommandContext, p: ParsedQuery, ev: Event): Clause | undefined {
  const t = p.time;
  if (t?.kind !== 'day' || t.start !== t.end || (ev.date <= t.start && (ev.end_date ?? ev.date) >= t.start)) return undefined;
  const [y, m, d] = t.start.split('-').map(Number) as [number, number, number];
  const en = MONTHS.en[m - 1]!;
  const de = MONTHS.de[m - 1]!;
  const says = new RegExp(`(?<!\\d)${d}\\.?\\s+(?:${en}|${de})\\b|\\b${en}\\s+${d}(?!\\d)`, 'i');
  // A later day the record announces ("fireworks for 4 July 2026") states its year; a day without one is of the event's year.
  // "suspending Announcements Nos. 55 … of 9 October 2025": a day after "of" names other documents by their day.
  const of = vocabIndex(ctx.dataset).genitiveOf;
  const naming = (text: string): boolean => {
    const m = says.exec(text);
    return m !== null && afterGenitive(text, m.index, of);
  };
  // A day written with a year of its own ("until 10 November 2026") is of that year, whatever else the sentence dates.
  const otherYear = (text: string): boolean => {
    const m = says.exec(text);
    const own = m ? /^,?\s+((?:19|20)\d\d)\b/.exec(text.slice(m.index + m[0].length))?.[1] : undefined;
    return own !== undefined && own !== String(y);
  };
  const c = clausesOf(ctx, ev).find((x) => says.test(x.text) && !naming(x.text) && !otherYear(x.text)
    && (x.sentence.includes(String(y)) || (!/\b(?:19|20)\d\d\b/.test(x.sentence) && String(y) === ev.date.slice(0, 4))));
  if (!c) return undefined;
  const at = says.exec(c.text)!.index;
  return { ...c, hits: 1, of: 1, endsThen: endsWithUntil(normalize(c.text.slice(Math.max(0, at - 24), at)), vocabIndex(ctx.dataset).untilBefore) };
}

/**
 * Of the dates a clause states before its event's own, the one nearest a word the question adds ("a
 * ceasefire on 28 July" for "seit wann gilt die Waffenruhe", not the "border clashes in July 2025"
 * before it); else the first. A day written without a year ("28 July") is of the year the clause
 * stated before it, else of the event's. Read with a day-and-month pattern rather than
 * datesInDatasetText, which keeps only dates whose year is written next to them.
 */
export function earlierDate(ctx: CommandContext, p: ParsedQuery, ev: Event, clause: string): TimeRef | undefined {
  // "suspending Announcements Nos. 55 … of 9 October 2025": a date after "of" names other documents by their day.
  const of = vocabIndex(ctx.dataset).genitiveOf;
  // Not a span's start ("vom 27. Oktober bis 1. November").
  const dating = (at: number, text: string): boolean => afterGenitive(clause, at, of)
    && !/^\s*(?:bis|to|until|–|-)\s/u.test(clause.slice(at + text.length));
  const naming = (text: string): boolean => dating(Math.max(0, clause.indexOf(text)), text);
  // Or a later day of an event of several days ("the Gyeongju Declaration was adopted on 1 November" of 31 Oct – 1 Nov).
  const own = (d: TimeRef): boolean => d.end < ev.date || (ev.end_date !== undefined && d.kind === 'day' && d.start > ev.date && d.end <= ev.end_date);
  const earlier = datesInDatasetText(clause, ctx.dataset).filter((d) => d.kind !== 'year' && own(d) && !naming(d.text));
  const stems = new Set(extraWords(ctx, p, ev, 'date').map((w) => stem(w, ctx.locale)));
  const hits = [...clause.matchAll(/\p{L}+/gu)].filter((m) => stems.has(stem(normalize(m[0]), ctx.locale))).map((m) => m.index);
  let near: { d: TimeRef; gap: number } | undefined;
  for (const m of hits.length ? clause.matchAll(datePattern()) : []) {
    const name = (m[2] ?? m[4] ?? m[7]!).toLowerCase();
    const month = String(monthNumber(name)).padStart(2, '0');
    const year = m[3] ?? m[6] ?? m[8] ?? [...clause.slice(0, m.index).matchAll(/\b(?:19|20)\d\d\b/g)].at(-1)?.[0] ?? ev.date.slice(0, 4);
    const day = m[1] ?? m[5];
    const d: TimeRef = day ? { kind: 'day', start: `${year}-${month}-${day.padStart(2, '0')}`, end: `${year}-${month}-${day.padStart(2, '0')}`, text: m[0] }
      : { kind: 'month', start: `${year}-${month}-01`, end: `${year}-${month}-${new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate()}`, text: m[0] };
    const gap = Math.min(...hits.map((h) => Math.abs(m.index - h)));
    // A date the question states itself ("after the July 2025 clashes") is its context, not the date asked.
    const stated = p.time !== undefined && p.time.start === d.start && p.time.end === d.end;
    const dated = dating(m.index, m[0]);
    if (own(d) && !stated && !dated && (!near || gap < near.gap)) near = { d, gap };
  }
  return near?.d ?? earlier[0];
}

/** Whether the word right before `at` is one of grammar.genitive_of ("of", "vom"): a date there names a document by its day. */
function afterGenitive(text: string, at: number, of: ReadonlySet<string>): boolean {
  return of.has(normalize(text.slice(0, at).trim().split(/\s+/).at(-1) ?? ''));
}
