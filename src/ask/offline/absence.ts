// "Does Greenland have no reserves?", "Hat Malaysia keine Reserven?": a question denying that the figure
// answered exists (grammar.absence_words), which a figure stated answers "no" (answer-figures.ts).
import type { Dataset } from '../../dataset/dataset.js';
import type { Measure } from '../../commands/figures.js';
import { normalize } from '../../dataset/lookup.js';
import type { ParsedQuery } from '../query/types.js';
import { vocabIndex } from '../query/vocab.js';
import { matchedWords } from '../query/matched-words.js';

/**
 * Whether the question's main clause denies that the figure answered exists: an absence word a few words
 * before a word of its attribute ("no rare earth reserves", "keine Reserven"; "reserves but no production"
 * denies another figure). The main clause is the first one ("Hat Kanada Reserven, obwohl es keine fördert?"
 * does not deny reserves), after an opening of two words or fewer ("Stimmt es, dass …"). An absence word
 * after the attribute's verb denies it too ("Canada produces no rare earths", "Fördert China keine …?"),
 * with only a name between ("reserves but no production" denies the production).
 */
export function absenceAsked(ds: Dataset, p: ParsedQuery, measure: Measure, taggedStatement = false): boolean {
  const v = vocabIndex(ds);
  const own = new Set(matchedWords(p.attributes.filter((h) => 'figure' in h.attribute.answer && h.attribute.answer.figure === measure)));
  // A sentence of context before the question ("Malaysia stood without reserves in MCS 2025. Did USGS change that?") denies nothing asked.
  const asked = p.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).filter((x) => x.trim()).at(-1) ?? p.text;
  const names = new Set(p.subjects.countries.flatMap((c) => [c.name.en, c.name.de, ...c.aliases]).flatMap((n) => normalize(n).split(' ')));
  const clauses = asked.split(/[,;]/).map((c) => normalize(c).split(' ').filter(Boolean));
  const main = clauses.find((c) => c.length > 2) ?? [];
  // A German compound ends in its attribute's word ("keine Seltenerdreserven" asks "reserven").
  const ownWord = (x: string): boolean => own.has(x) || [...own].some((o) => o.length >= 4 && x.endsWith(o));
  // "Australia doesn't mine any rare earths, correct?": in a statement put to judge by a tag of truth
  // (taggedStatement), a negation before the attribute's verb denies it as "no" does; a question opened
  // by its verb ("Does China not produce …?") or closed by one ("…, does it?") asks the fact itself, and
  // a negation after the attribute ("reserves not yet mined") qualifies it.
  return main.some((w, i) => (v.absenceWords.has(w) && (main.slice(i + 1, i + 4).some(ownWord) || verbBefore(main, i, own, names, (w) => v.stop.has(w) && !v.personJoiners.has(w))))
    || (taggedStatement && i > 0 && v.negations.has(w) && main.slice(i + 1, i + 4).some(ownWord)));
}

/**
 * The attribute's verb a few words before the absence word, across names and particles ("Fördern die USA
 * überhaupt keine …?"); not across a word joining another clause ("reserves but no production").
 */
function verbBefore(main: readonly string[], i: number, own: ReadonlySet<string>, names: ReadonlySet<string>, particle: (w: string) => boolean): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    if (own.has(main[j]!)) return true;
    if (!names.has(main[j]!) && !particle(main[j]!)) return false;
  }
  return false;
}
