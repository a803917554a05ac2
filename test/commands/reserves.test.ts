import { beforeAll, describe, expect, it } from 'vitest';
import type { CommandCore } from '../../src/commands/core.js';
import { call, makeCore, sourceIds, text } from './helpers.js';

let core: CommandCore;
beforeAll(async () => {
  core = await makeCore();
});

describe('/reserves for one country', () => {
  it('Vietnam: 3.5 Mt in the current edition, down from 22 Mt in MCS 2024, and the article\'s 21 Mt, each cited', async () => {
    const r = await core.handleText('/reserves Vietnam', call());
    const out = text(r);
    expect(r.kind).toBe('answer');
    expect(out).toMatch(/USGS MCS 2026 \(v1\.0\): Vietnam 3\.5 million t \(same in USGS MCS 2025; down from 22 million t in USGS MCS 2024\)/);
    expect(out).toContain('21 million t'); // the seed article's figure
    expect(out).toContain('ZDF/AFP');
    expect(r.fields?.find((f) => f.label === 'Reserves')?.value).toBe('3,500,000 t (3.5 million t)');
    expect(sourceIds(r)).toEqual(expect.arrayContaining(['usgs-mcs2025-rare-earths', 'usgs-mcs2024-rare-earths', 'zdf-afp-2025-10-28']));
    expect(r.table?.rows).toEqual([
      ['USGS MCS 2026 (v1.0)', '3,500,000 t'],
      ['USGS MCS 2025', '3,500,000 t'],
      ['USGS MCS 2024', '22,000,000 t'],
      ['USGS MCS 2023', '22,000,000 t'],
    ]);
  });

  it('China: 44 Mt with edition, unit and source', async () => {
    const r = await core.handleText('/reserves china', call());
    expect(text(r)).toMatch(/USGS MCS 2026 \(v1\.0\): China 44 million t \(unchanged from USGS MCS 2025, USGS MCS 2024\)/);
    expect(r.fields?.find((f) => f.label === 'Unit')?.value).toBe('t — metric tons of rare-earth-oxide (REO) equivalent');
    expect(sourceIds(r)).toContain('usgs-mcs2026');
    expect(r.footer).toMatch(/^Dataset \S+, as of \d+ \w+ \d{4}$/);
  });

  it('Brazil: 11 Mt from the MCS 2026 v1.3 errata, corrected from 21 Mt, citing both', async () => {
    const r = await core.handleText('/reserves Brasilien', call());
    const out = text(r);
    expect(out).toContain('USGS MCS 2026 (v1.3): Brazil 11 million t (corrected from 21 million t in USGS MCS 2026 (v1.0)');
    expect(r.table?.rows[0]).toEqual(['USGS MCS 2026 (v1.3)', '11,000,000 t (was 21,000,000 t)']);
    expect(sourceIds(r)).toEqual(expect.arrayContaining(['usgs-mcs2026', 'usgs-mcs2026-versionhist']));
    expect(out).toContain('22 million t'); // the article swapped Brazil and Vietnam
  });

  it('resolves ISO codes, German names, aliases and diacritics to the same country', async () => {
    const names = ['CN', 'CHN', 'Volksrepublik China', 'china', 'CHINA', 'VR China'];
    const titles = await Promise.all(names.map(async (n) => (await core.run('reserves', { country: n }, call())).title));
    expect(new Set(titles)).toEqual(new Set(['Reserves — Rare earths: China']));
    expect((await core.handleText('/reserves Südafrika', call())).title).toBe('Reserves — Rare earths: South Africa');
    expect((await core.handleText('/reserves Sudafrika', call())).title).toBe('Reserves — Rare earths: South Africa');
  });

  it('a typo with one clear winner answers and says what it assumed', async () => {
    const r = await core.handleText('/reserves chna', call());
    expect(r.kind).toBe('answer');
    expect(r.blocks[0]).toBe("Showing results for China (you typed 'chna').");
  });

  it('an unknown name gets the nearest suggestions, never a guess', async () => {
    const r = await core.handleText('/reserves Chle', call());
    expect(r.blocks[0]).toBe("Showing results for Chile (you typed 'Chle').");
    // Two equally near candidates: no guess, suggestions instead.
    const amb = await core.handleText('/reserves south', call());
    expect(amb.kind).toBe('error');
    expect(amb.suggestions).toEqual(expect.arrayContaining(['/reserves South Africa', '/reserves South Korea']));
    const far = await core.handleText('/reserves Atlantis', call());
    expect(far.kind).toBe('error');
    expect(far.blocks[0]).toContain("'Atlantis'");
    expect(far.sources).toEqual([]);
  });

  it('a real country the dataset does not list is not mistaken for a similar one', async () => {
    const r = await core.handleText('/reserves Austria', call());
    expect(r.title).toBe('Reserves — Rare earths: Austria');
    expect(text(r)).toContain('No edition in the dataset (U.S. Geological Survey) gives a rare earths reserves figure for Austria');
    expect((await core.handleText('/reserves Österreich', call('de'))).title).toBe('Reserven — Seltene Erden: Österreich');
  });

  it('a country without a USGS figure (Germany, Japan) gets an honest answer: no number, what is known, with sources', async () => {
    const de = await core.handleText('/reserves germany', call());
    const out = text(de);
    expect(de.kind).toBe('answer');
    expect(out).toContain('No edition in the dataset (U.S. Geological Survey) gives a rare earths reserves figure for Germany');
    expect(out).toMatch(/Saxony/);
    expect(out).not.toMatch(/\d{1,3}(,\d{3})+ t/);
    expect(sourceIds(de)).toContain('zdf-afp-2025-10-28');
    const jp = await core.handleText('/reserves Japan', call());
    expect(text(jp)).toContain('No edition in the dataset (U.S. Geological Survey) gives a rare earths reserves figure for Japan');
    expect(text(jp)).not.toMatch(/\d{1,3}(,\d{3})+ t/);
  });

  it('multi-word countries and a mineral after them', async () => {
    const za = await core.handleText('/reserves south africa', call());
    expect(za.title).toBe('Reserves — Rare earths: South Africa');
    expect(text(za)).toContain('860,000 t');
    const us = await core.handleText('/reserves united states lithium', call());
    expect(us.title).toBe('Reserves — Lithium: United States');
    expect(text(us)).toContain('4.4 million t');
    const swapped = await core.handleText('reserves lithium chile', call());
    expect(swapped.title).toBe('Reserves — Lithium: Chile');
  });

  it('an element as mineral answers for the rare-earth group and says why', async () => {
    const r = await core.handleText('/reserves china neodymium', call());
    expect(r.title).toBe('Reserves — Rare earths: China');
    expect(r.blocks[0]).toContain('USGS reports rare earths as one group');
  });

  it('USGS marks are spelled out: NA is "not available"', async () => {
    const r = await core.handleText('/reserves india', call());
    expect(text(r)).toMatch(/India not available \(USGS MCS 2025: 6\.9 million t\)/);
  });

  it('German: numbers, edition and wording in German', async () => {
    const r = await core.handleText('/reserves Vietnam', call('de'));
    const out = text(r);
    expect(r.locale).toBe('de');
    expect(r.title).toBe('Reserven — Seltene Erden: Vietnam');
    expect(r.fields?.find((f) => f.label === 'Reserven')?.value).toBe('3.500.000 t (3,5 Mio. t)');
    expect(out).toContain('zuvor 22 Mio. t in USGS MCS 2024');
    expect(r.footer).toMatch(/^Datensatz \S+, Stand \d+\. \S+ \d{4}$/);
  });
});

describe('/reserves world ranking', () => {
  it('ranks the current edition with corrections applied, gives the world total, a chart and sources', async () => {
    const r = await core.handleText('/reserves', call());
    expect(r.kind).toBe('answer');
    expect(r.table?.rows[0]?.slice(0, 3)).toEqual(['1', 'China', '44,000,000 t']);
    expect(r.table?.rows[1]?.slice(0, 3)).toEqual(['2', 'Brazil', '11,000,000 t']);
    expect(r.blocks[0]).toContain('World total (USGS MCS 2026 (v1.3)): more than 75,000,000 t');
    expect(r.blocks.join('\n')).toContain('110 million t'); // the article's world figure, cited
    expect(r.chart?.kind).toBe('bar');
    expect(r.chart?.bars[0]).toEqual({ label: 'China', value: 44_000_000 });
    expect(r.chart?.alt).toMatch(/^Bar chart of reserves by country/);
    expect(sourceIds(r)).toEqual(expect.arrayContaining(['usgs-mcs2026', 'usgs-mcs2026-versionhist']));
    // NA countries sit at the bottom, spelled out.
    expect(r.table?.rows.at(-2)?.[2]).toBe('not available');
  });

  it('"/reserves world" and a mineral alone give the ranking of that mineral', async () => {
    expect((await core.handleText('/reserves world', call())).title).toMatch(/^Reserves — Rare earths: ranking/);
    const li = await core.handleText('/reserves lithium', call());
    expect(li.title).toMatch(/^Reserves — Lithium: ranking/);
    expect(li.table?.rows[0]?.slice(1, 3)).toEqual(['Chile', '9,200,000 t']);
  });

  it('a mineral USGS publishes no reserves for says so', async () => {
    const r = await core.handleText('/reserves gallium', call());
    expect(r.kind).toBe('answer');
    expect(text(r)).toContain('USGS publishes no gallium reserves');
  });
});
