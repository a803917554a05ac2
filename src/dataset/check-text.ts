// Text-level rules of the data check: aliases that would make lookups ambiguous, and text that could
// ping a channel once rendered on Slack or Discord.
import type { PathPart } from './errors.js';

export interface Issue {
  file: string;
  at: PathPart[];
  reason: string;
}

/** Case, diacritics and punctuation do not tell two names apart for a user typing them. */
export function normaliseName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Named {
  key: string;
  names: { text: string; at: PathPart[] }[];
}

/**
 * Reports a name or alias that also names a different entry of the same collection: a lookup would
 * have to guess between them. Repeats within one entry are harmless and allowed.
 */
export function aliasCollisions(file: string, what: string, entries: Named[]): Issue[] {
  const owner = new Map<string, string>();
  const issues: Issue[] = [];
  for (const entry of entries) {
    for (const name of entry.names) {
      const n = normaliseName(name.text);
      if (n === '') continue;
      const prev = owner.get(n);
      if (prev === undefined) owner.set(n, entry.key);
      else if (prev !== entry.key) {
        issues.push({ file, at: name.at, reason: `alias "${name.text}" also names ${what} "${prev}"; lookups would be ambiguous` });
      }
    }
  }
  return issues;
}

// Slack: <!channel>, <!here>, <@U…>, <#C…>; Discord: @everyone, @here, <@…>, <@&…>, <#…>.
const MENTION = /@(?:everyone|here)\b|<[!@#]/i;

/** Every string anywhere in `value`, with its path. */
export function findMentions(file: string, base: PathPart[], value: unknown): Issue[] {
  const issues: Issue[] = [];
  const walk = (v: unknown, at: PathPart[]): void => {
    if (typeof v === 'string') {
      const m = MENTION.exec(v);
      if (m) issues.push({ file, at, reason: `text contains "${m[0]}", which could ping users or channels; rephrase it` });
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, [...at, i]));
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(x, [...at, k]);
    }
  };
  walk(value, base);
  return issues;
}

/** Edit distance counting a swap of two neighbours as one edit (optimal string alignment). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** ` (did you mean "x"?)` for the nearest known id, or nothing when none is close. */
export function suggest(value: string, known: Iterable<string>): string {
  const v = value.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(v, k.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  // Short codes (CN, Nd) are too close to each other for typo guesses: only a case slip counts.
  const limit = value.length <= 3 ? 0 : Math.max(1, Math.floor(value.length / 3));
  return best !== undefined && bestD <= limit ? ` (did you mean "${best}"?)` : '';
}
