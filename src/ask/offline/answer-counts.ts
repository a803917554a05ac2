// Counts a record states only in its text: "how many announcements did No. 70 suspend" is answered by
// "suspending Announcements Nos. 55, 56, 57, 58, 61 and 62" (a list of six after the counted word),
// "how many letters of interest" by "seven letters of interest" (a number before it). Number words
// come from data/vocabulary.yaml (grammar.numbers). Without such a clause there is no count here,
// and the caller keeps its own answer.
import { nameWordsOfAll } from './event-names.js';
import { englishPastForm } from '../query/text.js';
import { spanMinutes } from './polar-duration.js';
import type { Event, Mineral } from '../../dataset/schema.js';
import type { CommandContext } from '../../commands/types.js';
import { loc } from '../../commands/common.js';
import { normalize } from '../../dataset/lookup.js';
import { phraseAt, stem, typedCapitalised } from '../query/text.js';
import { semicolonItems, splitSentences } from '../query/sentences.js';
import { vocabIndex } from '../query/vocab.js';
import { isMonthWord } from '../query/time.js';
import type { ParsedQuery } from '../query/types.js';
import { sentenceScore } from './answer-facts.js';
import { matchesOf } from '../../util/matches.js';

// A global pattern made once (matchesOf leaves its lastIndex as it was).
const TOKEN = /[\p{L}\d]+/gu;

export interface CountClause {
  n: number;
  text: string;
  sentence: string;
}

/** "Nos. 55–58" → "Nos. 55, 56, 57, 58": a range lists every number in it. */
const expandRanges = (s: string): string => s.replace(/(\d+)\s*[–-]\s*(\d+)/g, (all, a: string, b: string) => {
  const d = Number(b) - Number(a);
  return d > 0 && d <= 20 ? Array.from({ length: d + 1 }, (_, i) => String(Number(a) + i)).join(', ') : all;
});

// After the counted word: an optional "No."/"Nos."/"Nr.", then numbers separated by commas, the last
// one joined by a short word ("55, 56, 57, 58, 61 and 62").
const LIST_AFTER = /^\s+(?:\p{L}{1,3}\.\s*)?(\d{1,3}(?!\d)(?:,\s*\d{1,3}(?!\d))*(?:,?\s+\p{L}{1,4}\s+\d{1,3}(?!\d))?)/u;

// A number, then one or two short words ending right before another number ("12 of the ", "12 der ").
const PART_BEFORE = /(\d+)\s+(?:\p{L}{1,3}\s+){1,2}$/u;

/** The count a clause states for a counted word's stem, if any. */
function countIn(ctx: CommandContext, clause: string, nouns: ReadonlySet<string>): number | undefined {
  const v = vocabIndex(ctx.dataset);
  // Thousands separators ("300,000", "300.000") joined, so a number is one word.
  const text = expandRanges(clause).replace(/(\d)[,.](?=\d{3}\b)/g, '$1');
  // A year is no count.
  const num = (w: string | undefined): number | undefined => (w === undefined || /^(19|20)\d\d$/.test(w) ? undefined : /^\d+$/.test(w) ? Number(w) : v.numbers.get(w));
  const tokens = matchesOf(TOKEN, text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!nouns.has(stem(normalize(t[0]), ctx.locale))) continue;
    // A unit of time counted ("how many minutes") of a span in several units ("1 hour 40 minutes"): the
    // whole span in that unit, not the number before the word; none when it is no whole number of them.
    const per = v.durationUnits.get(normalize(t[0]));
    const span = per === undefined ? undefined : spanMinutes(text, v);
    if (per !== undefined && span !== undefined) return Number.isInteger(span / per) && span / per > 1 ? span / per : undefined;
    // The counted word, then a list of numbers ("Announcements Nos. 55, 56 … and 62"): its length.
    // Joined by a word of a list ("and", "und"), not a partitive ("standen 12 der 17 …").
    const listed = LIST_AFTER.exec(text.slice(t.index + t[0].length))?.[1];
    const joiner = listed?.match(/\p{L}+/u)?.[0];
    const list = listed && (!joiner || v.range.join.includes(normalize(joiner))) ? listed.match(/\d+/g) ?? [] : [];
    if (list.length >= 2) return list.length;
    // A number right before it, at most two adjectives between ("seven letters", "sieben neue Projekte").
    for (let b = i - 1; b >= Math.max(0, i - 3); b--) {
      const w = normalize(tokens[b]![0]);
      const at = tokens[b]!.index;
      // A percentage or an amount of money ("10% tariffs", "$5 billion") counts nothing.
      // Nor does a number a label names ("No. 56: rare-earth production equipment").
      const labelled = b > 0 && v.numberLabels.has(normalize(tokens[b - 1]![0]));
      const n = labelled || /^\s*%/.test(text.slice(at + w.length)) || /[$€£]\s*$/.test(text.slice(0, at)) ? undefined : num(w);
      if (n === undefined && /^\d/.test(w)) break;
      // A part of that number ("12 of the 17 rare earths", "12 der 17 Seltenen Erden") is the count.
      const part = n !== undefined ? PART_BEFORE.exec(text.slice(0, at)) : null;
      if (part && Number(part[1]) < n!) return Number(part[1]);
      if (n !== undefined) return n > 1 ? n : undefined;
      if (v.stop.has(w) || /\d/.test(w)) break;
    }
  }
  return undefined;
}

/**
 * What the question counts: the content words right after its count words ("how many Chinese
 * announcements" → chinese, announcements), as stems; the count words are grammar.operators.count.
 */
/** Where the question's count words ("how many", "wie viele") stand, and how many words they take. */
export function countPhrase(ctx: CommandContext, p: ParsedQuery): { at: number; len: number } | undefined {
  const phrases = countPhrases(ctx);
  for (let at = 0; at < p.words.length; at++) for (const ph of phrases) if (phraseAt(p.words, at, ph)) return { at, len: ph.length };
  return undefined;
}

// The count words' phrases, normalised and split once per vocabulary rather than on every question
// about an event's date or count (a fortieth of an uncached question's CPU).
const countPhrasesOf = new WeakMap<object, string[][]>();

function countPhrases(ctx: CommandContext): string[][] {
  const v = vocabIndex(ctx.dataset);
  let phrases = countPhrasesOf.get(v);
  if (!phrases) {
    const ops = v.vocabulary.grammar.operators.count;
    countPhrasesOf.set(v, (phrases = [...ops.en, ...ops.de].map((x) => normalize(x).split(' ')).filter((x) => x.length && x[0])));
  }
  return phrases;
}

function countedWords(ctx: CommandContext, p: ParsedQuery): Set<string> {
  const v = vocabIndex(ctx.dataset);
  const found = countPhrase(ctx, p);
  if (!found) return new Set();
  const { at, len } = found;
  const after3 = p.words.slice(at + len, at + len + 3);
  // In English a name after the verb is its object ("how many leaders attended APEC": leaders, not APEC's
  // economies); the verb is a past form in -ed or a function word after the first content word.
  const verbAt = ctx.locale === 'en' ? after3.findIndex((w, i) => i > 0 && after3.slice(0, i).some((x) => !v.stop.has(x)) && (v.stop.has(w) || englishPastForm(w))) : -1;
  const names = nameWordsOfAll(p.subjects.events);
  const next = after3.filter((w, i) => !v.stop.has(w) && w.length >= 3 && !/^\d+$/.test(w) && !(verbAt > 0 && i > verbAt && names.has(w)));
  // German nouns are typed with a capital: "Wie viele Tage lagen zwischen …" counts days, not the verb
  // "lagen" (which the texts hold as a noun: "256 Lagen"). Typed all in lower case, the first word only.
  const nouns = ctx.locale === 'de' ? next.filter((w) => typedCapitalised(p.text, w)) : next;
  const after = nouns.length ? nouns : next.slice(0, 1);
  // German puts the verb last ("Wie viele Menschen wurden … vertrieben?"): the texts count its noun
  // ("300.000 Vertriebene"), so the last content word is counted too.
  // A month is no such noun ("… am 9. Oktober?": the day's number counts nothing).
  const last = ctx.locale === 'de' ? p.words.filter((w) => !v.stop.has(w) && w.length >= 5 && !/\d/.test(w) && !isMonthWord(w)).at(-1) : undefined;
  const counted = [...after, ...(last ? [last] : [])];
  // A mineral counted by one of its names ("wie viele der 17 Seltenerdelemente") is counted by any
  // of them in the texts ("12 der 17 Seltenen Erden"): the last word of each.
  const named = p.subjects.minerals.filter((m) => counted.some((w) => mineralWords(m).has(w)));
  for (const m of named) for (const n of [m.name.en, m.name.de, ...m.aliases]) counted.push(normalize(n).split(' ').at(-1)!);
  return new Set(counted.map((w) => stem(w, ctx.locale)));
}

// Per mineral: its names and aliases, normalised, each whole and word by word.
const mineralWordsOf = new WeakMap<Mineral, Set<string>>();

function mineralWords(m: Mineral): Set<string> {
  let words = mineralWordsOf.get(m);
  if (!words) {
    const names = [m.name.en, m.name.de, ...m.aliases].map((n) => normalize(n));
    mineralWordsOf.set(m, (words = new Set([...names, ...names.flatMap((n) => n.split(' '))])));
  }
  return words;
}

/** The count a text states for what the question counts ("250 cherry trees" for "how many cherry trees"), if any. */
export function countInText(ctx: CommandContext, p: ParsedQuery, text: string): number | undefined {
  const nouns = countedWords(ctx, p);
  return nouns.size ? countIn(ctx, text, nouns) : undefined;
}

/** The clause of an event's texts that states how many of the question's counted things there are. */
export function countClause(ctx: CommandContext, p: ParsedQuery, ev: Event): CountClause | undefined {
  const nouns = countedWords(ctx, p);
  if (!nouns.size) return undefined;
  const texts = [ev.agreed, ev.summary, ev.outcome].filter((x): x is NonNullable<typeof x> => Boolean(x)).map((x) => loc(ctx.locale, x));
  let best: (CountClause & { score: number }) | undefined;
  for (const sentence of texts.flatMap((x) => splitSentences(ctx.dataset, x))) {
    for (const text of semicolonItems(sentence)) {
      const n = countIn(ctx, text, nouns);
      if (n === undefined) continue;
      const score = sentenceScore(ctx, p, text);
      if (!best || score > best.score) best = { n, text: text.trim(), sentence, score };
    }
  }
  return best && { n: best.n, text: best.text, sentence: best.sentence };
}
