// Binding a command's typed words to its arguments. Multi-word arguments are bound by trying every
// split of the words over the command's arguments and keeping the one whose parts resolve best
// against the dataset (so "united states lithium" becomes country "united states" + mineral
// "lithium"). Kept apart from parse.ts, which finds the command.
import type { Dataset } from '../dataset/dataset.js';
import { editDistance, lookup, lookupExactKey, lookupKey, normalize, searchEvents } from '../dataset/lookup.js';
import type { ArgSpec, Args, CommandDefinition, SubcommandSpec } from './types.js';
import { parsePeriod } from './dates.js';
import { normalizeTime, normalizeTimezone } from './digest-input.js';
import type { RequestLookups } from './request-lookups.js';
import { compositionsOf, sortByBound } from './bind-splits.js';

export { compositionsOf } from './bind-splits.js';

/** Word splits are tried up to this many words; beyond, the words go to the first argument. */
export const MAX_SPLIT_WORDS = 8;

// Words that carry no argument: "reserves of china", "Reserven von China", "events from X to Y".
export const FILLER = new Set(['of', 'in', 'for', 'the', 'at', 'on', 'from', 'to', 'and', 'between', 'since', 'until',
  'von', 'vom', 'fur', 'fuer', 'der', 'die', 'das', 'den', 'dem', 'des', 'im', 'ab', 'bis', 'und', 'zwischen', 'seit', 'an']);

export const RESOLVABLE = new Set(['country', 'mineral', 'element', 'event', 'source', 'date', 'time', 'timezone', 'locale', 'choice']);
const ENTITY = new Set(['country', 'mineral', 'element', 'event', 'source']);

export interface Binding {
  args: Args;
  score: number;
  /** Parts given to resolvable arguments that resolve to nothing. */
  unresolved: number;
}

/**
 * What one binding knows of a text as one argument type: its fit once computed, else `bound`, what a
 * cheap exact lookup already tells (an entity that is no exact match fits 8 at most; see fitBound).
 */
interface Known {
  fit?: number;
  bound?: number;
}

/**
 * What is known per argument type and text: the word splits try each part in several roles. Lives
 * for one call of bindSpecs.
 */
interface FitMemo {
  known: Map<string, Map<string, Known>>;
  /** Each part's lookupKey, made once for every kind it is tried as. */
  keys: Map<string, string>;
  /** The request's lookups, which the command reuses for the texts it is bound to. */
  lookups: RequestLookups | undefined;
}

const newMemo = (lookups?: RequestLookups): FitMemo => ({ known: new Map(), keys: new Map(), lookups });

function knownOf(memo: FitMemo, type: string, text: string): Known {
  let byText = memo.known.get(type);
  if (!byText) memo.known.set(type, (byText = new Map()));
  let k = byText.get(text);
  if (!k) byText.set(text, (k = {}));
  return k;
}

/** How well `text` fits an argument: >0 recognised (10 exact, 8 one event by its words, 6 typo), <0 not recognised. */
function fit(spec: ArgSpec, text: string, ds: Dataset | undefined, memo: FitMemo, known: Known = knownOf(memo, spec.type, text)): number {
  if (known.fit !== undefined) return known.fit;
  let s: number;
  switch (spec.type) {
    case 'country': case 'mineral': case 'element': case 'source': {
      if (!ds) { s = 1; break; }
      const r = memo.lookups ? memo.lookups.kindOnly(ds, spec.type, text) : lookup(ds, spec.type, text, 0);
      s = r.kind === 'exact' ? 10 : r.kind === 'fuzzy' ? 6 : -3;
      break;
    }
    case 'event': {
      if (!ds) { s = 1; break; }
      const r = memo.lookups ? memo.lookups.kindOnly(ds, 'event', text) : lookup(ds, 'event', text, 0);
      s = r.kind === 'exact' ? 10 : (memo.lookups ? memo.lookups.events(ds, text) : searchEvents(ds, text)).length === 1 ? 8 : r.kind === 'fuzzy' ? 6 : -3;
      break;
    }
    case 'date': s = parsePeriod(text) ? 10 : -3; break;
    case 'time': s = normalizeTime(text) ? 10 : -3; break;
    case 'timezone': s = normalizeTimezone(text) ? 10 : -3; break;
    case 'locale': s = /^(en|de|english|englisch|deutsch|german)$/i.test(text) ? 10 : -3; break;
    case 'choice': s = spec.choices?.some((c) => c.toLowerCase() === text.toLowerCase()) ? 10 : -1; break;
    default: s = 1;
  }
  known.fit = s;
  return s;
}

/** fit with nothing remembered: the reference the tests search exhaustively with. */
export const fitAlone = (spec: ArgSpec, text: string, ds: Dataset | undefined): number => fit(spec, text, ds, newMemo());

/**
 * The most a part can fit without a full lookup: its fit when known, 10 for an exact entity
 * match (that is its fit), else 8 for an event (found by its words) or 6 for another entity (a
 * typo), 10 for other resolvable types and 1 for free text.
 */
function fitBound(spec: ArgSpec, text: string, ds: Dataset | undefined, memo: FitMemo, known: Known): number {
  if (known.fit !== undefined) return known.fit;
  if (known.bound !== undefined) return known.bound;
  if (!ds || !ENTITY.has(spec.type)) return (known.bound = RESOLVABLE.has(spec.type) ? 10 : 1);
  let key = memo.keys.get(text);
  if (key === undefined) memo.keys.set(text, (key = lookupKey(text)));
  if (lookupExactKey(ds, spec.type as 'country', key) !== undefined) return (known.fit = 10);
  return (known.bound = spec.type === 'event' ? 8 : 6);
}

/**
 * One ordered binding's parts: the text of words[at, at + len), joined once, and what is known of it
 * as argument i's type. Splits share parts: looked up by position, a part's bound costs no string
 * hashing (two maps per part and split were a tenth of binding a command; bench/core-check.ts prof).
 * Each kept in one flat array (texts at at·(n+1) + len, known at (i·n + at)·(n+1) + len for n words)
 * rather than an array per word and argument, made anew for every binding.
 */
interface Parts {
  words: readonly string[];
  texts: (string | undefined)[];
  known: (Known | undefined)[];
}

function spanText(parts: Parts, at: number, len: number): string {
  const k = at * (parts.words.length + 1) + len;
  // A single word is its own text: the typed string, whose hash V8 keeps for every lookup of it.
  return (parts.texts[k] ??= len === 1 ? parts.words[at]! : parts.words.slice(at, at + len).join(' '));
}

function partKnown(spec: ArgSpec, i: number, parts: Parts, at: number, len: number, memo: FitMemo): Known {
  const n = parts.words.length;
  return (parts.known[(i * n + at) * (n + 1) + len] ??= knownOf(memo, spec.type, spanText(parts, at, len)));
}

/** What a part adds to a split's score when its fit is `f`: a part that does not fit costs its length too. */
const partScore = (f: number, len: number): number => f - (f < 0 ? len : 0);

/** A part's score, or (exact = false) the most it can be: see fitBound. Empty parts cost a required argument 5. */
function partBound(spec: ArgSpec, i: number, parts: Parts, at: number, len: number, ds: Dataset | undefined, memo: FitMemo): number {
  if (!len) return spec.required ? -5 : 0;
  // Names are at most a few words; longer parts only fit free text.
  if (RESOLVABLE.has(spec.type) && len > 5) return partScore(-3 * len, len);
  const known = partKnown(spec, i, parts, at, len, memo);
  return partScore(known.fit ?? known.bound ?? fitBound(spec, spanText(parts, at, len), ds, memo, known), len);
}

/** The most the parts of a split can add (see partBound). */
function splitBound(specs: readonly ArgSpec[], split: readonly number[], parts: Parts, ds: Dataset | undefined, memo: FitMemo): number {
  let b = 0;
  for (let i = 0, at = 0; i < specs.length; at += split[i]!, i++) b += partBound(specs[i]!, i, parts, at, split[i]!, ds, memo);
  return b;
}

/** Whether a split (at `index`) that scores at most `most` can no longer be kept. */
function hopeless(most: number, index: number, beat: number, best: { at: number; score: number } | undefined): boolean {
  return most <= beat || (best !== undefined && (most < best.score || (most === best.score && index > best.at)));
}

/**
 * The best split of `words` over `specs` (the first of equal scores), or one no better than `beat`
 * when none beats it. Branch and bound: every split gets the most it can score from cheap exact
 * lookups (partBound), splits are tried from the most promising, and the full lookups (typo scans,
 * event searches) run only for parts of a split that can still win; the first split of the best
 * score is kept, as an exhaustive search in split order keeps it. In plain split order most of the
 * lookups of a binding were typo scans of parts no best split uses (bench/core.ts, --cpu-prof);
 * test/commands/bind.test.ts compares with the exhaustive search.
 */
function bindOrdered(specs: readonly ArgSpec[], words: readonly string[], ds: Dataset | undefined, memo: FitMemo, orderBonus: number, beat = -Infinity): Binding | undefined {
  const span = words.length + 1;
  const spans: Parts = { words, texts: new Array<string | undefined>(words.length * span), known: new Array<Known | undefined>(specs.length * words.length * span) };
  const splits = compositionsOf(words.length, specs.length);
  // Filled in loops, not mapped through closures: made anew for each of a command's bindings.
  const bounds: number[] = [];
  const order: number[] = [];
  for (let i = 0; i < splits.length; i++) {
    bounds.push(orderBonus + splitBound(specs, splits[i]!, spans, ds, memo));
    order.push(i);
  }
  sortByBound(order, bounds);
  let best: { at: number; score: number; unresolved: number } | undefined;
  for (const index of order) {
    // Splits come by falling bound: after one that cannot reach the best, none can.
    if (bounds[index]! <= beat || (best && bounds[index]! < best.score)) break;
    const parts = splits[index]!;
    // Parts looked up since the sort may have lowered this split's bound.
    const now = orderBonus + splitBound(specs, parts, spans, ds, memo);
    if (hopeless(now, index, beat, best)) continue;
    let score = orderBonus;
    let unresolved = 0;
    // The most the parts from i on can still add.
    let rest = now - orderBonus;
    let kept = true;
    for (let i = 0, at = 0; i < specs.length; at += parts[i]!, i++) {
      const spec = specs[i]!;
      const len = parts[i]!;
      if (hopeless(score + rest, index, beat, best)) {
        kept = false;
        break;
      }
      rest -= partBound(spec, i, spans, at, len, ds, memo);
      if (!len) {
        if (spec.required) score -= 5;
        continue;
      }
      const f = RESOLVABLE.has(spec.type) && len > 5 ? -3 * len : fit(spec, spanText(spans, at, len), ds, memo, partKnown(spec, i, spans, at, len, memo));
      if (f < 0) unresolved++;
      score += partScore(f, len);
    }
    if (kept && (!best || score > best.score || (score === best.score && index < best.at))) best = { at: index, score, unresolved };
  }
  if (!best) return undefined;
  const args: Args = {};
  const parts = splits[best.at]!;
  for (let i = 0, at = 0; i < specs.length; at += parts[i]!, i++) if (parts[i]) args[specs[i]!.name] = spanText(spans, at, parts[i]!);
  return { args, score: best.score, unresolved: best.unresolved };
}

/**
 * The best binding of `ws` in the arguments' order and, for two optional arguments, the other order;
 * or, when none scores above `beat`, one no better or none (as bindOrdered).
 */
function bindWords(specs: readonly ArgSpec[], ws: readonly string[], ds: Dataset | undefined, memo: FitMemo, beat = -Infinity): Binding | undefined {
  const best = bindOrdered(specs, ws, ds, memo, 0.5, beat);
  // Two optional arguments may come in either order ("/reserves lithium chile"); the other order
  // counts only where it scores higher. One word (most command lines) scores the same in either
  // argument whatever the order, and the other order lacks the order bonus: it never scores higher.
  if (ws.length < 2 || specs.length !== 2 || specs[0]!.required || specs[1]!.required) return best;
  const swapped = bindOrdered([specs[1]!, specs[0]!], ws, ds, memo, 0, Math.max(beat, best?.score ?? -Infinity));
  return swapped && (!best || swapped.score > best.score) ? swapped : best;
}

function bindSpecs(specs: readonly ArgSpec[], input: readonly string[], ds: Dataset | undefined, lookups: RequestLookups | undefined): Binding {
  if (!input.length || !specs.length) return { args: {}, score: 0, unresolved: 0 };
  const last = specs[specs.length - 1]!;
  if (specs.length === 1 && (last.rest || !RESOLVABLE.has(last.type) || last.type === 'event')) {
    const text = input.join(' ');
    const f = RESOLVABLE.has(last.type) ? fit(last, text, ds, newMemo(lookups)) : 1;
    return { args: { [last.name]: text }, score: f, unresolved: f < 0 ? 1 : 0 };
  }
  let words = [...input];
  if (words.length > MAX_SPLIT_WORDS) words = [...words.slice(0, MAX_SPLIT_WORDS - 1), words.slice(MAX_SPLIT_WORDS - 1).join(' ')];
  const memo = newMemo(lookups);
  let best = bindWords(specs, words, ds, memo);
  const withoutFiller = words.filter((w) => !FILLER.has(normalize(w)));
  if (best && withoutFiller.length && withoutFiller.length < words.length) {
    // Without fillers the words win only by fewer unresolved parts, or as many and a higher score: a
    // binding resolving every part is beaten only above its score, so no split at or below it is
    // looked up ("Federative Republic of Brazil" scanned every part for typos again; bench/core-check.ts prof).
    const alt = bindWords(specs, withoutFiller, ds, memo, best.unresolved === 0 ? best.score : -Infinity);
    if (alt && (alt.unresolved < best.unresolved || (alt.unresolved === best.unresolved && alt.score > best.score))) best = alt;
  }
  return best ?? { args: {}, score: 0, unresolved: 0 };
}

export function findSubcommand(def: CommandDefinition, word: string): SubcommandSpec | undefined {
  const w = normalize(word).replace(/ /g, '');
  if (!w || !def.subcommands) return undefined;
  const subs = def.subcommands;
  const exact = subs.find((s) => [s.name, ...(s.aliases ?? [])].some((n) => normalize(n).replace(/ /g, '') === w));
  if (exact) return exact;
  // Typos ("subscibe") resolve when only one subcommand is that close.
  const near = subs.filter((s) => [s.name, ...(s.aliases ?? [])].some((n) => editDistance(w, normalize(n), 2) <= (w.length >= 6 ? 2 : 1)));
  return near.length === 1 ? near[0] : undefined;
}

/** Binds typed words to a command's arguments (or a subcommand's); `lookups`: the request's, for the command to reuse. */
export function bindArgs(def: CommandDefinition, words: readonly string[], ds?: Dataset, lookups?: RequestLookups): Binding {
  if (def.subcommands?.length) {
    const [first, ...rest] = words;
    if (first === undefined) return { args: {}, score: 0, unresolved: 0 };
    const sub = findSubcommand(def, first);
    if (!sub) return { args: { subcommand: first, ...(rest.length ? { _: rest.join(' ') } : {}) }, score: -3, unresolved: 1 };
    const b = bindSpecs(sub.args, rest, ds, lookups);
    return { ...b, args: { subcommand: sub.name, ...b.args } };
  }
  return bindSpecs(def.args, words, ds, lookups);
}
