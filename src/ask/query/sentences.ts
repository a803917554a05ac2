// Sentences of a dataset text, for leads and retrieval passages. Intl.Segmenter (ICU's sentence
// rules, built into Node) already keeps "No. 70" and "i.e. by" whole; it still breaks after a
// German ordinal before a month ("ab 1. Dezember 2025") and after abbreviations followed by a
// capital ("550 Mrd. Dollar") or a noun ("zum 250. Jahrestag"), which cut figures and dates off their
// sentence. Those are joined back: ordinals by the month names (from Intl, as in time.ts) or by the
// article before them, abbreviations and articles from data/vocabulary.yaml (grammar.abbreviations,
// grammar.ordinal_before), so no word list lives here.
import type { Dataset } from '../../dataset/dataset.js';
import { normalize } from '../../dataset/lookup.js';
import { isDatasetText, rememberDatasetTexts } from '../../dataset/text-match.js';
import { isMonthWord, isShortMonthWord } from './time.js';
import { vocabIndex } from './vocab.js';

const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Whether a segment ending here must not end a sentence before `next`. */
function glued(prev: string, next: string, abbreviations: ReadonlySet<string>, ordinalBefore: ReadonlySet<string>): boolean {
  const tail = prev.trimEnd();
  if (!tail.endsWith('.')) return false;
  const nextWord = normalize(next.trimStart().split(/\s+/)[0] ?? '');
  // "1. Dezember", "(30. Oktober)": a German ordinal day before a month name.
  // So is one before a month's short name as the replies write dates ("1. Nov. 2025").
  if (/(?:^|[\s(„“"])\d{1,2}\.$/.test(tail) && (isMonthWord(nextWord) || (isShortMonthWord(nextWord) && /^\s*\p{L}+\./u.test(next)))) return true;
  // "zum 250. Jahrestag", "beim 47. ASEAN-Gipfel": a number after an article is an ordinal; no
  // sentence ends "zum 250." (but one may end "lag bei 12.").
  const before = /(?:^|[\s(„“"])([\p{L}]+)\s+\d{1,3}\.$/u.exec(tail)?.[1];
  if (before !== undefined && ordinalBefore.has(normalize(before))) return true;
  const last = /(?:^|[\s(„“"])([\p{L}.]+)\.$/u.exec(tail)?.[1];
  if (last === undefined) return false;
  // A single letter is an initial or part of "z. B." / "u. a.", never a sentence's last word.
  return last.length === 1 || abbreviations.has(normalize(last.replace(/\./g, ' ')).replace(/ /g, ''));
}

// The dataset's own texts are split once per dataset (ICU's segmenter is slow, and answers read the
// same facts and event summaries again and again); any other text is split every time.
const splitTexts = new WeakMap<Dataset, Map<string, string[]>>();

/** The sentences of a text (trimmed, none empty; shared and frozen for the dataset's texts). */
export function splitSentences(ds: Dataset, text: string): string[] {
  if (!isDatasetText(text)) return splitUncached(ds, text);
  let texts = splitTexts.get(ds);
  if (!texts) splitTexts.set(ds, (texts = new Map()));
  let list = texts.get(text);
  if (!list) {
    texts.set(text, (list = Object.freeze(splitUncached(ds, text)) as string[]));
    // A sentence of a dataset text is a dataset text too: answers normalise them one by one.
    rememberDatasetTexts(list);
  }
  return list;
}

function splitUncached(ds: Dataset, text: string): string[] {
  const { abbreviations, ordinalBefore } = vocabIndex(ds);
  const out: string[] = [];
  for (const { segment } of SEGMENTER.segment(text)) {
    const prev = out.at(-1);
    if (prev !== undefined && glued(prev, segment, abbreviations, ordinalBefore)) out[out.length - 1] = `${prev}${segment}`;
    else out.push(segment);
  }
  const list = out.map((s) => s.trim()).filter(Boolean);
  return list.length ? list : [text.trim()];
}

/**
 * The items of a ";" list in a sentence; a ";" inside parentheses separates notes on one item
 * ("(up to 10% of global gallium; Pentagon-backed)"), not items, and a cut there would lead with half a note.
 */
export function semicolonItems(sentence: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0 && /\s/.test(sentence[i + 1] ?? '')) {
      items.push(sentence.slice(start, i));
      start = i + 1;
      while (/\s/.test(sentence[start] ?? '')) start++;
    }
  }
  items.push(sentence.slice(start));
  return items;
}
