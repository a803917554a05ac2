// The bundled dataset and the offline answer path as the answer-class tests call them: a question
// in, the rendered reply (or its first line) out, on the eval clock unless a day is given.
import { beforeAll } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import type { Locale } from '../../src/reply/model.js';
import { answerOffline } from '../../src/ask/router.js';
import { renderText } from '../../src/reply/text.js';

const EVAL_DAY = '2026-11-29';

/** Loads data/ before the file's tests; `dataset()` returns it inside them. */
export function useDataset(): () => Dataset {
  let ds: Dataset | undefined;
  beforeAll(async () => {
    const r = await loadDataset();
    if (!r.ok) throw new Error('dataset invalid');
    ds = r.dataset;
  });
  return () => {
    if (!ds) throw new Error('the dataset is loaded in beforeAll');
    return ds;
  };
}

export function offlineAsker(dataset: () => Dataset): { ask: (q: string, locale?: Locale, day?: string) => string; lead: (q: string, locale?: Locale, day?: string) => string } {
  const ask = (q: string, locale: Locale = 'en', day = EVAL_DAY): string =>
    renderText(answerOffline(q, { locale, now: new Date(`${day}T09:00:00Z`), dataset: dataset(), services: {} }));
  return { ask, lead: (q, locale, day) => ask(q, locale, day).split('\n')[0]! };
}
