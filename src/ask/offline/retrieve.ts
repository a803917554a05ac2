// The retrieval stage: a small full-text index (BM25) over the dataset's own sentences (facts, event
// summaries, outcomes and agreements, element uses and notes, mineral notes), one per language, for
// questions whose attribute is unknown. The sources' notes are passages too: who wrote a text, whose
// figures an article cites, which agency's material a report used are questions about the news. MiniSearch: a maintained, dependency-free BM25 index that
// builds the ~600 sentences here in a few milliseconds and takes our own tokenizer and term
// processing (Snowball stems, accents folded), which is all this needs; Orama does the same with a
// larger API surface and async setup we have no use for.
import MiniSearch from 'minisearch';
import type { Locale } from '../../reply/model.js';
import type { Dataset } from '../../dataset/dataset.js';
import { normalize } from '../../dataset/lookup.js';
import { stem } from '../query/text.js';
import { vocabIndex } from '../query/vocab.js';
import { semicolonItems, splitSentences } from '../query/sentences.js';

export interface Passage {
  id: string;
  kind: 'fact' | 'event' | 'element' | 'mineral' | 'source';
  /** Record id (fact id, event id, element symbol, mineral id). */
  ref: string;
  /** The sentence as the reader sees it. */
  text: string;
  /** Words that place the sentence (event title, element name): searched with a lower weight. */
  context: string;
  sources: string[];
}

export interface Hit {
  passage: Passage;
  score: number;
  /** Stemmed query terms the passage matched. */
  terms: string[];
}

/** Sentences, and the items of a list within one ("…; sich ergänzende Lagerhaltung."): each is a passage. */
const passagesOf = (ds: Dataset, text: string): string[] =>
  splitSentences(ds, text).flatMap((s) => semicolonItems(s)).map((s) => s.trim()).filter((s) => s.length > 12);

interface Built {
  index: MiniSearch<Passage>;
  byId: Map<string, Passage>;
  /** Stem → how many passages hold it in their text. */
  df: Map<string, number>;
  /** Words the texts write only capitalised inside a sentence (normalised): names of projects, places, people. */
  names: Set<string>;
  /** The words of the sources' publishers ("zdf", "afp"), normalised. */
  publishers: Set<string>;
  /** Record id → its passages. */
  byRef: Map<string, Passage[]>;
  /** The passages' words of three letters or more, normalised, function words left out. */
  words: Set<string>;
}

const cache = new WeakMap<Dataset, Record<Locale, Built>>();

// Each passage's text and context normalised, made with the index: the retrieval's subject filter
// read them for every candidate passage of every question naming a country (input-cost.test.ts).
const normalisedText = new WeakMap<Passage, string>();

/** normalize(`${text} ${context}`) of a passage of the index. */
export function passageNormalised(x: Passage): string {
  return normalisedText.get(x) ?? normalize(`${x.text} ${x.context}`);
}

function build(ds: Dataset, lang: Locale): Built {
  // A publisher's acronym ("ZDF") is no topic word to the parser, but it is what a question about a
  // source's note names: the index keeps it.
  const publishers = new Set(ds.sources.flatMap((x) => normalize(x.publisher).split(' ')));
  const vocabStop = vocabIndex(ds).stop;
  const stop = new Set([...vocabStop].filter((w) => !publishers.has(w)));
  const passages: Passage[] = [];
  const add = (kind: Passage['kind'], ref: string, text: string, context: string, sources: readonly string[]): void => {
    for (const s of passagesOf(ds, text)) passages.push({ id: `${kind}:${ref}:${passages.length}`, kind, ref, text: s, context, sources: [...sources] });
  };
  for (const f of ds.facts) add('fact', f.id, f.text[lang], [...f.keywords.en, ...f.keywords.de].join(' '), f.sources);
  for (const e of ds.events) {
    const context = [e.title[lang], e.place[lang], ...e.participants, ...e.aliases].join(' ');
    for (const part of [e.summary, e.outcome, e.agreed]) if (part) add('event', e.id, part[lang], context, e.sources);
  }
  for (const el of ds.elements) {
    const context = [el.name.en, el.name.de, el.symbol, ...el.aliases].join(' ');
    passages.push({ id: `element:${el.symbol}:uses`, kind: 'element', ref: el.symbol, text: `${el.name[lang]}: ${el.uses[lang].join('; ')}`, context, sources: [...el.sources] });
    if (el.note) add('element', el.symbol, el.note[lang], context, el.sources);
  }
  for (const m of ds.minerals) if (m.note) add('mineral', m.id, m.note[lang], [m.name.en, m.name.de, ...m.aliases].join(' '), m.sources);
  // A note's sentences whole: its ";" parts say who wrote it and what it holds only together.
  for (const src of ds.sources) {
    if (!src.note) continue;
    for (const text of splitSentences(ds, src.note[lang]).map((x) => x.trim()).filter((x) => x.length > 12)) {
      passages.push({ id: `source:${src.id}:${passages.length}`, kind: 'source', ref: src.id, text, context: `${src.publisher} ${src.title}`, sources: [src.id] });
    }
  }
  for (const x of passages) normalisedText.set(x, normalize(`${x.text} ${x.context}`));
  const index = new MiniSearch<Passage>({
    fields: ['text', 'context'],
    storeFields: [],
    tokenize: (text) => normalize(text).split(' '),
    processTerm: (term) => (term.length < 2 || stop.has(term) ? null : stem(term, lang)),
    // A number in the question ("No. 56") identifies; it outweighs a word the passages share.
    searchOptions: { boost: { text: 2 }, combineWith: 'OR', boostTerm: (term) => (/^\d+$/.test(term) ? 3 : 1) },
  });
  index.addAll(passages);
  const df = new Map<string, number>();
  const words = new Set<string>();
  for (const p of passages) {
    const own = normalize(p.text).split(' ').filter((w) => w.length >= 2 && !stop.has(w));
    for (const w of own) if (w.length >= 3) words.add(w);
    for (const t of new Set(own.map((w) => stem(w, lang)))) df.set(t, (df.get(t) ?? 0) + 1);
  }
// A publication's name in a source note ("Financial Times") places no question about the news.
  const byRef = new Map<string, Passage[]>();
  for (const p of passages) {
    const list = byRef.get(p.ref);
    if (list) list.push(p);
    else byRef.set(p.ref, [p]);
  }
  return { index, byId: new Map(passages.map((p) => [p.id, p])), df, names: nameWords(passages.filter((p) => p.kind !== 'source').map((p) => p.text)), publishers, byRef, words };
}

/** Words never written in lower case and written capitalised somewhere past a sentence's first word. */
function nameWords(texts: readonly string[]): Set<string> {
  const upper = new Set<string>();
  const lower = new Set<string>();
  for (const t of texts) {
    t.split(/[\s\-–—/]+/).forEach((raw, i) => {
      const w = raw.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
      if (!w) return;
      if (/^\p{Ll}/u.test(w)) lower.add(normalize(w));
      else if (i > 0 && /^\p{Lu}/u.test(w)) upper.add(normalize(w));
    });
  }
  return new Set([...upper].filter((w) => !lower.has(w) && !w.includes(' ')));
}

function indexFor(ds: Dataset, lang: Locale): Built {
  let per = cache.get(ds);
  if (!per) cache.set(ds, (per = { en: build(ds, 'en'), de: build(ds, 'de') }));
  return per[lang];
}

/**
 * Passages for a question's words, best first (BM25), in the question's language. Terms in `prefix`
 * (stems) also match the longer words they begin: a reader's short form of a word the texts use
 * in full or inside a compound ("soy" ~ "soybeans", "Soja" ~ "Sojabohnen").
 */
export function retrieve(ds: Dataset, words: readonly string[], lang: Locale, filter?: (p: Passage) => boolean, limit = 5, prefix?: ReadonlySet<string>): Hit[] {
  const { index, byId } = indexFor(ds, lang);
  const query = words.join(' ');
  if (!query.trim()) return [];
  return index.search(query, {
    ...(filter ? { filter: (r) => filter(byId.get(r.id as string)!) } : {}),
    ...(prefix?.size ? { prefix: (term: string) => term.length >= 3 && prefix.has(term) } : {}),
  })
    .slice(0, limit)
    .map((r) => ({ passage: byId.get(r.id as string)!, score: r.score, terms: r.queryTerms }));
}

/** The passages of one record (fact id, event id, element symbol, mineral id), whatever their kind. */
export function recordPassages(ds: Dataset, ref: string, lang: Locale): readonly Passage[] {
  return indexFor(ds, lang).byRef.get(ref) ?? [];
}

/** The words the passages of a language write (normalised, three letters or more, no function words). */
export function passageWords(ds: Dataset, lang: Locale): ReadonlySet<string> {
  return indexFor(ds, lang).words;
}

/** Passages a word's stem stands in (0 when none): a rare one names something particular. */
export function passageCount(ds: Dataset, word: string, lang: Locale): number {
  return indexFor(ds, lang).df.get(stem(word, lang)) ?? 0;
}

/** Whether the English texts use a word only as a name ("Wagerup", "EXIM", "Takaichi"; not "Mountain Pass"'s "pass"). */
export function isNameWord(ds: Dataset, word: string): boolean {
  return indexFor(ds, 'en').names.has(word);
}

/** The words of the sources' publishers ("zdf"): function words to the parser, names of a source here. */
export function publisherWords(ds: Dataset): ReadonlySet<string> {
  return indexFor(ds, 'en').publishers;
}

/** The stems retrieval uses for a word (to compare a question's unknown words with a hit's terms). */
export const termOf = (w: string, lang: Locale): string => stem(w, lang);

const publisherStems = new WeakMap<Dataset, Partial<Record<Locale, Set<string>>>>();
/** Whether a term (a stem) is one of a source publisher's words ("times" of "The Japan Times"). */
export function publisherTerm(ds: Dataset, term: string, lang: Locale): boolean {
  let per = publisherStems.get(ds);
  if (!per) publisherStems.set(ds, (per = {}));
  return (per[lang] ??= new Set([...publisherWords(ds)].map((w) => stem(w, lang)))).has(term);
}
