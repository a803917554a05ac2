// Answer classes of the offline question path (issue 10), continued: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';
import { semicolonItems } from '../../src/ask/query/sentences.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe("an element's own note states the asked attribute in its own words", () => {
  it('"output" and "produce" are stated by the note\'s "production"', () => {
    expect(lead("What's global yttrium oxide output?", 'en')).toMatch(/^Yttrium: .*15,000–20,000 t/);
  });
  it('a price word is no production word: the note on output does not answer a price', () => {
    expect(lead('What does a kilo of yttrium oxide cost?', 'en')).toMatch(/no figure/);
  });
});

describe('a question in context that names nothing itself', () => {
  it('takes its subject from the context and asks its own attribute', () => {
    expect(lead('Prepping a note on yttrium. Which countries produce most of it?', 'en')).toMatch(/China and Burma/);
  });
  it('with no word of its own ("Is that still so?"), the whole message is read', () => {
    expect(lead('A colleague wrote that China holds 44 million tonnes of rare-earth reserves. Is that still so?', 'en')).toMatch(/44,000,000 t|44 million/);
  });
});

describe('a ";" inside parentheses', () => {
  it('separates notes on one item, not items: a lead never opens with half a note', () => {
    expect(semicolonItems('Projects: A at X (10% of gallium; backed by B), and C at Y (5%); D follows.')).toEqual([
      'Projects: A at X (10% of gallium; backed by B), and C at Y (5%)', 'D follows.',
    ]);
    expect(lead('Where is the Nolans rare-earth project located?', 'en')).not.toMatch(/^[a-z\p{Lu}][^(]*\)/u);
  });
});

describe('an answer must name the particular name asked about', () => {
  it('a project named in the question is answered from its own sentence, not with a neighbouring share', () => {
    const reply = lead("What share of global rare earths could Arafura's Nolans supply?", 'en');
    expect(reply).toMatch(/Nolans/);
    expect(reply).toMatch(/5% of global rare earths/);
    expect(reply).not.toMatch(/69%/);
  });
});
