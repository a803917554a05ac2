// Text as users type it → a command with named arguments, a usage error, or a question.
//   "/reserves china", "reserves china rare earths", "Reserven China", "/element Nd",
//   "/summit \"trump xi\"", "/reserves united states lithium", "/digest subscribe 08:00 Europe/Berlin de".
// Multi-word arguments are bound by trying every split of the words over the command's arguments
// and keeping the one whose parts resolve best against the dataset (so "united states lithium"
// becomes country "united states" + mineral "lithium").
import type { Locale } from '../reply/model.js';
import type { Dataset } from '../dataset/dataset.js';
import { editDistance, lookup, normalize, searchEvents } from '../dataset/lookup.js';
import type { Registry } from './registry.js';
import type { ArgSpec, Args, CommandDefinition, I18n, SubcommandSpec } from './types.js';
import { parsePeriod } from './dates.js';
import { echo, quoteInput } from './common.js';
import { normalizeTime, normalizeTimezone } from './digest-input.js';

export type ParsedLine =
  | { kind: 'command'; name: string; args: Args; locale?: Locale }
  | { kind: 'usage'; name: string; message: I18n; suggestions: string[] }
  | { kind: 'question'; text: string };

/** Longest input treated as a command line; longer text is a question (and the router truncates). */
const MAX_COMMAND_CHARS = 2000;
/** Word splits are tried up to this many words; beyond, the words go to the first argument. */
const MAX_SPLIT_WORDS = 8;
/** Bare (slash-less) command words only count for short lines; longer text reads as a question. */
const MAX_BARE_WORDS = 8;

// Command words that are German: typing them (without an explicit locale) answers in German.
const GERMAN_COMMAND_WORDS = new Set(['reserven', 'vorkommen', 'produktion', 'forderung', 'foerderung', 'elemente', 'gipfel',
  'ereignis', 'ereignisse', 'zeitleiste', 'chronik', 'termine', 'quellen', 'quelle', 'hilfe', 'befehle', 'frage', 'fragen', 'lage']);

// Words that carry no argument: "reserves of china", "Reserven von China", "events from X to Y".
const FILLER = new Set(['of', 'in', 'for', 'the', 'at', 'on', 'from', 'to', 'and', 'between', 'since', 'until',
  'von', 'vom', 'fur', 'fuer', 'der', 'die', 'das', 'den', 'dem', 'des', 'im', 'ab', 'bis', 'und', 'zwischen', 'seit', 'an']);

const QUOTES: Record<string, string> = { '"': '"', "'": "'", '“': '”', '„': '“', '«': '»', '‘': '’', '”': '”' };

/** Splits on whitespace, keeping quoted phrases ("trump xi", „Trump Xi“) together. */
export function tokenize(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && /\s/.test(s[i]!)) i++;
    if (i >= s.length) break;
    const close = QUOTES[s[i]!];
    if (close) {
      const end = s.indexOf(close, i + 1);
      if (end > i) {
        const inner = s.slice(i + 1, end).trim();
        if (inner) out.push(inner);
        i = end + 1;
        continue;
      }
      i++; // an unmatched quote is just dropped
      continue;
    }
    let j = i;
    while (j < s.length && !/\s/.test(s[j]!)) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

interface CommandWords {
  size: number;
  byWord: Map<string, CommandDefinition>;
}
const wordsCache = new WeakMap<Registry, CommandWords>();

function commandWords(registry: Registry): CommandWords {
  const all = registry.all();
  const hit = wordsCache.get(registry);
  if (hit && hit.size === all.length) return hit;
  const byWord = new Map<string, CommandDefinition>();
  for (const def of all) {
    for (const w of [def.name, ...(def.aliases ?? [])]) {
      const n = normalize(w).replace(/ /g, '') || w.toLowerCase();
      if (!byWord.has(n)) byWord.set(n, def);
    }
  }
  const words = { size: all.length, byWord };
  wordsCache.set(registry, words);
  return words;
}

function findCommand(registry: Registry, word: string): CommandDefinition | undefined {
  const n = normalize(word).replace(/ /g, '');
  return commandWords(registry).byWord.get(n || word.toLowerCase()) ?? registry.get(word);
}

/** Commands whose name or alias is close to `word` (typos, prefixes), nearest first. */
export function nearestCommands(registry: Registry, word: string, max = 3): string[] {
  const w = normalize(word).replace(/ /g, '').slice(0, 40);
  if (!w) return [];
  const scored: { name: string; d: number }[] = [];
  for (const [key, def] of commandWords(registry).byWord) {
    const d = key.startsWith(w) && w.length >= 2 ? 0.5 : editDistance(w, key, 3);
    if (d <= Math.max(1, Math.min(3, Math.floor(w.length / 3)))) scored.push({ name: def.name, d });
  }
  scored.sort((a, b) => a.d - b.d);
  return [...new Set(scored.map((s) => s.name))].slice(0, max);
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

// ---------------------------------------------------------------------------------------------
// Binding words to arguments

const RESOLVABLE = new Set(['country', 'mineral', 'element', 'event', 'source', 'date', 'time', 'timezone', 'locale', 'choice']);

/**
 * Fits already computed in one binding, per argument type and text: the word splits try each part
 * in several roles. Lives for one call of bindSpecs.
 */
type FitMemo = Map<string, Map<string, number>>;

/** How well `text` fits an argument: >0 recognised (10 exact, 6 typo), <0 not recognised. */
function fit(spec: ArgSpec, text: string, ds: Dataset | undefined, memo: FitMemo): number {
  let byText = memo.get(spec.type);
  if (!byText) memo.set(spec.type, (byText = new Map()));
  const cached = byText.get(text);
  if (cached !== undefined) return cached;
  let s: number;
  switch (spec.type) {
    case 'country': case 'mineral': case 'element': case 'source': {
      if (!ds) { s = 1; break; }
      const r = lookup(ds, spec.type, text, 0);
      s = r.kind === 'exact' ? 10 : r.kind === 'fuzzy' ? 6 : -3;
      break;
    }
    case 'event': {
      if (!ds) { s = 1; break; }
      const r = lookup(ds, 'event', text, 0);
      s = r.kind === 'exact' ? 10 : searchEvents(ds, text).length === 1 ? 8 : r.kind === 'fuzzy' ? 6 : -3;
      break;
    }
    case 'date': s = parsePeriod(text) ? 10 : -3; break;
    case 'time': s = normalizeTime(text) ? 10 : -3; break;
    case 'timezone': s = normalizeTimezone(text) ? 10 : -3; break;
    case 'locale': s = /^(en|de|english|englisch|deutsch|german)$/i.test(text) ? 10 : -3; break;
    case 'choice': s = spec.choices?.some((c) => c.toLowerCase() === text.toLowerCase()) ? 10 : -1; break;
    default: s = 1;
  }
  byText.set(text, s);
  return s;
}

interface Binding {
  args: Args;
  score: number;
  /** Parts given to resolvable arguments that resolve to nothing. */
  unresolved: number;
}

/** Every way of cutting `n` words into `m` consecutive (possibly empty) parts. */
function* compositions(n: number, m: number): Generator<number[]> {
  if (m === 1) {
    yield [n];
    return;
  }
  for (let k = n; k >= 0; k--) for (const rest of compositions(n - k, m - 1)) yield [k, ...rest];
}

// The compositions of a word count into an argument count, listed once: both are small (at most
// MAX_SPLIT_WORDS words), and the generator ran anew for every binding.
const compositionTable = new Map<string, readonly (readonly number[])[]>();

function compositionsOf(n: number, m: number): readonly (readonly number[])[] {
  const key = `${n} ${m}`;
  let list = compositionTable.get(key);
  if (!list) compositionTable.set(key, (list = [...compositions(n, m)]));
  return list;
}

/** The most any part can add to a split's score: fit is at most 10. */
const MAX_FIT = 10;

/**
 * The best split of `words` over `specs` (the first of equal scores), or one no better than `beat`
 * when none beats it: a split that cannot beat `beat` or the best so far, even if every part not
 * yet fitted fitted perfectly, is given up before its remaining parts are looked up (most of the
 * lookups of a binding were of parts no best split uses; bench/core.ts, --cpu-prof).
 */
function bindOrdered(specs: readonly ArgSpec[], words: readonly string[], ds: Dataset | undefined, memo: FitMemo, orderBonus: number, beat = -Infinity): Binding | undefined {
  // Each part's text joined once (spans[at][len]), not once per split it occurs in; the arguments
  // are written out for the best split only.
  const spans: string[][] = words.map(() => []);
  const text = (at: number, len: number): string => (spans[at]![len] ??= words.slice(at, at + len).join(' '));
  // A part's score: what fit gives it (an empty part only its penalty), or undefined while unknown.
  const known = (spec: ArgSpec, at: number, len: number): number | undefined => {
    if (!len) return spec.required ? -5 : 0;
    // Names are at most a few words; longer parts only fit free text.
    const f = RESOLVABLE.has(spec.type) && len > 5 ? -3 * len : memo.get(spec.type)?.get(text(at, len));
    return f === undefined ? undefined : f - (f < 0 ? len : 0);
  };
  let best: { parts: readonly number[]; score: number; unresolved: number } | undefined;
  splits: for (const parts of compositionsOf(words.length, specs.length)) {
    const threshold = Math.max(beat, best?.score ?? -Infinity);
    let score = orderBonus;
    let unresolved = 0;
    // The most the parts from i on can still add.
    let rest = 0;
    for (let i = 0, at = 0; i < specs.length; at += parts[i]!, i++) rest += known(specs[i]!, at, parts[i]!) ?? MAX_FIT;
    for (let i = 0, at = 0; i < specs.length; at += parts[i]!, i++) {
      if (score + rest <= threshold) continue splits;
      const spec = specs[i]!;
      const len = parts[i]!;
      rest -= known(spec, at, len) ?? MAX_FIT;
      if (!len) {
        if (spec.required) score -= 5;
        continue;
      }
      const f = RESOLVABLE.has(spec.type) && len > 5 ? -3 * len : fit(spec, text(at, len), ds, memo);
      if (f < 0) unresolved++;
      score += f - (f < 0 ? len : 0);
    }
    if (!best || score > best.score) best = { parts, score, unresolved };
  }
  if (!best) return undefined;
  const args: Args = {};
  let at = 0;
  for (let i = 0; i < specs.length; i++) {
    const len = best.parts[i]!;
    if (len) args[specs[i]!.name] = text(at, len);
    at += len;
  }
  return { args, score: best.score, unresolved: best.unresolved };
}

/** Binds typed words to a command's arguments (or a subcommand's). */
export function bindArgs(def: CommandDefinition, words: readonly string[], ds?: Dataset): Binding {
  if (def.subcommands?.length) {
    const [first, ...rest] = words;
    if (first === undefined) return { args: {}, score: 0, unresolved: 0 };
    const sub = findSubcommand(def, first);
    if (!sub) return { args: { subcommand: first, ...(rest.length ? { _: rest.join(' ') } : {}) }, score: -3, unresolved: 1 };
    const b = bindSpecs(sub.args, rest, ds);
    return { ...b, args: { subcommand: sub.name, ...b.args } };
  }
  return bindSpecs(def.args, words, ds);
}

function bindSpecs(specs: readonly ArgSpec[], input: readonly string[], ds: Dataset | undefined): Binding {
  if (!input.length || !specs.length) return { args: {}, score: 0, unresolved: 0 };
  const last = specs[specs.length - 1]!;
  if (specs.length === 1 && (last.rest || !RESOLVABLE.has(last.type) || last.type === 'event')) {
    const text = input.join(' ');
    const f = RESOLVABLE.has(last.type) ? fit(last, text, ds, new Map()) : 1;
    return { args: { [last.name]: text }, score: f, unresolved: f < 0 ? 1 : 0 };
  }
  let words = [...input];
  if (words.length > MAX_SPLIT_WORDS) words = [...words.slice(0, MAX_SPLIT_WORDS - 1), words.slice(MAX_SPLIT_WORDS - 1).join(' ')];
  const memo: FitMemo = new Map();
  const tryWords = (ws: string[]): Binding | undefined => {
    let best = bindOrdered(specs, ws, ds, memo, 0.5);
    // Two optional arguments may come in either order ("/reserves lithium chile"); the other order
    // counts only where it scores higher.
    if (specs.length === 2 && !specs[0]!.required && !specs[1]!.required) {
      const swapped = bindOrdered([specs[1]!, specs[0]!], ws, ds, memo, 0, best?.score);
      if (swapped && (!best || swapped.score > best.score)) best = swapped;
    }
    return best;
  };
  let best = tryWords(words);
  const withoutFiller = words.filter((w) => !FILLER.has(normalize(w)));
  if (best && withoutFiller.length && withoutFiller.length < words.length) {
    const alt = tryWords(withoutFiller);
    if (alt && (alt.unresolved < best.unresolved || (alt.unresolved === best.unresolved && alt.score > best.score))) best = alt;
  }
  return best ?? { args: {}, score: 0, unresolved: 0 };
}

// ---------------------------------------------------------------------------------------------

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function parseCommandLine(registry: Registry, text: string, ds?: Dataset): ParsedLine {
  const clean = text.replace(CONTROL, ' ').trim();
  if (!clean) return { kind: 'question', text: '' };
  const explicit = /^[/!]/.test(clean);
  if (!explicit && clean.length > MAX_COMMAND_CHARS) return { kind: 'question', text: clean };
  const line = explicit ? clean.slice(1).trimStart().slice(0, MAX_COMMAND_CHARS) : clean;
  const m = /^(\S+)\s*([\s\S]*)$/.exec(line);
  if (!m) {
    return explicit
      ? { kind: 'usage', name: '', message: { en: 'Type a command after the slash, e.g. /help.', de: 'Gib nach dem Schrägstrich einen Befehl ein, z. B. /help.' }, suggestions: ['/help'] }
      : { kind: 'question', text: clean };
  }
  const word = m[1]!;
  const rest = m[2] ?? '';
  const def = findCommand(registry, word);
  if (!def) {
    if (!explicit) return { kind: 'question', text: clean };
    const near = nearestCommands(registry, word);
    const shown = quoteInput(`/${word}`, 30);
    const tail = rest.trim() && rest.length < 80 ? ` ${echo(rest)}` : '';
    return {
      kind: 'usage',
      name: 'unknown',
      message: {
        en: `Unknown command ${shown}.${near.length ? ` Did you mean /${near[0]}?` : ''} /help lists every command.`,
        de: `Unbekannter Befehl ${shown}.${near.length ? ` Meintest du /${near[0]}?` : ''} /help listet alle Befehle.`,
      },
      suggestions: near.length ? near.map((n) => `/${n}${tail}`) : ['/help'],
    };
  }
  const words = tokenize(rest);
  if (!explicit) {
    // "reserves china" is a command; "Reserves are what exactly?" is a question.
    if (/[?？]\s*$/.test(clean) || words.length + 1 > MAX_BARE_WORDS) return { kind: 'question', text: clean };
  }
  const binding = bindArgs(def, words, ds);
  if (!explicit && binding.unresolved > 0 && !(def.subcommands?.length)) return { kind: 'question', text: clean };
  const german = GERMAN_COMMAND_WORDS.has(normalize(word).replace(/ /g, ''));
  return { kind: 'command', name: def.name, args: binding.args, ...(german ? { locale: 'de' as const } : {}) };
}
