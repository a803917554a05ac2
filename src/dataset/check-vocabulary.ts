// `lodestone data check` rules for data/vocabulary.yaml beyond its schema: attribute ids unique,
// every fact it names exists, and no phrase leads to two attributes (the parser could not choose).
import type { RawDataset } from './schema.js';
import type { Vocabulary } from './vocabulary-schema.js';
import { findMentions, suggest, type Issue } from './check-text.js';
import { normalize } from './text-match.js';

const FILE = 'vocabulary.yaml';

export function vocabularyIssues(v: Vocabulary, raw: RawDataset): Issue[] {
  const issues: Issue[] = [];
  const facts = new Set(raw.facts.map((f) => f.id));
  const ids = new Map<string, number>();
  const phrases = new Map<string, { attr: string; lang: string }>();
  v.attributes.forEach((a, i) => {
    const first = ids.get(a.id);
    if (first !== undefined) issues.push({ file: FILE, at: ['attributes', i, 'id'], reason: `duplicate id "${a.id}" (first at [${first}])` });
    else ids.set(a.id, i);
    if ('facts' in a.answer && a.answer.facts) {
      a.answer.facts.forEach((f, k) => {
        if (!facts.has(f)) issues.push({ file: FILE, at: ['attributes', i, 'answer', 'facts', k], reason: `unknown fact "${f}"${suggest(f, facts)}` });
      });
    }
    for (const lang of ['en', 'de'] as const) {
      a.words[lang].forEach((w, k) => {
        const n = normalize(w);
        if (!n) {
          issues.push({ file: FILE, at: ['attributes', i, 'words', lang, k], reason: 'word has no letters or digits' });
          return;
        }
        const had = phrases.get(`${lang}|${n}`);
        if (had && had.attr !== a.id) {
          issues.push({ file: FILE, at: ['attributes', i, 'words', lang, k], reason: `"${w}" is already a word of attribute "${had.attr}": one phrase must lead to one attribute` });
        } else phrases.set(`${lang}|${n}`, { attr: a.id, lang });
      });
    }
  });
  // A term explained by two facts: a question asking what it means could get either.
  const termOwner = new Map<string, string>();
  raw.facts.forEach((f, i) => f.terms.forEach((term, k) => {
    const key = term.length <= 2 ? term : normalize(term);
    const had = termOwner.get(key);
    if (had && had !== f.id) issues.push({ file: 'facts.yaml', at: [i, 'terms', k], reason: `"${term}" is already a term of fact "${had}": one term must lead to one fact` });
    else termOwner.set(key, f.id);
  }));
  // A country's region must be one the vocabulary names, or no question could ask for it.
  raw.countries.forEach((c, i) => {
    if (c.region && !(c.region in v.grammar.regions)) issues.push({ file: 'countries.yaml', at: [i, 'region'], reason: `unknown region "${c.region}"${suggest(c.region, new Set(Object.keys(v.grammar.regions)))}` });
    if (c.subregion && !(c.subregion in v.grammar.regions) && !Object.values(v.grammar.regions).some((r) => r.covers.includes(c.subregion!))) {
      issues.push({ file: 'countries.yaml', at: [i, 'subregion'], reason: `sub-region "${c.subregion}" is no region and no region covers it` });
    }
  });
  issues.push(...findMentions(FILE, [], v));
  return issues;
}
