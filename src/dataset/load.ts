// PLACEHOLDER — owned by the dataset helper; replaced with the real loader and checks.
import { fileURLToPath } from 'node:url';
import type { Dataset } from './dataset.js';

export interface DataError {
  /** Path relative to the data directory, e.g. "figures/rare-earths.yaml". */
  file: string;
  /** Where in the file, e.g. "[12].sources[0]". */
  path: string;
  reason: string;
}

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; errors: DataError[] };

/** The bundled data/ directory (same relative depth from src/ and dist/). */
export function defaultDataDir(): string {
  return fileURLToPath(new URL('../../data', import.meta.url));
}

export async function loadDataset(_dir: string = defaultDataDir()): Promise<LoadResult> {
  return { ok: false, errors: [{ file: '-', path: '-', reason: 'not implemented' }] };
}
