// "Does Greenland have no reserves?", "Hat Malaysia keine Reserven?": a question denying that the figure
// answered exists (grammar.absence_words), which a figure stated answers "no" (answer-figures.ts).
import type { Dataset } from '../../dataset/dataset.js';
import type { Measure } from '../../commands/figures.js';
import { normalize } from '../../dataset/lookup.js';
import type { ParsedQuery } from '../query/types.js';
import { vocabIndex } from '../query/vocab.js';

/**
 * Whether the question's main clause denies that the figure answered exists: an absence word a few words
 * before a word of its attribute ("no rare earth reserves", "keine Reserven"; "reserves but no production"
 * denies another figure). The main clause is the first one ("Hat Kanada Reserven, obwohl es keine fördert?"
 * does not deny reserves), after an opening of two words or fewer ("Stimmt es, dass …").
 */
export function absenceAsked(ds: Dataset, p: ParsedQuery, measure: Measure): boolean {
  const v = vocabIndex(ds);
  const own = new Set(p.attributes.filter((h) => 'figure' in h.attribute.answer && h.attribute.answer.figure === measure).flatMap((h) => h.matched.flatMap((m) => m.split(' '))));
  const clauses = p.text.split(/[,;]/).map((c) => normalize(c).split(' ').filter(Boolean));
  const main = clauses.find((c) => c.length > 2) ?? [];
  return main.some((w, i) => v.absenceWords.has(w) && main.slice(i + 1, i + 4).some((x) => own.has(x)));
}
