// ChartSpec → Vega-Lite: a horizontal bar chart (labels read better sideways), largest first as
// given, values printed at the bar ends, fixed width, height by bar count, one bundled font.
import type { ChartSpec } from '../reply/model.js';
import { CHART_FONT_FAMILY } from './font.js';

export const CHART_WIDTH = 640;
const BAR_STEP = 28;

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

export function vegaLiteSpec(spec: ChartSpec): Record<string, unknown> {
  const values = spec.bars.map((b) => ({ label: b.label, value: b.value, text: compact.format(b.value) }));
  // sort: null keeps the order given (the ranking), shared by both layers.
  const y = { field: 'label', type: 'nominal', sort: null, title: null };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: CHART_WIDTH - 200,
    height: { step: BAR_STEP },
    padding: 12,
    background: 'white',
    title: { text: spec.title, anchor: 'start', fontSize: 15 },
    data: { values },
    encoding: { y },
    layer: [
      {
        mark: { type: 'bar', color: '#2f6f9f' },
        encoding: { x: { field: 'value', type: 'quantitative', title: spec.unit, axis: { format: '~s', labelFlush: true } } },
      },
      {
        mark: { type: 'text', align: 'left', dx: 4, color: '#222' },
        encoding: { x: { field: 'value', type: 'quantitative' }, text: { field: 'text' } },
      },
    ],
    config: {
      font: CHART_FONT_FAMILY,
      view: { stroke: null },
      axis: { labelFont: CHART_FONT_FAMILY, titleFont: CHART_FONT_FAMILY, labelFontSize: 12, titleFontSize: 12, labelLimit: 180 },
      title: { font: CHART_FONT_FAMILY },
      text: { font: CHART_FONT_FAMILY, fontSize: 11 },
    },
  };
}
