// German nouns neither the vocabulary nor the names know, read by the words of the dataset's own German
// texts: "Gefangene" as the "Kriegsgefangenen" it ends. The question's word then stands for what the
// texts say. (Splitting a noun into two words the texts hold, "Fentanylzoll" as "fentanyl zoll", was
// tried: the parts' common words pointed questions at neighbouring records more often than it helped.)
import type { Dataset } from '../../dataset/dataset.js';
import { passageWords } from '../offline/retrieve.js';
import { stem } from './text.js';

// Per word set: the stems of its words of eight letters or more, with a word of each, by their last four
// letters, for the search of a compound a question's word ends (a scan of all of them was 20 µs a word).
const longStemsOf = new WeakMap<ReadonlySet<string>, Map<string, [string, string][]>>();

function longStems(words: ReadonlySet<string>): Map<string, [string, string][]> {
  let m = longStemsOf.get(words);
  if (!m) {
    longStemsOf.set(words, (m = new Map()));
    const seen = new Set<string>();
    for (const w of words) {
      if (w.length < 8 || /\d/.test(w)) continue;
      const st = stem(w, 'de');
      if (seen.has(st)) continue;
      seen.add(st);
      const key = st.slice(-4);
      const list = m.get(key);
      if (list) list.push([st, w]);
      else m.set(key, [[st, w]]);
    }
  }
  return m;
}

/** The one compound of the German texts that a German word (normalised, seven letters or more) they do not hold ends. */
export function datasetCompound(ds: Dataset, word: string): string[] | undefined {
  const words = passageWords(ds, 'de');
  if (word.length < 7 || words.has(word) || /\d/.test(word)) return undefined;
  const st = stem(word, 'de');
  if (st.length < 4) return undefined;
  let hit: string | undefined;
  for (const [s, w] of longStems(words).get(st.slice(-4)) ?? []) {
    if (s.length < st.length + 3 || !s.endsWith(st)) continue;
    if (hit !== undefined) return undefined;
    hit = w;
  }
  return hit === undefined ? undefined : [hit];
}
