// Amounts of money asked ("How many dollars is Japan committing?", "finanziell vereinbart";
// grammar.money_words) and written in the dataset's texts ("$550 billion", "¥9.9 trillion", "1 Mrd. US-Dollar").
import type { ParsedQuery } from '../query/types.js';
import { paddedQuestion } from '../query/question-text.js';
import type { vocabIndex } from '../query/vocab.js';

// Per question: the words of the money phrases it holds, or null. Asked for every clause of every event
// a question is matched against, it was a twentieth of an uncached answer's CPU (bench/core.ts, --cpu-prof).
const moneyWordsCache = new WeakMap<ParsedQuery, Set<string> | null>();

// The vocabulary's money phrases (one list per dataset) padded with spaces once, not a template string
// per phrase for every question (bench/core-check.ts prof).
const paddedLists = new WeakMap<readonly string[], readonly string[]>();
function paddedMoneyWords(list: readonly string[]): readonly string[] {
  let out = paddedLists.get(list);
  if (!out) paddedLists.set(list, (out = list.map((e) => ` ${e} `)));
  return out;
}

/** The words of the phrases asking an amount of money the question holds ("how many dollars"), or undefined when it holds none. */
export function moneyWordsOf(p: ParsedQuery, v: ReturnType<typeof vocabIndex>): Set<string> | undefined {
  let held = moneyWordsCache.get(p);
  if (held === undefined) {
    const q = paddedQuestion(p);
    const padded = paddedMoneyWords(v.moneyWords);
    const phrases: string[] = [];
    for (let i = 0; i < padded.length; i++) if (q.includes(padded[i]!)) phrases.push(v.moneyWords[i]!);
    moneyWordsCache.set(p, (held = phrases.length ? new Set(phrases.flatMap((e) => e.split(' '))) : null));
  }
  return held ?? undefined;
}

// A sum of money as the dataset's texts write one: "$550 billion", "US$1 billion", "550 Mrd. Dollar", "9,9 Billionen Yen".
export const SUM = /(?:US)?\$\s?\d|¥\s?\d|\d[\d.,]*\s*(?:Mrd\.|Mio\.|Billionen|billion|trillion)?\s*(?:US-)?(?:Dollar|dollars?|Yen|yen)\b/u;
