// The cue in front of each of chrono's two parses (src/ask/query/date-parsers.ts, mayNameMonthIn): a
// parse it leaves out must be one that reads no certain month. Checked against chrono's parser of
// each language on every string of the dataset, the dev questions and the benchmark corpus, whole,
// with their German dates spelled out as time.ts gives them to chrono, and in three-word windows.
import { beforeAll, describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import { mayNameMonthIn } from '../../src/ask/query/date-parsers.js';
import { spelledDayMonth } from '../../src/ask/query/time.js';
import { chronoTexts } from './chrono-texts.js';

let ds: Dataset;
beforeAll(async () => {
  const r = await loadDataset();
  if (!r.ok) throw new Error('dataset invalid');
  ds = r.dataset;
});

describe('the month cue in front of each chrono parse', () => {
  it('lets through every kind of month chrono reads', () => {
    const en = ['a week ago', 'next month', 'this month', '+1w', '-3d', 'tonight', 'last night', 'end of the month', 'in a sec', 'the fourth of July',
      'sept', '2025-10-20', '10/2025', '2025 10 20', '30.10.2025', 'today', 'in 3 days', 'within two weeks'];
    const de = ['in zwei Tagen', 'vor zwei Wochen', 'letzte Woche', 'morgen', 'heute Nacht', 'am 7. November', '30.10.2025', 'im März 2025', '2025-10-20', 'vor 3 Tagen'];
    for (const t of en) expect(mayNameMonthIn('en', t), t).toBe(true);
    for (const t of de) expect(mayNameMonthIn('de', t), t).toBe(true);
  });

  it('leaves out only parses that read no month (dataset, dev questions, corpus)', () => {
    const texts = chronoTexts(ds, { also: spelledDayMonth });
    const ref = new Date('2025-10-30T12:00:00Z');
    const wrong: string[] = [];
    let held = 0;
    for (const t of texts) {
      for (const lang of ['en', 'de'] as const) {
        if (mayNameMonthIn(lang, t)) continue;
        held++;
        if (chrono[lang].casual.parse(t, ref).some((r) => r.start.isCertain('month'))) wrong.push(`${lang}: ${t}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(held).toBeGreaterThan(texts.size / 2);
  });
});
