// Holds the dataset currently served. Hot reload replaces it atomically; each command reads one
// snapshot at its start, so an answer never mixes two versions.
import type { Dataset } from './dataset.js';

export class DatasetHolder {
  #current: Dataset;
  readonly #listeners = new Set<(next: Dataset, previous: Dataset) => void>();

  constructor(initial: Dataset) {
    this.#current = initial;
  }

  current(): Dataset {
    return this.#current;
  }

  swap(next: Dataset): void {
    const previous = this.#current;
    this.#current = next;
    for (const l of this.#listeners) l(next, previous);
  }

  onSwap(listener: (next: Dataset, previous: Dataset) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
