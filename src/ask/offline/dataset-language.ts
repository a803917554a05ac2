// English or German, when the marker-word vote (language.ts) finds no signal: "Russlands
// Seltenerdreserven", "Kobaltreserven Chinas?", "Europium Verwendung" hold no function word, only
// the beat's own nouns. The dataset names each of those in both languages (country, element and
// mineral names, the vocabulary's words), so a word it holds in one language only, or a German
// compound of its parts, or a German genitive of its names, votes for that language.
import type { Locale } from '../../reply/model.js';
import type { Dataset } from '../../dataset/dataset.js';
import { normalize } from '../../dataset/lookup.js';
import { compoundParts } from '../query/word-table.js';
import { vocabIndex } from '../query/vocab.js';
import { languageScores } from './language.js';

interface LanguageWords {
  de: Set<string>;
  en: Set<string>;
}

const cache = new WeakMap<Dataset, LanguageWords>();

/** Every word of every { en, de } pair of lists or texts in a value, per language. */
function collect(value: unknown, out: LanguageWords, depth = 0): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const x of value) collect(x, out, depth + 1);
    return;
  }
  const o = value as Record<string, unknown>;
  for (const lang of ['en', 'de'] as const) {
    const side = o[lang];
    const texts = typeof side === 'string' ? [side] : Array.isArray(side) ? side.filter((x): x is string => typeof x === 'string') : [];
    // Only names and word lists: a sentence's words are shared by too many of both languages' texts.
    for (const t of texts) if (t.split(' ').length <= 4) for (const w of normalize(t).split(' ')) if (w.length >= 3 && !/\d/.test(w)) out[lang].add(w);
  }
  for (const [k, x] of Object.entries(o)) if (k !== 'en' && k !== 'de') collect(x, out, depth + 1);
}

function languageWords(ds: Dataset): LanguageWords {
  let lw = cache.get(ds);
  if (lw) return lw;
  const all: LanguageWords = { de: new Set(), en: new Set() };
  collect(ds.vocabulary, all);
  // German adjectives are kept as stems ("russisch"), read with the endings readers add (grammar.adjective_endings).
  const endings = ['', ...(ds.vocabulary?.grammar.adjective_endings ?? [])];
  for (const c of ds.countries) {
    collect(c.name, all);
    if (c.adjectives) collect({ en: c.adjectives.en, de: c.adjectives.de.flatMap((a) => endings.map((e) => a + e)) }, all);
  }
  for (const m of ds.minerals) collect(m.name, all);
  for (const e of ds.elements) collect(e.name, all);
  // A word both languages use ("China", "Gallium", "top") says nothing.
  lw = { de: new Set([...all.de].filter((w) => !all.en.has(w))), en: new Set([...all.en].filter((w) => !all.de.has(w))) };
  cache.set(ds, lw);
  return lw;
}

/** The language the dataset's own words of a text point to, or undefined when they point nowhere or both ways alike. */
export function datasetLanguage(text: string, ds: Dataset): Locale | undefined {
  const lw = languageWords(ds);
  const v = vocabIndex(ds);
  let de = 0;
  let en = 0;
  for (const w of normalize(text.slice(0, 500)).split(' ')) {
    if (lw.de.has(w)) de++;
    else if (lw.en.has(w)) en++;
    // "Russlands", "Chinas": a German genitive of a German name ("China's" loses its 's in normalize).
    else if (w.endsWith('s') && lw.de.has(w.slice(0, -1))) de++;
    else {
      // "Seltenerdreserven", "Galliumproduktion": a compound of the dataset's parts is German.
      const parts = compoundParts(w, v.parts, v.heads);
      if (parts && parts.length >= 2) de++;
    }
  }
  if (de === en) return undefined;
  return de > en ? 'de' : 'en';
}

/**
 * The language of a question whose caller gave none: the marker words' vote when it is clear, else
 * the dataset's words ("Traf Trump Xi in Japan?": one weak "in" is no English).
 */
export function questionLanguage(text: string, ds: Dataset): Locale | undefined {
  const s = languageScores(text);
  if (s && Math.abs(s.de - s.en) >= 1) return s.de > s.en ? 'de' : 'en';
  return datasetLanguage(text, ds) ?? (s && s.de !== s.en ? (s.de > s.en ? 'de' : 'en') : undefined);
}
