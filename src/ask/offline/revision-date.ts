// "When did USGS revise Malaysia's reserves to 710,000 t?", "Wann wurden Vietnams Reserven gekürzt?": the
// day of the edition that changed the country's figure (the one stating a number claimed, else the
// newest change), from what to what — not the date of an event of that country the words also find.
import type { CommandContext } from '../../commands/types.js';
import type { Edition, Figure } from '../../dataset/schema.js';
import { editionTable, sameValue, type Measure, type TableView } from '../../commands/figures.js';
import { defaultMineral } from '../../commands/figure-answer.js';
import { formatDateRange } from '../../reply/format.js';
import { t } from '../../commands/common.js';
import { vocabIndex } from '../query/vocab.js';
import { askedNumbers } from '../query/question-text.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { figureCommand, val, what } from './answer-figures.js';

interface Change { edition: Edition; value: Figure; from: Figure }

export function revisionDate(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  const { dataset: ds, locale } = ctx;
  if (p.operator !== 'when' || p.polar || p.subjects.countries.length !== 1) return undefined;
  if (!p.words.some((w) => vocabIndex(ds).changeWords.has(w))) return undefined;
  const measures = p.attributes.map((h) => h.attribute.answer).flatMap((a) => ('figure' in a && (a.figure === 'reserves' || a.figure === 'production') ? [a.figure] : []));
  const measure: Measure | undefined = measures[0];
  const year = p.time?.kind === 'year' ? Number(p.time.start.slice(0, 4)) : undefined;
  // Production changes per data year: only with the year asked.
  if (!measure || (measure === 'production' && year === undefined)) return undefined;
  const m = p.subjects.minerals[0] ?? defaultMineral(ds);
  const c = p.subjects.countries[0]!;
  const newest = m ? editionTable(ds, m.id, measure, year) : undefined;
  if (!m || !newest) return undefined;
  const views: TableView[] = [];
  for (let y = Math.floor(newest.base.order); views.length < 8; y--) {
    const v = editionTable(ds, m.id, measure, year, y);
    if (!v || views.some((x) => x.base === v.base)) break;
    if (year === undefined || v.year === year) views.push(v);
  }
  const changes: Change[] = [];
  views.forEach((v, i) => {
    const eff = v.rows.get(c.id);
    if (!eff) return;
    if (eff.corrected) changes.push({ edition: eff.edition, value: eff.figure, from: eff.corrected.figure });
    const own = eff.corrected?.figure ?? eff.figure;
    const before = views[i + 1]?.rows.get(c.id)?.figure;
    if (before && !sameValue(own, before)) changes.push({ edition: v.base, value: own, from: before });
  });
  const claimed = askedNumbers(p);
  const pick = claimed.length ? changes.find((x) => claimed.includes(String(x.value.value))) : changes[0];
  if (!pick) return undefined;
  const whatOf = what(measure, m, locale);
  const yearOf = year !== undefined ? t(locale, ` in ${year}`, ` ${year}`) : '';
  // A row the edition before listed without a figure ("not available"): a first figure, not a revision of one.
  const first = pick.from.value === null;
  const [label, from, to] = [pick.edition.label, val(pick.from, m, locale), val(pick.value, m, locale)];
  const change = first
    ? t(locale, `${label} gave ${c.name.en}'s ${whatOf}${yearOf} as ${to} (before: ${from})`, `${label} nannte ${whatOf}${yearOf} für ${c.name.de} erstmals mit ${to} (zuvor: ${from})`)
    : t(locale, `${label} revised ${c.name.en}'s ${whatOf}${yearOf} from ${from} to ${to}`, `${label} änderte ${whatOf}${yearOf} für ${c.name.de} von ${from} auf ${to}`);
  const lead = pick.edition.published ? `${formatDateRange(pick.edition.published, undefined, locale)}: ${change}.`
    : `${change} ${t(locale, '(the dataset holds no release date for it).', '(ein Erscheinungsdatum enthält der Datensatz nicht).')}`;
  return { status: 'answer', lead, support: [], sources: [...pick.edition.sources], more: figureCommand(ds, measure, m, c, locale) };
}
