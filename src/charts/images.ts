// Chart images served from the bot's own HTTP servers, for platforms that show an image by URL
// (Slack's image block, a Discord embed's image). Posting a link instead of uploading a file saves
// every answer the upload (three Web API calls on Slack, a multipart body on Discord); the platforms
// fetch the picture once and keep it in their own media proxies.
//
// Addresses are content-addressed: the id is a hash of the chart spec (which holds the dataset's
// figures, the words and the locale) and of the drawing's style version, so one address always
// shows one picture and can be cached forever (`immutable`). The id → spec map is bounded; the PNG
// is drawn on the first fetch by the shared memoised renderer (once per spec). With a shared store
// each new id's spec is also written there, so another replica behind the load balancer, or this
// one after a restart, can draw a chart it did not link itself.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChartSpec } from '../reply/model.js';
import { z } from 'zod';
import { BoundedCache } from '../util/bounded-cache.js';
import { PNG_SCALE } from './index.js';

/** Bump when the drawing changes (vega-spec.ts, the font, the scale): old addresses then stay what they showed. */
export const CHART_STYLE_VERSION = 1;

export const CHART_PATH_PREFIX = '/charts/';
const PATH = /^\/charts\/([0-9a-f]{32})\.png$/;

export type PngRenderer = (spec: ChartSpec) => Promise<Buffer>;

/** Where specs are shared by replicas and kept across restarts (the store). */
export interface ChartSpecStore {
  putChartSpec(id: string, spec: string, now: Date): Promise<void>;
  getChartSpec(id: string): Promise<string | null>;
}

// A spec read back from the store is checked like any stored input before it is drawn.
const StoredSpec = z.object({
  kind: z.literal('bar'),
  title: z.string(),
  unit: z.string(),
  bars: z.array(z.object({ label: z.string(), value: z.number() })).max(100),
  alt: z.string(),
  locale: z.enum(['en', 'de']).optional(),
  axisTitle: z.string().optional(),
  caption: z.string().optional(),
});

export interface ChartImagesOptions {
  /** Public base URL the HTTP servers are reachable at (LODESTONE_PUBLIC_URL), without /charts. */
  baseUrl: string;
  render: PngRenderer;
  /** Specs kept addressable; the dataset has a few dozen rankings per locale. */
  maxSpecs?: number;
  shared?: ChartSpecStore;
  /** Told when the shared store cannot be written or read (the chart is still served from memory). */
  onStoreError?: (err: unknown) => void;
}

const idOf = (specJson: string): string => createHash('sha256').update(`${CHART_STYLE_VERSION}:${PNG_SCALE}:${specJson}`).digest('hex').slice(0, 32);

export class ChartImages {
  readonly #base: string;
  readonly #render: PngRenderer;
  readonly #specs: BoundedCache<string, ChartSpec>;
  /** Ids of specs already seen, per spec object: cached replies share frozen specs. */
  readonly #ids = new WeakMap<ChartSpec, string>();
  readonly #shared: ChartSpecStore | undefined;
  readonly #onStoreError: (err: unknown) => void;

  constructor(opts: ChartImagesOptions) {
    this.#base = opts.baseUrl.replace(/\/+$/, '');
    this.#render = opts.render;
    this.#specs = new BoundedCache(opts.maxSpecs ?? 2_000);
    this.#shared = opts.shared;
    this.#onStoreError = opts.onStoreError ?? (() => {});
  }

  /** The public address of the chart's PNG; the chart stays addressable while it is among the recent ones. */
  url(spec: ChartSpec): string {
    let id = this.#ids.get(spec);
    if (!id) {
      id = idOf(JSON.stringify(spec));
      this.#ids.set(spec, id);
    }
    if (!this.#specs.get(id)) {
      this.#specs.set(id, spec);
      // Written once per id this process has not linked before: a few dozen writes per dataset version.
      this.#shared?.putChartSpec(id, JSON.stringify(spec), new Date()).catch(this.#onStoreError);
    }
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
    this.#lookup(id).then((spec) => {
      if (!spec || !id) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        res.end(head ? undefined : 'not found\n');
        return;
      }
      this.#send(res, id, spec, head);
    }, () => {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end(head ? undefined : 'chart unavailable\n');
    });
    return true;
  }

  /** The spec behind an id: this process's, else the shared store's (checked, then kept here). */
  async #lookup(id: string | undefined): Promise<ChartSpec | undefined> {
    if (!id) return undefined;
    const mine = this.#specs.get(id);
    if (mine || !this.#shared) return mine;
    const stored = await this.#shared.getChartSpec(id).catch((err: unknown) => {
      this.#onStoreError(err);
      return null;
    });
    // The address is the spec's hash: a row that does not hash to it is not drawn.
    if (stored === null || idOf(stored) !== id) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(stored);
    } catch {
      return undefined;
    }
    const spec = StoredSpec.safeParse(parsed);
    if (!spec.success) return undefined;
    this.#specs.set(id, spec.data);
    return spec.data;
  }

  #send(res: ServerResponse, id: string, spec: ChartSpec, head: boolean): void {
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
  }
}
