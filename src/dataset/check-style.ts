// The reader-facing style rules of `lodestone data check`. Everything in data/ that is not an id, a
// reference or a search word ends up in an answer, so it must read like copy a newsroom would
// print: no back-office words, both languages really translated, and only one source tier that may
// stand alone. Errors block a dataset; warnings (sources without a date, links to a front page) are
// printed by the check but do not stop the bot.
import type { PathPart } from './errors.js';
import type { RawDataset } from './schema.js';
import { DATASET_FILES } from './schema.js';
import type { Issue } from './check-text.js';

const F = DATASET_FILES;

// Fields that readers never see: ids, references to other entries, search vocabulary, codes.
const NOT_SHOWN = new Set([
  'id', 'sources', 'source', 'keywords', 'aliases', 'adjectives', 'countries', 'minerals', 'elements', 'events', 'url',
  'corrects', 'measure', 'kind', 'language', 'confidence', 'mark', 'qualifier', 'symbol', 'class', 'topic',
  'mineral', 'country', 'iso3', 'place_country',
]);

// Words from the team's back office: the fact sheet, its section marks and test material.
const INTERNAL: { re: RegExp; word: string }[] = [
  { re: /\bseed\b/i, word: 'seed' },
  { re: /\bAusgangsartikel/i, word: 'Ausgangsartikel' },
  { re: /\bfixtures?\b/i, word: 'fixture' },
  { re: /\bFACTS\b/, word: 'FACTS' },
  { re: /§/, word: '§' },
];

// Plain (single-language) reader fields may hold names only. English words in them would be
// shown untranslated to German readers: "ZDF (with AFP)", "(v1.3 corrections)".
const ENGLISH_WORDS = /\b(?:with|via|corrections?|errata|republished|chart|copy|mirror|translation|version)\b/i;
const PLAIN_NAME_FIELDS: Record<string, readonly string[]> = {
  sources: ['publisher', 'via'],
  editions: ['publisher', 'label'],
};

/** Every shown string under `value`, with its path. */
function shownStrings(value: unknown, at: PathPart[], out: { text: string; at: PathPart[] }[]): void {
  if (typeof value === 'string') out.push({ text: value, at });
  else if (Array.isArray(value)) value.forEach((x, i) => shownStrings(x, [...at, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, x] of Object.entries(value)) if (!NOT_SHOWN.has(k)) shownStrings(x, [...at, k], out);
  }
}

/** An EN/DE pair whose German is the English copied: three or more words, identical. */
function untranslated(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as { en?: unknown; de?: unknown };
  if (typeof v.en !== 'string' || typeof v.de !== 'string') return false;
  return v.en.trim() === v.de.trim() && v.en.trim().split(/\s+/).length >= 3;
}

function walkPairs(value: unknown, at: PathPart[], visit: (at: PathPart[]) => void): void {
  if (untranslated(value)) visit(at);
  else if (Array.isArray(value)) value.forEach((x, i) => walkPairs(x, [...at, i], visit));
  else if (value !== null && typeof value === 'object') {
    for (const [k, x] of Object.entries(value)) if (!NOT_SHOWN.has(k)) walkPairs(x, [...at, k], visit);
  }
}

type Collections = Omit<RawDataset, 'meta' | 'figures' | 'vocabulary'>;
const COLLECTIONS: (keyof Collections)[] = ['sources', 'countries', 'minerals', 'editions', 'elements', 'events', 'facts', 'discrepancies'];

/** Back-office words and untranslated texts. */
export function styleIssues(raw: RawDataset, figureAt: (i: number) => { file: string; index: number }): Issue[] {
  const issues: Issue[] = [];
  const check = (file: string, base: PathPart[], value: unknown): void => {
    const strings: { text: string; at: PathPart[] }[] = [];
    shownStrings(value, base, strings);
    for (const s of strings) {
      const hit = INTERNAL.find((w) => w.re.test(s.text));
      if (hit) issues.push({ file, at: s.at, reason: `reader-facing text contains the internal word "${hit.word}"; name the publication or fact instead` });
    }
    walkPairs(value, base, (at) => issues.push({ file, at, reason: 'the German text is the English text copied; translate it' }));
  };
  check(F.meta, [], raw.meta);
  for (const key of COLLECTIONS) {
    const file = F[key];
    raw[key].forEach((item, i) => {
      check(file, [i], item);
      for (const field of PLAIN_NAME_FIELDS[key] ?? []) {
        const text = (item as unknown as Record<string, unknown>)[field];
        if (typeof text === 'string' && ENGLISH_WORDS.test(text)) {
          issues.push({ file, at: [i, field], reason: `"${text}" is shown in both languages, so it may hold names only; move words such as "${ENGLISH_WORDS.exec(text)![0]}" into a note with en and de` });
        }
      }
    });
  }
  raw.figures.forEach((f, i) => {
    const { file, index } = figureAt(i);
    if (f.note) check(file, [index, 'note'], f.note);
  });

  return issues;
}

/**
 * Advice that does not block the dataset: sources a reader cannot date or find, and entries resting
 * on confidence-C sources alone (an industry page or a republished copy should corroborate, not carry).
 */
export function styleWarnings(raw: RawDataset, figureAt: (i: number) => { file: string; index: number } = (index) => ({ file: F.figures, index })): Issue[] {
  const warnings: Issue[] = [];
  const weak = new Set(raw.sources.filter((s) => s.confidence === 'C').map((s) => s.id));
  if (weak.size > 0) {
    const alone = (ids: readonly string[]): boolean => ids.length > 0 && ids.every((id) => weak.has(id));
    const reason = 'cites only confidence-C sources; add the A or B source they corroborate, or say so in the text';
    for (const key of ['minerals', 'editions', 'elements', 'events', 'facts', 'discrepancies'] as const) {
      raw[key].forEach((item, i) => { if (alone(item.sources)) warnings.push({ file: F[key], at: [i, 'sources'], reason }); });
    }
    raw.figures.forEach((f, i) => {
      const { file, index } = figureAt(i);
      if (alone(f.sources)) warnings.push({ file, at: [index, 'sources'], reason });
    });
  }

  raw.sources.forEach((s, i) => {
    if (s.published === undefined) {
      warnings.push({ file: F.sources, at: [i, 'published'], reason: `source "${s.id}" has no publication date; add it when the publication shows one` });
    }
    let url: URL | undefined;
    try {
      url = new URL(s.url);
    } catch {
      return;
    }
    // A front page ("/") or a section ("/nachrichten", "/news"); article addresses carry a slug, a
    // number, a file name or a query.
    const segments = url.pathname.split('/').filter(Boolean);
    const section = segments.length === 1 && /^[a-z]+$/i.test(segments[0]!);
    if ((segments.length === 0 || section) && url.search === '') {
      warnings.push({ file: F.sources, at: [i, 'url'], reason: `source "${s.id}" links to a front or section page (${url.host}${url.pathname}), not to the publication itself` });
    }
  });
  return warnings;
}
