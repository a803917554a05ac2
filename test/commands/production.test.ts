import { beforeAll, describe, expect, it } from 'vitest';
import type { CommandCore } from '../../src/commands/core.js';
import { call, makeCore, sourceIds, text } from './helpers.js';

let core: CommandCore;
beforeAll(async () => {
  core = await makeCore();
});

describe('/production', () => {
  it('Australia: latest data year, and the 2024 revision 13,000 t (MCS 2025) → 29,000 t (MCS 2026)', async () => {
    const r = await core.handleText('/production australia', call());
    const out = text(r);
    expect(r.blocks[0]).toBe('USGS MCS 2026 (v1.0): Australia — 2025: 29,000 t (estimated); 2024: 29,000 t (revised up from 13,000 t (estimated) in USGS MCS 2025).');
    expect(r.table?.rows).toContainEqual(['USGS MCS 2025', '2024', '13,000 t (estimated)']);
    expect(out).toContain('footnote 12'); // the PDF-parsing discrepancy about Australia
    expect(sourceIds(r)).toEqual(expect.arrayContaining(['usgs-mcs2026', 'usgs-mcs2025-rare-earths']));
  });

  it('world ranking of the newest data year with the world total and a chart', async () => {
    const r = await core.handleText('/production', call());
    expect(r.title).toBe('Mine production — Rare earths: ranking (USGS MCS 2026 (v1.0), 2025)');
    expect(r.table?.rows[0]?.slice(1, 3)).toEqual(['China', '270,000 t (estimated)']);
    expect(r.blocks[0]).toMatch(/^World total \(USGS MCS 2026 \(v1\.0\), 2025\): 390,000 t \(estimated\)/);
    expect(r.chart?.bars.length).toBeGreaterThan(3);
  });

  it('withheld figures are spelled out (US lithium: W → withheld)', async () => {
    const r = await core.handleText('/production united states lithium', call());
    expect(r.blocks[0]).toBe('USGS MCS 2026 (v1.0): United States — 2025: withheld; 2024: withheld (unchanged from USGS MCS 2025).');
    expect(r.fields?.[0]?.value).toBe('withheld');
  });

  it('other minerals and German output', async () => {
    const r = await core.handleText('/production congo cobalt', call('de'));
    expect(r.title).toBe('Bergwerksförderung — Kobalt: Demokratische Republik Kongo');
    expect(r.fields?.[0]?.value).toMatch(/^\d{1,3}(\.\d{3})+ t/);
    const ga = await core.handleText('/production china gallium', call());
    expect(ga.kind).toBe('answer');
    expect(ga.fields?.find((f) => f.label === 'Unit')?.value).toContain('kilograms');
  });
});
