// Issue 10: the words readers use live in data/vocabulary.yaml, next to the facts they lead to, so an
// editor adds them there; the offline question path (src/ask/query, src/ask/offline) keeps no word
// list of its own. This test finds any run of eight or more bare word literals there (an array or a
// Set of words). One file is exempt: language.ts identifies English or German by their function
// words before any dataset is chosen; those are not the beat's vocabulary.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../src/ask/', import.meta.url).pathname;
const EXEMPT = new Set(['offline/language.ts']);
const WORD_RUN = /(?:['"][\p{Ll}ß-]{2,}['"]\s*,\s*){7,}['"][\p{Ll}ß-]{2,}['"]/u;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

describe('the question path keeps no word lists', () => {
  it('finds a word list where one is written (the check can fail)', () => {
    expect(WORD_RUN.test("const STOP = set('the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or');")).toBe(true);
    expect(WORD_RUN.test("const KINDS = ['fact', 'event', 'element'] as const;")).toBe(false);
  });

  it('src/ask/query and src/ask/offline have none: their words are in data/vocabulary.yaml', () => {
    const found = [...files(`${ROOT}offline`), ...files(`${ROOT}query`)]
      .filter((f) => WORD_RUN.test(readFileSync(f, 'utf8')))
      .map((f) => f.slice(ROOT.length))
      .filter((f) => !EXEMPT.has(f));
    expect(found).toEqual([]);
  });
});
