// Charts render for real: Vega-Lite → Vega → SVG → resvg → PNG, with the bundled font.
import { describe, expect, it } from 'vitest';
import { latestFigures } from '../../src/briefings/asof.js';
import { reservesChart } from '../../src/briefings/digest.js';
import { PNG_SCALE, renderChartPng, renderChartSvg } from '../../src/charts/index.js';
import { niceTicks, PLOT_WIDTH, vegaLiteSpec, wrap } from '../../src/charts/vega-spec.js';
import type { ChartSpec, Locale } from '../../src/reply/model.js';
import { fixtureDataset } from '../briefings/fixtures/dataset.js';
import { makeCore, call } from '../commands/helpers.js';

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
    expect(spec.caption).toBe('Source: U.S. Geological Survey, USGS MCS 2026 (v1.0) · Dataset 2026.11.1, as of 6 Feb 2026');
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

  it('renders /reserves in English and German: localised numbers, axis from a plain 0, caption and unit inside the image, width fitted to the content', async () => {
    const core = await makeCore();
    const specs: Partial<Record<Locale, ChartSpec>> = {};
    for (const locale of ['en', 'de'] as const) specs[locale] = (await core.handleText('/reserves', call(locale))).chart!;
    const [en, de] = [specs.en!, specs.de!];
    expect(en.caption).toMatch(/^Source: U\.S\. Geological Survey, USGS MCS 2026 \(v1\.0\) \+ USGS MCS 2026 \(v1\.3\) · Dataset \d{4}\.\d{2}\.\d{2}(-[a-z]+)?, as of 6 Feb 2026$/);
    expect(de.caption).toMatch(/^Quelle: U\.S\. Geological Survey, USGS MCS 2026 \(v1\.0\) \+ USGS MCS 2026 \(v1\.3\) · Datensatz \d{4}\.\d{2}\.\d{2}(-[a-z]+)?, Stand 6\. Feb\. 2026$/);
    const [svgEn, svgDe] = await Promise.all([renderChartSvg(en), renderChartSvg(de)]);
    // Every drawn line: a <text> holds one line, or one <tspan> per line of a wrapped title.
    const texts = (svg: string): string[] => [...svg.matchAll(/<(text|tspan)[^>]*>([^<]+)</g)].map((m) => m[2]!.replace(/&amp;/g, '&').replace(/&#39;/g, "'"));
    const tEn = texts(svgEn);
    const tDe = texts(svgDe);
    // The caption is drawn (wrapped into lines), in the chart's language.
    expect(tEn.join(' ')).toContain('Source: U.S. Geological Survey, USGS MCS 2026 (v1.0)');
    expect(tEn.join(' ')).toContain('as of 6 Feb 2026');
    expect(tDe.join(' ')).toContain('Quelle: U.S. Geological Survey');
    expect(tDe.join(' ')).toContain('Stand 6. Feb. 2026');
    // Numbers: one compact style per locale, from Intl; the axis starts at "0", never "0M".
    expect(tEn).toEqual(expect.arrayContaining(['0', '44M', '20M']));
    expect(tDe).toEqual(expect.arrayContaining(['0', '44 Mio.', '20 Mio.', '890.000']));
    // Never d3's SI style ("20k", "0M") beside Intl's ("890K").
    for (const t of [...tEn, ...tDe]) expect(t).not.toMatch(/^0\s?\D|\dk$/);
    expect(tDe.join(' ')).not.toMatch(/\d(\.\d)?M\b/);
    // Axis titles name measure and unit; labels are German in German.
    expect(tEn).toContain('Reserves in metric tons of rare-earth-oxide (REO) equivalent');
    expect(tDe).toContain('Reserven in Tonnen Seltenerdoxid-Äquivalent (REO)');
    expect(tDe).toContain('Brasilien');
    // Fitted width: label column + bars + value labels, not a page width a long title would set.
    for (const svg of [svgEn, svgDe]) {
      const { width } = svgSize(svg);
      expect(width).toBeGreaterThan(PLOT_WIDTH);
      expect(width).toBeLessThan(PLOT_WIDTH + 260);
    }
    const longTitle: ChartSpec = { ...en, title: `${en.title} — ${'a very long title that goes on '.repeat(4)}` };
    expect(svgSize(await renderChartSvg(longTitle)).width).toBe(svgSize(svgEn).width);
  });

  it('ticks are round numbers from 0 and titles wrap to the chart width', () => {
    expect(niceTicks(44_000_000)).toEqual([0, 20_000_000, 40_000_000, 60_000_000]);
    expect(niceTicks(69)).toEqual([0, 20, 40, 60, 80]);
    expect(niceTicks(0)).toEqual([0]);
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    const spec = vegaLiteSpec({ kind: 'bar', title: 't', unit: 't', bars: [{ label: 'A', value: 5 }], alt: 'a', locale: 'de' }) as { title: { text: string[] } };
    expect(spec.title.text).toEqual(['t']);
  });

  it('refuses an empty chart instead of drawing nothing', async () => {
    await expect(renderChartPng({ kind: 'bar', title: 'x', unit: 't', bars: [], alt: 'none' })).rejects.toThrow(/no bars/);
  });
});
