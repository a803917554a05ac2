// "What does REE stand for?", "Was ist eigentlich die USGS?", "… nur W. Was bedeutet das?": a question
// asking what an abbreviation or name means. The terms are the dataset's (facts list the ones they
// explain, `terms`); the words that ask for a meaning are data/vocabulary.yaml's (`define`).
import type { Locale } from '../../reply/model.js';
import type { Dataset } from '../../dataset/dataset.js';
import { normalize } from '../../dataset/lookup.js';
import { vocabIndex } from './vocab.js';
import { phraseAt, wordRuns } from './text.js';

export interface DefinedTerm {
  /** The term as the fact writes it ("USGS", "e"). */
  term: string;
  fact: string;
}

interface TermIndex {
  /** Normalised term of three letters or more → where it is explained. */
  long: Map<string, DefinedTerm>;
  /**
   * Every start of a long term that ends at a space or at its end ("usgs", "usgs mcs"): a question's
   * word that is none of them starts no term, and its n-grams need not be joined and looked up
   * (that was most of the cost of this test, run on every question; bench/core.ts, --cpu-prof).
   */
  starts: Set<string>;
  maxWords: number;
  /** Terms of one or two letters ("e", "W", "NA"), matched as written: "w" or "na" in a sentence are no marks. */
  short: Map<string, DefinedTerm>;
  /** Normalised openers ("what is", "was bedeutet") and closers ("stand for", "gemeint"), per language. */
  openers: Record<Locale, string[][]>;
  closers: Record<Locale, string[][]>;
  /** Words pointing back at what came before ("that", "das"). */
  pointers: Set<string>;
}

const cache = new WeakMap<Dataset, TermIndex>();

function termIndex(ds: Dataset): TermIndex {
  const hit = cache.get(ds);
  if (hit) return hit;
  const long = new Map<string, DefinedTerm>();
  const short = new Map<string, DefinedTerm>();
  const starts = new Set<string>();
  let maxWords = 1;
  for (const f of ds.facts) {
    for (const term of f.terms) {
      const n = normalize(term);
      if (n.replace(/ /g, '').length <= 2) short.set(term, { term, fact: f.id });
      else {
        long.set(n, { term, fact: f.id });
        for (let j = n.indexOf(' '); j > 0; j = n.indexOf(' ', j + 1)) starts.add(n.slice(0, j));
        starts.add(n);
        maxWords = Math.max(maxWords, n.split(' ').length);
      }
    }
  }
  const d = ds.vocabulary?.grammar.define;
  const split = (ws: readonly string[] | undefined): string[][] => (ws ?? []).map((w) => normalize(w).split(' ').filter(Boolean)).filter((x) => x.length);
  const idx: TermIndex = {
    long, starts, short, maxWords,
    openers: { en: split(d?.openers.en), de: split(d?.openers.de) },
    closers: { en: split(d?.closers.en), de: split(d?.closers.de) },
    pointers: new Set([...(d?.pointers.en ?? []), ...(d?.pointers.de ?? [])].map((w) => normalize(w))),
  };
  cache.set(ds, idx);
  return idx;
}


/**
 * How many of words[from, to) are no function words; counted, not sliced and filtered (an array per opener
 * tried). A count before the term ("list the 17 rare earth elements") is none either.
 */
function contentWords(words: readonly string[], from: number, to: number, stop: ReadonlySet<string>): number {
  let n = 0;
  for (let k = from; k < to; k++) if (!stop.has(words[k]!) && !/^\d+$/.test(words[k]!)) n++;
  return n;
}

/**
 * The term a question asks the meaning of, if it does: an opener shortly before the term ("what is
 * the USGS"), or a closer right after it ("REE stand for"), with nothing after the term that names
 * another subject; or the term right before a question pointing back at it ("… W. Was bedeutet das?").
 * `names`: normalised words naming the question's countries, minerals and elements.
 */
export function definedTerm(q: string, ds: Dataset, locale: Locale, names: ReadonlySet<string>): DefinedTerm | undefined {
  const idx = termIndex(ds);
  if (!idx.long.size && !idx.short.size) return undefined;
  // "what's" is read as "what", as normalize reads it.
  const tokens = wordRuns(q);
  // Pushed, not mapped: map's array is of another kind when empty, and the parser's optimised code
  // was thrown away when the kind it had not seen came (see itemsOf in parse.ts).
  const words: string[] = [];
  for (const t of tokens) words.push(normalize(t));
  const stop = vocabIndex(ds).stop;
  for (let i = 0; i < words.length; i++) {
    let found: { t: DefinedTerm; n: number } | undefined;
    for (let n = idx.starts.has(words[i]!) ? Math.min(idx.maxWords, words.length - i) : 0; n >= 1 && !found; n--) {
      const t = idx.long.get(words.slice(i, i + n).join(' '));
      if (t) found = { t, n };
    }
    const shortHit = idx.short.get(tokens[i]!);
    if (!found && shortHit) found = { t: shortHit, n: 1 };
    if (!found) continue;
    const end = i + found.n;
    // The term alone ("MOFCOM?", "REO?"): what it means.
    if (words.every((w, k) => (k >= i && k < end) || stop.has(w))) return found.t;
    // An opener ending at most two words (function words aside) before the term; a one-word opener
    // ("what's" is read "what") right before it: "what happened at APEC" asks no meaning.
    const before = idx.openers[locale].some((o) => {
      for (let s = Math.max(0, i - o.length - 4); s <= i - o.length; s++) {
        if (phraseAt(words, s, o) && contentWords(words, s + o.length, i, stop) <= (o.length > 1 ? 2 : 0)) return true;
      }
      return false;
    });
    const closer = idx.closers[locale].find((c) => phraseAt(words, end, c));
    // Nothing after the term names another subject, and little else follows ("… hinter manchen USGS-Zahlen");
    // unless a locative opens what follows: "REO bei den Mengenangaben für Seltene Erden" says where the term stands.
    let rest = 0;
    let named = false;
    const after = end + (closer?.length ?? 0);
    for (let k = vocabIndex(ds).locatives.has(words[after] ?? '') ? words.length : after; k < words.length; k++) {
      const w = words[k]!;
      if (stop.has(w) || idx.long.has(w)) continue;
      rest++;
      named ||= names.has(w);
    }
    // Nor before it: "South Korea's gallium output in 2024 – what does USGS give?" asks a figure.
    for (let k = 0; k < i && !named; k++) named = names.has(words[k]!);
    // "The lithium table shows a W - meaning?": a closer ending the question asks the term's meaning, whatever stands before.
    if (closer && rest === 0) return found.t;
    if ((before || closer) && !named && rest <= 2) return found.t;
    // "… nur W. Was bedeutet das?", "MCS? what's that": the term right before a question pointing back at it.
    // Function words may stand between ("… nur das Kürzel NA stehen. Was bedeutet dieses Kürzel?").
    let at = end;
    while (at < words.length && stop.has(words[at]!) && !idx.openers[locale].some((o) => phraseAt(words, at, o))) at++;
    const pointing = idx.openers[locale].some((o) => phraseAt(words, at, o) && idx.pointers.has(words[at + o.length] ?? ''));
    if (pointing) return found.t;
  }
  return undefined;
}

/** The fact explaining a term the question's normalised words name ("apec", "usgs"), whatever it asks of it. */
export function termFactNamed(ds: Dataset, words: readonly string[]): string | undefined {
  const idx = termIndex(ds);
  for (const w of words) {
    const t = idx.long.get(w);
    if (t) return t.fact;
  }
  return undefined;
}
