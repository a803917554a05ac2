// Charts: when a reply carries a ChartSpec and a PNG renderer is available, the image is uploaded
// with files.uploadV2 next to the answer. The text alternative always stays in the message, so an
// upload that fails (no files:write, bot not in the channel) loses nothing but the picture.
import type { ChartSpec } from '../../reply/model.js';
import { renderChartPng } from '../../charts/index.js';
import type { Logger } from '../../ops/log.js';
import type { WebClient } from './client.js';
import { describe } from './users.js';
import { safeText, truncateGraphemes } from '../../reply/safe-text.js';

export type ChartRenderer = (spec: ChartSpec) => Promise<Buffer>;

/** Slack's limit on an image's alt text. */
const MAX_ALT = 1000;

/** The shared renderer (src/charts: Vega-Lite → SVG → resvg PNG, loaded on first use). */
export const defaultChartRenderer: ChartRenderer = renderChartPng;

/**
 * Loads the chart libraries before traffic arrives. The first PNG loads Vega and resvg, and resvg's
 * loader calls process.report.getReport(), which blocks the event loop for seconds when many
 * sockets are open (as under load); at start-up it costs milliseconds.
 */
export async function warmUpCharts(render: ChartRenderer, log: Logger, timeoutMs = 15_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      render({ kind: 'bar', title: 'warm-up', unit: 't', bars: [{ label: 'a', value: 1 }], alt: 'warm-up' }),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('chart warm-up timed out')), timeoutMs);
      }),
    ]);
  } catch (error) {
    log.warn({ err: describe(error) }, 'chart renderer unavailable; answers keep their text alternative');
  } finally {
    clearTimeout(timer);
  }
}

export interface ChartUpload {
  channel: string;
  threadTs?: string;
  chart: ChartSpec;
  png: Buffer;
}

export async function uploadChart(client: WebClient, u: ChartUpload): Promise<void> {
  const common = { file: u.png, filename: 'chart.png', title: truncateGraphemes(safeText(u.chart.title), 250), alt_text: truncateGraphemes(safeText(u.chart.alt), MAX_ALT) };
  await client.files.uploadV2(u.threadTs ? { ...common, channel_id: u.channel, thread_ts: u.threadTs } : { ...common, channel_id: u.channel });
}

/** Renders and uploads; never throws (the answer is already out, with the text alternative). */
export async function sendChart(
  client: WebClient,
  render: ChartRenderer | undefined,
  u: Omit<ChartUpload, 'png'>,
  log: Logger,
): Promise<boolean> {
  if (!render) return false;
  try {
    const png = await render(u.chart);
    await uploadChart(client, { ...u, png });
    return true;
  } catch (error) {
    log.info({ err: describe(error), channel: u.channel }, 'chart upload failed; the answer keeps its text alternative');
    return false;
  }
}
