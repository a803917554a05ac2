// The code check behind "the model may state only what the tool results contain": every figure
// and date in the answer must appear in that turn's tool results. A sentence with an unsupported
// one is removed; the caller falls back to the deterministic reply when too little survives.
import type { Locale } from '../../reply/model.js';
import { extractClaims, type Evidence } from './claims.js';

// Abbreviations that end in a full stop without ending a sentence.
const ABBREV = /(?:^|[\s(])(?:U\.S|U\.K|U\.N|No|Nr|Dr|Mr|Mrs|Ms|St|vs|approx|ca|e\.g|i\.e|z\.\s?B|bzw|Mio|Mrd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Okt|Nov|Dec|Dez|Jr|Inc|Ltd|Co)\.$/i;

/** Paragraphs (by line) of sentences. */
export function splitSentences(text: string): string[][] {
  return text
    .split(/\r?\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const pieces = line.split(/(?<=[.!?…])\s+(?=[\p{Lu}"„“'(•*–-])/u);
      const out: string[] = [];
      for (const p of pieces) {
        const prev = out.at(-1);
        if (prev !== undefined && ABBREV.test(prev)) out[out.length - 1] = `${prev} ${p}`;
        else out.push(p);
      }
      return out;
    });
}

export interface CheckedAnswer {
  /** Surviving paragraphs. */
  paragraphs: string[];
  removed: string[];
  /** Sentences in the original answer. */
  sentences: number;
  /** Figures and dates that survived (all supported). */
  supportedClaims: number;
  /** Figures and dates that were not in any tool result (their sentences were removed). */
  unsupportedClaims: string[];
  /** Indices of the evidence items that supported at least one surviving claim. */
  usedEvidence: Set<number>;
}

export function checkAnswer(answer: string, evidence: readonly Evidence[], locale: Locale): CheckedAnswer {
  const result: CheckedAnswer = { paragraphs: [], removed: [], sentences: 0, supportedClaims: 0, unsupportedClaims: [], usedEvidence: new Set() };
  for (const para of splitSentences(answer)) {
    const kept: string[] = [];
    for (const sentence of para) {
      result.sentences++;
      const claims = extractClaims(sentence, locale);
      const support = claims.map((c) => evidence.flatMap((ev, i) => (ev.supports(c) ? [i] : [])));
      const bad = claims.filter((_, i) => support[i]!.length === 0);
      if (bad.length) {
        result.removed.push(sentence);
        result.unsupportedClaims.push(...bad.map((c) => c.text));
        continue;
      }
      kept.push(sentence);
      result.supportedClaims += claims.length;
      for (const s of support) for (const i of s) result.usedEvidence.add(i);
    }
    if (kept.length) result.paragraphs.push(kept.join(' '));
  }
  return result;
}

/** Unsupported figures left in a final text (0 after checking; the eval and bench recount it). */
export function countUnsupported(text: string, evidence: readonly Evidence[], locale: Locale): number {
  return extractClaims(text, locale).filter((c) => !evidence.some((ev) => ev.supports(c))).length;
}
