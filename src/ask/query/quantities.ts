// The quantities a text states ("2,500 trees", "22.000 oder 20.000 Tonnen"), canonical, for
// checking a claimed figure against the dataset's sentences and for telling a choice of figures
// from a threshold.
import { normalize } from '../../dataset/lookup.js';
import { isMonthWord } from './time.js';
import { matchesOf } from '../../util/matches.js';

// Numbers as written ("2,500", "16.1", "1.600"): digit groups of three are thousands, else a decimal.
const NUMBER = /\d{1,3}(?:[,.\u00a0 ]\d{3})+(?!\d)|\d+(?:[.,]\d+)?/g;

/**
 * The quantities a text states, canonical ("2500", "16.1"), in order; years and the day of a date
 * ("28 October", "8. November") are no quantities.
 */
export function quantities(text: string): string[] {
  const out: string[] = [];
  // Most questions state no number: no match iterator for them.
  if (!/\d/.test(text)) return out;
  for (const m of matchesOf(NUMBER, text)) {
    const raw = m[0];
    const canon = /^\d{1,3}(?:[,.\u00a0 ]\d{3})+$/.test(raw) ? raw.replace(/[,.\u00a0 ]/g, '') : raw.replace(',', '.');
    // A year is written without a separator: "2,000 t" is a quantity.
    if (raw === canon && /^(19|20)\d\d$/.test(canon)) continue;
    const before = normalize(text.slice(Math.max(0, m.index - 12), m.index)).split(' ').at(-1) ?? '';
    const after = normalize(text.slice(m.index + raw.length, m.index + raw.length + 14)).split(' ')[0] ?? '';
    if (isMonthWord(after) || isMonthWord(before)) continue;
    out.push(canon);
  }
  return out;
}
