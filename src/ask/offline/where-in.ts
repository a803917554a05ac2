// "Where in <country> …" with a figure attribute: a place, which the USGS tables do not give.
import type { CommandContext } from '../../commands/types.js';
import type { Country, Mineral } from '../../dataset/schema.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { normalize } from '../../dataset/lookup.js';
import { vocabIndex } from '../query/vocab.js';
import { passageAnswer } from './answer-facts.js';
import { retrieve } from './retrieve.js';

/** "Where in the United States are rare earths mined?": the sentence of a fact about that country and mineral naming a place. */
export function whereInCountry(ctx: CommandContext, p: ParsedQuery, m: Mineral, c: Country): { answer: AnswerFirst; fact: string } | undefined {
  const ids = new Set(ctx.dataset.facts.filter((f) => f.countries.includes(c.id) && f.minerals.includes(m.id)).map((f) => f.id));
  // A sentence naming a place: a locative before a name other than the country's ("at Mountain Pass", "in northern Saxony").
  const locatives = [...vocabIndex(ctx.dataset).locatives];
  const country = new Set([c.name.en, c.name.de, ...c.aliases].map((n) => normalize(n)));
  const placed = (text: string): boolean => {
    const raw = text.split(/[^\p{L}]+/u);
    return raw.some((w, i) => locatives.includes(normalize(w)) && [raw[i + 1], raw[i + 2]].some((x) => x && /^\p{Lu}/u.test(x) && !country.has(normalize(x))));
  };
  const hit = retrieve(ctx.dataset, p.words, ctx.locale, (x) => x.kind === 'fact' && ids.has(x.ref) && placed(x.text), 1)[0];
  return hit ? { answer: passageAnswer(ctx, p, hit), fact: hit.passage.ref } : undefined;
}
