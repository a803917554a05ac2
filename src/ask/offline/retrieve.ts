// The retrieval stage: a small full-text index (BM25) over the dataset's own sentences (facts, event
// summaries, outcomes and agreements, element uses and notes, mineral notes), one per language, for
// questions whose attribute is unknown. MiniSearch: a maintained, dependency-free BM25 index that
// builds the ~600 sentences here in a few milliseconds and takes our own tokenizer and term
// processing (Snowball stems, accents folded), which is all this needs; Orama does the same with a
// larger API surface and async setup we have no use for.
import MiniSearch from 'minisearch';
import type { Locale } from '../../reply/model.js';
import type { Dataset } from '../../dataset/dataset.js';
import { normalize } from '../../dataset/lookup.js';
import { stem } from '../query/text.js';
import { vocabIndex } from '../query/vocab.js';
import { splitSentences } from '../query/sentences.js';

export interface Passage {
  id: string;
  kind: 'fact' | 'event' | 'element' | 'mineral';
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
  splitSentences(ds, text).flatMap((s) => s.split(/;\s+/)).map((s) => s.trim()).filter((s) => s.length > 12);

const cache = new WeakMap<Dataset, Record<Locale, { index: MiniSearch<Passage>; byId: Map<string, Passage> }>>();

function build(ds: Dataset, lang: Locale): { index: MiniSearch<Passage>; byId: Map<string, Passage> } {
  const stop = vocabIndex(ds).stop;
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
  const index = new MiniSearch<Passage>({
    fields: ['text', 'context'],
    storeFields: [],
    tokenize: (text) => normalize(text).split(' '),
    processTerm: (term) => (term.length < 2 || stop.has(term) ? null : stem(term, lang)),
    // A number in the question ("No. 56") identifies; it outweighs a word the passages share.
    searchOptions: { boost: { text: 2 }, combineWith: 'OR', boostTerm: (term) => (/^\d+$/.test(term) ? 3 : 1) },
  });
  index.addAll(passages);
  return { index, byId: new Map(passages.map((p) => [p.id, p])) };
}

function indexFor(ds: Dataset, lang: Locale): { index: MiniSearch<Passage>; byId: Map<string, Passage> } {
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

/** The stems retrieval uses for a word (to compare a question's unknown words with a hit's terms). */
export const termOf = (w: string, lang: Locale): string => stem(w, lang);
