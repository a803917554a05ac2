// Answer classes of the offline question path (issue 10), thirty-second part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead, ask } = offlineAsker(dataset);

describe('a change asked of a figure that cannot be measured against', () => {
  it('gets no "yes" from the figure merely existing (an edition the dataset does not hold)', () => {
    expect(lead("Have Brazil's rare-earth reserves grown since MCS 2022?", 'en')).not.toMatch(/^(Yes|No)\b/);
    expect(lead('Sind Brasiliens Seltenerdreserven seit der MCS 2022 gewachsen?', 'de')).not.toMatch(/^(Ja|Nein)\b/);
  });
  it('nor from a word the parser does not know, while a plain existence question keeps its "yes"', () => {
    expect(lead('Hat Brasilien Seltenerdreserven?', 'de')).toMatch(/^Ja — Brasilien/);
    expect(lead('Are Brazil\'s rare-earth reserves dwindling?', 'en')).not.toMatch(/^Yes\b/);
  });
  it('reads shrinking and going up as the directions they are', () => {
    expect(lead('Sind Chinas Seltenerdreserven geschrumpft?', 'de')).toMatch(/^Nein — China/);
    expect(lead("Are China's rare-earth reserves shrinking?", 'en')).toMatch(/^No — China/);
    expect(lead("Did Vietnam's rare-earth reserves go down in MCS 2025?", 'en')).toMatch(/^Yes — Vietnam/);
  });
});

describe('function words the stopword lists lack ("obwohl", "during")', () => {
  it('name no topic the dataset must hold', () => {
    expect(lead('How much did neodymium oxide cost during 2025?', 'en')).toMatch(/\$73\/kg/);
    // Guard: with no claim read in an unknown word, an existence question keeps its "yes".
    expect(lead('Hat Kanada Seltenerdreserven, obwohl es keine fördert?', 'de')).toMatch(/^Ja — Kanada/);
  });
});

describe('an end date opening a reply', () => {
  it('reads as an end, not as the day of the act that set it', () => {
    expect(lead("Until when does China's suspension of the October controls run?", 'en')).toMatch(/^Until 10 Nov 2026: /);
    expect(lead('Bis wann gilt Chinas Aussetzung der Oktober-Kontrollen?', 'de')).toMatch(/^Bis zum 10\. Nov\. 2026: /);
    expect(lead('What happened on 10 November 2026?', 'en')).toMatch(/^Until 10 Nov 2026: /);
  });
  it('of a day past the record and before today, says the record holds what was scheduled', () => {
    expect(ask('What happened on 10 November 2026?', 'en')).toMatch(/record runs to 6 Feb 2026: for that time it holds what was scheduled/);
    expect(ask('What happened on 9 November 2025?', 'en')).not.toMatch(/record runs to/);
  });
});
