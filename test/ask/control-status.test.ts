// "Is holmium export-controlled?" depends on the day asked: under licensing from the October 2025
// measure, suspended by Announcement No. 70 until 10 Nov 2026, and after that not settled by the
// dataset. The answer follows the structured suspension (events' suspends / suspended_until), cites
// the measures, not the element's uses, and never says yes or no where the dataset cannot.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import type { Locale } from '../../src/reply/model.js';
import { answerOffline } from '../../src/ask/router.js';
import { renderText } from '../../src/reply/text.js';

let ds: Dataset;
beforeAll(async () => {
  const r = await loadDataset();
  if (!r.ok) throw new Error('dataset invalid');
  ds = r.dataset;
});

const ask = (q: string, now: string, locale: Locale = 'en'): string =>
  renderText(answerOffline(q, { locale, now: new Date(`${now}T09:00:00Z`), dataset: ds, services: {} }));
const lead = (q: string, now: string, locale: Locale = 'en'): string => ask(q, now, locale).split('\n')[0]!;

describe('export-control status of an element, as of the day asked', () => {
  it('is yes while a measure naming it is in force', () => {
    expect(lead('Is holmium export-controlled?', '2025-10-20')).toMatch(/^Yes — Holmium is covered by China widens its export controls/);
    expect(lead('Is dysprosium under Chinese export controls?', '2026-11-29')).toMatch(/^Yes — Dysprosium is covered by .*Announcement No\. 18/);
  });

  it('is no while the measure is suspended, with the suspension and its end date', () => {
    expect(lead('Is holmium export-controlled?', '2026-01-15')).toMatch(/^No — .*covers Holmium, is suspended until 10 Nov 2026: .*Announcement No\. 70/);
    expect(lead('Ist Holmium exportkontrolliert?', '2026-01-15', 'de')).toMatch(/^Nein — .*erfasst, ist bis zum 10\. Nov\. 2026 ausgesetzt/);
  });

  it('gives no yes or no once the suspension has run out, and says the dataset does not record what followed', () => {
    for (const [q, locale] of [['Is holmium export-controlled?', 'en'], ['Ist Holmium exportkontrolliert?', 'de']] as const) {
      const l = lead(q, '2026-11-29', locale);
      expect(l).not.toMatch(/^(Yes|No|Ja|Nein)\b/);
      expect(l).toMatch(locale === 'en' ? /does not record what followed/ : /verzeichnet der Datensatz .* nicht/);
    }
  });

  it('cites the measures, not the sources of the element\'s uses', () => {
    const reply = ask('Is holmium export-controlled?', '2026-01-15');
    expect(reply).toMatch(/pakistantoday|pillsburylaw/);
    expect(reply).not.toMatch(/tremond/);
  });
});
