// "Is holmium export-controlled?" depends on the day asked: under licensing from the October 2025
// measure, suspended by Announcement No. 70 until 10 Nov 2026, and after that not settled by the
// dataset. The answer follows the structured suspension (events' suspends / suspended_until), cites
// the measures, not the element's uses, and never says yes or no where the dataset cannot.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { ask, lead } = offlineAsker(dataset);


describe('export-control status of an element, as of the day asked', () => {
  it('is yes while a measure naming it is in force', () => {
    expect(lead('Is holmium export-controlled?', 'en', '2025-10-20')).toMatch(/^Yes — Holmium is covered by China widens its export controls/);
    expect(lead('Is dysprosium under Chinese export controls?', 'en', '2026-11-29')).toMatch(/^Yes — Dysprosium is covered by .*Announcement No\. 18/);
  });

  it('is no while the measure is suspended, with the suspension and its end date', () => {
    expect(lead('Is holmium export-controlled?', 'en', '2026-01-15')).toMatch(/^No — .*covers Holmium, is suspended until 10 Nov 2026: .*Announcement No\. 70/);
    expect(lead('Ist Holmium exportkontrolliert?', 'de', '2026-01-15')).toMatch(/^Nein — .*erfasst, ist bis zum 10\. Nov\. 2026 ausgesetzt/);
  });

  it('gives no yes or no once the suspension has run out, and says the dataset does not record what followed', () => {
    for (const [q, locale] of [['Is holmium export-controlled?', 'en'], ['Ist Holmium exportkontrolliert?', 'de']] as const) {
      const l = lead(q, locale, '2026-11-29');
      expect(l).not.toMatch(/^(Yes|No|Ja|Nein)\b/);
      expect(l).toMatch(locale === 'en' ? /does not record what followed/ : /verzeichnet der Datensatz .* nicht/);
    }
  });

  it('cites the measures, not the sources of the element\'s uses', () => {
    const reply = ask('Is holmium export-controlled?', 'en', '2026-01-15');
    expect(reply).toMatch(/pakistantoday|pillsburylaw/);
    expect(reply).not.toMatch(/tremond/);
  });
});
