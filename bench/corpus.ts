// The shared benchmark corpus: what users type, generated from the dataset and a few word lists, so
// every platform bench measures the same inputs. Every command with its argument variants (country
// names in English and German, ISO codes, aliases, typos, minerals, elements, events, places, dates,
// sources) and natural questions in English and German. Inputs are distinct by the reply cache's own
// key (command, locale, normalised text), so "distinct" really means one cache entry each.
//
// Replay: `zipfSequence` draws inputs with a seeded Zipf distribution (P(rank k) ∝ 1/k^s, s = 1.1), as
// real channels repeat popular questions. Ranks follow popularity tiers: everyday lines first
// (registry examples, big countries, element names), then common variants and questions, then rare
// ones (codes, aliases, typos, odd dates); the order within a tier is a seeded shuffle.
import type { Dataset } from '../src/dataset/dataset.js';
import { normaliseInput } from '../src/commands/reply-cache.js';

export type Locale = 'en' | 'de';

export interface CorpusInput {
  /** Registry command name ('ask' for a question). */
  command: string;
  /** Arguments by registry name, as Discord options carry them (`subcommand` for /digest). */
  args: Record<string, string>;
  /** The argument text after the slash command, as typed on Slack. */
  text: string;
  /** What a user types in a mention or on the console: "/reserves china", "reserven china" or a question. */
  line: string;
  locale: Locale;
  /** Popularity tier: 0 everyday, 1 common, 2 rare. */
  tier: 0 | 1 | 2;
}

export const ZIPF_S = 1.1;
export const CORPUS_SEED = 20_251_030;

/** mulberry32: a tiny seeded PRNG, so every run replays the same sequence (no dependency needed for 6 lines). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffle<T>(xs: T[], rand: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

/** A plausible typo: two neighbouring letters swapped, or one dropped (seeded). */
function typo(word: string, rand: () => number): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(rand() * (word.length - 3));
  return rand() < 0.5 ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word.slice(0, i) + word.slice(i + 1);
}

const MONTHS: Record<Locale, string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  de: ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
};
const MONTHS_LONG: Record<Locale, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
};
/** German command words users type in a mention ("reserven china"). */
const GERMAN_WORDS: Record<string, string[]> = {
  reserves: ['reserven', 'vorkommen'], production: ['produktion', 'förderung'], summit: ['gipfel', 'treffen'],
  events: ['ereignisse', 'termine'], elements: ['elemente'], sources: ['quellen'], help: ['hilfe'],
};
const ELEMENT_FILTERS: [string, Locale, 0 | 1 | 2][] = [
  ['', 'en', 0], ['heavy', 'en', 0], ['light', 'en', 0], ['magnets', 'en', 0], ['controlled', 'en', 1], ['lasers', 'en', 1],
  ['catalysts', 'en', 1], ['phosphors', 'en', 1], ['batteries', 'en', 1], ['alloys', 'en', 2], ['glass', 'en', 2], ['nuclear', 'en', 2],
  ['schwer', 'de', 1], ['leicht', 'de', 1], ['Magnete', 'de', 0], ['kontrolliert', 'de', 1], ['Laser', 'de', 2], ['Katalysatoren', 'de', 2],
  ['Batterien', 'de', 2], ['Legierungen', 'de', 2], ['magents', 'en', 2], ['haevy', 'en', 2],
];
const GENERAL_QUESTIONS: [string, Locale, 0 | 1 | 2][] = [
  ['How many rare earth elements are there?', 'en', 0], ['Wie viele Seltene Erden gibt es?', 'de', 0],
  ['Who produces the most rare earths?', 'en', 0], ['Wer produziert am meisten seltene Erden?', 'de', 0],
  ['Why is mining rare earths so hard?', 'en', 1], ['Warum ist der Abbau Seltener Erden so schwierig?', 'de', 1],
  ['Are rare earths really rare?', 'en', 1], ['Sind Seltene Erden wirklich selten?', 'de', 1],
  ['What are rare earths used for?', 'en', 1], ['Wofür braucht man Seltene Erden?', 'de', 1],
  ['Which rare earths does China control?', 'en', 1], ['Welche Seltenen Erden kontrolliert China?', 'de', 1],
  ['What did Trump and Xi agree in Busan?', 'en', 0], ['Was haben Trump und Xi in Busan vereinbart?', 'de', 0],
  ['When did Trump and Takaichi sign the agreement?', 'en', 1], ['Wann haben Trump und Takaichi das Abkommen unterzeichnet?', 'de', 1],
  ['What happened at APEC?', 'en', 0], ['Was ist beim APEC-Gipfel passiert?', 'de', 1],
  ['Is the export ban suspended?', 'en', 1], ['Sind die Exportkontrollen ausgesetzt?', 'de', 1],
  ['Where is the next APEC summit?', 'en', 2], ['Wo findet der nächste APEC-Gipfel statt?', 'de', 2],
  ["What's the weather?", 'en', 2], ['Wie wird das Wetter morgen?', 'de', 2], ['hello', 'en', 1], ['Hallo', 'de', 1],
  ['What is the 0.1% rule?', 'en', 2], ['Was ist die 0,1-Prozent-Regel?', 'de', 2],
];

/** Every distinct input, in popularity order (the Zipf rank). */
export function buildCorpus(ds: Dataset, seed = CORPUS_SEED): CorpusInput[] {
  const rand = prng(seed);
  const tiers: CorpusInput[][] = [[], [], []];
  const seen = new Set<string>();
  const add = (command: string, args: Record<string, string>, locale: Locale, tier: 0 | 1 | 2, line?: string): void => {
    const clean = Object.fromEntries(Object.entries(args).filter(([, v]) => v.trim() !== ''));
    const text = command === 'digest' ? clean.subcommand ?? '' : Object.values(clean).join(' ');
    const key = `${command}\u0000${locale}\u0000${normaliseInput(line ?? text)}`;
    if (seen.has(key)) return;
    seen.add(key);
    const typed = line ?? (command === 'ask' ? text : `/${command}${text ? ` ${text}` : ''}`);
    tiers[tier]!.push({ command, args: clean, text, line: typed, locale, tier });
  };
  const ask = (q: string, locale: Locale, tier: 0 | 1 | 2): void => add('ask', { question: q }, locale, tier);

  // Countries, biggest figures first: the everyday ones.
  const countries = ds.countries.filter((c) => c.kind === 'country');
  const weight = (id: string): number => Math.max(0, ...(ds.figuresByKey.get(`rare-earths|${id}|reserves`) ?? []).map((f) => Number(f.value) || 0));
  const ranked = [...countries].sort((a, b) => weight(b.id) - weight(a.id));
  const top = new Set(ranked.slice(0, 10).map((c) => c.id));
  for (const measure of ['reserves', 'production'] as const) {
    add(measure, {}, 'en', 0);
    add(measure, {}, 'de', 0);
    for (const c of ranked) {
      const big = top.has(c.id);
      add(measure, { country: c.name.en }, 'en', big ? 0 : 1);
      add(measure, { country: c.name.en.toLowerCase() }, 'en', big ? 0 : 1);
      add(measure, { country: c.name.de }, 'de', big ? 0 : 1);
      add(measure, { country: c.id }, 'en', 2);
      if (c.iso3) add(measure, { country: c.iso3 }, 'en', 2);
      if (c.aliases[0]) add(measure, { country: c.aliases[0] }, 'en', 2);
      if (c.aliases[1]) add(measure, { country: c.aliases[1] }, 'de', 2);
      add(measure, { country: typo(c.name.en.toLowerCase(), rand) }, 'en', 2);
      add(measure, { country: typo(c.name.de.toLowerCase(), rand) }, 'de', 2);
      for (const word of big ? GERMAN_WORDS[measure]! : []) add(measure, { country: c.name.de }, 'de', 1, `${word} ${c.name.de.toLowerCase()}`);
    }
    for (const m of ds.minerals) {
      add(measure, { mineral: m.name.en.toLowerCase() }, 'en', 1, `/${measure} ${m.name.en.toLowerCase()}`);
      add(measure, { mineral: m.name.de }, 'de', 2, `/${measure} ${m.name.de}`);
      const holders = countries.filter((c) => ds.figuresByKey.has(`${m.id}|${c.id}|${measure}`));
      for (const c of holders) {
        add(measure, { country: c.name.en.toLowerCase(), mineral: m.name.en.toLowerCase() }, 'en', m.id === 'rare-earths' ? 2 : 1);
        add(measure, { country: c.name.de, mineral: m.name.de }, 'de', 2);
      }
    }
  }

  for (const e of ds.elements) {
    add('element', { element: e.symbol }, 'en', 0);
    add('element', { element: e.name.en }, 'en', 0);
    add('element', { element: e.name.de }, 'de', 1);
    add('element', { element: e.name.en.toLowerCase() }, 'en', 1);
    add('element', { element: e.symbol.toLowerCase() }, 'en', 2);
    add('element', { element: typo(e.name.en.toLowerCase(), rand) }, 'en', 2);
    if (e.aliases[0]) add('element', { element: e.aliases[0] }, 'de', 2);
    add('element', { element: String(e.z) }, 'en', 2);
  }
  for (const [filter, locale, tier] of ELEMENT_FILTERS) add('elements', { filter }, locale, tier);

  add('summit', {}, 'en', 0);
  add('summit', {}, 'de', 0);
  for (const ev of ds.events) {
    add('summit', { event: ev.id }, 'en', 1);
    add('summit', { event: ev.place.en.split(',').at(-1)!.trim() }, 'en', 1);
    add('summit', { event: ev.place.de.split(',').at(-1)!.trim() }, 'de', 1);
    for (const [i, alias] of ev.aliases.slice(0, 4).entries()) add('summit', { event: alias }, i % 2 ? 'de' : 'en', i ? 2 : 1);
    add('summit', { event: typo(ev.id, rand) }, 'en', 2);
  }
  for (const g of GERMAN_WORDS.summit!) add('summit', { event: 'Busan' }, 'de', 1, `${g} busan`);

  add('events', {}, 'en', 0);
  add('events', {}, 'de', 0);
  for (const locale of ['en', 'de'] as const) {
    for (let m = 0; m < 12; m++) {
      add('events', { from: `${MONTHS[locale][m]} 2025` }, locale, m === 9 ? 0 : 1);
      add('events', { from: `${MONTHS_LONG[locale][m]} 2025` }, locale, 2);
    }
  }
  const dates = [...new Set(ds.events.map((e) => e.date))].sort();
  for (const [i, d] of dates.entries()) {
    const [y, mo, day] = d.split('-');
    add('events', { from: d }, 'en', 1);
    add('events', { from: `${day}.${mo}.${y}` }, 'de', 1);
    if (dates[i + 1]) add('events', { from: d, to: dates[i + 1]! }, 'en', 2);
    if (dates[i + 2]) add('events', { from: `${day}.${mo}.${y}`, to: dates[i + 2]!.split('-').reverse().join('.') }, 'de', 2);
  }
  for (const odd of ['yesterday', '2025-13-01', '31.02.2025', 'next week', '2026']) add('events', { from: odd }, 'en', 2);
  for (const g of GERMAN_WORDS.events!) add('events', { from: 'Okt 2025' }, 'de', 1, `${g} okt 2025`);

  add('sources', {}, 'en', 0);
  add('sources', {}, 'de', 1);
  for (const s of ds.sources) {
    add('sources', { id: s.id }, 'en', 2);
    const words = s.title.split(/\s+/).filter((w) => w.length > 3).slice(0, 2).join(' ');
    if (words) add('sources', { id: words }, 'en', 2);
  }

  add('help', {}, 'en', 0);
  add('help', {}, 'de', 0);
  for (const def of ['reserves', 'production', 'element', 'elements', 'summit', 'events', 'sources', 'ask', 'brief', 'digest', 'help']) {
    add('help', { command: def }, 'en', 1);
    add('help', { command: def }, 'de', 2);
  }
  for (const [cmd, words] of Object.entries(GERMAN_WORDS)) if (cmd !== 'reserves' && cmd !== 'production' && cmd !== 'summit' && cmd !== 'events') add(cmd, {}, 'de', 1, words[0]);

  add('brief', {}, 'en', 1);
  add('brief', {}, 'de', 1);
  for (const sub of ['list', 'status', 'preview']) {
    add('digest', { subcommand: sub }, 'en', 2);
    add('digest', { subcommand: sub }, 'de', 2);
  }

  // Natural questions, from templates over the dataset.
  for (const [q, locale, tier] of GENERAL_QUESTIONS) ask(q, locale, tier);
  for (const c of ranked) {
    const t = top.has(c.id) ? 1 : 2;
    ask(`How large are ${c.name.en}'s reserves?`, 'en', t);
    ask(`How much rare earth does ${c.name.en} produce?`, 'en', 2);
    ask(`Wie groß sind die Reserven von ${c.name.de}?`, 'de', t);
    ask(`Wie viel fördert ${c.name.de}?`, 'de', 2);
    for (const m of ds.minerals.filter((x) => x.id !== 'rare-earths' && ds.figuresByKey.has(`${x.id}|${c.id}|production`))) {
      ask(`How much ${m.name.en.toLowerCase()} does ${c.name.en} mine?`, 'en', 2);
      ask(`Wie viel ${m.name.de} produziert ${c.name.de}?`, 'de', 2);
    }
  }
  for (const e of ds.elements) {
    ask(`What is ${e.name.en} used for?`, 'en', 1);
    ask(`Wofür wird ${e.name.de} verwendet?`, 'de', 1);
    ask(`Is ${e.name.en.toLowerCase()} a heavy rare earth?`, 'en', 2);
    ask(`Ist ${e.name.de} eine schwere Seltene Erde?`, 'de', 2);
  }
  for (const ev of ds.events) {
    const place = ev.place.en.split(',').at(-1)!.trim();
    ask(`What happened in ${place} on ${ev.date}?`, 'en', 2);
    ask(`Was geschah am ${ev.date.split('-').reverse().join('.')} in ${ev.place.de.split(',').at(-1)!.trim()}?`, 'de', 2);
    if (ev.aliases[0]) ask(`What was the ${ev.aliases[0]}?`, 'en', 2);
  }
  for (const f of ds.facts) {
    const en = f.keywords.en[0];
    const de = f.keywords.de[0];
    if (en) ask(`Tell me about ${en}`, 'en', 2);
    if (de) ask(`Was weißt du über ${de}?`, 'de', 2);
  }

  return tiers.flatMap((t) => shuffle(t, rand));
}

/**
 * `length` ranks in [0, n) drawn with P(k) ∝ 1/(k+1)^s from a seeded generator: the mix workload.
 */
export function zipfSequence(n: number, length: number, seed: number, s = ZIPF_S): Uint32Array {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k++) cdf[k] = sum += 1 / (k + 1) ** s;
  const rand = prng(seed);
  const out = new Uint32Array(length);
  for (let i = 0; i < length; i++) {
    const u = rand() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    out[i] = lo;
  }
  return out;
}

/** Each input once, in a seeded order: the distinct workload's round. */
export function distinctSequence(n: number, seed: number): Uint32Array {
  return Uint32Array.from(shuffle(Array.from({ length: n }, (_, i) => i), prng(seed)));
}

/** The corpus' make-up, for the report. */
export function describeCorpus(corpus: readonly CorpusInput[]): Record<string, number> {
  const out: Record<string, number> = { inputs: corpus.length, de: corpus.filter((c) => c.locale === 'de').length };
  for (const c of corpus) out[c.command] = (out[c.command] ?? 0) + 1;
  return out;
}
