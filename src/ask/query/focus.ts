// The question inside a chat message: readers put context around it ("Writing a piece on magnets.
// Which country mines the most rare earths?", "Is promethium radioactive? asking for a colleague").
// The sentence that asks is read on its own, so the context's words ask nothing; what it is about
// may come from the context ("Prepping a lithium slide. Argentina vs Brazil output in 2025?").
import type { Dataset } from '../../dataset/dataset.js';
import type { Locale } from '../../reply/model.js';
import { normalize } from '../../dataset/lookup.js';
import { splitSentences } from './sentences.js';
import { vocabIndex } from './vocab.js';

/** Whether a sentence asks: it ends in a question mark, or opens with a question word, a yes/no verb or a tag asking to confirm. */
function asks(ds: Dataset, sentence: string, locale: Locale): boolean {
  if (/\?[\s\p{P}\p{S}]*$/u.test(sentence)) return true;
  const v = vocabIndex(ds);
  const norm = normalize(sentence);
  const first = norm.split(' ')[0] ?? '';
  return v.questionWords.has(first) || v.operators.byLang[locale].get(first) === 'yesno' || v.polarTags.opening[locale].some((t) => `${norm} `.startsWith(`${t} `));
}

/**
 * The one sentence of a message of several that asks; undefined when the message is one sentence,
 * or when none or several of its sentences ask (then the whole message is read).
 * Not the pieces around a colon or a dash, which name the topic of the question after them
 * ("cobalt reserves: Cuba or the Philippines?").
 */
export function questionFocus(ds: Dataset, text: string, locale: Locale): string | undefined {
  const sentences = splitSentences(ds, text);
  if (sentences.length < 2) return undefined;
  const asking = sentences.filter((s) => asks(ds, s, locale));
  return asking.length === 1 ? asking[0] : undefined;
}

/**
 * Chat writes in lower case: "lovely country. where was the summit held?" holds two sentences, which
 * Unicode's rules join (no capital after the full stop). A question word after a full stop starts one;
 * the one sentence so cut off that asks, when it is not the whole message. Weaker than a sentence
 * Unicode finds: the caller reads it alone only when it names what it asks about itself.
 */
export function lowerCaseFocus(ds: Dataset, text: string, locale: Locale): string | undefined {
  const parts = lowerCaseQuestions(ds, text);
  if (parts.length < 2) return undefined;
  const asking = parts.filter((s) => asks(ds, s, locale));
  return asking.length === 1 ? asking[0] : undefined;
}

function lowerCaseQuestions(ds: Dataset, sentence: string): string[] {
  const questionWords = vocabIndex(ds).questionWords;
  const out: string[] = [];
  let from = 0;
  // Not an ellipsis ("next to China's... how lopsided"), which trails off within one thought.
  for (const m of sentence.matchAll(/(?<!\.)[.!]\s+(\p{Ll}+)/gu)) {
    if (!questionWords.has(normalize(m[1]!))) continue;
    const at = m.index + m[0].length - m[1]!.length;
    out.push(sentence.slice(from, at).trim());
    from = at;
  }
  out.push(sentence.slice(from).trim());
  return out.filter(Boolean);
}

/**
 * The clause after a comma and a joining word ("…, but how big are its reserves?", "…, aber wie viel
 * …?") when it asks on its own; the clause before it is context. Undefined otherwise.
 */
export function clauseFocus(ds: Dataset, text: string, locale: Locale): string | undefined {
  const joiners = vocabIndex(ds).clauseJoiners[locale];
  let cut = -1;
  for (const m of text.matchAll(/,\s*([\p{L}]+)\s+/gu)) if (joiners.includes(normalize(m[1]!))) cut = m.index + m[0].length;
  if (cut < 0) return undefined;
  const tail = text.slice(cut);
  return asks(ds, tail, locale) && !/^[\s\p{P}]*$/u.test(tail) ? tail : undefined;
}
