// The question's normalised text, made once per parsed question, and vocabulary phrases padded with
// spaces, made once per vocabulary list: several answers look for phrases in the question (" gone
// from ", " nicht mehr in "), and each normalised the question and padded every phrase anew, a
// template string per phrase per question (bench/core-check.ts prof). Both are keyed by objects
// that live as long as what they describe (a parse lives for one request), never by typed text.
import { normalize } from '../../dataset/lookup.js';
import type { ParsedQuery } from './types.js';

const paddedQuestions = new WeakMap<ParsedQuery, string>();

/** ` ${normalize(p.text)} `: the question normalised, a space at either end. */
export function paddedQuestion(p: ParsedQuery): string {
  let text = paddedQuestions.get(p);
  if (text === undefined) paddedQuestions.set(p, (text = ` ${normalize(p.text)} `));
  return text;
}

/** Records the question's normal form where the parser has made it already (`normal` is normalize(p.text)). */
export function knowNormalQuestion(p: ParsedQuery, normal: string): void {
  paddedQuestions.set(p, ` ${normal} `);
}

const paddedLists = new WeakMap<Iterable<string>, readonly string[]>();

/** The phrases of a vocabulary list, each with a space at either end. */
export function paddedPhrases(list: Iterable<string>): readonly string[] {
  let out = paddedLists.get(list);
  if (!out) paddedLists.set(list, (out = Array.from(list, (w) => ` ${w} `)));
  return out;
}

/** Whether padded text holds one of the list's phrases as whole words: list.some((w) => text.includes(` ${w} `)). */
export function holdsPhrase(padded: string, list: Iterable<string>): boolean {
  for (const w of paddedPhrases(list)) if (padded.includes(w)) return true;
  return false;
}
