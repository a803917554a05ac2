// What the question parser derives from a single normalised word, kept per dataset for the dataset's
// own words (isDatasetWord: words of its names, titles, sentences and vocabulary). Questions are made
// almost wholly of such words (99% of the corpus's question words), and splitting a long word into
// compound parts tries every cut against the parts; a word only a user typed is derived anew every
// time, as before (no memory keyed by input: the reply cache alone remembers questions).
import { isDatasetWord } from '../../dataset/text-match.js';
import { splitCompound } from './text.js';

const splits = new WeakMap<ReadonlySet<string>, Map<string, readonly string[] | null>>();

/** splitCompound(word, parts), kept for the dataset's words (shared: callers must not change the array). */
export function compoundParts(word: string, parts: ReadonlySet<string>, heads?: ReadonlySet<string>): readonly string[] | undefined {
  // Shorter words are never split (splitCompound's own first test), so there is nothing to keep.
  if (word.length < 7) return undefined;
  let table = splits.get(parts);
  if (!table) splits.set(parts, (table = new Map()));
  const kept = table.get(word);
  if (kept !== undefined) return kept ?? undefined;
  const split = splitCompound(word, parts, 2, heads);
  if (isDatasetWord(word)) table.set(word, split ?? null);
  return split;
}
