// The splits a binding tries (bind.ts): every way of cutting a command's words over its arguments,
// and the order they are tried in. Kept apart from bind.ts, which scores them.

/** Every way of cutting `n` words into `m` consecutive (possibly empty) parts. */
function* compositions(n: number, m: number): Generator<number[]> {
  if (m === 1) {
    yield [n];
    return;
  }
  for (let k = n; k >= 0; k--) for (const rest of compositions(n - k, m - 1)) yield [k, ...rest];
}

// The compositions of a word count into an argument count, listed once: both are small (at most
// MAX_SPLIT_WORDS words, bind.ts), and the generator ran anew for every binding.
// Indexed by word count, then argument count: a joined string key was made and hashed per binding.
const compositionTable: (readonly (readonly number[])[] | undefined)[][] = [];

export function compositionsOf(n: number, m: number): readonly (readonly number[])[] {
  const byArgs = (compositionTable[n] ??= []);
  return (byArgs[m] ??= [...compositions(n, m)]);
}

/**
 * Sorts split indexes by falling bound, then by index: a total order, so any sort gives the same
 * result. Inserted one by one, as most commands have two to ten splits: Array.prototype.sort with a
 * comparator closure made per binding cost more than the few comparisons (bench/core-check.ts prof).
 */
export function sortByBound(order: number[], bounds: readonly number[]): void {
  if (order.length > 64) {
    order.sort((a, b) => bounds[b]! - bounds[a]! || a - b);
    return;
  }
  for (let k = 1; k < order.length; k++) {
    const x = order[k]!;
    let j = k - 1;
    // Indexes come in rising order, so x goes after every earlier index of an equal or higher bound.
    while (j >= 0 && bounds[order[j]!]! < bounds[x]!) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = x;
  }
}
