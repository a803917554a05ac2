// Charts render for real: Vega-Lite → Vega → SVG → resvg → PNG, with the bundled font.
import { describe, expect, it } from 'vitest';
import { latestFigures } from '../../src/briefings/asof.js';
import { reservesChart } from '../../src/briefings/digest.js';
import { PNG_SCALE, renderChartPng, renderChartSvg } from '../../src/charts/index.js';
import type { ChartSpec } from '../../src/reply/model.js';
import { fixtureDataset } from '../briefings/fixtures/dataset.js';

const ds = fixtureDataset();
const ranking = (): ChartSpec => reservesChart(ds, latestFigures(ds, 'rare-earths', 'reserves', '2026-11-30').countries, 'rare-earths', 'en')!;

function pngSize(png: Buffer): { width: number; height: number } {
  // IHDR is the first chunk: width and height are big-endian at bytes 16 and 20.
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const svgSize = (svg: string): { width: number; height: number } => {
  const m = /<svg[^>]*\bwidth="(\d+(?:\.\d+)?)"[^>]*\bheight="(\d+(?:\.\d+)?)"/.exec(svg)!;
  return { width: Number(m[1]), height: Number(m[2]) };
};

describe('chart rendering', () => {
  it('renders the reserves ranking as a PNG of the SVG size at 2x', async () => {
    const spec = ranking();
    expect(spec.bars.map((b) => b.label)).toEqual(['China', 'Brazil', 'Australia', 'United States', 'Malaysia']);
    expect(spec.alt).toContain('China 44,000,000 t (USGS MCS 2026 (v1.0))');
    const [svg, png] = await Promise.all([renderChartSvg(spec), renderChartPng(spec)]);
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    const s = svgSize(svg);
    expect(pngSize(png)).toEqual({ width: Math.round(s.width * PNG_SCALE), height: Math.round(s.height * PNG_SCALE) });
    expect(svg).toContain('China');
    expect(svg).toContain('DejaVu Sans');
    expect(svg).toContain('Rare earths: reserves, top 5 countries');
  });

  it('grows with the number of bars and draws text with the bundled font', async () => {
    const small: ChartSpec = { kind: 'bar', title: 'Production shares 2024', unit: '%', bars: [{ label: 'China', value: 69 }, { label: 'United States', value: 12 }], alt: 'China 69 %, United States 12 %' };
    const big: ChartSpec = { ...small, bars: Array.from({ length: 10 }, (_, i) => ({ label: `Country ${i}`, value: 10 - i })) };
    const [a, b] = await Promise.all([renderChartPng(small), renderChartPng(big)]);
    expect(pngSize(b).height).toBeGreaterThan(pngSize(a).height);
    // Text was drawn: the glyphs make the image larger than the same chart without labels would be.
    const noText: ChartSpec = { ...small, title: ' ', unit: ' ', bars: small.bars.map((x) => ({ ...x, label: ' ' })) };
    expect(a.length).toBeGreaterThan((await renderChartPng(noText)).length);
  });

  it('refuses an empty chart instead of drawing nothing', async () => {
    await expect(renderChartPng({ kind: 'bar', title: 'x', unit: 't', bars: [], alt: 'none' })).rejects.toThrow(/no bars/);
  });
});
