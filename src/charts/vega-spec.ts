// ChartSpec → Vega-Lite: a horizontal bar chart (labels read better sideways), largest first as
// given, values printed at the bar ends, height by bar count, one bundled font. Numbers are
// written the chart's locale's way by Intl (one compact style per locale: "6.3M" / "6,3 Mio."),
// the value axis starts at a plain "0", the title and caption wrap to the chart's width, and the
// width follows the longest label instead of a fixed page width.
import type { ChartSpec, Locale } from '../reply/model.js';
import { CHART_FONT_FAMILY } from './font.js';

/** Width of the bar area; the label column and the value labels come on top. */
export const PLOT_WIDTH = 380;
const BAR_STEP = 28;
const LABEL_FONT = 12;
const TITLE_FONT = 15;
const CAPTION_FONT = 11;
// Without a canvas, Vega sizes text at 0.8 em per character when it lays out the chart; wrapping
// with the same measure keeps a long title from widening the image past the bars (the glyphs
// drawn are narrower, about 0.6 em, so wrapped lines never overflow).
const charWidth = (fontSize: number): number => fontSize * 0.8;
const MAX_LABEL_WIDTH = 180;

const TAG: Record<Locale, string> = { en: 'en-US', de: 'de-DE' };
const compact = (locale: Locale): Intl.NumberFormat =>
  new Intl.NumberFormat(TAG[locale], { notation: 'compact', compactDisplay: 'short', maximumFractionDigits: 1 });

/** Plain spaces: resvg draws Intl's no-break spaces fine, but tests and text search want one kind. */
export function formatTick(n: number, locale: Locale): string {
  return n === 0 ? '0' : compact(locale).format(n).replace(/[\u00a0\u202f]/g, ' ');
}

/** 0 and four or five round steps (1, 2, 2.5 or 5 × 10^k) covering `max`. */
export function niceTicks(max: number): number[] {
  if (!(max > 0)) return [0];
  const raw = max / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let v = 0; v < max + step / 2 && ticks.length < 12; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks[ticks.length - 1]! < max) ticks.push(Number((ticks[ticks.length - 1]! + step).toPrecision(12)));
  return ticks;
}

/** Greedy word wrap to `width` characters; a single long word keeps its own line. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** Width of the whole chart in px, before padding: label column, bars, room for the last value label. */
export function chartLayout(spec: ChartSpec): { labelWidth: number; valueRoom: number; width: number } {
  const locale = spec.locale ?? 'en';
  const longest = Math.max(...spec.bars.map((b) => b.label.length), 1);
  const labelWidth = Math.min(MAX_LABEL_WIDTH, Math.ceil(longest * charWidth(LABEL_FONT)) + 8);
  const widestValue = Math.max(...spec.bars.map((b) => formatTick(b.value, locale).length), 1);
  const valueRoom = Math.ceil(widestValue * charWidth(11)) + 8;
  return { labelWidth, valueRoom, width: labelWidth + PLOT_WIDTH + valueRoom };
}

export function vegaLiteSpec(spec: ChartSpec): Record<string, unknown> {
  const locale = spec.locale ?? 'en';
  const values = spec.bars.map((b) => ({ label: b.label, value: b.value, text: formatTick(b.value, locale) }));
  const max = Math.max(...spec.bars.map((b) => b.value), 0);
  const ticks = niceTicks(max);
  // Vega's own formats are d3's (SI "k", English separators); the labels come from Intl instead,
  // looked up by tick value.
  const labels = Object.fromEntries(ticks.map((v) => [String(v), formatTick(v, locale)]));
  const labelExpr = `${JSON.stringify(labels)}[toString(datum.value)] || ''`;
  const layout = chartLayout(spec);
  const title = wrap(spec.title, Math.floor(layout.width / charWidth(TITLE_FONT)));
  const caption = spec.caption ? wrap(spec.caption, Math.floor(layout.width / charWidth(CAPTION_FONT))) : undefined;
  // sort: null keeps the order given (the ranking), shared by both layers.
  const y = { field: 'label', type: 'nominal', sort: null, title: null };
  const x = { field: 'value', type: 'quantitative', scale: { domain: [0, ticks[ticks.length - 1]!], nice: false, zero: true } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: PLOT_WIDTH,
    height: { step: BAR_STEP },
    padding: 12,
    background: 'white',
    title: {
      text: title,
      anchor: 'start',
      fontSize: TITLE_FONT,
      ...(caption ? { subtitle: caption, subtitleFontSize: CAPTION_FONT, subtitleColor: '#555', subtitlePadding: 4 } : {}),
    },
    data: { values },
    encoding: { y },
    layer: [
      {
        mark: { type: 'bar', color: '#2f6f9f' },
        encoding: {
          x: { ...x, title: spec.axisTitle ?? spec.unit, axis: { values: ticks, labelExpr, labelFlush: true, grid: true } },
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 4, color: '#222' },
        encoding: { x, text: { field: 'text' } },
      },
    ],
    config: {
      font: CHART_FONT_FAMILY,
      view: { stroke: null },
      axis: { labelFont: CHART_FONT_FAMILY, titleFont: CHART_FONT_FAMILY, labelFontSize: LABEL_FONT, titleFontSize: 12, labelLimit: MAX_LABEL_WIDTH },
      title: { font: CHART_FONT_FAMILY, subtitleFont: CHART_FONT_FAMILY },
      text: { font: CHART_FONT_FAMILY, fontSize: 11 },
    },
  };
}
