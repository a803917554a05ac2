// A figure claimed for one of several figures a sentence lists ("mining 270,000 t and separation
// 250,000 t"; "12 million t by the end of 2025 and 25 million t a year through 2028"): the number
// claimed stands in the sentence, but beside another label or year than the one the question asks.
import type { CommandContext } from '../../commands/types.js';
import { normalize } from '../../dataset/lookup.js';
import { quantities } from '../query/quantities.js';
import { stem } from '../query/text.js';
import type { ParsedQuery } from '../query/types.js';
import { vocabIndex } from '../query/vocab.js';

// The parts of a listing sentence: clauses after a semicolon or a comma, and items joined by "and".
const PARTS = /;\s|,\s|\s(?:and|und|sowie)\s/;
const YEAR = /\b(?:19|20)\d\d\b/g;
const yearsIn = (text: string): string[] => text.match(YEAR) ?? [];
const NUMBERS = /\d[\d,.]*\d|\d/g;

/**
 * The word right before a part's first number (its label: "mining", "separation"), normalised; a year is
 * no number, and a word of a change's start ("from 57 % to 47 %", grammar.change_from) no label: the word before it is.
 */
function labelOf(part: string, from: ReadonlySet<string>): string[] {
  const first = [...part.matchAll(NUMBERS)].find((m) => !/^(?:19|20)\d\d$/.test(m[0]));
  if (!first) return [];
  // The one word right before it: "mining 270,000 t"; "… betrug 2022 210 t" has a year there, no label.
  const before = normalize(part.slice(0, first.index)).split(' ').filter(Boolean);
  if (from.has(before.at(-1) ?? '')) before.pop();
  return before.slice(-1).filter((w) => !/\d/.test(w));
}

/**
 * Whether the quantities asked each stand in one part of the sentence, while the label or the year the
 * question asks stands in another part, beside another figure: a claim the sentence contradicts.
 */
export function labelledElsewhere(ctx: CommandContext, p: ParsedQuery, sentence: string, asked: readonly string[]): boolean {
  const parts = sentence.split(PARTS);
  if (parts.length < 2 || !asked.length) return false;
  const v = vocabIndex(ctx.dataset);
  const lang = ctx.locale;
  // Of all the question's words, names included ("Did Canada produce 20 t?": "Canada 20 t" is its own label).
  const askedStems = new Set(p.words.filter((w) => !v.stop.has(w)).map((w) => stem(w, lang)));
  // A label may open a German compound asked ("Abbau" in "Abbauquote").
  const from = v.wordLists.changeFrom[lang];
  const askedLabel = (part: string): boolean => labelOf(part, from).some((w) => w.length >= 4 && (askedStems.has(stem(w, lang)) || p.content.some((c) => c.length > w.length + 3 && c.startsWith(w))));
  // A year asked as such ("by the end of 2025"), not the year of a day claimed ("until 10 November 2026").
  const year = p.time?.kind === 'year' && !p.time.relative ? p.time.start.slice(0, 4) : undefined;
  // Numbers the question writes ("270,000 t"), not its ordinals ("the first meeting since 2019").
  const written = new Set(quantities(p.time ? p.text.replace(p.time.text, ' ') : p.text));
  if (pairsMismatched(p, parts, lang, from)) return true;
  for (const q of asked.filter((x) => written.has(x))) {
    const own = parts.filter((x) => quantities(x).includes(q));
    if (own.length !== 1) continue;
    const others = parts.filter((x) => x !== own[0] && quantities(x).some((n) => n !== q));
    // Only a part with a label of its own ("separation 250,000 t") can be another label's; "… entfielen
    // 250.850 t … und 19.150 t auf …" labels its second figure after it.
    if (labelOf(own[0]!, from).length && others.some(askedLabel) && !askedLabel(own[0]!)) return true;
    const ownYears = yearsIn(own[0]!);
    if (year && ownYears.length && !ownYears.includes(year) && others.some((x) => yearsIn(x).includes(year))) return true;
  }
  return false;
}

/**
 * "Mining quota 270,000 t and the separation quota also 270,000 t?" against "mining 270,000 t and
 * separation 250,000 t": each label the question pairs with a number (the first number after the
 * label's word) must have that number in the sentence's part of that label. Only for two numbers or more.
 */
function pairsMismatched(p: ParsedQuery, parts: readonly string[], lang: ParsedQuery['locale'], from: ReadonlySet<string>): boolean {
  const text = p.text.toLowerCase();
  if (quantities(text).length < 2) return false;
  const words = [...text.matchAll(/\p{L}+/gu)];
  // Where the question names a part's label: the label's word or stem, or a German compound opening
  // with its first syllables ("Trennquote" for "Trennung").
  const labelAt = (word: string): number | undefined => {
    const label = stem(word, lang);
    const head = word.slice(0, 5);
    return words.find((m) => {
      const w = normalize(m[0]);
      return stem(w, lang) === label || w.startsWith(label) || (lang === 'de' && word.length >= 5 && w.length > 5 && w.startsWith(head));
    })?.index;
  };
  const pairs = parts.flatMap((part) => {
    const word = labelOf(part, from)[0];
    const at = word !== undefined && word.length >= 4 ? labelAt(word) : undefined;
    return at === undefined ? [] : [{ part, paired: quantities(text.slice(at))[0] }];
  });
  return pairs.length >= 2 && pairs.some((x) => x.paired !== undefined && !quantities(x.part).includes(x.paired));
}
