// Shared element facts: export-control history (events naming the element) and its class label.
import type { Locale } from '../reply/model.js';
import type { Dataset } from '../dataset/dataset.js';
import type { Element, Event } from '../dataset/schema.js';
import { t } from './common.js';

const controlCache = new WeakMap<Dataset, Map<string, Event[]>>();

/** Export-control events naming each element symbol, oldest first. */
export function controlEvents(ds: Dataset, symbol: string): Event[] {
  let map = controlCache.get(ds);
  if (!map) {
    map = new Map();
    const sorted = [...ds.events].filter((e) => e.kind === 'export-control').sort((a, b) => a.date.localeCompare(b.date));
    for (const e of sorted) {
      for (const s of e.elements) map.set(s, [...(map.get(s) ?? []), e]);
    }
    controlCache.set(ds, map);
  }
  return map.get(symbol) ?? [];
}

export function classLabel(el: Element, locale: Locale): string {
  switch (el.class) {
    case 'light': return t(locale, 'light', 'leicht');
    case 'heavy': return t(locale, 'heavy', 'schwer');
    default: return t(locale, 'neither light nor heavy', 'weder leicht noch schwer');
  }
}
