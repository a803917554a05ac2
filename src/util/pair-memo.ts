// A bounded memo of a pure function of two strings (a source's URL and label → its rendered link):
// a map by the first, then the second, so no key string is built per call (the strings are the
// dataset's own, whose hashes V8 keeps). Emptied when it holds `max` values: rendered links are
// cheap to rebuild, and a flood of odd inputs must not grow memory. BoundedCache would need one
// joined key per call, which is the cost this saves on every answer's source list.
export class PairMemo<A, B, V> {
  readonly #byFirst = new Map<A, Map<B, V>>();
  #count = 0;

  constructor(readonly max: number, readonly compute: (a: A, b: B) => V) {}

  get(a: A, b: B): V {
    let bySecond = this.#byFirst.get(a);
    const hit = bySecond?.get(b);
    if (hit !== undefined) return hit;
    const value = this.compute(a, b);
    if (this.#count >= this.max) {
      this.#byFirst.clear();
      this.#count = 0;
      bySecond = undefined;
    }
    if (!bySecond) this.#byFirst.set(a, (bySecond = new Map()));
    bySecond.set(b, value);
    this.#count++;
    return value;
  }

  get size(): number {
    return this.#count;
  }
}
