// Answer classes of the offline question path (issue 10), third part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a detail inside a long sentence of an event', () => {
  it('the ";" item holding the asked words leads, not the sentence from its start', () => {
    const reply = lead('What did the October export controls say about memory chips and layers?', 'en');
    expect(reply).toMatch(/^China widens its export controls .*: chips of 14 nm .*256 layers/);
    expect(reply).not.toMatch(/superhard|0\.1%/);
  });
  it('the same for another item of that sentence', () => {
    expect(lead('What did the October export controls say about military end users?', 'en')).toMatch(/^China widens its export controls .*: military end users denied in principle\.$/);
  });
});

describe("a month's export-control measure asked about a part of its text", () => {
  it('answers from that measure, not with the list of controlled elements', () => {
    const reply = lead('What did the October export controls say about memory?', 'en');
    expect(reply).toMatch(/^China widens its export controls .*memory/);
    expect(reply).not.toMatch(/^12 of the 17/);
  });
  it('a question about its elements still gets the elements', () => {
    expect(lead('How many elements did China add to its controls in October?', 'en')).toMatch(/\b5\b.*Ho, Er, Tm, Eu, Yb|Ho, Er, Tm, Eu, Yb/);
  });
});
