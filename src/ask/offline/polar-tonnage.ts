// Yes or no from the tonnages a sentence states beside the countries a question names: against a
// bound asked ("larger than ten million tonnes?") or between two countries ("bigger resources than
// the United States?"). Split from polar.ts by what it reads.
import type { CommandContext } from '../../commands/types.js';
import type { Country } from '../../dataset/schema.js';
import { escapeRegExp, namesAny } from '../query/text.js';
import { tonnagesIn } from '../query/thresholds.js';
import type { ParsedQuery } from '../query/types.js';

type Tonnage = ReturnType<typeof tonnagesIn>[number];

/** The tonnage a sentence states nearest a country's name, if it names the country. */
function tonnageNear(sentence: string, all: readonly Tonnage[], c: Country): Tonnage | undefined {
  const spots = [c.name.en, c.name.de, ...c.aliases].flatMap((n) => [...sentence.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(n)}(?![\\p{L}])`, 'giu'))].map((m) => ({ at: m.index, end: m.index + m[0].length })));
  if (!spots.length) return undefined;
  // From the name's edges: "China produced 180 t, Canada 20 t" gives Canada the 20 t after its name,
  // not the 180 t two characters before it.
  const gap = (x: Tonnage): number => Math.min(...spots.map((s) => (s.at >= x.end ? s.at - x.end : x.at >= s.end ? x.at - s.end : 0)));
  return [...all].sort((a, b) => gap(a) - gap(b))[0];
}

/** The tonnage a sentence states for the question's country (or its only one) against the question's bound. */
export function boundVerdict(_ctx: CommandContext, p: ParsedQuery, sentence: string): 'yes' | 'no' | undefined {
  const all = tonnagesIn(sentence);
  if (!all.length) return undefined;
  const c = p.subjects.countries[0];
  let pick = all.length === 1 && !c ? all[0] : undefined;
  if (c) pick = tonnageNear(sentence, all, c);
  if (!pick || pick.t === p.threshold) return undefined;
  return (pick.t > p.threshold!) !== Boolean(p.less) ? 'yes' : 'no';
}

/** Whether a text names a country by one of its names, at a word's start ("Japans" names Japan). */
export function namesCountry(text: string, c: Country): boolean {
  return namesAny(text, [c.name.en, c.name.de, ...c.aliases]);
}

/**
 * "Does Canada have bigger rare earth resources than the United States?": a sentence stating a
 * tonnage beside each of the two countries settles it; the first named is the one asked about, and
 * the vocabulary's "less" words ask the other way round.
 */
export function tonnagesCompared(p: ParsedQuery, sentence: string, equal = false): 'yes' | 'no' | undefined {
  if (p.operator !== 'compare') return undefined;
  const all = tonnagesIn(sentence);
  if (all.length < 2) return undefined;
  const [a, b] = p.subjects.countries as [Country, Country];
  const ta = tonnageNear(sentence, all, a);
  const tb = tonnageNear(sentence, all, b);
  if (!ta || !tb || ta === tb) return undefined;
  // "… were they level?": equal or not, whichever is larger.
  if (equal) return ta.t === tb.t ? 'yes' : 'no';
  if (ta.t === tb.t) return undefined;
  return (ta.t > tb.t) !== Boolean(p.less) ? 'yes' : 'no';
}

/**
 * "Did China produce 270,000 t in 2024 and the US 60,000 t?": a tonnage stated beside each of the
 * countries named, one each, is a figure claimed of each (by country id); undefined unless so.
 */
export function tonnagesClaimed(p: ParsedQuery, countries: readonly Country[]): Map<string, number> | undefined {
  const all = tonnagesIn(p.text);
  if (all.length !== countries.length || countries.length < 2) return undefined;
  const out = new Map<string, number>();
  const used = new Set<Tonnage>();
  for (const c of countries) {
    const near = tonnageNear(p.text, all, c);
    if (!near || used.has(near)) return undefined;
    used.add(near);
    out.set(c.id, near.t);
  }
  return out;
}
