// A dataset version as the store keeps it: the raw records (what the files hold, without the
// indexes) and a content hash. The hash, not the editor's `version`, tells versions apart, so an
// edit that forgot to bump `version` is still noticed (and warned about).
import { createHash } from 'node:crypto';
import { buildDataset, type Dataset } from '../dataset/dataset.js';
import type { RawDataset } from '../dataset/schema.js';

const RAW_KEYS = ['meta', 'sources', 'countries', 'minerals', 'editions', 'figures', 'elements', 'events', 'facts', 'discrepancies'] as const;

export function rawOf(ds: RawDataset): RawDataset {
  const out: Record<string, unknown> = {};
  for (const k of RAW_KEYS) out[k] = ds[k];
  return out as unknown as RawDataset;
}

const hashes = new WeakMap<object, string>();

/** sha256 of the records (24 hex digits); the same content gives the same hash on every replica. */
export function contentHash(ds: RawDataset): string {
  let h = hashes.get(ds);
  if (!h) {
    h = createHash('sha256').update(JSON.stringify(rawOf(ds))).digest('hex').slice(0, 24);
    hashes.set(ds, h);
  }
  return h;
}

/** The hash of everything except `meta.version`: equal when only the version label differs. */
export function recordsHash(ds: RawDataset): string {
  const raw = rawOf(ds);
  return createHash('sha256').update(JSON.stringify({ ...raw, meta: { ...raw.meta, version: '' } })).digest('hex').slice(0, 24);
}

export function serialise(ds: RawDataset): string {
  return JSON.stringify(rawOf(ds));
}

/** A stored version back as a dataset. The body was validated when it was served. */
export function deserialise(body: string): Dataset {
  return buildDataset(JSON.parse(body) as RawDataset);
}
