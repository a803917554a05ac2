// Yes or no first, for a yes/no question answered by a sentence of the dataset. The sentence must
// state what the question asks (most of its content words, stemmed, and every person it names);
// then the answer is "yes" when the sentence and the question agree in negation and "no" when one
// of them is negated ("Is the MoU binding?" — "a non-binding MoU"; "is promethium found in nature?"
// — "essentially absent in nature"). Anything less certain stays the sentence alone: never a guess.
import type { CommandContext } from '../../commands/types.js';
import { normalize } from '../../dataset/lookup.js';
import { stem, verbStem } from '../query/text.js';
import { vocabIndex } from '../query/vocab.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';

const cache = new WeakMap<object, Set<string>>();

/**
 * Surnames and given names of the people in the dataset's events (not organisations: a participant
 * with a lower-case word, "US delegation", is a body, and its "us" is no name).
 */
function people(ctx: CommandContext): Set<string> {
  let set = cache.get(ctx.dataset);
  if (!set) {
    set = new Set<string>();
    const stop = vocabIndex(ctx.dataset).stop;
    for (const e of ctx.dataset.events) {
      for (const who of e.participants) {
        if (/[()]/.test(who) || who === who.toUpperCase() || who.split(/\s+/).some((w) => !/^\p{Lu}/u.test(w))) continue;
        for (const w of normalize(who).split(' ')) if (w.length >= 2 && !stop.has(w)) set.add(w);
      }
    }
    cache.set(ctx.dataset, set);
  }
  return set;
}

/** The people of the dataset's events a question names ("trump", "xi"). */
export const peopleNamed = (ctx: CommandContext, p: ParsedQuery): string[] => [...new Set(p.words.filter((w) => people(ctx).has(w)))];

/**
 * Where a question names people, the parts of the sentence (split at ";", "but", "while") that name
 * one of them: "Trump skipped the meeting; Bessent attended" is a "no" about Trump and a "yes" about
 * Bessent. Without people, the whole sentence.
 */
function scopes(sentence: string, named: readonly string[]): string[][] {
  const parts = sentence.split(/;\s+|,?\s+(?:but|while|whereas|aber|während|doch)\s+/i).map((x) => normalize(x).split(' '));
  return named.length ? parts.filter((ws) => named.some((n) => ws.includes(n))) : [normalize(sentence).split(' ')];
}

const negated = (words: readonly string[], negations: ReadonlySet<string>): boolean =>
  // "No. 70" is a number, not a negation.
  words.some((w, i) => negations.has(w) && !(w === 'no' && /^\d/.test(words[i + 1] ?? '')));

/** 'yes', 'no', or undefined when the sentence does not settle the question. */
export function polarity(ctx: CommandContext, p: ParsedQuery, sentence: string): 'yes' | 'no' | undefined {
  const v = vocabIndex(ctx.dataset);
  const lang = ctx.locale;
  const words = normalize(sentence).split(' ');
  const stems = new Set(words.flatMap((w) => [stem(w, lang), verbStem(w, lang)]));
  const content = [...new Set(p.content)].filter((w) => !v.stop.has(w) && !v.negations.has(w));
  if (!content.length) return undefined;
  const named = peopleNamed(ctx, p);
  if (named.some((w) => !words.includes(w))) return undefined;
  let hits = 0;
  let prefixed = false;
  for (const w of content) {
    if (stems.has(stem(w, lang)) || stems.has(verbStem(w, lang))) hits++;
    // "verbindlich" against "unverbindliche", "binding" against "non-binding".
    else if (v.negationPrefixes.some((pre) => words.some((x) => x.startsWith(pre) && stem(x.slice(pre.length), lang) === stem(w, lang)))) {
      hits++;
      prefixed = true;
    }
  }
  // Two thirds of the content words; of one or two, one ("found in nature" — "absent in nature").
  if (content.length <= 2 ? hits < 1 : hits * 3 < content.length * 2) return undefined;
  // Every part naming the question's people must agree, or the sentence settles nothing.
  const parts = [...new Set(scopes(sentence, named).map((ws) => negated(ws, v.negations)))];
  if (parts.length !== 1) return undefined;
  const sNeg = prefixed || parts[0]!;
  const qNeg = negated(p.words, v.negations);
  return sNeg === qNeg ? 'yes' : 'no';
}

/** The answer with "Yes —" / "No —" first when its lead settles a yes/no question. */
export function polarFirst(ctx: CommandContext, p: ParsedQuery, a: AnswerFirst): AnswerFirst {
  if (!p.polar || a.status !== 'answer' || a.list || /^\W*(yes|no|ja|nein)\b/i.test(a.lead)) return a;
  const r = polarity(ctx, p, a.lead);
  if (!r) return a;
  const word = r === 'yes' ? (ctx.locale === 'de' ? 'Ja' : 'Yes') : ctx.locale === 'de' ? 'Nein' : 'No';
  return { ...a, lead: `${word} — ${a.lead}` };
}
