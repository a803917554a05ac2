// The texts the chrono cues (time.ts, date-parsers.ts) are checked on against chrono itself: every
// string of the dataset, the dev questions and the benchmark corpus, whole and in three-word windows
// (fragments like "for them", "it lasts" are where a unit hides).
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { Dataset } from '../../src/dataset/dataset.js';
import { buildCorpus } from '../../bench/corpus.js';

function strings(x: unknown, out: string[] = []): string[] {
  if (typeof x === 'string') out.push(x);
  else if (Array.isArray(x)) for (const v of x) strings(v, out);
  else if (x && typeof x === 'object') for (const v of Object.values(x)) strings(v, out);
  return out;
}

/**
 * The dataset's, dev questions' and corpus texts (and `extra` ones) with their three-word windows;
 * `also` adds another form of each whole text.
 */
export function chronoTexts(ds: Dataset, opts: { extra?: readonly string[]; also?: (t: string) => string } = {}): Set<string> {
  const dev = parseYaml(readFileSync(new URL('../eval/questions/dev.yaml', import.meta.url), 'utf8')) as unknown;
  const texts = new Set([...strings(ds), ...strings(dev), ...buildCorpus(ds).map((c) => c.line), ...(opts.extra ?? [])]);
  for (const t of [...texts]) {
    if (opts.also) texts.add(opts.also(t));
    const words = t.split(/\s+/);
    for (let i = 0; i + 3 <= words.length; i += 2) texts.add(words.slice(i, i + 3).join(' '));
  }
  return texts;
}
