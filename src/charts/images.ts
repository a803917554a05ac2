// Chart images served from the bot's own HTTP servers, for platforms that show an image by URL
// (Slack's image block, a Discord embed's image). Posting a link instead of uploading a file saves
// every answer the upload (three Web API calls on Slack, a multipart body on Discord); the platforms
// fetch the picture once and keep it in their own media proxies.
//
// Addresses are content-addressed: the id is a hash of the chart spec (which holds the dataset's
// figures, the words and the locale) and of the drawing's style version, so one address always
// shows one picture and can be cached forever (`immutable`). The id → spec map is bounded; the PNG
// is drawn on the first fetch by the shared memoised renderer (once per spec).
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChartSpec } from '../reply/model.js';
import { BoundedCache } from '../util/bounded-cache.js';
import { PNG_SCALE } from './index.js';

/** Bump when the drawing changes (vega-spec.ts, the font, the scale): old addresses then stay what they showed. */
export const CHART_STYLE_VERSION = 1;

export const CHART_PATH_PREFIX = '/charts/';
const PATH = /^\/charts\/([0-9a-f]{32})\.png$/;

export type PngRenderer = (spec: ChartSpec) => Promise<Buffer>;

export interface ChartImagesOptions {
  /** Public base URL the HTTP servers are reachable at (LODESTONE_PUBLIC_URL), without /charts. */
  baseUrl: string;
  render: PngRenderer;
  /** Specs kept addressable; the dataset has a few dozen rankings per locale. */
  maxSpecs?: number;
}

export class ChartImages {
  readonly #base: string;
  readonly #render: PngRenderer;
  readonly #specs: BoundedCache<string, ChartSpec>;
  /** Ids of specs already seen, per spec object: cached replies share frozen specs. */
  readonly #ids = new WeakMap<ChartSpec, string>();

  constructor(opts: ChartImagesOptions) {
    this.#base = opts.baseUrl.replace(/\/+$/, '');
    this.#render = opts.render;
    this.#specs = new BoundedCache(opts.maxSpecs ?? 2_000);
  }

  /** The public address of the chart's PNG; the chart stays addressable while it is among the recent ones. */
  url(spec: ChartSpec): string {
    let id = this.#ids.get(spec);
    if (!id) {
      id = createHash('sha256').update(`${CHART_STYLE_VERSION}:${PNG_SCALE}:${JSON.stringify(spec)}`).digest('hex').slice(0, 32);
      this.#ids.set(spec, id);
    }
    if (!this.#specs.get(id)) this.#specs.set(id, spec);
    return `${this.#base}${CHART_PATH_PREFIX}${id}.png`;
  }

  /**
   * Answers GET/HEAD /charts/<id>.png; returns false for any other path (the caller's routes go on).
   * Unknown ids (evicted, or from before a restart) get 404, which platforms show as a missing image;
   * the answer's text alternative is in the message either way.
   */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (!path.startsWith(CHART_PATH_PREFIX)) return false;
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-length': 0 });
      res.end();
      return true;
    }
    const id = PATH.exec(path)?.[1];
    const spec = id ? this.#specs.get(id) : undefined;
    if (!spec) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end(head ? undefined : 'not found\n');
      return true;
    }
    this.#render(spec).then(
      (png) => {
        res.writeHead(200, {
          'content-type': 'image/png',
          'content-length': png.length,
          'cache-control': 'public, max-age=31536000, immutable',
          etag: `"${id}"`,
        });
        res.end(head ? undefined : png);
      },
      () => {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        res.end(head ? undefined : 'chart unavailable\n');
      },
    );
    return true;
  }
}
