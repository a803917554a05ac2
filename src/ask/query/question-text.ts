// The question's normalised text, made once per parsed question, and vocabulary phrase lists as one
// pattern, made once per list: several answers look for phrases in the question (" gone from ",
// " nicht mehr in "), and each normalised the question and padded every phrase anew, a template
// string and a scan per phrase per question (bench/core-check.ts prof). Both are keyed by objects
// that live as long as what they describe (a parse lives for one request), never by typed text.
import { normalize } from '../../dataset/lookup.js';
import { escapeRegExp } from './text.js';
import { quantities } from './quantities.js';
import type { ParsedQuery } from './types.js';
import type { VocabIndex } from './vocab-types.js';

const paddedQuestions = new WeakMap<ParsedQuery, string>();

// The parse the parser returned last, with the normal form of its text it made: the answer to that
// parse (most questions) reads it from here, without a WeakMap entry per question, which cost more
// than the normalisation it saved. Matched by identity, so no other parse ever reads it.
let lastParse: ParsedQuery | undefined;
let lastNormal = '';
let lastPadded: string | undefined;

/** Records normalize(p.text) for the parse just made. */
export function knowNormalQuestion(p: ParsedQuery, normal: string): void {
  lastParse = p;
  lastNormal = normal;
  lastPadded = undefined;
}

/** ` ${normalize(p.text)} `: the question normalised, a space at either end. */
export function paddedQuestion(p: ParsedQuery): string {
  if (p === lastParse) return (lastPadded ??= ` ${lastNormal} `);
  let text = paddedQuestions.get(p);
  if (text === undefined) paddedQuestions.set(p, (text = ` ${normalize(p.text)} `));
  return text;
}

const patterns = new WeakMap<Iterable<string>, RegExp>();

/**
 * Whether padded text holds one of the list's phrases as whole words, as
 * `[...list].some((w) => padded.includes(` ${w} `))` says: a space, the phrase, a space (looked ahead
 * at, so it may open the next match), in one scan of the text instead of one per phrase.
 */
export function holdsPhrase(padded: string, list: Iterable<string>): boolean {
  let re = patterns.get(list);
  if (!re) {
    const phrases = Array.from(list, escapeRegExp);
    // An empty list holds nothing (an empty alternation would match any double space).
    re = phrases.length ? new RegExp(` (?:${phrases.join('|')})(?= )`) : /(?!)/;
    patterns.set(list, re);
  }
  return re.test(padded);
}

// Per parsed question: the best sentence of every event a question is matched against, and the
// clauses of each, read the question's numbers anew.
const askedNumbersOf = new WeakMap<ParsedQuery, readonly string[]>();

/** The quantities a question states, its date left out ("the 24% tariff", "250 trees"); callers must not change the array. */
export function askedNumbers(p: ParsedQuery): readonly string[] {
  let numbers = askedNumbersOf.get(p);
  if (!numbers) askedNumbersOf.set(p, (numbers = quantities(p.time ? p.text.replace(p.time.text, ' ') : p.text)));
  return numbers;
}

/** Whether normalised text ends with a phrase of grammar.until_before ("until", "bis zum"): what follows is an end. */
export function endsWithUntil(before: string, untilBefore: readonly string[]): boolean {
  return untilBefore.some((w) => before === w || before.endsWith(` ${w}`));
}

/**
 * The equative a question asks two figures by, if any: equal ("level", "gleich groß"; grammar.equal_words),
 * at least ("as large as", "so hoch wie"; at_least_words) or at most ("as cheap as"; at_most_words).
 */
export function equativeAsked(p: ParsedQuery, v: VocabIndex): 'equal' | 'atLeast' | 'atMost' | undefined {
  const q = paddedQuestion(p);
  return holdsPhrase(q, v.equalWords) ? 'equal' : holdsPhrase(q, v.atLeastWords) ? 'atLeast' : holdsPhrase(q, v.atMostWords) ? 'atMost' : undefined;
}
