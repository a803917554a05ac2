// Answer classes of the offline question path (issue 10), continued: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

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
