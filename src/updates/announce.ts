// Records the dataset a replica serves and, the first time any replica serves a version, what
// changed since the version served before it. Every step is an insert-once under a key (the
// version's content hash, each change's id), so replicas loading the same edit at once, or a
// replica that crashed half-way and runs this again, end with the same single change set, and each
// change id belongs to exactly one change set.
import type { Dataset } from '../dataset/dataset.js';
import type { Store } from '../store/index.js';
import { diffDatasets } from './changes.js';
import { contentHash, deserialise, recordsHash, serialise } from './snapshot.js';

export interface Served {
  hash: string;
  /** The change set this version brought (null: first version seen, a known version, or nothing new). */
  changeSet: { id: string; count: number } | null;
  /** The content changed but `version` did not (the editor forgot to bump it). */
  versionNotBumped: { version: string } | null;
}

export async function recordServed(store: Store, ds: Dataset, now: Date): Promise<Served> {
  const hash = contentHash(ds);
  const known = await store.getDatasetVersion(hash);
  if (known) {
    await store.markServed({ hash, version: ds.meta.version, body: known.body }, now);
    return { hash, changeSet: null, versionNotBumped: null };
  }
  const prev = await store.lastServedVersion(hash);
  let changeSet: Served['changeSet'] = null;
  let versionNotBumped: Served['versionNotBumped'] = null;
  if (prev) {
    const before = deserialise(prev.body);
    if (before.meta.version === ds.meta.version && recordsHash(before) !== recordsHash(ds)) versionNotBumped = { version: ds.meta.version };
    const changes = diffDatasets(before, ds);
    const mine = changes.length ? await store.claimChanges(changes.map((c) => c.id), hash, now) : new Set<string>();
    const fresh = changes.filter((c) => mine.has(c.id));
    if (fresh.length) {
      // False when another replica (or this one before a crash) stored it already: the same set.
      await store.putChangeSet({ id: hash, fromHash: prev.hash, version: ds.meta.version, fromVersion: prev.version, changes: JSON.stringify(fresh), changeCount: fresh.length }, now);
      changeSet = { id: hash, count: fresh.length };
    }
  }
  // Last: until this row exists, a crash here means the next start computes the same set again.
  await store.markServed({ hash, version: ds.meta.version, body: serialise(ds) }, now);
  return { hash, changeSet, versionNotBumped };
}
