// The lookups made while answering one request, so that binding a command's words to its arguments
// and running the command look each typed text up once. Binding tries a text as every kind its
// arguments take, and the command then resolved the winner again from scratch: for a typo, a second
// scan of the fuzzy index (bench/core.ts, --cpu-prof). One is made per request by the core and
// dropped with it: nothing here outlives the answer, so a new input is always looked up anew
// (docs/benchmarks-method.md: nothing on the answer path is kept per typed input).
import type { Dataset } from '../dataset/dataset.js';
import { lookup, searchEvents, type EntityKind, type EntityMap, type LookupResult } from '../dataset/lookup.js';
import type { Event } from '../dataset/schema.js';

export class RequestLookups {
  /** Per kind, then text: a joined key was a new string to hash on every call; the text's hash is kept with it. */
  // Made on first use: a question (a quarter of what users type) binds no arguments.
  #kinds: Map<EntityKind, Map<string, LookupResult<unknown>>> | undefined;
  #events: Map<string, readonly Event[]> | undefined;

  constructor(readonly dataset: Dataset) {}

  /** lookup(ds, kind, text, 0): the kind of match and its record, without suggestions. */
  kindOnly<K extends EntityKind>(ds: Dataset, kind: K, text: string): LookupResult<EntityMap[K]> {
    if (ds !== this.dataset) return lookup(ds, kind, text, 0);
    const kinds = (this.#kinds ??= new Map());
    let byText = kinds.get(kind);
    if (!byText) kinds.set(kind, (byText = new Map()));
    let r = byText.get(text);
    if (!r) byText.set(text, (r = lookup(ds, kind, text, 0)));
    return r as LookupResult<EntityMap[K]>;
  }

  /** searchEvents(ds, text); callers must not change the array. */
  events(ds: Dataset, text: string): readonly Event[] {
    if (ds !== this.dataset) return searchEvents(ds, text);
    const events = (this.#events ??= new Map());
    let r = events.get(text);
    if (!r) events.set(text, (r = searchEvents(ds, text)));
    return r;
  }
}
