// The answer reader on its own: whatever the model writes, nothing numeric of its own survives, and
// references render as the dataset wrote them.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import { DatasetHolder } from '../../src/dataset/holder.js';
import { CommandCore } from '../../src/commands/core.js';
import { createRegistry } from '../../src/commands/index.js';
import { serialiseReply } from '../../src/ask/llm/toolresult.js';
import { RefTable, argSubjects } from '../../src/ask/llm/refs.js';
import { readAnswer } from '../../src/ask/llm/answer.js';
import { findNumeric } from '../../src/ask/llm/numeric.js';

let ds: Dataset;
let table: RefTable;

beforeAll(async () => {
  const r = await loadDataset();
  if (!r.ok) throw new Error('dataset does not load');
  ds = r.dataset;
  const core = new CommandCore({ registry: createRegistry(), datasets: new DatasetHolder(ds) });
  table = new RefTable(ds, 'en');
  const reply = await core.run('reserves', { country: 'Vietnam' }, { locale: 'en' });
  const subjects = argSubjects(ds, { country: 'Vietnam' });
  subjects.mineral.add('rare-earths');
  serialiseReply(reply, (t) => table.annotate(t, { tool: 'reserves', reply, subjects, measure: 'reserves', mineral: 'rare-earths' }));
});

describe('reading an answer', () => {
  it('finds numbers in every form the model might type', () => {
    for (const s of ['forty-four', 'einundfünfzig', 'second', 'zweiter', 'half', 'Hälfte', 'twice', 'achtmal', '9m', '5e6', 'mln', 'Mrd.', '٣', '３', 'October', 'im Herbst', 'yesterday']) {
      expect(findNumeric(s), s).not.toEqual([]);
    }
    for (const s of ['Vietnam holds the reserves.', 'Sie haben einen Vertrag und eine Frist.', 'It may rise.', 'May the talks go on.']) {
      expect(findNumeric(s), s).toEqual([]);
    }
  });

  it('never shows a number the model typed, whatever it writes around the references', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('{{f:2}}', '{{f:4}}', '{{f:999}}', '{{f:2=44 million t}}', 'Vietnam', 'China', ' raised from ', ' to ', '. ', '\n', 'forty', '2031', '３'),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      const read = readAnswer(pieces.join(''), table, ds);
      let shown = read.paragraphs.join('\n');
      // Take out what the references rendered (longest first); nothing numeric may remain.
      const rendered = read.used.flatMap((r) => [...r.editions.map((e) => ` (${e.label.replace(/\s*\((.*)\)$/, ', $1')})`), r.text]).sort((a, b) => b.length - a.length);
      for (const t of rendered) shown = shown.split(t).join(' ');
      expect(findNumeric(shown)).toEqual([]);
    }), { numRuns: 400 });
  });
});
