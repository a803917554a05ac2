// Whose office a sentence gives a person: "Was Anutin the Cambodian prime minister?" against "Thai Prime
// Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet …" (src/ask/offline/polar.ts).
import type { CommandContext } from '../../commands/types.js';
import type { ParsedQuery } from '../query/types.js';
import { vocabIndex } from '../query/vocab.js';
import { genitiveBase } from '../query/text.js';
import { countryMentions } from './polar-lead.js';


/**
 * Whether the sentence places the one person the question names in another country than the one
 * the question gives them ("Thai Prime Minister Anutin", "Südkoreas Präsident Lee", "prime minister of Japan"):
 * the countries within a few words before or after the name, up to a word opening another's stretch
 * (grammar.person_joiners: in "Thai Prime Minister Anutin … and Cambodian Prime Minister Hun Manet", Cambodia is not Anutin's).
 * `words`: the sentence's normalised words; `named`: the words of the person's name the question types.
 */
export function placedElsewhere(ctx: CommandContext, p: ParsedQuery, words: readonly string[], named: readonly string[]): boolean {
  const { personJoiners } = vocabIndex(ctx.dataset);
  // A German genitive names its country too ("Südkoreas Präsident Lee", "Thailands Premierminister").
  const asName = (w: string): string => {
    const base = genitiveBase(w, ctx.locale);
    return base !== undefined && countryMentions(ctx, [base]).length ? base : w;
  };
  // By names only: the words are a reader's and the texts' ("is" is not Iceland's code).
  const mentioned = (ws: readonly string[]): string[] => [...new Set(countryMentions(ctx, ws.map(asName), { codes: false }).map((m) => m.id))];
  // The question's own words: a country adjective beside a person the event is found by ("the Cambodian
  // prime minister Anutin") is no subject of the parse, but it is what the question claims.
  // "Did Anutin sign the declaration with Cambodia?": a country after a word joining people ("with", "mit") is the other side.
  // Only a side the sentence names: "Did Albanese sign the framework with Japan?" names a partner the record lacks.
  const inSentence = new Set(mentioned(words));
  const otherSide = new Set(countryMentions(ctx, p.words, { codes: false }).filter((m) => m.start > 0 && personJoiners.has(p.words[m.start - 1]!) && inSentence.has(m.id)).map((m) => m.id));
  const asked = (p.subjects.countries.length ? p.subjects.countries.map((c) => c.id) : mentioned(p.words)).filter((id) => !otherSide.has(id));
  if (!named.length || asked.length !== 1) return false;
  const at = named.map((w) => words.indexOf(w));
  if (at.some((i) => i < 0)) return false;
  const first = Math.min(...at);
  const last = Math.max(...at);
  // One person: the words of the name stand together (given name and surname may be apart by one).
  if (last - first > named.length) return false;
  let from = first;
  while (from > 0 && first - from < 4 && !personJoiners.has(words[from - 1]!)) from--;
  let to = last + 1;
  while (to < words.length && to - last <= 6 && !personJoiners.has(words[to]!)) to++;
  const found = mentioned([...words.slice(from, first), ...words.slice(last + 1, to)]);
  return found.length > 0 && !found.includes(asked[0]!);
}
