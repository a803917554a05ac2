// Binding words to arguments (src/commands/bind.ts) searches the word splits by branch and bound.
// It must bind exactly as the exhaustive search in split order does (every split's every part fully
// looked up, the first split of the best score kept), the reference below.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import { normalize } from '../../src/dataset/lookup.js';
import { createRegistry } from '../../src/commands/index.js';
import { bindArgs, compositionsOf, findSubcommand, fitAlone, FILLER, MAX_SPLIT_WORDS, RESOLVABLE, type Binding } from '../../src/commands/bind.js';
import type { ArgSpec, Args, CommandDefinition } from '../../src/commands/types.js';

let ds: Dataset;
beforeAll(async () => {
  const r = await loadDataset();
  if (!r.ok) throw new Error('dataset invalid');
  ds = r.dataset;
});

function exhaustive(specs: readonly ArgSpec[], words: readonly string[], orderBonus: number): Binding {
  let best: { parts: readonly number[]; score: number; unresolved: number } | undefined;
  for (const parts of compositionsOf(words.length, specs.length)) {
    let score = orderBonus;
    let unresolved = 0;
    for (let i = 0, at = 0; i < specs.length; at += parts[i]!, i++) {
      const spec = specs[i]!;
      const len = parts[i]!;
      if (!len) {
        if (spec.required) score -= 5;
        continue;
      }
      const f = RESOLVABLE.has(spec.type) && len > 5 ? -3 * len : fitAlone(spec, words.slice(at, at + len).join(' '), ds);
      if (f < 0) unresolved++;
      score += f - (f < 0 ? len : 0);
    }
    if (!best || score > best.score) best = { parts, score, unresolved };
  }
  const args: Args = {};
  for (let i = 0, at = 0; i < specs.length; at += best!.parts[i]!, i++) if (best!.parts[i]) args[specs[i]!.name] = words.slice(at, at + best!.parts[i]!).join(' ');
  return { args, score: best!.score, unresolved: best!.unresolved };
}

function reference(def: CommandDefinition, input: readonly string[]): Binding {
  let specs = def.args;
  let sub: Args = {};
  if (def.subcommands?.length) {
    const [first, ...rest] = input;
    if (first === undefined) return { args: {}, score: 0, unresolved: 0 };
    const found = findSubcommand(def, first);
    if (!found) return { args: { subcommand: first, ...(rest.length ? { _: rest.join(' ') } : {}) }, score: -3, unresolved: 1 };
    specs = found.args;
    sub = { subcommand: found.name };
    input = rest;
  }
  const done = (b: Binding): Binding => ({ ...b, args: { ...sub, ...b.args } });
  if (!input.length || !specs.length) return done({ args: {}, score: 0, unresolved: 0 });
  const last = specs[specs.length - 1]!;
  if (specs.length === 1 && (last.rest || !RESOLVABLE.has(last.type) || last.type === 'event')) {
    const text = input.join(' ');
    const f = RESOLVABLE.has(last.type) ? fitAlone(last, text, ds) : 1;
    return done({ args: { [last.name]: text }, score: f, unresolved: f < 0 ? 1 : 0 });
  }
  let words = [...input];
  if (words.length > MAX_SPLIT_WORDS) words = [...words.slice(0, MAX_SPLIT_WORDS - 1), words.slice(MAX_SPLIT_WORDS - 1).join(' ')];
  const both = (ws: readonly string[]): Binding => {
    const first = exhaustive(specs, ws, 0.5);
    if (specs.length !== 2 || specs[0]!.required || specs[1]!.required) return first;
    const swapped = exhaustive([specs[1]!, specs[0]!], ws, 0);
    return swapped.score > first.score ? swapped : first;
  };
  let best = both(words);
  const withoutFiller = words.filter((w) => !FILLER.has(normalize(w)));
  if (withoutFiller.length && withoutFiller.length < words.length) {
    const alt = both(withoutFiller);
    if (alt.unresolved < best.unresolved || (alt.unresolved === best.unresolved && alt.score > best.score)) best = alt;
  }
  return done(best);
}

// Names, codes, typos, fillers, dates and plain words, so that splits compete and tie.
const WORDS = ['china', 'China', 'CN', 'united', 'states', 'US', 'south', 'africa', 'chna', 'brasil', 'Brazil', 'lithium', 'rare',
  'earths', 'earth', 'Seltene', 'Erden', 'lithum', 'cobalt', 'Nd', 'neodymium', 'dysprosium', 'of', 'in', 'von', 'the', 'and',
  'trump', 'xi', 'busan', 'apec', 'summit', '2025-10-30', 'october', '2025', 'heavy', 'magnets', 'xyzzy', 'reserves', 'de', 'en',
  'usgs', 'mcs', 'subscribe', '08:00', 'Europe/Berlin', 'myanmar', 'burma', 'korea', 'gallium', 'germanium'];

describe('binding by branch and bound', () => {
  it('binds as the exhaustive search over every split does', () => {
    const defs = createRegistry().all();
    fc.assert(fc.property(fc.constantFrom(...defs), fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }), (def, words) => {
      expect(bindArgs(def, words, ds), `${def.name} ${words.join(' ')}`).toEqual(reference(def, words));
    }), { numRuns: 3_000 });
  });

  it('binds the usual lines as before', () => {
    const reserves = createRegistry().get('reserves')!;
    expect(bindArgs(reserves, ['united', 'states', 'lithium'], ds).args).toEqual({ country: 'united states', mineral: 'lithium' });
    expect(bindArgs(reserves, ['lithium', 'chile'], ds).args).toEqual({ mineral: 'lithium', country: 'chile' });
    expect(bindArgs(reserves, ['china', 'rare', 'earths'], ds).args).toEqual({ country: 'china', mineral: 'rare earths' });
  });
});
