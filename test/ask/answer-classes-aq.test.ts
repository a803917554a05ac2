// Answer classes of the offline question path (issue 10), forty-third part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('two things asked as one', () => {
  it('gives no yes to a sameness a sentence does not state, in either language', () => {
    expect(lead('Is the production quota in China the same as the production there?', 'en')).not.toMatch(/^(Yes|No) —/);
    expect(lead('Ist Chinas Produktionsquote das Gleiche wie seine tatsächliche Produktion?', 'de')).not.toMatch(/^(Ja|Nein) —/);
    // The sentence holding both words is still the answer.
    expect(lead('Is the production quota in China the same as the production there?', 'en')).toMatch(/quota/);
  });
  it('while two figures asked as equal are still compared', () => {
    // Figures settle sameness by their values ("identical" is a word of equality now).
    expect(lead('Are Vietnam and Brazil identical on rare-earth reserves?', 'en')).toMatch(/^No — Reserves \(Rare earths\): Vietnam/);
    expect(lead('Sind die Seltenerd-Reserven von Vietnam und Brasilien gleich groß?', 'de')).toMatch(/^Nein — /);
  });
});
