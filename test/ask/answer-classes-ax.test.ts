// Answer classes of the offline question path (issue 10), fiftieth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('words for a first estimate and a later figure', () => {
  it('ask the revised figure in German as "estimate" does in English', () => {
    // Was "keine Zahl und keinen Eintrag (Schätzung)".
    expect(lead('Vietnam, Seltene Erden, 2024: Wie lautete die anfängliche Schätzung, und wie die spätere?', 'de')).toMatch(/^Vietnam — Bergwerksförderung \(Seltene Erden\) 2024/);
    expect(lead('Kobalt aus Kanada 2024 – beide Schätzwerte der USGS?', 'de')).toMatch(/^Kanada — Bergwerksförderung \(Kobalt\) 2024/);
  });
  it('leave an English "initial" asked beside a figure answered', () => {
    // Guard: "initial", now a known word, keeps its figure.
    expect(lead('Canadian cobalt 2024: the initial tonnage and the later one?', 'en')).toMatch(/^Canada — mine production of cobalt in 2024/);
  });
});
