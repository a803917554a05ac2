// Answer classes of the offline question path (issue 10), twenty-eighth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a month naming a measure ("the October 2025 control") is not the time of what is asked', () => {
  it('answers yes to a suspension asked of the measure named by its month', () => {
    expect(lead('Did China suspend the October 2025 control on holmium?', 'en')).toMatch(/^Yes — /);
    expect(lead('Hat China die Kontrollen vom Oktober 2025 für Holmium ausgesetzt?', 'de')).toMatch(/^Ja — /);
  });
  it('while a month asked as the time of the suspension is checked against its day', () => {
    expect(lead('Did China suspend the controls on holmium in October 2025?', 'en')).toMatch(/^No — .*7 Nov(ember)? 2025/);
    expect(lead('Hat China im Oktober 2025 die Kontrollen für Holmium ausgesetzt?', 'de')).toMatch(/^Nein — .*7\. Nov\. 2025/);
    expect(lead('Hat China im November 2025 die Kontrollen für Holmium ausgesetzt?', 'de')).toMatch(/^Ja — /);
  });
  it('and a control asked for a month before the element was listed is still no', () => {
    expect(lead('Did China impose controls on holmium in April 2025?', 'en')).toMatch(/^No — /);
  });
});
