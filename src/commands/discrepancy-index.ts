// The dataset's discrepancies (data/discrepancies.yaml) by country and mineral, for the figure answers.
import type { Dataset } from '../dataset/dataset.js';
import type { Discrepancy } from '../dataset/schema.js';

// A dataset's discrepancies by country and mineral, in dataset order: made once per dataset, where
// every figure answer scanned all of them (0.6% of the uncached core's CPU; bench/core-check.ts prof).
const discrepancyIndex = new WeakMap<Dataset, Map<string, Map<string, Discrepancy[]>>>();

export function discrepanciesBy(ds: Dataset): Map<string, Map<string, Discrepancy[]>> {
  let idx = discrepancyIndex.get(ds);
  if (!idx) {
    idx = new Map();
    for (const d of ds.discrepancies) {
      for (const c of new Set(d.countries)) {
        let byMineral = idx.get(c);
        if (!byMineral) idx.set(c, (byMineral = new Map()));
        for (const m of new Set(d.minerals)) {
          const list = byMineral.get(m);
          if (list) list.push(d);
          else byMineral.set(m, [d]);
        }
      }
    }
    discrepancyIndex.set(ds, idx);
  }
  return idx;
}
