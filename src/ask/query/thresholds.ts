// The numbers a question compares with: a quantity in tonnes ("more than 50,000 t", "22 Mt"), a share
// ("more than half", "über 60 %") and a price ("over $100/kg"). Split from parse.ts by what it reads.
import type { VocabIndex } from './vocab.js';

const SCALE: Record<string, number> = { million: 1e6, millionen: 1e6, mio: 1e6, billion: 1e9, milliarden: 1e9, mrd: 1e9 };

/** Whether the words from `i` on state a quantity: a number, then within two words a scale or a unit of tonnes ("2 million tonnes", "40 Mt"). */
export function quantityAt(words: readonly string[], i: number, numbers: ReadonlyMap<string, number>, tonnes: ReadonlySet<string>): boolean {
  const w = words[i] ?? '';
  if (!/^\d/.test(w) && !numbers.has(w)) return false;
  return words.slice(i + 1, i + 3).some((x) => x in SCALE || tonnes.has(x) || x === 'mt' || x === 'kt');
}

/** A quantity the question compares with ("more than 50,000 t", "über 1 Mio. t", "zehn Millionen Tonnen"), in tonnes. */
export function thresholdOf(q: string, words: readonly string[], numbers: ReadonlyMap<string, number>, tonnes: ReadonlySet<string>): number | undefined {
  // A number word, then a scale or a unit ("ten million tonnes", "zehn Millionen Tonnen").
  for (const [i, w] of words.entries()) {
    const n = numbers.get(w);
    if (n === undefined) continue;
    const scale = SCALE[words[i + 1] ?? ''];
    if (tonnes.has(words[i + (scale ? 2 : 1)] ?? '')) return n * (scale ?? 1);
  }
  // "22 Mt", "890 kt": the unit symbols with their scale.
  const sym = /(\d+(?:[.,]\d+)?)\s*(Mt|kt)\b/u.exec(q);
  if (sym) return Number(sym[1]!.replace(',', '.')) * (sym[2] === 'Mt' ? 1e6 : 1e3);
  const m = /(\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d+(?:[.,]\d+)?)\s*(million|millionen|mio|billion|milliarden|mrd)?\.?\s*(t|tonnes?|tons?|tonnen)\b/iu.exec(q);
  if (!m) return undefined;
  const digits = m[1]!.replace(/[\u00a0 ]/g, '');
  const n = /^\d{1,3}([.,]\d{3})+$/.test(digits) ? Number(digits.replace(/[.,]/g, '')) : Number(digits.replace(',', '.'));
  return Number.isFinite(n) ? n * (m[2] ? SCALE[m[2].toLowerCase()] ?? 1 : 1) : undefined;
}

/** A share the question compares with: a fraction ("more than half", "zwei Drittel") or a percentage ("über 60 %"). */
export function shareThresholdOf(q: string, words: readonly string[], v: VocabIndex): number | undefined {
  const at = (i: number, phrase: readonly string[]): boolean => phrase.every((w, k) => words[i + k] === w);
  for (let i = 0; i < words.length; i++) {
    const f = v.fractions.find((x) => at(i, x.words));
    if (f) return f.value;
  }
  // The sign after a number ("60 %"), else a number before a percent word of the vocabulary ("60 Prozent").
  const sign = /(\d+(?:[.,]\d+)?)\s*%/u.exec(q);
  const i = sign ? -1 : words.findIndex((w, k) => /^\d+$/.test(w) && v.percentWords.some((ph) => at(k + 1, ph)));
  const n = sign ? Number(sign[1]!.replace(',', '.')) : i >= 0 ? Number(words[i]) : NaN;
  return n > 0 && n < 100 ? n / 100 : undefined;
}

/** A price the question compares with, in US dollars ("teurer als 500 Dollar pro Kilo", "over $100/kg"). */
export function priceThresholdOf(q: string): number | undefined {
  const m = /(?:US\$|\$)\s?(\d+(?:[.,]\d+)?)|(\d+(?:[.,]\d+)?)\s*(?:US-Dollar|Dollar|dollars?|USD|\$)/iu.exec(q);
  const n = m ? Number((m[1] ?? m[2])!.replace(',', '.')) : NaN;
  return Number.isFinite(n) ? n : undefined;
}
