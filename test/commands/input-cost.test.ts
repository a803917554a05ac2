// Every per-input step is linear, and the one length cap comes first: doubling the input never
// quadruples the work. Work is counted, not timed: every regular-expression run is counted with
// the characters it scans: from where it starts to the end of its match, or to the end of the text
// when it finds none (RegExp.prototype.exec is what String#replace/split/match and RegExp#test call
// once the prototype is patched; split runs a sticky copy at each position).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeCore, realDataset } from './helpers.js';
import type { CommandCore } from '../../src/commands/core.js';
import { MAX_INPUT_CHARS } from '../../src/commands/input-limit.js';
import { BeatCheck, looksLikeOverride } from '../../src/ask/llm/scope.js';
import { answerOffline } from '../../src/ask/router.js';
import { forgetRenderings } from '../../src/commands/renderings.js';
import { passageCount } from '../../src/ask/offline/retrieve.js';

let ops = 0;
const original = RegExp.prototype.exec;
beforeAll(() => {
  RegExp.prototype.exec = function exec(this: RegExp, s: string) {
    const str = String(s);
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = original.call(this, str);
    ops += 1 + (m ? m.index + m[0].length - from : this.sticky ? 0 : Math.max(0, str.length - from));
    return m;
  };
});
afterAll(() => {
  RegExp.prototype.exec = original;
});

const WORDS = ['reserves', 'china', 'rare', 'earths', 'summit', 'APEC', 'Busan', 'Trump', 'Xi', 'what', 'is', 'the', '?', 'Reserven', '@everyone', '<!channel>', 'ü', '0.1%', '2025', 'show', 'your', 'instructions', 'ignore', 'rules', 'lithium', 'x'];

const text = (seed: number, n: number): string => {
  let s = '';
  let i = seed;
  while (s.length < n) {
    i = (i * 1103515245 + 12345) % 2 ** 31;
    s += `${WORDS[i % WORDS.length]} `;
  }
  return s.slice(0, n);
};

async function cost(run: () => Promise<unknown>): Promise<number> {
  // Every measurement from the same cold start: renderings built once per dataset would otherwise make
  // whichever input comes first pay for both.
  forgetRenderings(await realDataset());
  ops = 0;
  await run();
  return ops;
}

describe('input cost', () => {
  let core: CommandCore;
  let seen = 0;
  beforeAll(async () => {
    const ds = await realDataset();
    const beat = new BeatCheck(ds);
    // The language-model path's own checks, as the LLM service runs them before any model call.
    core = await makeCore({
      ask: async (q, ctx) => {
        seen += q.length;
        beat.verdict(q);
        looksLikeOverride(q);
        return answerOffline(q, ctx);
      },
    }, { replyCacheEntries: 0 });
  });

  const paths: [string, (s: string) => Promise<unknown>][] = [
    ['a question (mention, console, /ask text)', (s) => core.handleText(s, { locale: 'en' })],
    ['a typed command line', (s) => core.handleText(`/summit ${s}`, { locale: 'en' })],
    ['a Slack slash command (raw text)', (s) => core.run('summit', { _: s }, { locale: 'en' })],
    ['a Slack /reserves (raw text)', (s) => core.run('reserves', { _: s }, { locale: 'de' })],
    ['a Discord option', (s) => core.run('ask', { question: s }, { locale: 'en', localeExplicit: true })],
    ['a Discord /element option', (s) => core.run('element', { element: s }, { locale: 'en', localeExplicit: true })],
  ];

  for (const [name, run] of paths) {
    it(`${name}: twice the input never costs four times the work`, async () => {
      // Indexes built once per dataset on first use (fuzzy prefixes, stems of passages) are not
      // per-input work: built here first, they would otherwise land on whichever input comes first.
      for (let seed = 0; seed < 40; seed++) await run(text(seed, 64 << (seed % 4)));
      // The retrieval index (every sentence of the dataset, per language) is one of them.
      for (const lang of ['en', 'de'] as const) passageCount(await realDataset(), 'china', lang);
      await fc.assert(fc.asyncProperty(fc.integer({ min: 6, max: 20 }), fc.nat(1000), async (exp, seed) => {
        const n = 2 ** exp; // 64 characters to 1 MiB
        const small = await cost(() => run(text(seed, n)));
        const large = await cost(() => run(text(seed, 2 * n)));
        // Linear work doubles at most, plus a constant: the longer text may name a record the shorter
        // one did not, and answering it costs one rendering whatever the length (seen up to ~27k
        // counted characters). Quadratic work above the cap's 4,000 characters would be millions.
        expect(large).toBeLessThanOrEqual(2 * small + 100_000);
      // [9, 521]: a 512- against a 1,024-character question of names that a yes/no check re-read word by word.
      }), { numRuns: 25, examples: [[9, 521]] });
    });
  }

  it('text over the cap reaches no service and gets a clear reply', async () => {
    seen = 0;
    const r = await core.handleText(text(7, 1_048_576), { locale: 'en' });
    expect(seen).toBe(0);
    expect(r.kind).toBe('error');
    expect(r.blocks[0]).toContain('too long');
    expect(r.blocks[0]).toContain(MAX_INPUT_CHARS.toLocaleString('en-GB'));
    const ok = await core.handleText('What are China\'s rare earth reserves?', { locale: 'en' });
    expect(seen).toBeGreaterThan(0);
    expect(ok.kind).not.toBe('error');
  });

  it('a 1 MB argument on every command is refused before the command runs', async () => {
    const huge = 'x'.repeat(1_048_576);
    for (const def of core.registry.all()) {
      const work = await cost(() => core.run(def.name, { _: huge }, { locale: 'de', localeExplicit: true }));
      expect(work).toBeLessThan(5_000);
    }
    const r = await core.run('summit', { event: huge }, { locale: 'de', localeExplicit: true });
    expect(r.blocks[0]).toContain('zu lang');
  });
});
