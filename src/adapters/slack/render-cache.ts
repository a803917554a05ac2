// Rendered answers of read-only commands, remembered per dataset snapshot. A read-only command's
// reply depends only on (dataset, locale, command, text) — the core caches replies on the same
// premise — so its Block Kit can be reused instead of rendered and escaped again on every request.
// A short fingerprint of the reply guards the reuse: a reply that differs is rendered afresh.
import type { Reply } from '../../reply/model.js';
import type { SlackMessage } from './blocks.js';
import { BoundedCache } from './cache.js';

/** A rendered reply; the first message doubles as the HTTP ack body, serialized once. */
export class Rendered {
  #ackJson: string | undefined;

  constructor(
    readonly messages: SlackMessage[],
    readonly responseType: 'ephemeral' | 'in_channel',
  ) {}

  ackPayload(): SlackMessage & { response_type: 'ephemeral' | 'in_channel' } {
    return { ...this.messages[0]!, response_type: this.responseType };
  }

  /** The ack body as JSON text (HTTP mode sends it as is, with an application/json content type). */
  ackJson(): string {
    this.#ackJson ??= JSON.stringify(this.ackPayload());
    return this.#ackJson;
  }
}

const fingerprint = (r: Reply): string =>
  [r.kind, r.locale, r.ephemeral ? 1 : 0, r.title ?? '', r.blocks.length, r.blocks[0] ?? '', r.blocks.at(-1) ?? '', r.fields?.length ?? 0,
    r.table?.rows.length ?? 0, r.chart?.alt ?? '', r.sources.length, r.sources[0]?.url ?? '', r.footer ?? '', r.suggestions?.join('\u0001') ?? ''].join('\u0000');

export class RenderCache {
  readonly #byDataset = new WeakMap<object, BoundedCache<string, { sig: string; rendered: Rendered }>>();

  constructor(
    readonly maxEntries = 1_000,
    readonly ttlMs = 10 * 60_000,
  ) {}

  /** The rendering of `reply`, from the cache when the same command line rendered the same reply. */
  render(dataset: object, key: string, reply: Reply, render: (r: Reply) => Rendered): Rendered {
    let cache = this.#byDataset.get(dataset);
    if (!cache) this.#byDataset.set(dataset, (cache = new BoundedCache(this.maxEntries, this.ttlMs)));
    const sig = fingerprint(reply);
    const hit = cache.get(key);
    if (hit && hit.sig === sig) return hit.rendered;
    const rendered = render(reply);
    if (key.length <= 500) cache.set(key, { sig, rendered });
    return rendered;
  }
}
