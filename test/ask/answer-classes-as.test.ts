// Answer classes of the offline question path (issue 10), forty-fifth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a measure asked as ended that its record says was paused or cut', () => {
  it('is no, with the sentence saying so first', () => {
    expect(lead('Has the Affiliates rule been abolished?', 'en')).toMatch(/^No — .*one-year suspension of the Affiliates \(50%\) rule/);
    // The fentanyl tariff's fate is a detail the sources give differently: the dispute leads (below).
    expect(lead('Did Washington scrap the fentanyl tariff?', 'en')).toMatch(/^Sources differ: MOFCOM says/);
    expect(lead('Was the 24 percent reciprocal tariff revoked in Busan?', 'en')).toMatch(/^No — Trump–Xi meeting in Busan .*extends the suspension of the 24% reciprocal tariff/);
    expect(lead('Wurde die Affiliates-Regel abgeschafft?', 'de')).toMatch(/^Nein — .*einjährige Aussetzung der Affiliates-Regel/);
  });
  it('not when the question offers the pause itself, nor when a source says it was removed', () => {
    // Guard: the options are answered by the record, not by a verdict.
    expect(lead('Affiliates rule: scrapped or suspended?', 'en')).not.toMatch(/^No/);
    // Guard: MOFCOM says "remove the 10-percent … fentanyl tariffs", Trump "from 20% to 10%": the sources differ.
    expect(lead('Did Washington get rid of the fentanyl tariff?', 'en')).not.toMatch(/^No — /);
  });
});

describe('a suspended measure asked as lifted', () => {
  it('is no: suspended only until its end', () => {
    expect(lead('Has Beijing lifted Announcement No. 58?', 'en')).toMatch(/^No — .*suspended on 7 Nov 2025 only until 10 Nov 2026/);
    expect(lead('Wurde die Bekanntmachung Nr. 61 aufgehoben?', 'de')).toMatch(/^Nein — .*nur bis zum 10\. Nov\. 2026 ausgesetzt/);
  });
});

describe("an element's control asked as suspended by someone", () => {
  it("answers from the element's own measure", () => {
    expect(lead('Did Beijing suspend its export licensing for samarium?', 'en')).toMatch(/^No — Samarium is covered by China's export controls on seven/);
    expect(lead('Did China suspend the export control on thulium?', 'en')).toMatch(/^Yes — Thulium was covered by .*suspended it until 10 Nov 2026/);
  });
});

describe('a day claimed as an end', () => {
  it("is checked against the end the record gives, not the day the record was made", () => {
    expect(lead('Did the suspension of the October measures end on 10 November 2026?', 'en')).toMatch(/^Yes — Until 10 Nov 2026: /);
    expect(lead('Did the suspension end on 10 November 2025?', 'en')).toMatch(/^No — Until 10 Nov 2026: /);
    expect(lead("Did the APEC leaders' meeting end on 31 October 2025?", 'en')).toMatch(/^No — 1 Nov 2025: 32nd APEC/);
    expect(lead('Endete die Aussetzung der Oktober-Kontrollen am 10. November 2026?', 'de')).toMatch(/^Ja — Bis zum 10\. Nov\. 2026: /);
  });
});
