// Misspelt attribute and region words ("reservs", "Förderng", "Nordamerkia"): a word of five letters or more that
// neither the vocabulary nor the dataset's texts know, one edit from exactly one attribute's
// word, reads as that word. Names have their own typo matching (src/ask/offline/entities.ts); this
// covers what a question asks about. Edit distance is the one the names use (text-match.ts).
import type { Dataset } from '../../dataset/dataset.js';
import type { Locale } from '../../reply/model.js';
import { editDistance, indexDataset, normalize } from '../../dataset/lookup.js';
import { passageCount, passageWords } from '../offline/retrieve.js';
import { vocabIndex } from './vocab.js';

interface Candidate { word: string; attr: string }

// Per dataset: the attributes' one-word phrases of five letters or more, per language, with their
// attribute, by first letter (a typo keeps it), in the vocabulary's order: a word was compared with
// every candidate's first letter in turn (bench/core-check.ts prof).
const candidatesOf = new WeakMap<Dataset, Record<Locale, Map<string, Candidate[]>>>();

const byFirstLetter = (list: readonly Candidate[]): Map<string, Candidate[]> => {
  const out = new Map<string, Candidate[]>();
  for (const c of list) {
    const same = out.get(c.word[0]!);
    if (same) same.push(c);
    else out.set(c.word[0]!, [c]);
  }
  return out;
};

function candidates(ds: Dataset): Record<Locale, Map<string, Candidate[]>> {
  let c = candidatesOf.get(ds);
  if (!c) {
    const v = vocabIndex(ds).vocabulary;
    const one = (list: readonly string[], attr: string): { word: string; attr: string }[] => list
      .map((w) => normalize(w)).filter((w) => w.length >= 5 && !w.includes(' ')).map((word) => ({ word, attr }));
    // The regions' words too ("Nordamerkia"): a continent asked about is what a question narrows to.
    const of = (lang: Locale): { word: string; attr: string }[] => [
      ...v.attributes.flatMap((a) => one(a.words[lang], a.id)),
      ...Object.entries(v.grammar.regions).flatMap(([id, r]) => one(r.words[lang], `region:${id}`)),
    ];
    candidatesOf.set(ds, (c = { en: byFirstLetter(of('en')), de: byFirstLetter(of('de')) }));
  }
  return c;
}

/** The words with each misspelt attribute word replaced by the word meant; the same array when none is. */
export function correctAttributeTypos(ds: Dataset, words: readonly string[], locale: Locale): readonly string[] {
  const v = vocabIndex(ds);
  let out: string[] | undefined;
  words.forEach((w, i) => {
    if (w.length < 5 || /\d/.test(w) || v.known.has(w) || v.stop.has(w) || passageCount(ds, w, locale) > 0) return;
    // One edit: two would read real words the vocabulary lacks as others ("Anweisungen" as "Anwendungen").
    const budget = 1;
    let best: { word: string; attr: string; d: number } | undefined;
    let tie = false;
    for (const c of candidates(ds)[locale].get(w[0]!) ?? []) {
      if (Math.abs(c.word.length - w.length) > budget) continue;
      // A word of five letters is little evidence: only a letter left out or added, with its first two
      // letters standing ("ouput"), is a typo; "sharp", "tanks", "prize" are words of their own, and
      // "Licht" is not "leicht".
      if (w.length < 6 && (c.word[1] !== w[1] || c.word.length === w.length)) continue;
      const d = editDistance(w, c.word, budget);
      if (d > budget) continue;
      if (!best || d < best.d) { best = { ...c, d }; tie = false; } else if (d === best.d && c.attr !== best.attr) tie = true;
    }
    if (best && !tie) (out ??= [...words])[i] = best.word;
  });
  return out ?? words;
}

/** A word with each run of one letter written once ("tarrif", "tariff" → "tarif"). */
const singled = (w: string): string => w.replace(/(\p{L})\1+/gu, '$1');

// Per dataset and language: the words of the dataset's own texts of six letters or more, by first
// letter, each with its runs of one letter written once (singled): a typed word unknown to the texts
// was compared with every candidate of its letter, and singled each candidate anew (a Unicode
// replace per candidate per word, most of correctTextTypos' CPU; bench/core-check.ts prof).
interface TextWord { word: string; single: string }
const textCandidatesOf = new WeakMap<Dataset, Partial<Record<Locale, Map<string, TextWord[]>>>>();

function textCandidates(ds: Dataset, locale: Locale): Map<string, TextWord[]> {
  let per = textCandidatesOf.get(ds);
  if (!per) textCandidatesOf.set(ds, (per = {}));
  let byLetter = per[locale];
  if (!byLetter) {
    byLetter = new Map();
    for (const w of passageWords(ds, locale)) {
      if (w.length < 6 || /\d/.test(w)) continue;
      const c = { word: w, single: singled(w) };
      const same = byLetter.get(w[0]!);
      if (same) same.push(c);
      else byLetter.set(w[0]!, [c]);
    }
    per[locale] = byLetter;
  }
  return byLetter;
}

/** Whether two words of one length differ only by two neighbouring letters swapped ("resreves", "reserves"). */
function swapped(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * Misspelt words of the dataset's own texts ("tarrif", "Zollsenkng"): a word of six letters or more that
 * neither the vocabulary nor the texts know, two letters swapped or a misplaced double letter away from
 * exactly one word of the texts, reads as that word, so the events and sentences holding it are found. The
 * text with each such word replaced; the same string when none is.
 */
export function correctTextTypos(ds: Dataset, text: string, locale: Locale): string {
  const v = vocabIndex(ds);
  return replaceLongLetterRuns(text, (raw, at) => {
    // A capitalised English word after the first is a name the reader knows ("Google"), not a typo.
    if (locale === 'en' && at > 0 && /^\p{Lu}/u.test(raw)) return raw;
    const w = normalize(raw);
    if (w.length < 6 || v.known.has(w) || v.stop.has(w) || v.synonyms.has(w) || passageCount(ds, w, locale) > 0) return raw;
    // A name of the dataset ("Cambodia") is no typo of a word its texts use ("Cambodian").
    const names = indexDataset(ds);
    if (names.country.phrases.has(w) || names.element.phrases.has(w) || names.mineral.phrases.has(w)) return raw;
    let best: string | undefined;
    let tie = false;
    const single = singled(w);
    for (const { word: c, single: cs } of textCandidates(ds, locale).get(w[0]!) ?? []) {
      if (Math.abs(c.length - w.length) > 1) continue;
      // Two letters swapped or one doubled in the wrong place ("resreves", "tarrif" for "tariff"). Not any
      // other single edit: words one letter apart are often both words ("sending", "spending"; "Einfuhren",
      // "einführten"), and misspelt names and attribute words have their own matching.
      if (cs !== single && !(c.length === w.length && swapped(w, c))) continue;
      if (best === undefined) best = c;
      else if (c !== best) tie = true;
    }
    return best !== undefined && !tie ? best : raw;
  });
}

/** Whether a Latin-1 code unit is a letter as \p{L} reads it: ASCII letters, ª µ º, and À–ÿ but × and ÷. */
const isLatin1Letter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
  || (c >= 0xc0 ? c <= 0xff && c !== 0xd7 && c !== 0xf7 : c === 0xaa || c === 0xb5 || c === 0xba);

/**
 * `text.replace(/\p{L}{6,}/gu, fix)`: every run of six letters or more replaced by what `fix` makes of
 * it (the run and its offset). Latin-1 text (nearly every question) is scanned code unit by code unit:
 * the Unicode pattern's scan was half of correctTextTypos' CPU (bench/core-check.ts prof). Other text
 * goes through the pattern. test/ask/word-scan.test.ts compares both.
 */
export function replaceLongLetterRuns(text: string, fix: (raw: string, at: number) => string): string {
  const n = text.length;
  for (let i = 0; i < n; i++) if (text.charCodeAt(i) > 0xff) return text.replace(/\p{L}{6,}/gu, fix);
  let out = '';
  let from = 0;
  let i = 0;
  while (i < n) {
    if (!isLatin1Letter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isLatin1Letter(text.charCodeAt(j))) j++;
    if (j - i >= 6) {
      out += text.slice(from, i) + fix(text.slice(i, j), i);
      from = j;
    }
    i = j;
  }
  return from === 0 ? text : out + text.slice(from);
}
