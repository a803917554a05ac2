// The bundled data says what FACTS.md confirms: spot checks of figures, marks, editions, elements,
// events and the seed-article discrepancies that answers depend on.
import { beforeAll, describe, expect, it } from 'vitest';
import { figureKey, type Dataset } from '../../src/dataset/dataset.js';
import type { Figure } from '../../src/dataset/schema.js';
import { DATA_DIR } from './fixture.js';
import { loadDataset } from '../../src/dataset/load.js';

let ds: Dataset;
beforeAll(async () => {
  const r = await loadDataset(DATA_DIR);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.file}: ${e.path}: ${e.reason}`).join('\n'));
  ds = r.dataset;
});

const fig = (mineral: string, edition: string, country: string, measure: Figure['measure'], year?: number): Figure => {
  const f = ds.figures.find((x) => x.mineral === mineral && x.edition === edition && x.country === country && x.measure === measure && x.year === year);
  if (!f) throw new Error(`no figure ${mineral} ${edition} ${country} ${measure} ${year ?? ''}`);
  return f;
};

describe('rare-earth reserves by USGS edition', () => {
  it.each([
    ['mcs2025', 'VN', 3_500_000],
    ['mcs2024', 'VN', 22_000_000],
    ['mcs2026-v13', 'BR', 11_000_000],
    ['mcs2026', 'BR', 21_000_000],
    ['mcs2025', 'BR', 21_000_000],
    ['mcs2025', 'CN', 44_000_000],
    ['mcs2024', 'RU', 10_000_000],
    ['mcs2025', 'RU', 3_800_000],
    ['mcs2025', 'US', 1_900_000],
    ['mcs2024', 'US', 1_800_000],
    ['mcs2026', 'AU', 6_300_000],
    ['mcs2026', 'MY', 710_000],
    ['mcs2025', 'TH', 4_500],
    ['mcs2025', 'IN', 6_900_000],
  ])('%s %s = %i t', (edition, country, value) => {
    expect(fig('rare-earths', edition, country, 'reserves').value).toBe(value);
  });

  it('gives world reserves as lower bounds: >90 Mt (MCS 2025), >85 Mt (MCS 2026 v1.0), >75 Mt (v1.3)', () => {
    expect(fig('rare-earths', 'mcs2025', 'WORLD', 'reserves')).toMatchObject({ value: 90_000_000, qualifier: '>' });
    expect(fig('rare-earths', 'mcs2026', 'WORLD', 'reserves')).toMatchObject({ value: 85_000_000, qualifier: '>' });
    expect(fig('rare-earths', 'mcs2026-v13', 'WORLD', 'reserves')).toMatchObject({ value: 75_000_000, qualifier: '>' });
  });

  it('does not ingest the unconfirmed MCS 2024 world total (~110 Mt)', () => {
    expect(ds.figures.some((f) => f.edition === 'mcs2024' && f.country === 'WORLD' && f.measure === 'reserves')).toBe(false);
  });

  it('marks not-available reserves as NA with no value, and India in MCS 2026 carries the v1.1 note', () => {
    expect(fig('rare-earths', 'mcs2025', 'MM', 'reserves')).toMatchObject({ value: null, mark: 'NA' });
    const india = fig('rare-earths', 'mcs2026', 'IN', 'reserves');
    expect(india).toMatchObject({ value: null, mark: 'NA' });
    expect(india.note?.en).toContain('256,000');
    expect(india.note?.de).toContain('256.000');
    expect(india.sources).toContain('usgs-mcs2026-versionhist');
  });

  it('lists the v1.3 errata newest first for Brazil', () => {
    const list = ds.figuresByKey.get(figureKey('rare-earths', 'BR', 'reserves'))!;
    expect(list.map((f) => f.edition)).toEqual(['mcs2026-v13', 'mcs2026', 'mcs2025', 'mcs2024', 'mcs2023']);
    expect(ds.editionById.get('mcs2026-v13')).toMatchObject({ corrects: 'mcs2026' });
  });
});

describe('rare-earth production', () => {
  it('has MCS 2025 data years 2023 and 2024 (estimated)', () => {
    expect(fig('rare-earths', 'mcs2025', 'CN', 'production', 2023)).toMatchObject({ value: 255_000 });
    expect(fig('rare-earths', 'mcs2025', 'CN', 'production', 2024)).toMatchObject({ value: 270_000, mark: 'e' });
    expect(fig('rare-earths', 'mcs2025', 'WORLD', 'production', 2024)).toMatchObject({ value: 390_000, mark: 'e' });
    expect(fig('rare-earths', 'mcs2025', 'CN', 'production', 2024).note?.en).toContain('quota');
  });

  it('marks USGS dashes as zero', () => {
    expect(fig('rare-earths', 'mcs2025', 'CA', 'production', 2024)).toMatchObject({ value: 0, mark: 'zero' });
  });

  it('keeps the MCS 2026 revisions (Australia 29,000 t, Nigeria 1,500 t for 2024)', () => {
    expect(fig('rare-earths', 'mcs2026', 'AU', 'production', 2024).value).toBe(29_000);
    expect(fig('rare-earths', 'mcs2026', 'NG', 'production', 2024).value).toBe(1_500);
    expect(fig('rare-earths', 'mcs2024', 'CN', 'production', 2023).value).toBe(240_000);
  });
});

describe('other minerals', () => {
  it('has no gallium reserves, and gallium capacity 2025 as capacity', () => {
    expect(ds.figures.some((f) => f.mineral === 'gallium' && f.measure === 'reserves')).toBe(false);
    expect(fig('gallium', 'mcs2026', 'CN', 'capacity', 2025).value).toBe(1_600_000);
    expect(ds.mineralById.get('gallium')?.unit.symbol).toBe('kg');
  });

  it('withholds US lithium production (W) and has only the world total for MCS 2025 lithium reserves', () => {
    expect(fig('lithium', 'mcs2025', 'US', 'production', 2024)).toMatchObject({ value: null, mark: 'W' });
    const reserves = ds.figures.filter((f) => f.mineral === 'lithium' && f.edition === 'mcs2025' && f.measure === 'reserves');
    expect(reserves.map((f) => [f.country, f.value])).toEqual([['WORLD', 30_000_000]]);
    expect(fig('lithium', 'mcs2026', 'CL', 'reserves').value).toBe(9_200_000);
  });

  it('has cobalt and nickel as FACTS gives them', () => {
    expect(fig('cobalt', 'mcs2025', 'CD', 'reserves').value).toBe(6_000_000);
    expect(fig('cobalt', 'mcs2026', 'RU', 'reserves').value).toBe(800_000);
    expect(fig('nickel', 'mcs2025', 'WORLD', 'reserves')).toMatchObject({ value: 130_000_000, qualifier: '>' });
    expect(fig('nickel', 'mcs2025', 'CN', 'production', 2023)).toMatchObject({ value: 0, mark: 'zero' });
  });
});

describe('elements', () => {
  it('holds the 17 rare-earth elements with the USGS classes', () => {
    expect(ds.elements).toHaveLength(17);
    expect(ds.elements.map((e) => e.z).sort((a, b) => a - b)).toEqual([21, 39, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71]);
    const cls = (s: string): string | undefined => ds.elementBySymbol.get(s)?.class;
    expect(['La', 'Ce', 'Pr', 'Nd', 'Pm', 'Sm', 'Eu', 'Gd'].map(cls)).toEqual(Array(8).fill('light'));
    expect(['Tb', 'Dy', 'Ho', 'Er', 'Tm', 'Yb', 'Lu', 'Y'].map(cls)).toEqual(Array(8).fill('heavy'));
    expect(cls('Sc')).toBe('neither');
  });

  it('has the German names and the uses the ZDF/AFP article names', () => {
    expect(ds.elementBySymbol.get('Ce')?.name.de).toBe('Cer');
    expect(ds.elementBySymbol.get('La')?.name.de).toBe('Lanthan');
    expect(ds.elementBySymbol.get('Eu')?.uses.de.join(' ')).toContain('Fernsehbildschirme');
    expect(ds.elementBySymbol.get('Dy')?.uses.de.join(' ')).toContain('Offshore-Windräder');
  });

  it('states the export-control status: April 2025 seven stay, October 2025 five suspended', () => {
    for (const s of ['Sm', 'Gd', 'Tb', 'Dy', 'Lu', 'Sc', 'Y']) expect(ds.elementBySymbol.get(s)?.note?.en).toContain('Announcement No. 18');
    for (const s of ['Ho', 'Er', 'Tm', 'Eu', 'Yb']) expect(ds.elementBySymbol.get(s)?.note?.en).toContain('until 10 November 2026');
  });
});

describe('events, facts and discrepancies', () => {
  it('dates the timeline as FACTS does', () => {
    const date = (id: string): string | undefined => ds.eventById.get(id)?.date;
    expect(date('us-japan-framework')).toBe('2025-10-28');
    expect(date('trump-xi-busan')).toBe('2025-10-30');
    expect(ds.eventById.get('apec-2025-gyeongju')).toMatchObject({ date: '2025-10-31', end_date: '2025-11-01' });
    expect(date('china-suspension-nov-2025')).toBe('2025-11-07');
    expect(ds.eventById.get('china-suspension-nov-2025')?.outcome?.en).toContain('April 2025 controls');
  });

  it('answers the facts of the ZDF/AFP article', () => {
    expect(ds.factById.get('apec-21-economies')?.text.de).toContain('21');
    expect(ds.factById.get('germany-saxony-deposit')?.countries).toEqual(['DE']);
    expect(ds.factById.get('cherry-trees-250')?.text.en).toContain('Kishida');
    expect(ds.factById.get('mining-is-hard')?.text.de).toContain('radioaktive Isotope');
  });

  it('records the ZDF/AFP article against USGS, one discrepancy per country', () => {
    const vn = ds.discrepancyById.get('seed-vietnam-reserves')!;
    expect(vn.countries).toEqual(['VN']);
    expect(vn.claims.find((c) => c.source === 'zdf-afp-2025-10-28')?.value).toBe(21_000_000);
    expect(vn.claims.find((c) => c.edition === 'mcs2025')?.value).toBe(3_500_000);
    expect(ds.discrepancyById.get('seed-brazil-reserves')?.claims.find((c) => c.source === 'zdf-afp-2025-10-28')?.value).toBe(22_000_000);
    expect(ds.discrepancyById.get('seed-world-reserves')?.claims[0]?.value).toBe(110_000_000);
  });

  it('grades industry pages and republished copies C, and every source is used', () => {
    expect(ds.sources.filter((s) => s.confidence === 'C').map((s) => s.id).sort()).toEqual([
      'adamsmagnetic-suspension-status', 'hsmagnets-ree', 'inn-production-2024', 'inn-reserves-2024', 'ree-uses-secondary', 'tremond-rare-earth-metals',
    ]);
    // A C source corroborates: every element still cites an A or B source beside it.
    for (const e of ds.elements) expect(e.sources.some((id) => ds.sourceById.get(id)?.confidence !== 'C')).toBe(true);
    const used = new Set([
      ...ds.figures, ...ds.elements, ...ds.events, ...ds.facts, ...ds.discrepancies, ...ds.minerals, ...ds.editions,
    ].flatMap((x) => x.sources));
    for (const d of ds.discrepancies) for (const c of d.claims) used.add(c.source);
    expect(ds.sources.filter((s) => !used.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('finds countries by the German and USGS names users type', () => {
    const names = (id: string): string[] => {
      const c = ds.countryById.get(id)!;
      return [c.name.en, c.name.de, ...c.aliases];
    };
    expect(names('CN')).toEqual(expect.arrayContaining(['Volksrepublik China', 'VR China', 'PRC']));
    expect(names('MM')).toEqual(expect.arrayContaining(['Burma', 'Myanmar', 'Birma']));
    expect(names('CD')).toEqual(expect.arrayContaining(['Congo (Kinshasa)', 'DR Kongo', 'DRC']));
    expect(names('KR')).toEqual(expect.arrayContaining(['Korea, Rep.', 'Südkorea']));
  });
});

describe('participants in German replies', () => {
  it('every participant that is more than a personal name (an office, a body, a role in brackets) has a German form', () => {
    const plainName = (who: string): boolean => !/[()]/.test(who) && who.split(/\s+/).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && !/^(The|Emperor|President|US|Chinese)$/.test(who.split(/\s+/)[0]!);
    const missing = ds.events.filter((e) => !e.participants_de && e.participants.some((w) => !plainName(w))).map((e) => e.id);
    expect(missing).toEqual([]);
  });
});
