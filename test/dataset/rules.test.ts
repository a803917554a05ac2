// The cross-file rules: unique ids, references, country <= world, dates, editions, aliases, pings.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupFixtures, copyData, edit, errorsOf, indexOf, plain, readRaw } from './fixture.js';

type Json = Record<string, unknown>;
const RE = 'figures/rare-earths.yaml';

afterAll(cleanupFixtures);

describe('references', () => {
  it('reports a missing source, with the line of the reference', async () => {
    const dir = copyData();
    const i = indexOf(dir, RE, 'rare-earths-mcs2025-vn-reserves');
    edit(dir, RE, (figs) => { (figs[i]!.sources as string[])[0] = 'no-such-source'; });
    const errors = await errorsOf(dir);
    expect(plain(errors)).toEqual([{ file: RE, path: `[${i}].sources[0]`, reason: 'unknown source "no-such-source"' }]);
    expect(readRaw(dir, RE).split('\n')[errors[0]!.line! - 1]).toContain('no-such-source');
  });

  it('suggests the nearest id for a typo', async () => {
    const dir = copyData();
    edit(dir, 'facts.yaml', (facts) => { (facts[0]!.sources as string[])[0] = 'zdf-afp-2025-10-29'; });
    expect(plain(await errorsOf(dir))).toEqual([{ file: 'facts.yaml', path: '[0].sources[0]', reason: 'unknown source "zdf-afp-2025-10-29" (did you mean "zdf-afp-2025-10-28"?)' }]);
  });

  it('reports an unknown country, mineral and edition on a figure', async () => {
    const dir = copyData();
    edit(dir, 'figures/cobalt.yaml', (figs) => {
      figs[0]!.country = 'XX';
      figs[1]!.mineral = 'unobtainium';
      figs[2]!.edition = 'mcs1999';
    });
    expect(plain(await errorsOf(dir))).toEqual([
      { file: 'figures/cobalt.yaml', path: '[0].country', reason: 'unknown country "XX"' },
      { file: 'figures/cobalt.yaml', path: '[1].mineral', reason: 'unknown mineral "unobtainium"' },
      { file: 'figures/cobalt.yaml', path: '[2].edition', reason: 'unknown edition "mcs1999"' },
    ]);
  });

  it('suggests the right case for a code typed in the wrong case', async () => {
    const dir = copyData();
    edit(dir, 'figures/cobalt.yaml', (figs) => { figs[0]!.country = 'cd'; });
    expect(plain(await errorsOf(dir))).toEqual([
      { file: 'figures/cobalt.yaml', path: '[0].country', reason: 'unknown country "cd" (did you mean "CD"?)' },
    ]);
  });

  it('reports unknown countries, elements and minerals on events', async () => {
    const dir = copyData();
    const i = indexOf(dir, 'events.yaml', 'trump-xi-busan');
    edit(dir, 'events.yaml', (events) => {
      events[i]!.countries = ['US', 'QQ'];
      events[i]!.elements = ['Ho', 'Xx'];
      events[i]!.minerals = ['rare-earths', 'mithril'];
    });
    expect(plain(await errorsOf(dir))).toEqual([
      { file: 'events.yaml', path: `[${i}].countries[1]`, reason: 'unknown country "QQ"' },
      { file: 'events.yaml', path: `[${i}].minerals[1]`, reason: 'unknown mineral "mithril"' },
      { file: 'events.yaml', path: `[${i}].elements[1]`, reason: 'unknown element "Xx"' },
    ]);
  });

  it('reports an unknown event referenced by a fact and a discrepancy', async () => {
    const dir = copyData();
    const f = indexOf(dir, 'facts.yaml', 'japan-two-percent-gdp');
    const d = indexOf(dir, 'discrepancies.yaml', 'trump-lee-venue');
    edit(dir, 'facts.yaml', (facts) => { facts[f]!.events = ['takaichi-nap']; });
    edit(dir, 'discrepancies.yaml', (ds) => { ds[d]!.events = ['nonexistent-summit']; });
    expect(plain(await errorsOf(dir))).toEqual([
      { file: 'facts.yaml', path: `[${f}].events[0]`, reason: 'unknown event "takaichi-nap"' },
      { file: 'discrepancies.yaml', path: `[${d}].events[0]`, reason: 'unknown event "nonexistent-summit"' },
    ]);
  });

  it('reports a disputed word that no text of the discrepancy\'s events states', async () => {
    const dir = copyData();
    const d = indexOf(dir, 'discrepancies.yaml', 'trump-xi-venue-length');
    edit(dir, 'discrepancies.yaml', (ds) => { ds[d]!.disputed = { en: ['1 hour 40 minutes', 'ninety minutes'], de: ['1 Stunde 40 Minuten'] }; });
    expect(plain(await errorsOf(dir))).toEqual([
      { file: 'discrepancies.yaml', path: `[${d}].disputed.en[1]`, reason: '"ninety minutes" is in no English text of the discrepancy\'s events' },
    ]);
  });

  it('reports unknown sources and editions in discrepancy claims', async () => {
    const dir = copyData();
    const d = indexOf(dir, 'discrepancies.yaml', 'seed-vietnam-reserves');
    edit(dir, 'discrepancies.yaml', (ds) => {
      const claims = ds[d]!.claims as Json[];
      claims[0]!.source = 'bild-2025';
      claims[1]!.edition = 'mcs1850';
    });
    expect(plain(await errorsOf(dir))).toEqual([
      { file: 'discrepancies.yaml', path: `[${d}].claims[0].source`, reason: 'unknown source "bild-2025"' },
      { file: 'discrepancies.yaml', path: `[${d}].claims[1].edition`, reason: 'unknown edition "mcs1850"' },
    ]);
  });

  it('reports an unknown source on a mineral, an edition and an element', async () => {
    const dir = copyData();
    edit(dir, 'minerals.yaml', (ms) => { ms[0]!.sources = ['gone']; });
    edit(dir, 'editions.yaml', (es) => { es[0]!.sources = ['gone']; });
    edit(dir, 'elements.yaml', (es) => { es[0]!.sources = ['gone']; });
    expect(plain(await errorsOf(dir))).toEqual([
      { file: 'minerals.yaml', path: '[0].sources[0]', reason: 'unknown source "gone"' },
      { file: 'editions.yaml', path: '[0].sources[0]', reason: 'unknown source "gone"' },
      { file: 'elements.yaml', path: '[0].sources[0]', reason: 'unknown source "gone"' },
    ]);
  });
});

describe('unique ids', () => {
  it('reports a duplicate source id', async () => {
    const dir = copyData();
    edit(dir, 'sources.yaml', (sources) => { sources[2]!.id = sources[1]!.id; });
    expect(plain(await errorsOf(dir))).toContainEqual({ file: 'sources.yaml', path: '[2].id', reason: `duplicate id "${'usgs-mcs2024-rare-earths'}" (first at [1])` });
  });

  it('reports a duplicate figure id across two figure files', async () => {
    const dir = copyData();
    edit(dir, 'figures/nickel.yaml', (figs) => { figs[3]!.id = 'cobalt-mcs2025-cd-production-2024'; });
    expect(plain(await errorsOf(dir))).toEqual([
      { file: 'figures/nickel.yaml', path: '[3].id', reason: 'duplicate id "cobalt-mcs2025-cd-production-2024" (first at figures/cobalt.yaml [0])' },
    ]);
  });

  it('reports a duplicate element symbol and atomic number', async () => {
    const dir = copyData();
    edit(dir, 'elements.yaml', (els) => { els.push({ ...els[0]!, name: { en: 'Scandium bis', de: 'Scandium bis' }, aliases: [] }); });
    expect(plain(await errorsOf(dir))).toEqual([
      { file: 'elements.yaml', path: '[17].symbol', reason: 'duplicate symbol "Sc" (first at [0])' },
      { file: 'elements.yaml', path: '[17].z', reason: 'duplicate z "21" (first at [0])' },
    ]);
  });

  it('reports a second figure for the same country, mineral, measure, edition and year', async () => {
    const dir = copyData();
    const i = indexOf(dir, RE, 'rare-earths-mcs2025-cn-reserves');
    edit(dir, RE, (figs) => { figs.push({ ...figs[i]!, id: 'rare-earths-mcs2025-cn-reserves-again' }); });
    const n = (await import('yaml')).parse(readRaw(dir, RE)).length - 1;
    expect(plain(await errorsOf(dir))).toEqual([
      { file: RE, path: `[${n}]`, reason: 'duplicate figure: "rare-earths-mcs2025-cn-reserves" already gives rare-earths reserves for CN in mcs2025' },
    ]);
  });
});

describe('figure consistency', () => {
  it('reports a country figure above the world figure of the same edition and year', async () => {
    const dir = copyData();
    const i = indexOf(dir, RE, 'rare-earths-mcs2025-vn-reserves');
    edit(dir, RE, (figs) => { figs[i]!.value = 95_000_000; });
    expect(plain(await errorsOf(dir))).toEqual([
      { file: RE, path: `[${i}].value`, reason: 'VN 95,000,000 exceeds the WORLD figure 90,000,000 ("rare-earths-mcs2025-world-reserves") for rare-earths reserves in mcs2025' },
    ]);
  });

  it('compares production by data year', async () => {
    const dir = copyData();
    const i = indexOf(dir, 'figures/gallium.yaml', 'gallium-mcs2026-cn-production-2024');
    edit(dir, 'figures/gallium.yaml', (figs) => { figs[i]!.value = 850_000; });
    expect(plain(await errorsOf(dir))).toEqual([
      { file: 'figures/gallium.yaml', path: `[${i}].value`, reason: 'CN 850,000 exceeds the WORLD figure 848,000 ("gallium-mcs2026-world-production-2024") for gallium production 2024 in mcs2026' },
    ]);
  });

  it('compares an errata figure with its own world figure', async () => {
    const dir = copyData();
    const i = indexOf(dir, RE, 'rare-earths-mcs2026-v13-br-reserves');
    edit(dir, RE, (figs) => { figs[i]!.value = 80_000_000; });
    expect(plain(await errorsOf(dir))).toEqual([
      { file: RE, path: `[${i}].value`, reason: 'BR 80,000,000 exceeds the WORLD figure 75,000,000 ("rare-earths-mcs2026-v13-world-reserves") for rare-earths reserves in mcs2026-v13' },
    ]);
  });

  it('compares an errata figure with the corrected edition when the errata has no world figure', async () => {
    const dir = copyData();
    const i = indexOf(dir, RE, 'rare-earths-mcs2026-v13-br-reserves');
    const w = indexOf(dir, RE, 'rare-earths-mcs2026-v13-world-reserves');
    edit(dir, RE, (figs) => {
      figs[i]!.value = 86_000_000;
      figs.splice(w, 1);
    });
    expect(plain(await errorsOf(dir))).toEqual([
      { file: RE, path: `[${i < w ? i : i - 1}].value`, reason: 'BR 86,000,000 exceeds the WORLD figure 85,000,000 ("rare-earths-mcs2026-world-reserves") for rare-earths reserves in mcs2026' },
    ]);
  });

  it('reports a data year on reserves', async () => {
    const dir = copyData();
    const i = indexOf(dir, RE, 'rare-earths-mcs2025-br-reserves');
    edit(dir, RE, (figs) => { figs[i]!.year = 2024; });
    expect(plain(await errorsOf(dir))).toEqual([{ file: RE, path: `[${i}].year`, reason: 'reserves have no data year; remove year' }]);
  });
});

describe('dates', () => {
  it('reports an end_date before the date', async () => {
    const dir = copyData();
    const i = indexOf(dir, 'events.yaml', 'apec-2025-gyeongju');
    edit(dir, 'events.yaml', (events) => { events[i]!.end_date = '2025-10-30'; });
    expect(plain(await errorsOf(dir))).toEqual([{ file: 'events.yaml', path: `[${i}].end_date`, reason: 'end_date 2025-10-30 is before date 2025-10-31' }]);
  });

  it('reports an event date outside the sane range', async () => {
    const dir = copyData();
    edit(dir, 'events.yaml', (events) => {
      events[0]!.date = '1925-04-04';
      events[1]!.date = '2099-10-09';
      delete events[1]!.outcome_date;
    });
    expect(plain(await errorsOf(dir))).toEqual([
      { file: 'events.yaml', path: '[0].date', reason: 'date 1925-04-04 is outside the sane range 1950-01-01 to 2036-02-06' },
      { file: 'events.yaml', path: '[1].date', reason: 'date 2099-10-09 is outside the sane range 1950-01-01 to 2036-02-06' },
      // The suspension of 7 Nov 2025 now names a measure dated after it.
      { file: 'events.yaml', path: '[15].suspends', reason: 'suspends "china-export-controls-oct-2025", which is dated after it' },
    ]);
  });

  it('reports an outcome_date without outcome, before the event or after as_of', async () => {
    const dir = copyData();
    const i = indexOf(dir, 'events.yaml', 'trump-xi-busan');
    const j = indexOf(dir, 'events.yaml', 'apec-2025-gyeongju');
    edit(dir, 'events.yaml', (events) => {
      events[i]!.outcome_date = '2025-10-29';
      delete events[j]!.outcome;
    });
    const k = indexOf(dir, 'events.yaml', 'us-thailand-mou');
    edit(dir, 'events.yaml', (events) => { events[k]!.outcome_date = '2026-03-01'; });
    expect(plain(await errorsOf(dir))).toEqual([
      { file: 'events.yaml', path: `[${k}].outcome_date`, reason: "outcome_date 2026-03-01 is after the dataset's as_of 2026-02-06; raise as_of in dataset.yaml" },
      { file: 'events.yaml', path: `[${i}].outcome_date`, reason: 'outcome_date 2025-10-29 is before date 2025-10-30' },
      { file: 'events.yaml', path: `[${j}].outcome_date`, reason: 'outcome_date without an outcome; add the outcome or remove the date' },
    ]);
  });

  it('reports a source published after the dataset as_of', async () => {
    const dir = copyData();
    edit(dir, 'sources.yaml', (sources) => { sources[0]!.published = '2026-03-01'; });
    expect(plain(await errorsOf(dir))).toEqual([
      { file: 'sources.yaml', path: '[0].published', reason: "published 2026-03-01 is after the dataset's as_of 2026-02-06; raise as_of in dataset.yaml" },
    ]);
  });

  it('reports an impossible as_of in dataset.yaml', async () => {
    const dir = copyData();
    edit<Json>(dir, 'dataset.yaml', (meta) => { meta.as_of = '2026-02-29'; });
    expect(plain(await errorsOf(dir))).toEqual([{ file: 'dataset.yaml', path: 'as_of', reason: 'must be a real date written YYYY-MM-DD' }]);
  });
});

describe('editions', () => {
  it('reports an edition without figures', async () => {
    const dir = copyData();
    edit(dir, 'editions.yaml', (es) => { es.push({ id: 'mcs2022', publisher: 'U.S. Geological Survey', label: 'USGS MCS 2022', published: '2022-01-31', order: 2022, sources: ['datawrapper-reserves-2022'] }); });
    expect(plain(await errorsOf(dir))).toEqual([{ file: 'editions.yaml', path: '[5].id', reason: 'edition "mcs2022" has no figures' }]);
  });

  it('reports an errata edition that corrects an unknown edition', async () => {
    const dir = copyData();
    const i = indexOf(dir, 'editions.yaml', 'mcs2026-v13');
    edit(dir, 'editions.yaml', (es) => { es[i]!.corrects = 'mcs2062'; });
    expect(plain(await errorsOf(dir))).toEqual([{ file: 'editions.yaml', path: `[${i}].corrects`, reason: 'unknown edition "mcs2062" (did you mean "mcs2026"?)' }]);
  });

  it('reports an errata edition ordered below the edition it corrects', async () => {
    const dir = copyData();
    const i = indexOf(dir, 'editions.yaml', 'mcs2026-v13');
    edit(dir, 'editions.yaml', (es) => { es[i]!.order = 2025.5; });
    expect(plain(await errorsOf(dir))).toEqual([{ file: 'editions.yaml', path: `[${i}].order`, reason: 'order 2025.5 must be above the order of the corrected edition "mcs2026" (2026)' }]);
  });

  it('reports two editions with the same order', async () => {
    const dir = copyData();
    edit(dir, 'editions.yaml', (es) => { es[1]!.order = es[0]!.order; });
    expect(plain(await errorsOf(dir))).toEqual([{ file: 'editions.yaml', path: '[1].order', reason: 'duplicate order "2023" (first at [0])' }]);
  });
});

describe('names and text', () => {
  it('reports an alias that names two countries', async () => {
    const dir = copyData();
    const i = indexOf(dir, 'countries.yaml', 'PT');
    edit(dir, 'countries.yaml', (cs) => { (cs[i]!.aliases as string[]).push('brasílien'); });
    const n = 1; // Portugal's aliases: [Portuguese Republic, brasílien]
    expect(plain(await errorsOf(dir))).toEqual([
      { file: 'countries.yaml', path: `[${i}].aliases[${n}]`, reason: 'alias "brasílien" also names country "BR"; lookups would be ambiguous' },
    ]);
  });

  it('reports text that could ping a channel', async () => {
    const dir = copyData();
    const i = indexOf(dir, 'events.yaml', 'kl-trade-talks');
    edit(dir, 'events.yaml', (events) => { (events[i]!.summary as Json).en = 'Hey @everyone, look'; });
    edit(dir, 'figures/nickel.yaml', (figs) => { figs[0]!.note = { en: 'see <!channel>', de: 'siehe <@U123>' }; });
    expect(plain(await errorsOf(dir))).toEqual([
      { file: 'events.yaml', path: `[${i}].summary.en`, reason: 'text contains "@everyone", which could ping users or channels; rephrase it' },
      { file: 'figures/nickel.yaml', path: '[0].note.en', reason: 'text contains "<!", which could ping users or channels; rephrase it' },
      { file: 'figures/nickel.yaml', path: '[0].note.de', reason: 'text contains "<@", which could ping users or channels; rephrase it' },
    ]);
  });
});
