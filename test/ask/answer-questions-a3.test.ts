// Answer classes of the offline question path (issue 10), with sentences of their own: places in a
// ranking ("second largest", "after China", "Platz drei"), typos of names inside questions, yes/no
// questions settled by a figure or a fact, and the attribute asked rather than a neighbouring one.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import type { Locale } from '../../src/reply/model.js';
import { answerOffline } from '../../src/ask/router.js';
import { renderText } from '../../src/reply/text.js';
import { parseQuestion } from '../../src/ask/query/parse.js';

let ds: Dataset;
beforeAll(async () => {
  const r = await loadDataset();
  if (!r.ok) throw new Error('dataset invalid');
  ds = r.dataset;
});

const ask = (q: string, locale: Locale = 'en'): string => renderText(answerOffline(q, { locale, now: new Date('2026-11-29T09:00:00Z'), dataset: ds, services: {} }));
const lead = (q: string, locale: Locale = 'en'): string => ask(q, locale).split('\n')[0]!;
const parse = (q: string, locale: Locale = 'en') => parseQuestion(q, ds, locale);

describe('places in a ranking', () => {
  it('reads ordinals, German glued ordinals, place words with a number, and countries put out of the ranking', () => {
    expect(parse('which nation is the third biggest cobalt miner')).toMatchObject({ operator: 'top', rank: 3 });
    expect(parse('Welches Land hat die drittgrößten Lithiumreserven?', 'de')).toMatchObject({ operator: 'top', rank: 3 });
    expect(parse('Wer liegt bei Nickel auf Rang vier?', 'de')).toMatchObject({ operator: 'top', rank: 4 });
    const after = parse('largest lithium reserves apart from Chile');
    expect(after.operator).toBe('top');
    expect(after.after?.map((c) => c.id)).toEqual(['CL']);
    expect(parse('top 4 nickel producers')).toMatchObject({ operator: 'top', topN: 4 });
    expect(parse('top 4 nickel producers').rank).toBeUndefined();
  });

  it('answers the place asked with its figure and edition, then the ranking', () => {
    const third = ask('which country is the third biggest cobalt producer');
    expect(third.split('\n')[0]).toMatch(/ranks third for mine production of cobalt \(USGS MCS \d{4}/);
    expect(third).toMatch(/Ranking: 1\. /);
    // The third line of the ranking is the country the lead names.
    const named = /^(.+?) ranks third/.exec(third)![1]!;
    expect(third).toContain(`3. ${named} `);
  });

  it('"after X" answers the next country, never X', () => {
    const l = lead('who holds the most lithium reserves after Chile?');
    expect(l).not.toMatch(/^Chile/);
    expect(l).toMatch(/ranks second .* behind Chile with/);
    const list = lead('top 2 lithium producers besides Australia');
    expect(list).toMatch(/^Largest mine production of lithium after Australia/);
    expect(list).not.toMatch(/\d\. Australia/);
  });

  it('German: no verb to agree with a plural name, and yes/no on a place', () => {
    expect(lead('Wer liegt bei Nickel-Reserven auf Rang vier?', 'de')).toMatch(/^Platz 4 bei Reserven \(Nickel\) \(USGS MCS \d{4}[^)]*\): \S/);
    const no = lead('Ist Australien bei Lithium-Reserven auf Platz eins?', 'de');
    expect(no).toMatch(/^(Ja|Nein) — Platz 1 bei Reserven \(Lithium\)/);
    expect(no.startsWith('Ja')).toBe(/: Australien mit/.test(no));
  });

  it('"among the top N" is yes when the country is any of the first N', () => {
    expect(lead('Is Chile among the top 3 lithium producers?')).toMatch(/^Yes — Largest mine production of lithium/);
  });
});
