// Phrase matching for the question parser: an index's phrases (attributes, operators of
// data/vocabulary.yaml) found in a question's words, longest first, in either language.
import type { Locale } from '../../reply/model.js';
import { stem } from './text.js';
import type { PhraseIndex } from './vocab.js';

export interface PhraseHit<T> {
  value: T;
  start: number;
  words: number;
}

// An index's phrases as a tree of words, per language: a walk from a position finds every phrase
// starting there, so no n-gram is joined and looked up (matchPhrases was the largest cost of parsing
// a question after dates; bench/core.ts, --cpu-prof). A question's words hold no spaces (entities.ts
// splits them), as no key's words do, so a walk meets exactly the keys a joined n-gram would.
interface PhraseNode<T> {
  next: Map<string, PhraseNode<T>>;
  /** The value of the phrase ending here. */
  value?: T;
}

const treesOf = new WeakMap<object, Record<Locale, PhraseNode<unknown>>>();

function phraseTrees<T>(idx: PhraseIndex<T>): Record<Locale, PhraseNode<T>> {
  let trees = treesOf.get(idx) as Record<Locale, PhraseNode<T>> | undefined;
  if (trees) return trees;
  const tree = (byKey: Map<string, T>): PhraseNode<T> => {
    const root: PhraseNode<T> = { next: new Map() };
    for (const [key, value] of byKey) {
      let node = root;
      for (const w of key.split(' ')) {
        let child = node.next.get(w);
        if (!child) node.next.set(w, (child = { next: new Map() }));
        node = child;
      }
      node.value = value;
    }
    return root;
  };
  trees = { en: tree(idx.byLang.en), de: tree(idx.byLang.de) };
  treesOf.set(idx, trees);
  return trees;
}

/** The phrases of a tree starting at seq[i], by their length in words (a sparse array), or undefined when none. */
function phrasesAt<T>(root: PhraseNode<T>, seq: readonly string[], i: number): (T | undefined)[] | undefined {
  let ends: (T | undefined)[] | undefined;
  let node: PhraseNode<T> | undefined = root;
  for (let k = i; k < seq.length; k++) {
    node = node.next.get(seq[k]!);
    if (!node) break;
    if (node.value !== undefined) (ends ??= [])[k - i + 1] = node.value;
  }
  return ends;
}

/**
 * phrasesAt for every position of seq. A module function, not a closure per call: under tsx, which
 * runs the benchmarks, a named closure also calls esbuild's __name (Object.defineProperty) each time.
 */
function everyStart<T>(root: PhraseNode<T>, seq: readonly string[]): ((T | undefined)[] | undefined)[] {
  const out: ((T | undefined)[] | undefined)[] = [];
  for (let i = 0; i < seq.length; i++) out.push(phrasesAt(root, seq, i));
  return out;
}

/** A question's words stemmed in both languages, computed once for every phrase index. */
export type Stems = Record<Locale, readonly string[]>;

export const stemWords = (words: readonly string[]): Stems => ({ en: stemAll(words, 'en'), de: stemAll(words, 'de') });

// Arrays here are pushed, not mapped: map returns an array of another kind when empty, and the
// parser's optimised code was thrown away whenever the kind it had not seen came (node --trace-deopt
// over the core bench's rounds; see itemsOf in parse.ts).
function stemAll(words: readonly string[], lang: Locale): string[] {
  const out: string[] = [];
  for (const w of words) out.push(stem(w, lang));
  return out;
}

/** Longest-first phrase matches over stemmed words in either language; each word is used once. */
const BOTH: readonly Locale[] = ['en', 'de'];

/** Whether any of used[i, i + n) is set; a loop, not a slice per candidate. */
function anyUsed(used: readonly boolean[], i: number, n: number): boolean {
  for (let k = i; k < i + n; k++) if (used[k]) return true;
  return false;
}

/**
 * `own.stopStems`: the stems of the function words of the question's own language. A function word alone
 * matches a phrase of the other language only as typed, not by its stem there: English "were" is German
 * "wer" once stemmed, and asks no "who". Read off `stems` (the words' stems in that language, made once
 * per question), not stemmed again per position and language (a closure stemming each word was a
 * hundredth of a question's CPU; bench/core.ts, --cpu-prof).
 */
export function matchPhrases<T>(idx: PhraseIndex<T>, words: readonly string[], stems: Stems, langs: readonly Locale[] = BOTH, own?: { lang: Locale; stopStems: ReadonlySet<string> }): PhraseHit<T>[] {
  const trees = phraseTrees(idx);
  // Per language and position: the phrases of the stems from there, then those of the words as typed.
  const byStem = { en: langs.includes('en') ? everyStart(trees.en, stems.en) : [], de: langs.includes('de') ? everyStart(trees.de, stems.de) : [] };
  const byWord = { en: langs.includes('en') ? everyStart(trees.en, words) : [], de: langs.includes('de') ? everyStart(trees.de, words) : [] };
  const used: boolean[] = [];
  for (let i = 0; i < words.length; i++) used.push(false);
  const hits: PhraseHit<T>[] = [];
  for (let n = Math.min(idx.maxWords, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      let value: T | undefined;
      // As typed first: a word two things' words share the stem of is indexed as typed (vocab.ts phraseIndex).
      for (const lang of langs) value ??= byWord[lang][i]?.[n] ?? (n === 1 && own && lang !== own.lang && own.stopStems.has(stems[own.lang][i]!) ? undefined : byStem[lang][i]?.[n]);
      if (value === undefined) continue;
      if (anyUsed(used, i, n)) continue;
      hits.push({ value, start: i, words: n });
      for (let k = i; k < i + n; k++) used[k] = true;
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
