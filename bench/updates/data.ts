// The two dataset versions of the updates benchmark: the real data/ (version 2) and the same with
// five changes taken back (version 1): an outcome, moved dates, a new event, a revised figure, a
// new fact. Both the benchmark and its worker process build them the same way.
import { buildDataset, type Dataset } from '../../src/dataset/dataset.js';
import { loadDataset } from '../../src/dataset/load.js';
import { rawOf } from '../../src/updates/snapshot.js';

/** Version 2, the real data/: all the worker process serves (building version 1 is not its start-up). */
export async function current(): Promise<Dataset> {
  const loaded = await loadDataset();
  if (!loaded.ok) throw new Error('data/ does not load: run lodestone data check');
  return loaded.dataset;
}

export async function versions(): Promise<{ v1: Dataset; v2: Dataset }> {
  const v2 = await current();
  const raw = structuredClone(rawOf(v2));
  raw.meta.version = `${v2.meta.version}-before`;
  const busan = raw.events.find((e) => e.id === 'trump-xi-busan');
  if (busan) {
    delete busan.outcome;
    delete busan.outcome_date;
  }
  const apec = raw.events.find((e) => e.id === 'apec-2025-gyeongju');
  if (apec) apec.date = '2025-10-30';
  raw.events = raw.events.filter((e) => e.id !== 'ga-ge-sb-suspension');
  raw.facts = raw.facts.slice(1);
  const vn = raw.figures.find((f) => f.id === 'rare-earths-mcs2025-vn-reserves');
  if (vn) vn.value = 22_000_000;
  return { v1: buildDataset(raw), v2 };
}
