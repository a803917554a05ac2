// Charts: ChartSpec → Vega-Lite → Vega (headless, no canvas) → SVG → resvg → PNG. Vega and resvg
// are imported on first use, so start-up and one-shot CLI commands never pay for them.
// Adapters upload the PNG through their platform's file API and keep `spec.alt` in the message.
import type { ChartSpec } from '../reply/model.js';
import { CHART_FONT_FAMILY, chartFontFile } from './font.js';
import { vegaLiteSpec } from './vega-spec.js';
import { BoundedCache } from '../util/bounded-cache.js';

export { vegaLiteSpec } from './vega-spec.js';

/** PNG scale: 2× for sharp text on high-density screens. */
export const PNG_SCALE = 2;

export async function renderChartSvg(spec: ChartSpec): Promise<string> {
  if (!spec.bars.length) throw new Error('chart has no bars');
  const [vega, vl] = await Promise.all([import('vega'), import('vega-lite')]);
  const compiled = vl.compile(vegaLiteSpec(spec) as unknown as Parameters<typeof vl.compile>[0]).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export async function renderChartPng(spec: ChartSpec): Promise<Buffer> {
  const svg = await renderChartSvg(spec);
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    background: 'white',
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    font: { loadSystemFonts: false, fontFiles: [chartFontFile()], defaultFontFamily: CHART_FONT_FAMILY, sansSerifFamily: CHART_FONT_FAMILY },
  });
  return resvg.render().asPng();
}

/**
 * A PNG renderer that draws each spec once. Rendering costs tens of milliseconds of CPU, and a spec is
 * a pure description of its picture (the dataset's figures, already in it), so PNGs are kept by the
 * spec's content: no staleness to manage, only a bound. Concurrent requests for one spec share one
 * rendering. Slack and Discord both use it; it is a rendering of dataset content (the "renderings
 * per dataset version" of the reply-cache policy), not an answer cache.
 */
export function memoChartRenderer(render: (spec: ChartSpec) => Promise<Buffer>, maxEntries = 64): (spec: ChartSpec) => Promise<Buffer> {
  const pngs = new BoundedCache<string, Promise<Buffer>>(maxEntries);
  return (spec) => {
    const key = JSON.stringify(spec);
    const hit = pngs.get(key);
    if (hit) return hit;
    const p = render(spec);
    pngs.set(key, p);
    p.catch(() => pngs.delete(key));
    return p;
  };
}
