// Answer classes of the offline question path (issue 10), thirty-sixth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a verb of a publication giving a figure ("meldet", "reports") beside a figure asked', () => {
  it('is no word the dataset lacks', () => {
    expect(lead('Welche Menge Kobalt meldet die USGS für Kanada im Jahr 2024?', 'de')).toMatch(/^Kanada — Bergwerksförderung \(Kobalt\) 2024: 3\.350 t/);
  });
  it('leaves a word the dataset does lack to its honest "no figure"', () => {
    // Guard: a real unknown beside the verb still says so.
    expect(lead('Welche Recyclingquote meldet die USGS für Kobalt in Kanada?', 'de')).toMatch(/keine Zahl/);
  });
});

describe('"Erzeugung" and "Erzeuger" as words of output, alone and in compounds ("Galliumerzeugung")', () => {
  it('asks mine production', () => {
    expect(lead('Wie hoch war die weltweite Galliumerzeugung 2024?', 'de')).toMatch(/^Welt — Bergwerksförderung \(Gallium\) 2024: 848\.000 kg/);
    expect(lead('Welches Land ist der größte Erzeuger von Kobalt?', 'de')).toMatch(/^Größte Bergwerksförderung \(Kobalt\)/);
  });
});
