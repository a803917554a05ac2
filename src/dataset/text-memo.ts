// One record per text of a dataset, kept as long as the dataset: what answers derive from the
// dataset's own sentences (their words, stems, dates) was derived again for every question reading
// them. Callers pass only the dataset's texts; the bound only guards against other text.
import type { Dataset } from './dataset.js';

const BOUND = 20_000;

/** A lookup of the record kept for a text of a dataset, made empty on first use. */
export function datasetTextMemo<T extends object>(): (ds: Dataset, text: string) => T {
  const per = new WeakMap<Dataset, Map<string, T>>();
  return (ds, text) => {
    let map = per.get(ds);
    if (!map) per.set(ds, (map = new Map()));
    let hit = map.get(text);
    if (!hit) {
      if (map.size >= BOUND) map.clear();
      map.set(text, (hit = {} as T));
    }
    return hit;
  };
}
