// Two years of one figure side by side ("Did Madagascar mine more last year than the year before?",
// "Hat China 2025 weniger Gallium erzeugt als 2024?"): each year's figure from the newest edition that
// gives it, which year is larger, and yes or no for the year named first.
import type { Country, Mineral } from '../../dataset/schema.js';
import type { CommandContext } from '../../commands/types.js';
import { Citations, t } from '../../commands/common.js';
import { rankValue, recordHistory, type Measure } from '../../commands/figures.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { current, figureCommand, val, what, yesNo } from './answer-figures.js';
import { vocabIndex } from '../query/vocab.js';
import { equativeAsked, holdsPhrase, paddedQuestion } from '../query/question-text.js';
import { formatNumber, formatQuantityShort } from '../../reply/format.js';
import type { Locale } from '../../reply/model.js';
import { ofEdition, sinceEdition } from './revision-claims.js';

export function yearsCompared(ctx: CommandContext, p: ParsedQuery, measure: Measure, m: Mineral, c: Country): AnswerFirst {
  const { dataset: ds, locale } = ctx;
  const all = recordHistory(ds, m.id, c.id, measure);
  // "Growth from 2023 to 2024 per MCS 2025": both years from the edition named (and older ones for a year it
  // lacks), as compareFigures pins one; an edition named after "since" is a starting point, not a pin.
  // Only an edition giving both years pins them: "240,000 t per MCS 2024 — what does the January 2025 edition say?" asks across editions.
  const pinned = p.edition !== undefined && !sinceEdition(p, vocabIndex(ds), locale) ? all.findIndex((g) => ofEdition(g, p.edition!)) : -1;
  const gives = (h: typeof all): boolean => p.years!.every((y) => current(h, measure, y)?.eff.figure.value != null);
  const history = pinned >= 0 && gives(all.slice(pinned)) ? all.slice(pinned) : all;
  const cite = new Citations(ds);
  const rows = p.years!.map((year) => ({ year, hit: current(history, measure, year) }));
  const parts: string[] = [];
  const earlier: string[] = [];
  for (const { year, hit } of rows) {
    if (!hit || hit.eff.figure.value === null) {
      parts.push(t(locale, `${year}: no figure in the dataset`, `${year}: keine Zahl im Datensatz`));
      continue;
    }
    cite.add(...hit.eff.figure.sources, ...hit.eff.edition.sources);
    parts.push(`${year} ${val(hit.eff.figure, m, locale)} (${hit.eff.edition.label})`);
    // An older edition's different figure for the same year, as a reader may have seen it quoted.
    const older = history.map((g) => g.byYear.get(year)).find((e) => e && e !== hit.eff && e.figure.value !== null && e.figure.value !== hit.eff.figure.value && e.edition.order < hit.eff.edition.order);
    if (older) {
      cite.add(...older.figure.sources, ...older.edition.sources);
      earlier.push(t(locale, `${older.edition.label} had given ${val(older.figure, m, locale)} for ${year}.`, `${older.edition.label} hatte für ${year} ${val(older.figure, m, locale)} genannt.`));
    }
  }
  const known = rows.filter((r) => r.hit && r.hit.eff.figure.value !== null);
  let verdict = '.';
  let yes = '';
  if (known.length >= 2) {
    const [a, b] = [rankValue(known[0]!.hit!.eff.figure), rankValue(known[1]!.hit!.eff.figure)];
    const top = a >= b ? known[0]! : known[1]!;
    verdict = a === b ? t(locale, ' — the same figure.', ' — gleich groß.') : t(locale, ` — more in ${top.year}.`, ` — mehr im Jahr ${top.year}.`);
    // The year named first is the one the question says something about ("2025 weniger als 2024");
    // a change asked ("grow from 2024 to 2025", "sank 2025?") goes from the earlier year to the later.
    const [early, late] = known[0]!.year <= known[1]!.year ? [a, b] : [b, a];
    // "Were they identical?", "dieselbe?": sameness asked by a word of equality (grammar.equal_words), as by "the same".
    const verdictYes = p.same || equativeAsked(p, vocabIndex(ds)) === 'equal' ? a === b : p.direction ? (p.direction === 'up' ? late > early : late < early) : a !== b && (a > b) !== Boolean(p.less);
    if (p.polar && known.length === rows.length) yes = yesNo(locale, verdictYes);
    // "Growth from 2023 to 2024?", "Um wie viel sank …?": the change from the earlier year to the later, in tonnes and per cent.
    if (!p.polar && a !== b && holdsPhrase(paddedQuestion(p), vocabIndex(ds).growthWords)) verdict = change(locale, m, known.map((r) => ({ year: r.year, value: rankValue(r.hit!.eff.figure) })));
  }
  const head = locale === 'de' ? `${c.name.de} — ${what(measure, m, locale)}` : `${c.name.en} — ${what(measure, m, locale)}`;
  return {
    status: known.length ? 'answer' : 'none',
    lead: `${yes}${head}: ${parts.join(t(locale, ' against ', ' gegenüber '))}${verdict}`,
    support: earlier,
    sources: cite.list(locale).map((s) => s.id),
    more: figureCommand(ds, measure, m, c.id === 'WORLD' ? undefined : c, locale),
  };
}

/** " — up 9,400 t (+261%) from 2023 to 2024.": the change between two years' figures, earlier to later. */
function change(locale: Locale, m: Mineral, two: readonly { year: number; value: number }[]): string {
  const [from, to] = [...two].sort((x, y) => x.year - y.year) as [{ year: number; value: number }, { year: number; value: number }];
  const up = to.value > from.value;
  const gap = Math.abs(to.value - from.value);
  const pct = from.value > 0 ? ` (${up ? '+' : '−'}${formatNumber(Math.round((gap / from.value) * 100), locale)}${t(locale, '%', ' %')})` : '';
  const amount = `${formatQuantityShort(gap, m.unit.symbol, locale)}${pct}`;
  return t(locale, ` — ${up ? 'up' : 'down'} ${amount} from ${from.year} to ${to.year}.`, ` — ${up ? 'ein Anstieg' : 'ein Rückgang'} um ${amount} von ${from.year} bis ${to.year}.`);
}
