// German compounds of a question split into the parts the dataset knows, and readers' words replaced
// by the ones its texts use; the parser's first step (src/ask/query/parse.ts).
import { normalize } from '../../dataset/lookup.js';
import { compoundParts } from './word-table.js';

function hyphenParts(raw: string, parts: ReadonlySet<string>, heads: ReadonlySet<string>): string[] | undefined {
  let any = false;
  const out: string[] = [];
  for (const piece of raw.split('-')) {
    const split = compoundParts(normalize(piece), parts, heads);
    if (split) any = true;
    for (const w of split ?? [piece]) out.push(w);
  }
  return any ? out : undefined;
}

/**
 * A compound with an unknown first part whose last part is one of `tails` (a commodity not held, a word of
 * a quantity, price or date: "Naturgraphit", "Erscheinungsdatum"): the last part of a German compound
 * carries its meaning, so the question asks that. The longest such last part, five letters or more, after
 * three letters or more.
 */
function meaningTail(word: string, parts: ReadonlySet<string>, heads: ReadonlySet<string>, tails: ReadonlySet<string>): string[] | undefined {
  if (word.length < 8) return undefined;
  for (let i = 3; i <= word.length - 5; i++) {
    const rest = word.slice(i);
    if (tails.has(rest)) return [word.slice(0, i), rest];
    // Such a part opening a compound of its own ("Naturgraphitförderung": "natur" + "graphit förderung").
    const split = compoundParts(rest, parts, heads);
    if (split && tails.has(split[0]!)) return [word.slice(0, i), ...split];
  }
  return undefined;
}

/** Whether a word opens with an upper-case letter, as /^[\p{Lu}]/u tests it; ASCII without the pattern. */
function opensUpper(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^[\p{Lu}]/u.test(raw);
}

/**
 * The question with German compounds split into known parts ("Lithiumreserven" → "lithium reserven")
 * and readers' words replaced by the ones the dataset's texts use ("Ankündigung" → "bekanntmachung").
 */
export function decompound(raws: readonly string[], parts: ReadonlySet<string>, heads: ReadonlySet<string>, synonyms: ReadonlyMap<string, string>, whole: ReadonlySet<string>, tails: ReadonlySet<string>,
  byText?: (word: string) => readonly string[] | undefined): string {
  // Joined as it goes: map's array (of another kind when empty) at the join threw the parser's
  // optimised code away (see itemsOf).
  let out = '';
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i]!;
    const norm = normalize(raw);
    const n = norm.includes(' ') ? norm.replace(/ /g, '') : norm;
    const casing = opensUpper(raw) || raw === raw.toLowerCase();
    // A hyphenated word whose parts do not join into a compound ("US-Seltenerdförderung"): each part on its own.
    // A region's or country's own word is whole (VocabIndex.unsplit).
    // Last, a noun the vocabulary cannot split, by the words of the dataset's texts (dataset-compounds.ts).
    const split = casing && !whole.has(n) ? compoundParts(n, parts, heads) ?? (raw.includes('-') ? hyphenParts(raw, parts, heads) : parts.has(n) ? undefined
      : meaningTail(n, parts, heads, tails) ?? (byText && n.length >= 7 && opensUpper(raw) ? byText(n) : undefined)) : undefined;
    // A hyphenated word with a reader's word in it ("Ge-Output", "Sb-Förderung"): each part on its own, that one replaced.
    const pieces = !split && raw.includes('-') ? raw.split('-').filter(Boolean) : undefined;
    const replaced = pieces?.some((x) => synonyms.has(normalize(x))) ? pieces : undefined;
    // A word left whole is looked up by the form normalised above, not normalised again.
    out += (i ? ' ' : '') + (split ?? replaced ? (split ?? replaced)!.map((w) => synonyms.get(normalize(w)) ?? w).join(' ') : synonyms.get(norm) ?? raw);
  }
  return out;
}
