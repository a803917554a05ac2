// The words of an event's names — its titles in both languages and its aliases — normalised, once per record:
// a question's word among them names the event rather than asking something of it.
import type { Event } from '../../dataset/schema.js';
import { normalize } from '../../dataset/lookup.js';

const cache = new WeakMap<Event, ReadonlySet<string>>();

export function nameWordsOf(e: Event): ReadonlySet<string> {
  let set = cache.get(e);
  if (!set) cache.set(e, (set = new Set(normalize([e.title.en, e.title.de, ...e.aliases].join(' ')).split(' '))));
  return set;
}

/** The name words of several events together. */
export function nameWordsOfAll(events: readonly Event[]): ReadonlySet<string> {
  return events.length === 1 ? nameWordsOf(events[0]!) : new Set(events.flatMap((e) => [...nameWordsOf(e)]));
}
