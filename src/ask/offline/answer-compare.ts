// Two or more countries' figures side by side ("China vs US production", "Brazil or Australia?"),
// with a yes or no when the question claims which is larger or what each holds. Split from answer-figures.ts.
import type { Country, Figure, Mineral } from '../../dataset/schema.js';
import type { Locale } from '../../reply/model.js';
import type { CommandContext } from '../../commands/types.js';
import { Citations, loc, t } from '../../commands/common.js';
import { formatNumber } from '../../reply/format.js';
import { MEASURE_LABEL } from '../../commands/figure-answer.js';
import { rankValue, recordHistory, type Measure } from '../../commands/figures.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { vocabIndex } from '../query/vocab.js';
import { equativeAsked, holdsPhrase, paddedQuestion } from '../query/question-text.js';
import { multipleClaimed } from '../query/multiplier.js';
import { normalize } from '../../dataset/lookup.js';
import { namesCountry, tonnagesClaimed } from './polar-tonnage.js';
import { negationClaimed, questionNegated } from './polar-parts.js';
import { current, figureCommand, figureYes, val, yesNo } from './answer-figures.js';
import { ofEdition, sinceEdition } from './revision-claims.js';

export function compareFigures(ctx: CommandContext, p: ParsedQuery, measure: Measure, m: Mineral, countries: readonly Country[]): AnswerFirst {
  const { dataset: ds, locale } = ctx;
  const asked = p.time?.kind === 'year' ? Number(p.time.start.slice(0, 4)) : undefined;
  const cite = new Citations(ds);
  // An edition asked ("Going by MCS 2025, India or Russia?") is compared in that edition, as singleFigure answers one.
  const pinned = p.edition !== undefined && !sinceEdition(p, vocabIndex(ds), locale) ? p.edition : undefined;
  const history = (c: Country): ReturnType<typeof recordHistory> => {
    const all = recordHistory(ds, m.id, c.id, measure);
    if (pinned === undefined) return all;
    const at = all.findIndex((g) => ofEdition(g, pinned));
    return at < 0 ? [] : all.slice(at);
  };
  const rows = countries.map((c) => ({ c, hit: current(history(c), measure, asked) }));
  const parts = rows.map(({ c, hit }) => {
    if (!hit) return `${loc(locale, c.name)}: ${t(locale, 'no figure in the dataset', 'keine Zahl im Datensatz')}`;
    cite.add(...hit.eff.figure.sources, ...hit.eff.edition.sources);
    const y = hit.year !== undefined ? `, ${hit.year}` : '';
    return `${loc(locale, c.name)} ${val(hit.eff.figure, m, locale)} (${hit.eff.edition.label}${y})`;
  });
  const known = rows.filter((r) => r.hit && r.hit.eff.figure.value !== null).sort((a, b) => rankValue(b.hit!.eff.figure) - rankValue(a.hit!.eff.figure));
  let verdict = '';
  let yes = '';
  let each = false;
  // Figures added up are listed with "and", not set against each other.
  let summed = false;
  if (known.length >= 2) {
    const top = known[0]!;
    const tie = rankValue(top.hit!.eff.figure) === rankValue(known[1]!.hit!.eff.figure);
    verdict = tie ? t(locale, ' — the same figure.', ' — gleich groß.')
      : t(locale, ` — ${top.c.name.en} has more.`, ` — ${top.c.name.de} liegt vorn.`);
    // "Does Myanmar mine more than Australia?": the one asked about is the first named, unless it is
    // the one after "than" ("Follow-up on Vietnam: does Russia have more than Vietnam?").
    // "Nicht China, sondern die USA fördern am meisten": the one after the contrast, the other denied.
    const asked = contrasted(ctx, p, rows.map((r) => r.c)) ?? rows.find((r) => p.against && r.c.id !== p.against.id)?.c ?? rows[0]!.c;
    // "More than 10 times America's?": the multiple claimed is what the larger figure must clear, and the reply says the multiple.
    const times = p.polar && !tie ? multipleClaimed(ds, p.text) : undefined;
    const ratio = rankValue(top.hit!.eff.figure) / rankValue(known[1]!.hit!.eff.figure);
    // "How many times bigger …?", "How much more …?": the multiple or the difference asked, not only which is larger.
    const v = vocabIndex(ds);
    const [a, b] = [top.hit!.eff.figure, known[1]!.hit!.eff.figure];
    const timesAsked = !p.polar && !tie && p.words.some((w) => v.timesWords.has(w));
    const exact = !a.qualifier && !b.qualifier && a.value !== null && b.value !== null;
    if ((times !== undefined || (timesAsked && exact)) && Number.isFinite(ratio)) {
      const x = formatNumber(Math.round(ratio * 10) / 10, locale);
      verdict = t(locale, ` — ${top.c.name.en} has about ${x} times as much.`, ` — ${top.c.name.de} hat etwa das ${x}-Fache.`);
    } else if (!p.polar && !tie && exact && holdsPhrase(paddedQuestion(p), v.differenceWords)) {
      const gap = val({ ...a, value: a.value! - b.value!, mark: undefined }, m, locale);
      verdict = t(locale, ` — ${top.c.name.en} has ${gap} more.`, ` — ${top.c.name.de} liegt um ${gap} vorn.`);
    } else if (!p.polar && known.length === rows.length && holdsPhrase(` ${normalize(p.text.replace(HYPHENATED, ' '))} `, v.sumWords)) {
      const sum = sumOf(known.map((r) => r.hit!.eff.figure), m, locale);
      if (sum) [verdict, summed] = [sum, true];
    }
    // "Cuba vs the Philippines: were they level?": equal or not.
    // "Are India's reserves as large as Australia's?": the first named at least (or at most) the other.
    const equative = p.polar ? equativeAsked(p, vocabIndex(ds)) : undefined;
    const [equal, atLeast, atMost] = [equative === 'equal', equative === 'atLeast', equative === 'atMost'];
    // "Did Brazil and Vietnam each hold about 21 Mt?": a figure claimed of both is checked against each.
    each = p.polar && p.threshold !== undefined && times === undefined && !equal && holdsPhrase(paddedQuestion(p), vocabIndex(ds).eachWords);
    // "… 270,000 t and the US 60,000 t?": a figure claimed beside each country is checked against that country's.
    const own = p.polar && p.claim && !each && times === undefined && !equal ? tonnagesClaimed(p, countries) : undefined;
    if (own) each = true;
    if (each) verdict = '.';
    // "Brazil doesn't have more reserves than China, right?" claims the negation.
    const negClaimed = p.polar && questionNegated(ctx, p) && negationClaimed(ctx, p);
    const holds = each ? known.every((r) => figureYes(p, r.hit!.eff.figure.value!, m.unit.symbol, own?.get(r.c.id) ?? p.threshold)) : equal ? tie
      : atLeast ? tie || top.c === asked : atMost ? tie || top.c !== asked
        : !tie && (top.c === asked) !== Boolean(p.less) && (times === undefined || ratio > times);
    // A yes/no question asking more than the figure ("Hat China das Verbot, Antimon in die USA zu liefern,
    // aufgehoben?", read as production by "liefern") is not asking which is larger: a content word no
    // figure's words hold leaves the figures side by side without a verdict.
    const figureWords = new Set(p.attributes.filter((h) => 'figure' in h.attribute.answer).flatMap((h) => h.matched.flatMap((x) => normalize(x).split(' '))));
    const settles = p.operator === 'compare' || p.less === true || each || equal || atLeast || atMost || times !== undefined || p.threshold !== undefined || p.content.every((w) => figureWords.has(w));
    if (p.polar && settles && known.length === rows.length) yes = yesNo(locale, negClaimed ? !holds : holds);
  }
  const lead = `${yes}${locale === 'de' ? MEASURE_LABEL[measure].de : MEASURE_LABEL[measure].en} (${loc(locale, m.name)}): ${parts.join(each || summed ? t(locale, ' and ', ' und ') : t(locale, ' against ', ' gegenüber '))}${verdict || '.'}`;
  return {
    status: known.length ? 'answer' : 'none',
    lead,
    support: [],
    sources: cite.list(locale).map((s) => s.id),
    more: figureCommand(ds, measure, m, countries[0], locale),
    suggestions: countries.slice(1).map((c) => figureCommand(ds, measure, m, c, locale)),
  };
}

/** The country after a word of contrast ("but", "sondern") when a negation stands before it: the one claimed. */
function contrasted(ctx: CommandContext, p: ParsedQuery, countries: readonly Country[]): Country | undefined {
  const v = vocabIndex(ctx.dataset);
  const at = p.words.findIndex((w) => v.contrastWords.has(w));
  if (at <= 0 || !p.words.slice(0, at).some((w) => v.negations.has(w))) return undefined;
  const after = p.words.slice(at + 1).join(' ');
  return countries.find((c) => namesCountry(after, c));
}

// A word inside a hyphenated modifier ("the lumped-together remainder") asks nothing on its own.
const HYPHENATED = /\p{L}+(?:-\p{L}+)+/gu;

/**
 * "China + US production 2025 combined?": the figures added up, an estimate if any of them is one; none
 * when one is a bound ("more than 75 million t"), which no sum can be made of.
 */
function sumOf(figures: readonly Figure[], m: Mineral, locale: Locale): string | undefined {
  if (figures.some((f) => f.qualifier || f.value === null)) return undefined;
  const total = val({ ...figures[0]!, value: figures.reduce((s, f) => s + f.value!, 0), mark: figures.some((f) => f.mark === 'e') ? 'e' : undefined }, m, locale);
  return t(locale, ` — together ${total}.`, ` — zusammen ${total}.`);
}
