// Rendered answers of read-only commands, remembered per dataset snapshot. A read-only command's
// answer depends only on (dataset, locale, command line) — the core caches replies on the same
// premise — so a repeated line is answered with the Block Kit (and the JSON ack body) rendered the
// first time, without parsing, answering, rendering and escaping it again. Only successful public
// answers are kept; entries expire after a minute so date-relative answers ("upcoming events")
// follow the clock.
import type { ChartSpec } from '../../reply/model.js';
import type { SlackMessage } from './blocks.js';
import { BoundedCache } from '../../util/bounded-cache.js';

/** A rendered reply; the first message doubles as the HTTP ack body, serialized once. */
export class Rendered {
  #ackJson: string | undefined;

  constructor(
    readonly messages: SlackMessage[],
    readonly responseType: 'ephemeral' | 'in_channel',
    readonly chart?: ChartSpec,
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

export class RenderCache {
  readonly #byDataset = new WeakMap<object, BoundedCache<string, Rendered>>();

  constructor(
    readonly maxEntries = 1_000,
    readonly ttlMs = 60_000,
  ) {}

  get(dataset: object, key: string): Rendered | undefined {
    return this.#byDataset.get(dataset)?.get(key);
  }

  set(dataset: object, key: string, rendered: Rendered): void {
    if (key.length > 500) return;
    let cache = this.#byDataset.get(dataset);
    if (!cache) this.#byDataset.set(dataset, (cache = new BoundedCache(this.maxEntries, this.ttlMs)));
    cache.set(key, rendered);
  }
}
