// "Hat das Weiße Haus 8,5 Mrd. Dollar für Australien genannt?" against "According to Albanese …, a US$8.5
// billion project pipeline; the White House fact sheet speaks of more than US$3 billion": a number asked as
// said by someone stands in the clause of another speaker, so the claim of who said it is no.
import type { CommandContext } from '../../commands/types.js';
import { normalize } from '../../dataset/lookup.js';
import type { ParsedQuery } from '../query/types.js';
import { askedNumbers } from '../query/question-text.js';
import { vocabIndex } from '../query/vocab.js';
import { quantities } from '../query/quantities.js';
import { stem, typedCapitalised } from '../query/text.js';

/** Whether the number the question has someone say stands in a clause without them, while another clause names them. */
export function saidByAnother(ctx: CommandContext, p: ParsedQuery, sentence: string): boolean {
  const v = vocabIndex(ctx.dataset);
  if (!p.words.some((w) => v.reporting.has(w))) return false;
  const numbers = askedNumbers(p);
  if (!numbers.length) return false;
  const clauses = sentence.split(/;\s+/);
  if (clauses.length < 2) return false;
  const holding = clauses.find((c) => numbers.every((n) => quantities(c).includes(n)));
  if (!holding) return false;
  // By stems: "das Weiße Haus" is "des Weißen Hauses" in the text.
  const stems = (c: string): Set<string> => new Set(normalize(c).split(' ').map((w) => stem(w, ctx.locale)));
  const held = stems(holding);
  const others = clauses.filter((c) => c !== holding).map(stems);
  // The question's own words naming a speaker (written capitalised: "Albanese", "Weiße Haus"; "next" names
  // no one): in another clause, not in the one stating the number.
  const speaker = p.content.filter((w) => w.length >= 4 && !v.reporting.has(w) && typedCapitalised(p.text, w) && !held.has(stem(w, ctx.locale)) && others.some((o) => o.has(stem(w, ctx.locale))));
  return speaker.length > 0;
}
