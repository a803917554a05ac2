// "Namibia is gone from the lithium table — who came in instead?", "Fehlt Südkorea in der neuen
// Galliumtabelle?": which countries a USGS table dropped or added between its two newest editions.
// Asked with a word of change (grammar.table_change_words) and a country whose row one of the two
// editions lacks; the answer names the rows dropped and the rows new, each with its figure.
import type { CommandContext } from '../../commands/types.js';
import type { Country, Mineral } from '../../dataset/schema.js';
import { editionTable, type Measure, type TableView } from '../../commands/figures.js';
import { defaultMineral } from '../../commands/figure-answer.js';
import { formatList } from '../../reply/format.js';
import { t } from '../../commands/common.js';
import { vocabIndex } from '../query/vocab.js';
import { holdsPhrase, paddedQuestion } from '../query/question-text.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { figureCommand, val, what } from './answer-figures.js';

const MEASURES: readonly Measure[] = ['production', 'reserves', 'capacity'];

/** The newest table of a measure and the one of the edition before it. */
function twoTables(ctx: CommandContext, m: Mineral, measure: Measure): [TableView, TableView] | undefined {
  const newest = editionTable(ctx.dataset, m.id, measure);
  if (!newest) return undefined;
  const before = editionTable(ctx.dataset, m.id, measure, undefined, Math.floor(newest.base.order) - 1);
  return before ? [newest, before] : undefined;
}

const countriesOf = (ctx: CommandContext, v: TableView): Country[] => [...v.rows.entries()]
  .filter(([, eff]) => eff.figure.value !== null)
  .map(([id]) => ctx.dataset.countryById.get(id))
  .filter((c): c is Country => c !== undefined && c.kind !== 'aggregate');

export function tableChange(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  const words = vocabIndex(ctx.dataset).tableChangeWords;
  if (!p.subjects.countries.length || !holdsPhrase(paddedQuestion(p), words)) return undefined;
  const m = p.subjects.minerals[0] ?? defaultMineral(ctx.dataset);
  if (!m) return undefined;
  const asked = p.attributes.map((h) => h.attribute.answer).flatMap((a) => ('figure' in a ? [a.figure] : []));
  for (const measure of asked.length ? asked : MEASURES) {
    const two = twoTables(ctx, m, measure);
    if (!two) continue;
    const [newest, before] = two;
    const now = countriesOf(ctx, newest);
    const then = countriesOf(ctx, before);
    const dropped = then.filter((c) => !now.includes(c));
    const added = now.filter((c) => !then.includes(c));
    if (!p.subjects.countries.some((c) => dropped.includes(c) || added.includes(c))) continue;
    const { locale } = ctx;
    // A dropped row with the edition that still had it ("Namibia (USGS MCS 2025: 2,700 t in 2024)").
    const row = (v: TableView, c: Country, label: string): string => {
      const eff = v.rows.get(c.id)!;
      const year = v.year !== undefined ? t(locale, ` in ${v.year}`, ` ${v.year}`) : '';
      return `${c.name[locale]} (${label}${val(eff.figure, m, locale)}${year})`;
    };
    const names = (v: TableView, l: readonly Country[], label = ''): string => formatList(l.map((c) => row(v, c, label)), locale);
    const parts: string[] = [];
    if (dropped.length) parts.push(t(locale, `no longer lists ${names(before, dropped, `${before.base.label}: `)}`, `nicht mehr aufgeführt: ${names(before, dropped, `${before.base.label}: `)}`));
    if (added.length) parts.push(t(locale, `newly lists ${names(newest, added)}`, `neu aufgeführt: ${names(newest, added)}`));
    const lead = `${newest.base.label}, ${what(measure, m, locale)}: ${parts.join('; ')}.`;
    const sources = [...new Set([...newest.base.sources, ...before.base.sources])];
    return { status: 'answer', lead, support: [], sources, more: figureCommand(ctx.dataset, measure, m, undefined, locale) };
  }
  return undefined;
}
