// The quantities a text states ("2,500 trees", "22.000 oder 20.000 Tonnen"), canonical, for
// checking a claimed figure against the dataset's sentences and for telling a choice of figures
// from a threshold.
import { normalize } from '../../dataset/lookup.js';
import { isMonthWord } from './time.js';
import { matchesOf } from '../../util/matches.js';

/** Words scaling the number before them ("44 million", "550 Mrd."). */
export const SCALE: Readonly<Record<string, number>> = { thousand: 1e3, tausend: 1e3, tsd: 1e3, million: 1e6, millionen: 1e6, mio: 1e6, billion: 1e9, bn: 1e9, milliarde: 1e9, milliarden: 1e9, mrd: 1e9, trillion: 1e12, billionen: 1e12 };
// A claimed figure is compared with its scale: "44 thousand tonnes" is not the "44 million t" stated, and
// "16.1 Mt" is "16.1 million tonnes". Units carrying a scale (Mt, kt) count as scale words here, and so
// does the "k" of chat shorthand ("240k tonnes").
const STATED_SCALE: Readonly<Record<string, number>> = { ...SCALE, mt: 1e6, kt: 1e3, k: 1e3 };

// Numbers as written ("2,500", "16.1", "1.600"): digit groups of three are thousands, else a decimal.
const NUMBER = /\d{1,3}(?:[,.\u00a0 ]\d{3})+(?!\d)|\d+(?:[.,]\d+)?/g;

const THOUSANDS = /^\d{1,3}(?:[,.\u00a0 ]\d{3})+$/;
/** A number as written in its canonical digits: thousands separators dropped ("270,000" → "270000"), a decimal comma a point. */
export const canonicalNumber = (raw: string): string => (THOUSANDS.test(raw) ? raw.replace(/[,.\u00a0 ]/g, '') : raw.replace(',', '.'));

/**
 * The quantities a text states, canonical ("2500", "16.1", "44000000" for "44 million"), in order; years and the day of a date
 * ("28 October", "8. November") are no quantities. Unscaled (`scaled` false), the numbers as the words
 * of a text hold them ("44" of "44 million").
 */
export function quantities(text: string, scaled = true): string[] {
  const out: string[] = [];
  // Most questions state no number: no match iterator for them.
  if (!/\d/.test(text)) return out;
  for (const m of matchesOf(NUMBER, text)) {
    const raw = m[0];
    const canon = canonicalNumber(raw);
    // A year is written without a separator: "2,000 t" is a quantity.
    if (raw === canon && /^(19|20)\d\d$/.test(canon)) continue;
    const before = normalize(text.slice(Math.max(0, m.index - 12), m.index)).split(' ').at(-1) ?? '';
    const after = normalize(text.slice(m.index + raw.length, m.index + raw.length + 14)).split(' ')[0] ?? '';
    if (isMonthWord(after) || isMonthWord(before)) continue;
    const scale = scaled ? STATED_SCALE[after] : undefined;
    // toPrecision: 16.1 × 10⁶ is 16100000.000000002 in binary floating point.
    out.push(scale ? String(Number((Number(canon) * scale).toPrecision(12))) : canon);
  }
  return out;
}

/** The quantities of a question written right after a word making them approximate ("around 70%", "rund 70 %"). */
export function approximated(text: string, words: ReadonlySet<string>): Set<string> {
  if (!words.size) return new Set();
  const out = new Set<string>();
  for (const m of text.matchAll(/(\p{L}+)\.?\s+(\d[\d.,]*)/gu)) if (words.has(normalize(m[1]!))) for (const x of quantities(m[2]!)) out.add(x);
  return out;
}
