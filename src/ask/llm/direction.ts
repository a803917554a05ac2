// Direction words must agree with the data. "Raised from {{a}} to {{b}}" needs b above a and a's
// edition before b's; "cut" needs the opposite. A single figure said to have been raised or cut
// is compared with the same record in the edition before it. A clause that says both "up" and
// "down" is left alone: which word goes with which figure cannot be told apart reliably.
import type { Dataset } from '../../dataset/dataset.js';
import type { Ref } from './refs.js';

const UP = /(?<![\p{L}])(?:rais\w*|increas\w*|rose|rise[sn]?|rising|grew|grow[sn]?|growing|up|climb\w*|jump\w*|upgrad\w*|boost\w*|erhöh\w*|gestiegen|stieg\w*|steig\w*|angehoben|hob|hoben|wuchs|gewachsen|zugenommen|aufgestockt|heraufgesetzt|nach oben)(?![\p{L}])/iu;
const DOWN = /(?<![\p{L}])(?:cut|cuts|reduc\w*|lowered|lowers|lowering|fell|fall[sn]?|falling|dropp?\w*|decreas\w*|declin\w*|down|downgrad\w*|shr[au]nk|slash\w*|gesenkt|senkt\w*|gesunken|sank|sinkt|reduziert\w*|gekürzt|kürzt\w*|gefallen|fiel|fällt|verringert\w*|abgenommen|herabgesetzt|zurückgegangen|zurückgestuft|nach unten)(?![\p{L}])/iu;
const FROM = /(?<![\p{L}])(?:from|von)\s*$/iu;
const TO = /(?<![\p{L}])(?:to|auf|zu|at)\s*$/iu;

export interface Placed {
  ref: Ref;
  at: number;
}

const minOrder = (r: Ref): number => Math.min(...r.editions.map((e) => e.order));
const maxOrder = (r: Ref): number => Math.max(...r.editions.map((e) => e.order));

/** The previous edition's value of the same record, when the reference is bound to exactly one. */
function previousValue(ref: Ref, ds: Dataset): number | undefined {
  if (ref.subjects.country.size !== 1 || !ref.measure || !ref.editions.length) return undefined;
  const country = [...ref.subjects.country][0]!;
  const mineral = ref.subjects.mineral.size === 1 ? [...ref.subjects.mineral][0]! : 'rare-earths';
  const earliest = minOrder(ref);
  const order = (id: string): number => ds.editionById.get(id)?.order ?? 0;
  const before = ds.figures
    .filter((f) => f.country === country && f.mineral === mineral && f.measure === ref.measure && f.value !== null && order(f.edition) < earliest
      && !ds.editionById.get(f.edition)?.corrects)
    .sort((a, b) => order(b.edition) - order(a.edition) || (b.year ?? 0) - (a.year ?? 0));
  return before[0]?.value ?? undefined;
}

/** Why the direction told in this sentence disagrees with the data, or undefined. */
export function checkDirection(sentence: string, placed: readonly Placed[], ds: Dataset): string | undefined {
  const up = UP.test(sentence);
  const down = DOWN.test(sentence);
  if (up === down) return up ? undefined : fromToOrder(sentence, placed);
  const word = up ? 'raised' : 'cut';
  const figures = placed.filter((p) => (p.ref.kind === 'quantity' || p.ref.kind === 'percent') && p.ref.values.length);
  if (figures.length >= 2) {
    const froms = figures.filter((p) => FROM.test(sentence.slice(0, p.at)));
    const tos = figures.filter((p) => TO.test(sentence.slice(0, p.at)));
    let old = froms[0] ?? figures.find((p) => !tos.includes(p)) ?? figures[0]!;
    let now = tos.find((p) => p !== old) ?? figures.find((p) => p !== old)!;
    // "3.5 million t, down from 22 million t": the figure after "from" is the old one.
    if (froms[0] && froms[0] !== figures[0] && !tos.length) { old = froms[0]; now = figures.find((p) => p !== old)!; }
    const a = old.ref.values[0]!;
    const b = now.ref.values[0]!;
    if (a === b) return `"${word}" between two equal figures`;
    if (up !== b > a) return `"${word}" but the figure went from ${old.ref.text} to ${now.ref.text}`;
    if (old.ref.editions.length && now.ref.editions.length && !old.ref.isEdition && minOrder(old.ref) >= maxOrder(now.ref)) {
      return `"${word}" from ${old.ref.text} to ${now.ref.text}, but the first is the later edition`;
    }
    return undefined;
  }
  if (figures.length === 1 && !FROM.test(sentence.slice(0, figures[0]!.at))) {
    const ref = figures[0]!.ref;
    const prev = previousValue(ref, ds);
    const v = ref.values[0]!;
    if (prev === undefined || prev === v) return prev === v ? `"${word}" but the previous edition gave the same figure` : undefined;
    if (up !== v > prev) return `"${word}" to ${ref.text}, but the edition before gave a ${v > prev ? 'lower' : 'higher'} figure`;
  }
  return undefined;
}

/** "From {{a}} to {{b}}" with no direction word still tells a sequence: a's edition must not be later than b's. */
function fromToOrder(sentence: string, placed: readonly Placed[]): string | undefined {
  const dated = placed.filter((p) => p.ref.editions.length && !p.ref.isEdition && p.ref.kind === 'quantity');
  const from = dated.find((p) => FROM.test(sentence.slice(0, p.at)));
  const to = dated.find((p) => p !== from && TO.test(sentence.slice(0, p.at)) && p.at > (from?.at ?? Infinity));
  if (!from || !to) return undefined;
  if (minOrder(from.ref) >= maxOrder(to.ref)) return `from ${from.ref.text} to ${to.ref.text}, but the first is the later edition`;
  return undefined;
}
