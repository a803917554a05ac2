// How many times one figure is claimed to be another ("Is China's output more than 10 times America's?",
// "Fördert China zehnmal so viel wie die USA?", "twice as much"): the number a comparison asked yes or no
// must clear, read from the words of grammar.times and grammar.twice.
import type { Dataset } from '../../dataset/dataset.js';
import { normalize } from '../../dataset/lookup.js';
import { vocabIndex } from './vocab.js';

/** The multiple claimed, above one; undefined when the question claims none. */
export function multipleClaimed(ds: Dataset, text: string): number | undefined {
  const { timesWords: times, twiceWords: twice, numbers } = vocabIndex(ds);
  const words = normalize(text.replace(/(\d),(\d)/g, '$1.$2')).split(' ');
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (twice.has(w)) return 2;
    const next = words[i + 1] ?? '';
    const n = /^\d+(?:\.\d+)?$/.test(w) ? Number(w) : numbers.get(w);
    if (n !== undefined && n > 1 && times.has(next)) return n;
    // "zehnmal", "10fach", "zehnfache": a German number glued to its word of times.
    for (const s of times) {
      if (w.length <= s.length || !w.endsWith(s)) continue;
      const head = w.slice(0, -s.length);
      const g = /^\d+$/.test(head) ? Number(head) : numbers.get(head);
      if (g !== undefined && g > 1) return g;
    }
  }
  return undefined;
}
