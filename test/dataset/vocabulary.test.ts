// data/vocabulary.yaml under `lodestone data check`: schema, fact references and one phrase → one attribute.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupFixtures, copyData, edit, errorsOf, plain } from './fixture.js';

type Json = Record<string, unknown>;
type Vocab = { attributes: Json[] };

afterAll(cleanupFixtures);

const at = (v: Vocab, id: string): number => v.attributes.findIndex((a) => a.id === id);

describe('vocabulary.yaml', () => {
  it('reports a fact id that does not exist', async () => {
    const dir = copyData();
    let i = -1;
    edit<Vocab>(dir, 'vocabulary.yaml', (v) => {
      i = at(v, 'price');
      (v.attributes[i]!.answer as { facts: string[] }).facts = ['rare-earth-prices-2042'];
    });
    expect(plain(await errorsOf(dir))).toEqual([
      { file: 'vocabulary.yaml', path: `attributes[${i}].answer.facts[0]`, reason: 'unknown fact "rare-earth-prices-2042" (did you mean "rare-earth-prices-2024"?)' },
    ]);
  });

  it("reports a country's region that the vocabulary does not name", async () => {
    const dir = copyData();
    let i = -1;
    edit<{ id: string; region?: string }[]>(dir, 'countries.yaml', (cs) => {
      i = cs.findIndex((c) => c.id === 'TZ');
      cs[i]!.region = 'afrika';
    });
    expect(plain(await errorsOf(dir))).toEqual([
      { file: 'countries.yaml', path: `[${i}].region`, reason: 'unknown region "afrika" (did you mean "africa"?)' },
    ]);
  });

  it('reports a term that two facts explain', async () => {
    const dir = copyData();
    let i = -1;
    edit<{ id: string; terms?: string[] }[]>(dir, 'facts.yaml', (fs) => {
      i = fs.findIndex((f) => f.id === 'mofcom');
      fs[i]!.terms = [...(fs[i]!.terms ?? []), 'usgs'];
    });
    const k = 4;
    expect(plain(await errorsOf(dir))).toEqual([
      { file: 'facts.yaml', path: `[${i}].terms[${k}]`, reason: '"usgs" is already a term of fact "usgs-mcs": one term must lead to one fact' },
    ]);
  });

  it('reports a phrase that leads to two attributes', async () => {
    const dir = copyData();
    let i = -1;
    edit<Vocab>(dir, 'vocabulary.yaml', (v) => {
      i = at(v, 'production');
      (v.attributes[i]!.words as { en: string[] }).en.push('Deposits');
    });
    const errors = plain(await errorsOf(dir));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toMatch(new RegExp(`^attributes\\[${i}\\]\\.words\\.en\\[\\d+\\]$`));
    expect(errors[0]!.reason).toBe('"Deposits" is already a word of attribute "reserves": one phrase must lead to one attribute');
  });

  it('reports an answer kind the parser does not know', async () => {
    const dir = copyData();
    edit<Vocab>(dir, 'vocabulary.yaml', (v) => { v.attributes[0]!.answer = { figure: 'exports' }; });
    const errors = plain(await errorsOf(dir));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.file === 'vocabulary.yaml' && e.path.startsWith('attributes[0].answer'))).toBe(true);
  });

  it('reports a missing vocabulary file', async () => {
    const dir = copyData();
    const { rmSync } = await import('node:fs');
    rmSync(`${dir}/vocabulary.yaml`);
    expect(plain(await errorsOf(dir))).toEqual([{ file: 'vocabulary.yaml', path: '', reason: 'file is missing' }]);
  });
});
