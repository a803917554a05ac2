// Stored dataset versions are pruned when a version is served (versions only accumulate then).
// Kept: what diffs and catch-up need. The version served now; the versions served most recently
// (replicas of a rolling deploy, a rollback, `lodestone data diff --from`); every version served in
// the catch-up days; and each version a subscription's newest delivered digest was built from,
// because its next digest lists the changes since that version, however long ago it was.
import type { Store } from '../store/index.js';

export const KEEP_RECENT = 5;
export const KEEP_DAYS = 7;

export async function pruneVersions(store: Store, current: string, now: Date): Promise<number> {
  const keep = new Set<string>([current, ...(await store.recentDatasetVersions(KEEP_RECENT))]);
  for (const fp of await store.lastDigestFingerprints()) {
    const body = await store.getFingerprint(fp);
    const h = body ? (JSON.parse(body) as { h?: unknown }).h : undefined;
    if (typeof h === 'string') keep.add(h);
  }
  return store.pruneDatasetVersions([...keep], new Date(now.getTime() - KEEP_DAYS * 86_400_000));
}
