// The reply language of a question whose caller gave none (a mention, `lodestone ask` without
// --locale): marker words first, then the dataset's own words in one language only, German
// compounds of its parts and German genitives of its names.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CommandCore } from '../../src/commands/core.js';
import { questionLanguage } from '../../src/ask/offline/dataset-language.js';
import { call, makeCore, realDataset, text } from './helpers.js';
import type { Dataset } from '../../src/dataset/dataset.js';

let core: CommandCore;
let ds: Dataset;
beforeAll(async () => {
  core = await makeCore();
  ds = await realDataset();
});

const ask = (q: string) => core.handleText(q, call('en', { localeExplicit: false }));

describe('a question of nouns only', () => {
  it('is German when its words are the dataset\'s German ones, compounds or genitives', () => {
    for (const q of ['Brasiliens Nickelreserven', 'Kobaltförderung Kongo?', 'Terbium Anwendung', 'Lithiumreserven weltweit']) {
      expect(questionLanguage(q, ds), q).toBe('de');
    }
  });
  it('is English when they are the English ones, and undecided with names only', () => {
    for (const q of ['Brazil nickel reserves', 'Terbium uses', 'cobalt output Congo?']) expect(questionLanguage(q, ds), q).toBe('en');
    expect(questionLanguage('Nd', ds)).toBeUndefined();
    expect(questionLanguage('China', ds)).toBeUndefined();
  });
  it('lets one weak marker word ("in") give way to the dataset\'s words, not a clear vote', () => {
    expect(questionLanguage('Lithiumförderung in Chile 2025?', ds)).toBe('de');
    expect(questionLanguage('What are the Seltenerdreserven of Brazil?', ds)).toBe('en');
  });
  it('answers through the core in that language', async () => {
    const r = await ask('Kanadas Kobaltreserven');
    expect(r.locale).toBe('de');
    expect(text(r)).toMatch(/^Kanada — Reserven \(Kobalt\)/);
    expect((await ask('Canada cobalt reserves')).locale).toBe('en');
  });
});
