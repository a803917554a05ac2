// Renderings per dataset version: answers that depend only on the dataset, the locale and the
// resolved entities (not on how they were typed) are built once per dataset object and shared. Many
// inputs resolve to one entity ("China", "china", "CN", "CHN", "chna"), so this pays on the uncached
// path too, which the reply cache (keyed by the input as typed) cannot. Bounded by the dataset itself
// (its entities × measures × locales), collected with it on a reload; the shared replies are frozen.
import type { Dataset } from '../dataset/dataset.js';
import type { Reply } from '../reply/model.js';
import { deepFreeze } from './reply-cache.js';

const byDataset = new WeakMap<Dataset, Map<string, Reply>>();

export function renderedFor(ds: Dataset, key: string, build: () => Reply): Reply {
  let map = byDataset.get(ds);
  if (!map) byDataset.set(ds, (map = new Map()));
  let reply = map.get(key);
  if (!reply) map.set(key, (reply = deepFreeze(build())));
  return reply;
}

/** A shared rendering with the notes of this call (typo notes, an ignored year) in front. */
export const withNotes = (reply: Reply, notes: readonly string[]): Reply => (notes.length ? { ...reply, blocks: [...notes, ...reply.blocks] } : reply);

/** Forgets a dataset's renderings (tests that count per-request work from a cold start). */
export function forgetRenderings(ds: Dataset): void {
  byDataset.delete(ds);
}
