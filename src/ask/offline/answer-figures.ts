// Answer-first replies from the USGS tables: one country's figure, two or more compared, a top-N
// list, the world total, or an honest "the dataset has no figure for that".
import { publisherRightAsked } from './publishers.js';
import { comparedWithNothing } from './polar-lead.js';
import { quantities } from '../query/quantities.js';
import type { Locale } from '../../reply/model.js';
import type { Dataset } from '../../dataset/dataset.js';
import type { Country, Figure, Mineral } from '../../dataset/schema.js';
import type { CommandContext } from '../../commands/types.js';
import { Citations, loc, t } from '../../commands/common.js';
import { formatDate, formatFigureValue, formatList } from '../../reply/format.js';
import { changeNote, defaultMineral, MEASURE_LABEL, relevantDiscrepancies } from '../../commands/figure-answer.js';
import { editionTable, newerWithout, recordHistory, type EditionGroup, type Effective, type Measure } from '../../commands/figures.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { splitSentences } from '../query/sentences.js';
import { vocabIndex } from '../query/vocab.js';
import type { VocabIndex } from '../query/vocab-types.js';
import { normalize } from '../../dataset/lookup.js';
import { absenceAsked } from './absence.js';
import { firstPhraseAt, stem } from '../query/text.js';
import { changeInYear, changedBy, changedEarlier, editionValue, fromToClaim, ofEdition, replacedValue, sinceEdition } from './revision-claims.js';
import { editionSeries } from './edition-series.js';
import { editionYearsNamed } from '../query/years.js';
import { negationClaimed, questionNegated, taggedNegativeStatement } from './polar-parts.js';

const COMMAND: Record<Measure, string> = { reserves: '/reserves', production: '/production', capacity: '/production' };

export const val = (f: Figure, m: Mineral, locale: Locale): string => formatFigureValue(f, m.unit.symbol, locale, 'short');

/** "Yes — " / "Nein — " before the lead of a yes/no question. */
export const yesNo = (locale: Locale, yes: boolean): string => (yes ? t(locale, 'Yes — ', 'Ja — ') : t(locale, 'No — ', 'Nein — '));

/** A yes/no question on one figure: above the number asked ("more than 50,000 t"), else any output at all. */
export function figureYes(p: ParsedQuery, value: number, unit: string, claimed = p.threshold, qualifier?: Figure['qualifier']): boolean {
  // The figures of kg tables are compared in tonnes, as the reader's bounds are.
  if (p.range) return (unit === 'kg' ? value / 1000 : value) >= p.range[0] && (unit === 'kg' ? value / 1000 : value) <= p.range[1];
  if (claimed === undefined) return value > 0;
  const limit = unit === 'kg' ? claimed * 1000 : claimed;
  // A figure stated as a fact ("has 44 Mt, right?") is checked against the figure, allowing the
  // rounding a reader's number carries (half a unit of its last digit: "9.3 Mt" is not 9.2 Mt,
  // "44 Mt" is 44 million t); a bound ("more than 40 Mt") against the bound.
  // Half a unit is still the reader's rounding ("46,000 t" for 45,500 t); 2.5 % only strictly inside
  // ("400,000 t" is not the 390,000 t stated).
  const off = Math.abs(value - limit);
  if (p.claim) return (off <= lastDigitUnit(limit) / 2 && (off === 0 || off < 0.025 * limit)) !== Boolean(p.outdated);
  // A figure stated as a bound ("more than 90 million t") is above any bound it reaches ("above 90 Mt?").
  if (qualifier === '>' && !p.less) return value >= limit;
  if (qualifier === '<' && p.less) return value <= limit;
  return p.less ? value < limit : value > limit;
}

/**
 * Whether a figure the source states only as a bound ("more than 90 million t") leaves the bound or value
 * asked open: "above 100 Mt?" of "more than 90 Mt" is neither yes nor no.
 */
export function boundUndecided(p: ParsedQuery, f: Figure, unit: string): boolean {
  // A value claimed ("Is 91.9 Mt the USGS figure?") is not what a bound states: that stays a "no".
  if (f.value === null || p.threshold === undefined || p.range || p.claim || !f.qualifier || f.qualifier === '~') return false;
  const limit = unit === 'kg' ? p.threshold * 1000 : p.threshold;
  return f.qualifier === '>' ? f.value < limit : f.value > limit;
}

/** The unit of a number's last significant digit: 9,300,000 → 100,000; 44,000,000 → 1,000,000. */
function lastDigitUnit(n: number): number {
  let unit = 1;
  while (n >= unit * 10 && Math.round(n / (unit * 10)) * unit * 10 === n) unit *= 10;
  return unit;
}

/** "reserves of rare earths" / "Reserven (Seltene Erden)". */
export function what(measure: Measure, m: Mineral, locale: Locale): string {
  return locale === 'de' ? `${MEASURE_LABEL[measure].de} (${m.name.de})` : `${MEASURE_LABEL[measure].en.toLowerCase()} of ${m.name.en.toLowerCase()}`;
}

/** The command a reader types for the full card. */
export function figureCommand(ds: Dataset, measure: Measure, m: Mineral, c: Country | undefined, locale: Locale): string {
  const mineral = m.id === defaultMineral(ds)?.id ? '' : ` ${loc(locale, m.name)}`;
  return `${COMMAND[measure]}${c ? ` ${loc(locale, c.name)}` : ''}${mineral}`;
}

/** The current figure of a record for a data year (newest year when none asked), with its edition. */
export function current(groups: readonly EditionGroup[], measure: Measure, year?: number): { eff: Effective; year: number | undefined } | undefined {
  for (const g of groups) {
    const years = [...g.byYear.keys()].sort((a, b) => (b ?? 0) - (a ?? 0));
    const y = year !== undefined && measure !== 'reserves' ? (g.byYear.has(year) ? year : undefined) : years[0];
    if (y === undefined && measure !== 'reserves') continue;
    const eff = g.byYear.get(y);
    if (eff) return { eff, year: y };
  }
  return undefined;
}

export function noFigure(ctx: CommandContext, lead: string, more: string | undefined, sources: string[] = [], support: string[] = []): AnswerFirst {
  return { status: 'none', lead, support, sources, ...(more ? { more } : {}) };
}

export function singleFigure(ctx: CommandContext, p: ParsedQuery, measure: Measure, m: Mineral, c: Country): AnswerFirst {
  const { dataset: ds, locale } = ctx;
  const asked = p.time?.kind === 'year' ? Number(p.time.start.slice(0, 4)) : undefined;
  const more = figureCommand(ds, measure, m, c, locale);
  const history = recordHistory(ds, m.id, c.id, measure);
  const series = editionSeries(ctx, p, measure, m, c, history, measure === 'reserves' ? undefined : asked, more);
  if (series) return series;
  // An edition asked for ("according to MCS 2025") is answered from that edition or not at all: a
  // newer or older edition's figure would be a neighbouring one.
  // "… risen since MCS 2025?": the newest figure, measured against that edition's.
  const since = sinceEdition(p, vocabIndex(ds), locale);
  const at = p.edition === undefined || since ? 0 : history.findIndex((g) => ofEdition(g, p.edition!));
  if (at < 0) {
    const held = formatList(history.map((g) => g.base.label), locale);
    const inDataset = ds.editions.find((e) => Math.floor(e.order) === p.edition);
    const lead = inDataset?.partial
      // Not "gives no figure": the edition may well list the country; the dataset holds only part of it.
      ? t(locale, `The dataset has no figure for that: of ${inDataset.label} it holds only some countries' figures, those later editions revised, and not ${c.id === 'WORLD' ? 'the world total' : `${what(measure, m, locale)} for ${c.name.en}`}${held ? `. It has ${held}` : ''}.`,
        `Dazu hat der Datensatz keine Zahl: Aus ${inDataset.label} enthält er nur einige Länderzahlen, die spätere Ausgaben revidierten, nicht ${c.id === 'WORLD' ? 'die Weltsumme' : `${what(measure, m, locale)} für ${c.name.de}`}${held ? `. Er hat ${held}` : ''}.`)
      // Nor "the edition gives none": what the dataset lacks may be a figure the edition prints unconfirmed.
      : inDataset
      ? t(locale, `The dataset has no figure for that: it holds no ${what(measure, m, locale)} for ${c.name.en} from ${inDataset.label}${held ? `, only from ${held}` : ''}.`,
        `Dazu hat der Datensatz keine Zahl: Aus ${inDataset.label} enthält er keine Zahl zu ${what(measure, m, locale)} für ${c.name.de}${held ? `, nur aus ${held}` : ''}.`)
      : t(locale, `The dataset has no figure for that: it does not hold the ${p.edition} edition. For ${what(measure, m, locale)} in ${c.name.en} it has ${held || 'no edition'}.`,
        `Dazu hat der Datensatz keine Zahl: Die Ausgabe ${p.edition} enthält er nicht. Zu ${what(measure, m, locale)} für ${c.name.de} hat er ${held || 'keine Ausgabe'}.`);
    return noFigure(ctx, lead, more);
  }
  const hit = current(history.slice(at), measure, asked);
  if (!hit) {
    const yearText = asked !== undefined && measure !== 'reserves' ? ` ${asked}` : '';
    // Listed in an older edition, not in the newest table: dropped from it, said without the old
    // edition's figure (a neighbouring one).
    const newest = editionTable(ds, m.id, measure);
    const dropped = history[0] && newest && newest.base.order > history[0].base.order && !newest.rows.has(c.id) ? history[0].base : undefined;
    if (dropped && !p.edition) {
      return noFigure(ctx, t(locale,
        `The dataset has no figure for that: ${c.name.en} is not listed in the newest edition's table for ${what(measure, m, locale)} (${newest!.base.label}); ${dropped.label} still listed it.`,
        `Dazu hat der Datensatz keine Zahl: ${c.name.de} steht nicht in der Tabelle zu ${what(measure, m, locale)} der neuesten Ausgabe ${newest!.base.label}; ${dropped.label} führte das Land noch auf.`), more);
    }
    const none = t(locale,
      `The dataset has no figure for that: it holds no USGS figure for ${what(measure, m, locale)} in ${c.name.en}${yearText ? ` for${yearText}` : ''}.`,
      `Dazu hat der Datensatz keine Zahl: Er enthält keine USGS-Zahl zu ${what(measure, m, locale)} für ${c.name.de}${yearText ? ` für${yearText}` : ''}.`);
    // A fact about this very country and mineral ("a deposit in Saxony, not mined") answers what the
    // table cannot; the "no figure" note follows when a figure was asked for.
    // A year no edition covers ("so far this year") is a miss in time: a fact's figures of other years would be neighbours.
    const fact = yearText ? undefined : ds.facts.find((f) => f.countries.includes(c.id) && f.minerals.includes(m.id));
    if (!fact) return noFigure(ctx, none, more);
    // A yes/no question ("Is it mined in Germany?") is settled by the fact; the note would only bury it.
    // Only by a fact speaking of the measure asked: "Hat Japan Seltenerdreserven?" is not settled by
    // what rare earths are used for in Japan.
    if (p.polar && p.attributes.some((h) => 'figure' in h.attribute.answer) && !speaksOfMeasure(ctx, p, fact.text[locale])) return noFigure(ctx, none, more);
    const figureAsked = !p.polar && p.attributes.some((h) => 'figure' in h.attribute.answer);
    const [first, ...rest] = splitSentences(ds, loc(locale, fact.text));
    // A figure asked for and not in the table: that comes first, the fact after it.
    if (figureAsked) return { status: 'none', lead: none, support: [[first!, ...rest].join(' ')], sources: [...fact.sources], more };
    return { status: 'answer', lead: first!, support: [rest.join(' ')].filter(Boolean), sources: [...fact.sources], more };
  }
  const cite = new Citations(ds);
  const groups = history.slice(at);
  const { eff, year } = hit;
  cite.add(...eff.figure.sources, ...eff.edition.sources);
  // "Has it changed?", "Is it unchanged?": a change between editions asked.
  const asksChange = p.same || p.words.some((w) => vocabIndex(ds).changeWords.has(w));
  if (eff.figure.value === null) {
    // A row without a number ("not available", withheld) is no figure: say so, first, with the
    // newest earlier edition that printed one for the same record (never another record's figure).
    const yr = year !== undefined ? ` ${year}` : '';
    const earlier = groups.slice(1).flatMap((g) => [...g.byYear.entries()].filter(([y, e]) => e.figure.value !== null && (measure === 'reserves' || y === year)).map(([, e]) => e))[0];
    if (earlier) {
      cite.add(...earlier.figure.sources, ...earlier.edition.sources);
      // "Does India have reserves?": a table's "not available" is neither yes nor no; a figure claimed
      // of that edition ("6.9 Mt in the newest?") it does not state, and a change asked it shows.
      return { status: 'answer', undecided: p.threshold === undefined && !asksChange, more, sources: cite.list(locale).map((x) => x.id), support: [], lead: t(locale,
        `${c.name.en} — ${what(measure, m, locale)}${yr}: ${val(eff.figure, m, locale)} in ${eff.edition.label}; ${earlier.edition.label} gave ${val(earlier.figure, m, locale)}.`,
        `${c.name.de} — ${what(measure, m, locale)}${yr}: ${val(eff.figure, m, locale)} in ${eff.edition.label}; ${earlier.edition.label} nannte ${val(earlier.figure, m, locale)}.`) };
    }
    return noFigure(ctx, t(locale,
      `The dataset has no figure for that: ${eff.edition.label} lists ${c.name.en} without a ${what(measure, m, locale)}${yr} figure (${val(eff.figure, m, locale)}).`,
      `Dazu hat der Datensatz keine Zahl: ${eff.edition.label} führt ${c.name.de} ohne Zahl zu ${what(measure, m, locale)}${yr} (${val(eff.figure, m, locale)}).`),
    more, cite.list(locale).map((s) => s.id));
  }
  // From the edition the figure stands in: a year the newest edition no longer lists (2023) keeps
  // the changes between the editions that do.
  const from = Math.max(0, groups.findIndex((g) => g.byYear.get(year) === eff));
  const note = changeNote(groups.slice(from), year, m, locale, cite);
  const yearText = year !== undefined ? t(locale, ` in ${year}`, ` ${year}`) : '';
  // "Did USGS raise it?": the direction of the change from the figure it replaced.
  // "Did it fall between MCS 2023 and MCS 2025?": from the first edition named to the one the figure stands in.
  const named = p.direction && p.edition !== undefined ? editionYearsNamed(p.words, vocabIndex(ds)).map((e) => e.year).filter((y) => y < p.edition!) : [];
  // "Are US reserves growing?", "Steigen sie?": a change going on now, against the edition before the newest.
  const ongoing = p.direction !== undefined && p.time === undefined && p.edition === undefined && !since && p.threshold === undefined && ongoingAsked(vocabIndex(ds), p, locale);
  const before = since ? editionValue(history, p.edition!, year) : named.length ? editionValue(history, Math.min(...named), year)
    : ongoing ? groups[from + 1]?.byYear.get(year)?.figure.value ?? undefined : p.direction && p.threshold === undefined ? replacedValue(groups.slice(from), year, eff.figure.value) : undefined;
  // "Was the Vietnam cut reported in March 2024?": a change asked of a month or day before the edition
  // that made it was published did not happen then.
  const madeIn = before === undefined ? undefined : changedBy(groups.slice(from), year, eff.figure.value);
  // So is one asked of a year another than the edition's publication, of a figure with no data year
  // ("Did USGS cut Vietnam's reserves in 2024?": the cut came with MCS 2025, published in January 2025).
  const early = madeIn?.published !== undefined && (((p.time?.kind === 'month' || p.time?.kind === 'day') && p.time.end < madeIn.published)
    || (p.time?.kind === 'year' && year === undefined && !p.time.relative && p.time.start.slice(0, 4) !== madeIn.published.slice(0, 4)));
  // Another edition published in the year asked may have made a change of its own (MCS 2024 cut Russia 21 → 10 Mt).
  const inYear = early && p.time?.kind === 'year' ? changeInYear(history, year, p.time.start.slice(0, 4)) : undefined;
  // The oldest edition held, published that year, may have changed it from one the dataset lacks: unsettled.
  const unknownYear = early && !inYear && p.time?.kind === 'year' && history.at(-1)?.base.published?.startsWith(p.time.start.slice(0, 4));
  // "Did Greenland's reserves rise?" of a figure every earlier edition gave alike: it did not move.
  const same = p.direction !== undefined && !since && p.threshold === undefined && before === undefined && groups.slice(from + 1).some((g) => g.byYear.get(year)?.figure.value != null);
  const moved = unknownYear ? undefined : inYear ? (p.direction === 'up' ? inYear.to > inYear.from : inYear.to < inYear.from)
    : before === undefined ? (same ? false : undefined) : !early && (p.direction === 'up' ? eff.figure.value > before : eff.figure.value < before);
  // "Has the figure changed (since the last edition)?", "Is it unchanged?": against the edition before
  // the one the figure stands in (or the release it corrects), not against zero.
  const prior = eff.corrected?.figure.value ?? groups[from + 1]?.byYear.get(year)?.figure.value;
  const changeAsked = p.polar && !p.direction && p.threshold === undefined && prior != null && asksChange;
  const changed = changeAsked ? (prior !== eff.figure.value || changedEarlier(ds, p, groups.slice(from + 1), year, eff.figure.value)) !== Boolean(p.same) : undefined;
  const fromTo = p.polar && p.direction ? fromToClaim(p, vocabIndex(ds), groups.slice(from).map((g) => g.byYear.get(year)?.figure.value), eff.figure.value, history) : undefined;
  // A figure shown for a question asking something else ("Hat Malaysia das Exportverbot aufgehoben?"
  // falling back to Malaysia's card) says neither yes nor no.
  const asksFigure = !p.attributes.length || p.attributes.some((h) => 'figure' in h.attribute.answer || 'share' in h.attribute.answer);
  // A number the question states that was read as no bound or claim ("the 7th-largest producer with
  // 1.9 Mt. True?") is not settled by the figure merely existing: no "yes" from a figure above zero.
  const unread = p.threshold === undefined && !p.range && quantities(p.time ? p.text.replace(p.time.text, ' ') : p.text).length > 0;
  // "Did USGS once put Vietnam's reserves at 22 million t?": a figure claimed of an earlier edition holds
  // when any edition (or a release it corrected) stated it.
  const once = p.polar && p.claim && p.threshold !== undefined && !p.outdated && p.words.some((w) => vocabIndex(ds).onceWords.has(w))
    ? groups.flatMap((g) => { const e = g.byYear.get(year); return e ? [e.figure.value, e.corrected?.figure.value] : []; }).some((x) => x != null && figureYes(p, x, m.unit.symbol)) || undefined
    : undefined;
  // "Is it true that China does not have 44 Mt?", "Vietnam hat doch keine 3,5 Mio. t, oder?": the
  // figure settles the claim, and a negation inside a statement asked as true is part of the claim;
  // a negated question without one asks the fact itself, which German answers "Doch".
  const negatedClaim = fromTo === undefined && moved === undefined && changed === undefined && once === undefined && p.threshold !== undefined && !p.outdated && questionNegated(ctx, p);
  // "Does Greenland have no reserves?", "Hat Malaysia keine Reserven?": the figure's absence is claimed,
  // so a figure stated says no ("Doch" to a German question asking it outright).
  // questionNegated first: a scan of the words, false for most questions, where absenceAsked splits and
  // normalises the question's clauses and its countries' names (a third of a figure answer's CPU).
  const absent = fromTo === undefined && moved === undefined && changed === undefined && once === undefined && p.threshold === undefined
    && !unread && questionNegated(ctx, p) && absenceAsked(ds, p, measure, taggedNegativeStatement(ctx, p));
  const framed = (negatedClaim || absent) && negationClaimed(ctx, p);
  // A figure merely existing settles no change asked ("grown since MCS 2023?" of an edition not held) and
  // no claim in a word the parser does not know ("geschrumpft"): neither yes nor no, the figure stands.
  // Nor a comparison asked of this figure alone ("Is Chile's output bigger?"): the other side is not stated.
  // Nor whether a press publisher got it right ("Does the ZDF article get the reserves right?"): its figure is not this one.
  // Nor a question asking no attribute whose own words the figure's card does not speak of ("Did China confirm the soybean figures?").
  const aside = !p.attributes.length && p.content.some((w) => !vocabIndex(ds).stop.has(w));
  // Nor an amount judged without a bound ("Does Brazil mine much?"; grammar.amount_judgments): the figure answers it.
  const existenceOnly = p.threshold === undefined && !p.range && (p.direction !== undefined || p.unknown.length > 0 || aside || comparedWithNothing(ctx, p) || publisherRightAsked(ctx, p)
    || firstPhraseAt(p.words, vocabIndex(ds).amountJudgments) >= 0);
  const open = boundUndecided(p, eff.figure, m.unit.symbol);
  const claimed = unread || existenceOnly || open ? undefined : figureYes(p, eff.figure.value, m.unit.symbol, p.threshold, eff.figure.qualifier);
  const verdict = fromTo === 'unknown' || unknownYear ? undefined : fromTo ?? moved ?? changed ?? once ?? (absent && claimed !== undefined ? !claimed : framed && claimed !== undefined ? !claimed : claimed);
  const doch = locale === 'de' && !framed && ((negatedClaim && verdict) || (absent && claimed));
  const yes = !(p.polar && asksFigure && p.operator !== 'top' && verdict !== undefined) ? '' : doch ? 'Doch — ' : yesNo(locale, verdict);
  const when = early && !inYear && !unknownYear ? t(locale, `; the change came with ${madeIn!.label}, published ${formatDate(madeIn!.published!, locale)}`, `; die Änderung kam mit ${madeIn!.label}, veröffentlicht am ${formatDate(madeIn!.published!, locale)}`) : '';
  const lead = locale === 'de'
    ? `${yes}${c.name.de} — ${what(measure, m, locale)}${yearText}: ${val(eff.figure, m, locale)}, ${eff.edition.label}${note}${when}.`
    : `${yes}${c.name.en} — ${what(measure, m, locale)}${yearText}: ${val(eff.figure, m, locale)}, ${eff.edition.label}${note}${when}.`;
  const support: string[] = [];
  if (eff.figure.note) support.push(loc(locale, eff.figure.note));
  const newest = editionTable(ds, m.id, measure);
  const latest = at > 0 ? current(history, measure, asked) : undefined;
  if (latest && latest.eff.figure.value !== null) {
    cite.add(...latest.eff.figure.sources, ...latest.eff.edition.sources);
    support.push(t(locale, `Newest in the dataset: ${val(latest.eff.figure, m, locale)}, ${latest.eff.edition.label}.`,
      `Neueste Zahl im Datensatz: ${val(latest.eff.figure, m, locale)}, ${latest.eff.edition.label}.`));
  } else if (newest && newest.base.order > (groups[0]?.base.order ?? 0)) {
    support.push(newerWithout(newest, c, locale, { en: 'this is the newest figure in the dataset.', de: 'dies ist die neueste Zahl im Datensatz.' }));
  }
  // One discrepancy note, and only one about this very figure.
  const d = relevantDiscrepancies(ds, { country: c.id, mineral: m.id, measure }).find((x) => x.measure === measure);
  if (d) {
    cite.add(...d.sources);
    support.push(`${t(locale, 'Sources compared', 'Quellenvergleich')}: ${loc(locale, d.text)}`);
  }
  // A change claimed between figures the record does not hold: no yes or no read off a support line either.
  return { status: 'answer', lead, support, sources: [...cite.list(locale).map((s) => s.id)], more, ...(fromTo === 'unknown' || (open && verdict === undefined) ? { undecided: true } : {}) };
}



/**
 * A share USGS itself states for this very record (a figure's note: "76% of world production"), newest
 * edition first, as a line of support for a computed share: the reader sees the published figure too.
 * A year asked keeps only that year's note.
 */
export function statedShare(ctx: CommandContext, p: ParsedQuery, measure: Measure, m: Mineral, c: Country): { line: string; sources: string[] } | undefined {
  const asked = p.time?.kind === 'year' ? Number(p.time.start.slice(0, 4)) : undefined;
  for (const g of recordHistory(ctx.dataset, m.id, c.id, measure)) {
    for (const [year, eff] of [...g.byYear.entries()].sort((a, b) => (b[0] ?? 0) - (a[0] ?? 0))) {
      const note = eff.figure.note ? loc(ctx.locale, eff.figure.note) : '';
      if (!/\d\s?%/.test(note) || (asked !== undefined && measure !== 'reserves' && year !== asked)) continue;
      const y = year !== undefined ? `, ${year}` : '';
      return { line: `${eff.edition.label}${y}: ${val(eff.figure, m, ctx.locale)}, ${note}`, sources: [...eff.figure.sources, ...eff.edition.sources] };
    }
  }
  return undefined;
}

export const listNames = (names: readonly string[], locale: Locale): string => formatList(names, locale);

/** Whether a text holds a word of the figure attributes the question asks ("Vorkommen" for reserves), stemmed. */
function speaksOfMeasure(ctx: CommandContext, p: ParsedQuery, text: string): boolean {
  const words = new Set(normalize(text).split(' ').map((w) => stem(w, ctx.locale)));
  return p.attributes.some((h) => 'figure' in h.attribute.answer
    && h.attribute.words[ctx.locale].some((phrase) => normalize(phrase).split(' ').every((w) => words.has(stem(w, ctx.locale)))));
}

/** A change asked as going on now: "is/are … growing" in English, a present verb of change opening a German question. */
function ongoingAsked(v: VocabIndex, p: ParsedQuery, locale: Locale): boolean {
  const words = v.ongoingChange[locale];
  if (locale === 'de') return words.has(p.words[0] ?? '');
  return v.wordLists.presentOpeners.en.has(p.words[0] ?? '') && p.words.some((w) => words.has(w));
}
