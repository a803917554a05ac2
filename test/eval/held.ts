// What the dataset holds, per subject, for the "wrong facts" check: every figure value (in t, kg
// converted) and every number with a unit in the dataset's texts, tied to the countries, minerals
// and elements their record names. A figure in a reply is wrong when no record about a subject named
// in the same sentence holds it (a sentence naming no subject is checked against the whole dataset).
import type { Dataset } from '../../src/dataset/dataset.js';
import { normalize } from '../../src/dataset/lookup.js';
import { close, findFigures, sentenceAround, type Found } from './figures.js';

interface Held {
  value: number;
  unit: Found['unit'];
}

type Kind = 'c' | 'm' | 'e';

interface Rec {
  ids: Record<Kind, Set<string>>;
  values: Held[];
}

interface Name {
  kind: Kind;
  id: string;
  name: string;
}

const cache = new WeakMap<Dataset, { recs: Rec[]; names: Name[] }>();

const ids = (c: readonly string[], m: readonly string[], e: readonly string[]): Rec['ids'] => ({ c: new Set(c), m: new Set(m), e: new Set(e) });

function build(ds: Dataset): { recs: Rec[]; names: Name[] } {
  const hit = cache.get(ds);
  if (hit) return hit;
  const recs: Rec[] = [];
  const fromText = (...texts: (string | undefined)[]): Held[] =>
    texts.flatMap((t) => (t ? findFigures(t) : [])).filter((f) => f.unit).map((f) => ({ value: f.value, unit: f.unit }));
  const both = (x?: { en: string; de: string }): (string | undefined)[] => [x?.en, x?.de];
  for (const f of ds.figures) {
    if (f.value === null) continue;
    const unit = ds.mineralById.get(f.mineral)?.unit.symbol;
    recs.push({ ids: ids([f.country], [f.mineral], []), values: [{ value: unit === 'kg' ? f.value / 1000 : f.value, unit: 't' }, ...fromText(...both(f.note))] });
  }
  for (const f of ds.facts) recs.push({ ids: ids(f.countries, f.minerals, f.elements), values: fromText(...both(f.text)) });
  for (const e of ds.events) {
    recs.push({ ids: ids(e.countries, e.minerals, e.elements), values: fromText(...both(e.summary), ...both(e.outcome), ...both(e.agreed)) });
  }
  for (const d of ds.discrepancies) {
    const unit = ds.mineralById.get(d.minerals[0] ?? '')?.unit.symbol;
    const claims = d.claims.filter((c) => c.value !== undefined).map((c) => ({ value: unit === 'kg' ? c.value! / 1000 : c.value!, unit: 't' as const }));
    recs.push({ ids: ids(d.countries, d.minerals, d.elements), values: [...claims, ...fromText(...both(d.text), ...d.claims.flatMap((c) => both(c.text)))] });
  }
  for (const el of ds.elements) recs.push({ ids: ids([], [], [el.symbol]), values: fromText(...both(el.note), ...el.uses.en, ...el.uses.de) });
  for (const m of ds.minerals) recs.push({ ids: ids([], [m.id], []), values: fromText(...both(m.note)) });
  for (const e of ds.editions) recs.push({ ids: ids([], [], []), values: fromText(...both(e.note)) });
  const names: Name[] = [];
  // The rest-of-world row's one-word aliases ("Others", "Andere") are everyday words ("others were
  // ceramics"): only its names and aliases of several words ("other countries") name it in a reply.
  // (The world's own one-word aliases, "weltweit", "global", do name the world total.)
  for (const c of ds.countries) {
    const everyday = c.kind === 'aggregate' && c.id !== 'WORLD';
    const aliases = c.aliases.filter((a) => a.length > 3 && (!everyday || /\s/.test(a.trim())));
    for (const n of [c.name.en, c.name.de, ...aliases]) names.push({ kind: 'c', id: c.id, name: normalize(n) });
  }
  for (const m of ds.minerals) for (const n of [m.name.en, m.name.de]) names.push({ kind: 'm', id: m.id, name: normalize(n) });
  for (const el of ds.elements) for (const n of [el.name.en, el.name.de]) names.push({ kind: 'e', id: el.symbol, name: normalize(n) });
  const out = { recs, names };
  cache.set(ds, out);
  return out;
}

/** Values the dataset holds for the subjects named in the sentence around `f` (plus shares computed from two of them). */
export function heldFor(ds: Dataset, text: string, f: Found): Held[] {
  const { recs, names } = build(ds);
  const sentence = sentenceAround(text, f.at);
  // The subjects of the sentence, and of the reply's first line (the lead names what the reply is about).
  const n = ` ${normalize(sentence)} ${normalize(text.split('\n')[0] ?? '')} `;
  const named: Record<Kind, Set<string>> = { c: new Set(), m: new Set(), e: new Set() };
  // A German genitive names the country too ("Brasiliens Reserven").
  for (const x of names) if (x.name && (n.includes(` ${x.name} `) || (x.kind === 'c' && n.includes(` ${x.name}s `)))) named[x.kind].add(x.id);
  // A record fits when it is about a named country (if any is named), and about a named mineral or
  // element where it names minerals or elements at all.
  // (A record naming no country, such as an element's note, fits through its element or mineral.)
  const some = (a: Set<string>, b: Set<string>): boolean => [...a].some((id) => b.has(id));
  const fits = (r: Rec): boolean => {
    const mineralOk = !named.m.size || !r.ids.m.size || some(r.ids.m, named.m);
    const elementOk = !named.e.size || !r.ids.e.size || some(r.ids.e, named.e);
    if (named.c.size && !r.ids.c.size) return (some(r.ids.e, named.e) || some(r.ids.m, named.m)) && mineralOk && elementOk;
    return (!named.c.size || some(r.ids.c, named.c)) && mineralOk && elementOk;
  };
  const pool = recs.filter(fits);
  const held = pool.flatMap((r) => r.values);
  if (f.unit === 'percent') {
    const ts = findFigures(sentence).filter((x) => x.unit === 't').map((x) => x.value);
    for (const a of ts) for (const b of ts) if (b > 0 && a < b) held.push({ value: Math.round((a / b) * 100), unit: 'percent' });
  } else {
    // A difference the reply computes ("China has 219,000 t more") of two held figures the same line states
    // (a line, not a sentence: "8,4 Mio. t" would end one at its abbreviation).
    const line = text.slice(text.lastIndexOf('\n', f.at) + 1, text.indexOf('\n', f.at) < 0 ? undefined : text.indexOf('\n', f.at));
    const stated = findFigures(line).filter((x) => x.unit === f.unit && x.value !== f.value && held.some((h) => h.unit === f.unit && close(h.value, x.value))).map((x) => x.value);
    for (const a of stated) for (const b of stated) if (a > b) held.push({ value: a - b, unit: f.unit });
    // So is a sum of them ("— together 321,000 t"): of any two, or of all the line states.
    for (let i = 0; i < stated.length; i++) for (let j = i + 1; j < stated.length; j++) held.push({ value: stated[i]! + stated[j]!, unit: f.unit });
    if (stated.length > 2) held.push({ value: stated.reduce((s, x) => s + x, 0), unit: f.unit });
  }
  return held;
}
