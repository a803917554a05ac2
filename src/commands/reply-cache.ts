// Answers of read-only commands and offline questions depend only on (dataset snapshot, locale,
// command, arguments), so the core remembers recent ones per dataset. A hot reload brings a new
// dataset object and so an empty cache; the old one is collected with the old dataset.
import type { Reply } from '../reply/model.js';
import type { Dataset } from '../dataset/dataset.js';

/** Copies the parts a caller might change, so a cached answer is never altered through a hit. */
export function cloneReply(r: Reply): Reply {
  const copy: Reply = { ...r, blocks: [...r.blocks], sources: r.sources.map((s) => ({ ...s })) };
  if (r.fields) copy.fields = r.fields.map((f) => ({ ...f }));
  if (r.table) copy.table = { ...r.table, columns: [...r.table.columns], rows: r.table.rows.map((row) => [...row]), ...(r.table.align ? { align: [...r.table.align] } : {}) };
  if (r.chart) copy.chart = { ...r.chart, bars: r.chart.bars.map((b) => ({ ...b })) };
  if (r.suggestions) copy.suggestions = [...r.suggestions];
  return copy;
}

export class ReplyCache {
  readonly #byDataset = new WeakMap<Dataset, Map<string, Reply>>();

  constructor(readonly limit = 2_000) {}

  get(ds: Dataset, key: string): Reply | undefined {
    const hit = this.#byDataset.get(ds)?.get(key);
    return hit ? cloneReply(hit) : undefined;
  }

  set(ds: Dataset, key: string, reply: Reply): void {
    if (key.length > 1_000) return;
    let map = this.#byDataset.get(ds);
    if (!map) this.#byDataset.set(ds, (map = new Map()));
    // Simple and bounded: start over when full (a few thousand distinct questions).
    if (map.size >= this.limit) map.clear();
    map.set(key, cloneReply(reply));
  }
}

/** A stable key for (kind, locale, name, args). */
export function replyKey(kind: string, locale: string, name: string, args: Record<string, string | undefined>): string {
  const parts = [kind, locale, name];
  for (const k of Object.keys(args).sort()) {
    const v = args[k];
    if (v !== undefined) parts.push(`${k}=${v}`);
  }
  return parts.join('\u0000');
}
