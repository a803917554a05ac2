// Answer classes of the offline question path (issue 10), forty-fourth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe("a sentence of an event's record asked by a word only it holds", () => {
  it('leads with that sentence, not the record as a whole', () => {
    expect(lead('Wie viele Menschen starben bei den Grenzgefechten zwischen Thailand und Kambodscha?', 'de')).toMatch(/^Gemeinsame Erklärung[^:]*\(26\. Okt\. 2025\): Hintergrund: Grenzgefechte im Juli 2025 mit mindestens 43 Toten/);
    expect(lead('Which headline terms of the July deal did the Tokyo framework reaffirm?', 'en')).toMatch(/reaffirming the July deal \(15% tariff, \$550 billion/);
  });
  it('not when the word is a name, which may only say where the asked thing happened', () => {
    // Guard: "Washington" stands in the cherry-tree sentence alone; the question asks about permits.
    expect(lead('Was vereinbarten Washington und Tokio im Rohstoffrahmen zu Genehmigungsabläufen?', 'de')).not.toMatch(/Kirschbäume/);
  });
});
