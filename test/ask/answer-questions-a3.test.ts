// Answer classes of the offline question path (issue 10), with sentences of their own: places in a
// ranking ("second largest", "after China", "Platz drei"), typos of names inside questions, yes/no
// questions settled by a figure or a fact, and the attribute asked rather than a neighbouring one.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';
import { answerOffline } from '../../src/ask/router.js';
import type { Locale } from '../../src/reply/model.js';
import { parseQuestion } from '../../src/ask/query/parse.js';

const dataset = useDataset();
const { ask, lead } = offlineAsker(dataset);

const parse = (q: string, locale: Locale = 'en') => parseQuestion(q, dataset(), locale);

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

describe('yes/no questions: the answer first, with the fact that settles it', () => {
  it('a place asked after "in"/"at": yes when the event took place there, else no with its place', () => {
    expect(lead('Did Trump and Albanese sign their framework in Tokyo?')).toMatch(/^No — White House, Washington: /);
    expect(lead('Did Trump meet Takaichi in Tokyo?')).toMatch(/^Yes — Donald Trump, Sanae Takaichi — .*Tokyo\)\.$/);
    expect(lead('Wurde das Rahmenabkommen von Trump und Albanese in Tokio unterzeichnet?', 'de')).toMatch(/^Nein — Weißes Haus, Washington: /);
    // A city as the government that acts is no place asked.
    expect(lead('Did Beijing suspend the October controls?')).not.toMatch(/^(Yes|No) — Beijing: /);
  });

  it('a quantity asked must be the one stated: another one, or a part of it, is "no" with the stated one', () => {
    const l = lead('Did Takaichi announce a gift of 300 cherry trees?');
    expect(l).toMatch(/^No — .*\b250 cherry trees/);
    expect(lead('Did Takaichi announce a gift of 250 cherry trees?')).toMatch(/^Yes — .*\b250 cherry trees/);
    expect(lead('Are all 17 rare earths under Chinese export controls now?')).not.toMatch(/^Yes/);
  });

  it('two elements compared in a price list: the first named against the second, "cheaper" the other way', () => {
    expect(lead('Is cerium oxide more expensive than terbium oxide?')).toMatch(/^No — .*cerium oxide 1\b/);
    expect(lead('Is terbium oxide more expensive than cerium oxide?')).toMatch(/^Yes — /);
    expect(lead('Ist Europiumoxid günstiger als Neodymoxid?', 'de')).toMatch(/^Ja — .*Europiumoxid 27/);
    expect(lead('Ist Neodymoxid billiger als Europiumoxid?', 'de')).toMatch(/^Nein — /);
  });

  it('a fact settling a yes/no question about a country without a table row is not buried under "no figure"', () => {
    const reply = ask('Werden Seltene Erden in Deutschland gefördert?', 'de');
    expect(reply.split('\n')[0]).toMatch(/^Nein — /);
    expect(reply).not.toMatch(/keine Zahl/);
  });
});

describe('the attribute asked, with the figure USGS states for it', () => {
  it('a share asked: the computed share first, then the share USGS itself states for that record, cited', () => {
    const r = answerOffline('How big is the Democratic Republic of the Congo\'s share of global cobalt mining?', { locale: 'en', now: new Date('2026-11-29T09:00:00Z'), dataset: dataset(), services: {} });
    expect(r.blocks[0]).toMatch(/share of world mine production of cobalt \d{4}: \d+%/);
    expect(r.blocks[1]).toMatch(/^USGS MCS 2025, 2024: .*\d+% of world production\.$/);
    expect(r.sources?.map((s) => s.id)).toContain('usgs-mcs2025-cobalt');
  });
});

describe('typos of names inside questions', () => {
  it('a four-letter typo of a five-letter country, one letter dropped inside the name, is that country', () => {
    expect(parse('lithium reserves of chle').subjects.countries.map((c) => c.id)).toEqual(['CL']);
    expect(parse('wie viel fördert inda?', 'de').subjects.countries.map((c) => c.id)).toEqual(['IN']);
    expect(lead('how much cobalt did chna produce in 2024?')).toMatch(/^China — mine production of cobalt in 2024: /);
  });

  it('never a word of its own, a name\'s first or last letter dropped, or a name the dataset has no figure for', () => {
    expect(parse('chia seed prices').subjects.countries).toEqual([]);
    expect(parse('chin reserves').subjects.countries).toEqual([]);
    expect(parse('kong reserves').subjects.countries).toEqual([]);
    expect(parse('hina reserves').subjects.countries).toEqual([]);
  });

  it('longer typos of countries, elements and minerals inside a sentence', () => {
    expect(parse('what are brasil\'s rare earth reserves').subjects.countries.map((c) => c.id)).toEqual(['BR']);
    expect(parse('where is neodynium used').subjects.elements.map((e) => e.symbol)).toEqual(['Nd']);
  });
});

describe('German compounds of a ranking', () => {
  it('"-förderer" glued to a commodity is production, ranked', () => {
    const p = parse('Die fünf größten Lithiumförderer', 'de');
    expect(p.attributes[0]?.attribute.id).toBe('production');
    expect(p).toMatchObject({ operator: 'top', topN: 5 });
  });
});
