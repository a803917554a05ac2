// A compact fingerprint of what a digest was built from (dataset version, figure values, event
// dates and outcomes). Stored once per distinct content (by hash) and referenced from each ledger
// row, so the next digest can say what changed since that channel's previous one.
import { createHash } from 'node:crypto';
import type { Dataset } from '../dataset/dataset.js';
import type { Event, Figure } from '../dataset/schema.js';
import { editionsAsOf, outcomeOn } from './asof.js';
import { contentHash } from '../updates/snapshot.js';

export interface Fingerprint {
  /** Dataset version. */
  v: string;
  /**
   * Content hash of the dataset version (src/updates/snapshot.ts): the next digest diffs the stored
   * version against the one served then. Absent in fingerprints stored before versions were kept.
   */
  h?: string;
  /** Figure id → [value, qualifier/mark/edition]. */
  f: Record<string, [number | null, string]>;
  /** Event id → "date|end|outcome hash or -". */
  e: Record<string, string>;
}

const short = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 12);

export function fingerprintOf(ds: Dataset, date: string): Fingerprint {
  const available = editionsAsOf(ds, date);
  const f: Fingerprint['f'] = {};
  for (const x of ds.figures) {
    if (available.has(x.edition)) f[x.id] = [x.value, `${x.qualifier ?? ''}${x.mark ?? ''}@${x.edition}`];
  }
  const e: Fingerprint['e'] = {};
  for (const ev of ds.events) {
    const outcome = outcomeOn(ds, ev, date);
    e[ev.id] = `${ev.date}|${ev.end_date ?? ''}|${outcome ? short(outcome.en) : '-'}`;
  }
  return { v: ds.meta.version, h: contentHash(ds), f, e };
}

export function hashFingerprint(fp: Fingerprint): string {
  return createHash('sha256').update(JSON.stringify(fp)).digest('hex').slice(0, 24);
}

export const hasOutcome = (fp: Fingerprint, eventId: string): boolean => {
  const v = fp.e[eventId];
  return v !== undefined && !v.endsWith('|-');
};

export interface DatasetChanges {
  versionFrom: string;
  versionTo: string;
  added: Figure[];
  revised: { figure: Figure; was: number | null }[];
  removed: number;
  newEvents: Event[];
  newOutcomes: Event[];
}

export function diffFingerprints(ds: Dataset, date: string, previous: Fingerprint): DatasetChanges {
  const now = fingerprintOf(ds, date);
  const byId = new Map(ds.figures.map((x) => [x.id, x]));
  const added: Figure[] = [];
  const revised: DatasetChanges['revised'] = [];
  for (const [id, [value, tag]] of Object.entries(now.f)) {
    const before = previous.f[id];
    const figure = byId.get(id)!;
    if (!before) added.push(figure);
    else if (before[0] !== value || before[1] !== tag) revised.push({ figure, was: before[0] });
  }
  const removed = Object.keys(previous.f).filter((id) => !(id in now.f)).length;
  const newEvents = ds.events.filter((ev) => !(ev.id in previous.e));
  const newOutcomes = ds.events.filter((ev) => ev.id in previous.e && outcomeOn(ds, ev, date) && !hasOutcome(previous, ev.id));
  return { versionFrom: previous.v, versionTo: now.v, added, revised, removed, newEvents, newOutcomes };
}
