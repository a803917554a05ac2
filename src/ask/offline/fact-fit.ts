// Whether a fact answers the question's own subjects: a fact about gallium never answers a
// rare-earth question, the US import figures never answer one about Germany, and a price list
// without samarium never answers "the price of samarium". A fact that does not fit gives way to an
// honest "the dataset has no figure for that", never to a neighbouring figure.
import type { Dataset } from '../../dataset/dataset.js';
import type { Country, Fact } from '../../dataset/schema.js';
import type { CommandContext } from '../../commands/types.js';
import { defaultMineral } from '../../commands/figure-answer.js';
import { normalize } from '../../dataset/lookup.js';
import { stem, withoutEditions } from '../query/text.js';
import { splitSentences } from '../query/sentences.js';
import { vocabIndex } from '../query/vocab.js';
import type { AttributeHit, ParsedQuery } from '../query/types.js';
import { matchedWords } from '../query/matched-words.js';

// A fact's two texts normalised as one, kept per fact: every question with a fact attribute tested
// each candidate fact's texts anew (bench/core.ts, --cpu-prof). `padded` has a space at each end,
// for whole-word tests.
const factTexts = new WeakMap<Fact, { text: string; padded: string }>();

/** normalize(`${f.text.en} ${f.text.de}`), computed once per fact. */
export function factText(f: Fact): { text: string; padded: string } {
  let t = factTexts.get(f);
  if (!t) {
    const text = normalize(`${f.text.en} ${f.text.de}`);
    factTexts.set(f, (t = { text, padded: ` ${text} ` }));
  }
  return t;
}

const mentions = (padded: string, names: readonly string[]): boolean => names.some((n) => n.length > 2 && padded.includes(` ${normalize(n)} `));

// The country a fact's topic names ("usa" → US), per fact.
const owners = new WeakMap<Fact, Country | null>();

// A country's names and aliases as normalised word arrays, per country.
const countryNames = new WeakMap<Country, string[][]>();
function nameWords(c: Country): string[][] {
  let out = countryNames.get(c);
  if (!out) countryNames.set(c, (out = [c.name.en, c.name.de, ...c.aliases].map((n) => normalize(n).split(' ')).filter((n) => n[0]!.length > 1)));
  return out;
}

function ownerOf(ds: Dataset, f: Fact): Country | undefined {
  let o = owners.get(f);
  if (o === undefined) {
    const topic = normalize(f.topic);
    owners.set(f, (o = ds.countries.find((c) => c.kind !== 'aggregate' && [c.id, c.iso3, c.name.en, c.name.de, ...c.aliases].some((n) => n !== undefined && normalize(n) === topic)) ?? null));
  }
  return o ?? undefined;
}

/**
 * "What share of Japan's imports come from China?" of the US import sources: a country the fact lists
 * with a figure of its own ("Japan 6%"), named by the question other than as a source ("from China",
 * "aus dem Kongo"), is whose figures are asked, not an item of the list. Only where the question does
 * not name the fact's own country, and only of names as typed (an adjective, "Chinese imports", says
 * nothing either way).
 */
function othersFigures(ctx: CommandContext, p: ParsedQuery, f: Fact): boolean {
  const owner = ownerOf(ctx.dataset, f);
  const s = p.subjects.countries;
  if (!owner || !s.length || s.some((c) => c.id === owner.id)) return false;
  const v = vocabIndex(ctx.dataset);
  const w = p.words;
  const text = factText(f).padded;
  return s.some((c) => {
    if (c.kind === 'aggregate') return false;
    const names = nameWords(c);
    const listed = names.some((n) => {
      const name = ` ${n.join(' ')} `;
      const at = text.indexOf(name);
      return at >= 0 && /\d/.test(text[at + name.length] ?? '');
    });
    if (!listed) return false;
    for (let i = 0; i < w.length; i++) {
      const n = names.find((x) => x.every((part, k) => w[i + k] === part));
      if (!n) continue;
      // The origin word right before the name, or before one function word ("from the US", "aus dem Kongo").
      const from = (j: number): boolean => j >= 0 && v.originWords.includes(w[j]!);
      if (!(from(i - 1) || (v.stop.has(w[i - 1] ?? '') && from(i - 2)))) return true;
      i += n.length - 1;
    }
    return false;
  });
}

/** The fact is about every country, mineral and element the question names (by its ids or its text). */
export function coversSubjects(ctx: CommandContext, p: ParsedQuery, f: Fact): boolean {
  const s = p.subjects;
  if (othersFigures(ctx, p, f)) return false;
  const text = factText(f).padded;
  const countryOk = s.countries.every((c) => c.kind === 'aggregate' || f.countries.includes(c.id) || mentions(text, [c.name.en, c.name.de, ...c.aliases]));
  const elementOk = s.elements.every((e) => f.elements.includes(e.symbol) || mentions(text, [e.name.en, e.name.de]));
  // No mineral named: the default one (rare earths) is meant, unless the question names elements only.
  const def = defaultMineral(ctx.dataset);
  const asked = s.minerals.length ? s.minerals : def ? [def] : [];
  const mineralOk = f.minerals.length
    ? asked.some((m) => f.minerals.includes(m.id))
    : s.minerals.every((m) => m.id === def?.id || mentions(text, [m.name.en, m.name.de, ...m.aliases]));
  return countryOk && elementOk && mineralOk;
}

/**
 * For an attribute marked `exact` (a price): the question's words beyond the attribute and the
 * subjects' names that the fact does not hold ("the price of an NdFeB magnet": "magnet").
 */
export function missingWords(ctx: CommandContext, p: ParsedQuery, f: Fact, hit: AttributeHit): string[] {
  if (!hit.attribute.exact) return [];
  const held = new Set(normalize([f.text.en, f.text.de, ...f.keywords.en, ...f.keywords.de].join(' ')).split(' ').flatMap((w) => [stem(w, 'en'), stem(w, 'de'), w]));
  // Only the asked attribute's own words are explained by it: "Kupferpreis" leaves "Kupfer" unexplained.
  const asked = new Set(matchedWords([hit]));
  // Names only, not aliases: "NdFeB magnet" names neodymium, but a magnet's price is not neodymium's.
  const names = new Set([...p.subjects.countries, ...p.subjects.minerals, ...p.subjects.elements]
    .flatMap((x) => [x.name.en, x.name.de]).flatMap((n) => normalize(n).split(' ')));
  // A German word the fact holds as the last part of a compound ("Schnitt" in "Durchschnittspreise").
  const long = [...held].filter((h) => h.length > 8);
  const inCompound = (w: string): boolean => w.length >= 5 && long.some((h) => h.length > w.length + 3 && h.includes(w));
  // A German verb of a statement ("Europiumoxid lag 2024 über …") names no thing the fact must hold.
  const verbs = vocabIndex(ctx.dataset).verbsFirst;
  // Nor does a function word ("during 2025").
  const fn = vocabIndex(ctx.dataset).functionWords[ctx.locale];
  const missing = p.content.filter((w) => !asked.has(w) && !names.has(w) && !verbs.has(w) && !fn.has(w) && !held.has(w) && !held.has(stem(w, 'en')) && !held.has(stem(w, 'de')) && !inCompound(w));
  // An asked year must stand in a sentence naming the asked element ("dysprosium oxide in 2025": only neodymium has a 2025 price).
  const year = p.time?.kind === 'year' ? p.time.start.slice(0, 4) : undefined;
  if (year && p.subjects.elements.length) {
    const sentences = [f.text.en, f.text.de].flatMap((x) => splitSentences(ctx.dataset, x)).map((x) => withoutEditions(normalize(x)));
    const names = p.subjects.elements.flatMap((e) => [e.name.en, e.name.de].map((n) => normalize(n)));
    if (!sentences.some((x) => x.includes(year) && names.some((n) => x.includes(n)))) missing.push(year);
  }
  return missing;
}

/**
 * A fact whose topic the question names as a word the vocabulary does not know and no table holds
 * ("germanium reserves"): that commodity's own fact (which says what USGS publishes), never the
 * default mineral's figure.
 */
export function topicFact(ctx: CommandContext, p: ParsedQuery): Fact | undefined {
  return topics(ctx.dataset).find((t) => p.words.includes(t.topic))?.fact;
}

/** Whether a word is the topic word of a topic fact ("germanium"). */
export function isTopicWord(ds: Dataset, w: string): boolean {
  return topics(ds).some((t) => t.topic === w);
}

// The facts that may be a topic fact, in dataset order, with their topic word: which ones depends on
// the dataset alone, and building the set of taken names per question was a twentieth of an uncached
// answer's CPU (bench/core.ts, --cpu-prof).
const topicsOf = new WeakMap<Dataset, { fact: Fact; topic: string }[]>();

// The lookup apart from the build, whose closure made V8 allocate a context on every call.
function topics(ds: Dataset): { fact: Fact; topic: string }[] {
  return topicsOf.get(ds) ?? buildTopics(ds);
}

function buildTopics(ds: Dataset): { fact: Fact; topic: string }[] {
  const v = vocabIndex(ds);
  const taken = new Set([...ds.countries, ...ds.minerals].flatMap((x) => [x.id, x.name.en, x.name.de, ...x.aliases]).map((n) => normalize(n)));
  const list = ds.facts.map((fact) => ({ fact, topic: normalize(fact.topic) }))
    .filter(({ topic }) => !topic.includes(' ') && !v.known.has(topic) && !v.stop.has(topic) && !taken.has(topic));
  topicsOf.set(ds, list);
  return list;
}
