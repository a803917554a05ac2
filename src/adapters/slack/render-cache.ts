// Rendered answers of read-only commands, remembered per dataset snapshot. A read-only command's
// reply depends only on (dataset, locale, command, text) — the core caches replies on the same
// premise — so its Block Kit can be reused instead of rendered and escaped again on every request.
// A short fingerprint of the reply guards the reuse: a reply that differs is rendered afresh.
import type { Reply } from '../../reply/model.js';
import type { SlackMessage } from './blocks.js';
import { BoundedCache } from './cache.js';

const fingerprint = (r: Reply): string =>
  [r.kind, r.locale, r.ephemeral ? 1 : 0, r.title ?? '', r.blocks.length, r.blocks[0] ?? '', r.blocks.at(-1) ?? '', r.fields?.length ?? 0,
    r.table?.rows.length ?? 0, r.chart?.alt ?? '', r.sources.length, r.sources[0]?.url ?? '', r.footer ?? '', r.suggestions?.join('\u0001') ?? ''].join('\u0000');

export class RenderCache {
  readonly #byDataset = new WeakMap<object, BoundedCache<string, { sig: string; messages: SlackMessage[] }>>();

  constructor(
    readonly maxEntries = 1_000,
    readonly ttlMs = 10 * 60_000,
  ) {}

  /** Messages for `reply`, from the cache when the same command line rendered the same reply. */
  render(dataset: object, key: string, reply: Reply, render: (r: Reply) => SlackMessage[]): SlackMessage[] {
    let cache = this.#byDataset.get(dataset);
    if (!cache) this.#byDataset.set(dataset, (cache = new BoundedCache(this.maxEntries, this.ttlMs)));
    const sig = fingerprint(reply);
    const hit = cache.get(key);
    if (hit && hit.sig === sig) return hit.messages;
    const messages = render(reply);
    if (key.length <= 500) cache.set(key, { sig, messages });
    return messages;
  }
}
