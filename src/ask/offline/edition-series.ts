// "Walk me through Russia's reserves from MCS 2023 on", "in MCS 2023, MCS 2024 und MCS 2025 – alle
// drei Werte": one record's figure as each edition held gave it, oldest first. A single edition's
// figure (with its "down from …" note) answers only one of the values asked.
import type { Locale } from '../../reply/model.js';
import type { Country, Mineral } from '../../dataset/schema.js';
import type { CommandContext } from '../../commands/types.js';
import { Citations, t } from '../../commands/common.js';
import type { EditionGroup, Measure } from '../../commands/figures.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import type { VocabIndex } from '../query/vocab-types.js';
import { holdsPhrase, paddedQuestion } from '../query/question-text.js';
import { vocabIndex } from '../query/vocab.js';
import { editionYearsNamed, withoutPhrases } from '../query/years.js';
import { val, what } from './answer-figures.js';

/**
 * Editions listed together ("MCS 2023, MCS 2024 und MCS 2025", "from the 2025 to the 2026 edition"):
 * nothing but edition words, function words and joiners between them. Two set against each other
 * ("the 2025 edition gave none, what about the 2026 edition?") ask the one figure of the latter.
 */
function listed(words: readonly string[], named: readonly { at: number }[], v: VocabIndex): boolean {
  for (let k = 1; k < named.length; k++) {
    for (let i = named[k - 1]!.at + 1; i < named[k]!.at; i++) {
      const w = words[i]!;
      // "MCS 2023 against MCS 2026": two editions set side by side are a list of two.
      if (w && !v.editionWords.has(w) && !v.stop.has(w) && !v.range.join.includes(w) && !v.range.open.includes(w) && v.operators.byLang.en.get(w) !== 'compare' && v.operators.byLang.de.get(w) !== 'compare') return false;
    }
  }
  return true;
}

/** The span of editions asked as a series, or undefined when the question asks one figure. */
export function seriesAsked(p: ParsedQuery, locale: Locale, v: VocabIndex): { from: number | undefined; to: number | undefined } | undefined {
  if (p.polar || p.operator === 'compare' || p.operator === 'top') return undefined;
  const words = withoutPhrases(p.words, v.editionSeries[locale]);
  const found = editionYearsNamed(words, v);
  const named = [...new Set(found.map((f) => f.year))].sort((a, b) => a - b);
  const phrase = holdsPhrase(paddedQuestion(p), v.editionSeries[locale]);
  // "since MCS 2023" asks the way from that edition to now.
  const since = named.length === 1 && p.words.some((w, i) => v.wordLists.sinceYear[locale].has(w) && p.words.slice(i + 1, i + 4).includes(String(named[0])));
  if (named.length >= 2 && (phrase || listed(words, found, v))) return { from: named[0], to: named.at(-1) };
  if (phrase || since) return { from: named[0], to: undefined };
  return undefined;
}

/** One record's figure edition by edition, or undefined when the span holds fewer than two editions. */
export function editionSeries(ctx: CommandContext, p: ParsedQuery, measure: Measure, m: Mineral, c: Country, history: readonly EditionGroup[], year: number | undefined, more: string): AnswerFirst | undefined {
  const { dataset: ds, locale } = ctx;
  const span = seriesAsked(p, locale, vocabIndex(ds));
  if (!span || (measure !== 'reserves' && year === undefined)) return undefined;
  const inSpan = history.filter((g) => (span.from === undefined || Math.floor(g.base.order) >= span.from) && (span.to === undefined || Math.floor(g.base.order) <= span.to)).reverse();
  const cite = new Citations(ds);
  const steps: string[] = [];
  for (const g of inSpan) {
    const eff = g.byYear.get(measure === 'reserves' ? undefined : year);
    if (!eff) continue;
    // An errata release shows the value it replaced first: both were published.
    if (eff.corrected) {
      steps.push(`${val(eff.corrected.figure, m, locale)} (${eff.corrected.edition.label})`);
      cite.add(...eff.corrected.figure.sources, ...eff.corrected.edition.sources);
    }
    steps.push(`${val(eff.figure, m, locale)} (${eff.edition.label})`);
    cite.add(...eff.figure.sources, ...eff.edition.sources);
  }
  if (steps.length < 2) return undefined;
  const yearText = year !== undefined ? t(locale, ` in ${year}`, ` ${year}`) : '';
  const oldest = history.at(-1);
  // "From MCS 2023 on" of a record the dataset holds only from a later edition: said, not skipped silently.
  const missing = span.from !== undefined && oldest && Math.floor(oldest.base.order) > span.from
    ? [t(locale, `The dataset holds no figure from the ${span.from} edition for ${c.name.en}.`, `Aus der Ausgabe ${span.from} hat der Datensatz für ${c.name.de} keine Zahl.`)]
    : [];
  return {
    status: 'answer',
    lead: t(locale, `${c.name.en} — ${what(measure, m, locale)}${yearText}, edition by edition: ${steps.join('; ')}.`,
      `${c.name.de} — ${what(measure, m, locale)}${yearText}, Ausgabe für Ausgabe: ${steps.join('; ')}.`),
    support: missing,
    sources: cite.list(locale).map((s) => s.id),
    more,
  };
}
