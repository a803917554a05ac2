// Answer-cache keys for the model path: the same question, on the same dataset version and in the
// same language, is answered once by the model and then from memory (a BoundedCache, so a
// long-running bot never grows and a stale answer never outlives its TTL).
import type { Locale } from '../reply/model.js';

/** Lower case, no diacritics, no punctuation or mention markup, single spaces. */
export function normaliseQuestion(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/<[@#!][^>]*>/g, ' ')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function cacheKey(question: string, datasetVersion: string, locale: Locale): string {
  return `${datasetVersion}\u0000${locale}\u0000${normaliseQuestion(question)}`;
}
