// Answers for /reserves and /production: one country's figure with its edition, earlier editions
// and disagreeing sources; or the world ranking of the current edition with corrections applied.
import type { Locale, Reply } from '../reply/model.js';
import type { Dataset } from '../dataset/dataset.js';
import type { Country, Discrepancy, Figure, Mineral } from '../dataset/schema.js';
import { indexDataset, normalize } from '../dataset/lookup.js';
import { formatDate, formatFigureValue, formatList, formatNumber } from '../reply/format.js';
import type { CommandContext } from './types.js';
import { answer, chartCaption, Citations, loc, sourceShort, t } from './common.js';
import type { EditionGroup, Effective, Measure } from './figures.js';
import { editionTable, newerWithout, rankValue, recordHistory, sameValue } from './figures.js';
import { renderedFor, withNotes } from './renderings.js';
import { discrepanciesBy } from './discrepancy-index.js';

export const MEASURE_LABEL: Record<Measure, { en: string; de: string }> = {
  reserves: { en: 'Reserves', de: 'Reserven' },
  production: { en: 'Mine production', de: 'Bergwerksförderung' },
  capacity: { en: 'Capacity', de: 'Kapazität' },
};

const COMMAND: Record<Measure, string> = { reserves: '/reserves', production: '/production', capacity: '/production' };

export function defaultMineral(ds: Dataset): Mineral | undefined {
  return ds.mineralById.get('rare-earths') ?? indexDataset(ds).mineral.get('rare earths') ?? ds.minerals[0];
}

const val = (f: Figure, m: Mineral, locale: Locale, style: 'full' | 'short' | 'both' = 'short'): string =>
  formatFigureValue(f, m.unit.symbol, locale, style);

/** "(same in MCS 2025; down from 22 million t in MCS 2024)" for one data year of a record. */
export function changeNote(groups: readonly EditionGroup[], year: number | undefined, m: Mineral, locale: Locale, cite: Citations): string {
  const cur = groups[0]?.byYear.get(year);
  if (!cur) return '';
  const notes: string[] = [];
  if (cur.corrected) {
    cite.add(...cur.corrected.figure.sources);
    notes.push(t(locale,
      `corrected from ${val(cur.corrected.figure, m, locale)} in ${cur.corrected.edition.label}`,
      `korrigiert von ${val(cur.corrected.figure, m, locale)} in ${cur.corrected.edition.label}`));
  }
  const same: string[] = [];
  for (const g of groups.slice(1)) {
    const older = g.byYear.get(year);
    if (!older) continue;
    if (sameValue(older.figure, cur.figure)) {
      same.push(older.edition.label);
      continue;
    }
    cite.add(...older.figure.sources);
    if (same.length) notes.push(t(locale, `same in ${same.join(', ')}`, `ebenso in ${same.join(', ')}`));
    const a = older.figure.value;
    const b = cur.figure.value;
    const was = val(older.figure, m, locale);
    if (cur.corrected || a === null || b === null) {
      notes.push(`${older.edition.label}: ${was}`);
    } else if (year !== undefined) {
      // Same data year, different value: a revision between editions.
      notes.push(t(locale, `revised ${a > b ? 'down' : 'up'} from ${was} in ${older.edition.label}`, `revidiert von ${was} in ${older.edition.label}`));
    } else {
      notes.push(t(locale, `${a > b ? 'down' : 'up'} from ${was} in ${older.edition.label}`, `zuvor ${was} in ${older.edition.label}`));
    }
    return ` (${notes.join('; ')})`;
  }
  if (same.length && !cur.corrected) notes.push(t(locale, `unchanged from ${same.join(', ')}`, `unverändert gegenüber ${same.join(', ')}`));
  return notes.length ? ` (${notes.join('; ')})` : '';
}

const normalizedText = new Map<string, string>();
/** Dataset texts are few and fixed; normalise each once. */
function norm(text: string): string {
  let n = normalizedText.get(text);
  if (n === undefined) {
    if (normalizedText.size > 20_000) normalizedText.clear();
    normalizedText.set(text, (n = ` ${normalize(text)} `));
  }
  return n;
}

function mentions(text: string, c: Country): boolean {
  const n = norm(text);
  return [c.name.en, c.name.de, ...c.aliases.filter((a) => a.length > 3)].some((name) => n.includes(norm(name)));
}

/** Discrepancies about this country's figures for this mineral (and measure, when the discrepancy names one). */
export function relevantDiscrepancies(ds: Dataset, q: { country: string; mineral: string; measure?: Measure }): Discrepancy[] {
  // Pushed, not filtered: filter's array is of another kind when empty, and the figure answers'
  // optimised code was thrown away when the kind it had not seen came (node --trace-deopt).
  const out: Discrepancy[] = [];
  for (const d of discrepanciesBy(ds).get(q.country)?.get(q.mineral) ?? []) {
    if (q.measure === undefined || d.measure === undefined || d.measure === q.measure) out.push(d);
  }
  return out;
}

/** "Sources disagree — title: text" plus the claims that concern this country, each cited. */
export function discrepancyBlocks(ds: Dataset, list: readonly Discrepancy[], locale: Locale, cite: Citations, country?: Country): string[] {
  const blocks: string[] = [];
  for (const d of list) {
    cite.add(...d.sources);
    const lines = [`${t(locale, 'Sources compared', 'Quellenvergleich')} — ${loc(locale, d.title)}: ${loc(locale, d.text)}`];
    const claims = country && d.countries.length > 1 ? d.claims.filter((c) => mentions(c.text.en, country) || mentions(c.text.de, country)) : d.claims;
    for (const c of claims) {
      const s = ds.sourceById.get(c.source);
      if (!s) continue;
      cite.add(c.source);
      const edition = c.edition ? ds.editionById.get(c.edition)?.label : undefined;
      lines.push(`• ${edition ?? sourceShort(s, locale)}: ${loc(locale, c.text)}`);
    }
    blocks.push(lines.join('\n'));
  }
  return blocks;
}

const yearLabel = (f: Figure): string => (f.year === undefined ? '' : String(f.year));

/** One country's figure(s) for a mineral and measure. `notes` are shown first (e.g. typo notes). */
export function countryFigureAnswer(ctx: CommandContext, measure: Measure, m: Mineral, c: Country, notes: string[]): Reply {
  return withNotes(renderedFor(ctx.dataset, `country|${measure}|${m.id}|${c.id}|${ctx.locale}`, () => buildCountryFigureAnswer(ctx, measure, m, c, [])), notes);
}

function buildCountryFigureAnswer(ctx: CommandContext, measure: Measure, m: Mineral, c: Country, notes: string[]): Reply {
  const { dataset: ds, locale } = ctx;
  const cite = new Citations(ds);
  const groups = recordHistory(ds, m.id, c.id, measure);
  const title = `${loc(locale, MEASURE_LABEL[measure])} — ${loc(locale, m.name)}: ${loc(locale, c.name)}`;
  if (!groups.length) return noFigureAnswer(ctx, measure, m, c, notes);

  const current = groups[0]!;
  const blocks = [...notes];
  const years = [...current.byYear.keys()].sort((a, b) => (b ?? 0) - (a ?? 0));
  const latest = current.byYear.get(years[0])!;
  const shownEdition = (e: Effective): string => e.edition.label;
  cite.add(...current.base.sources);
  for (const y of years) {
    const e = current.byYear.get(y)!;
    cite.add(...e.figure.sources, ...e.edition.sources);
  }

  if (measure === 'reserves') {
    blocks.push(`${shownEdition(latest)}: ${loc(locale, c.name)} ${val(latest.figure, m, locale)}${changeNote(groups, undefined, m, locale, cite)}.`);
  } else {
    const parts = years.map((y) => {
      const e = current.byYear.get(y)!;
      return `${yearLabel(e.figure)}: ${val(e.figure, m, locale, 'full')}${changeNote(groups, y, m, locale, cite)}`;
    });
    blocks.push(`${shownEdition(latest)}: ${loc(locale, c.name)} — ${parts.join('; ')}.`);
  }
  if (latest.figure.note) blocks.push(loc(locale, latest.figure.note));

  const newest = editionTable(ds, m.id, measure);
  if (newest && newest.base.order > current.base.order) {
    blocks.push(newerWithout(newest, c, locale, { en: 'the figure above is the newest one in the dataset.', de: 'oben steht die neueste Zahl im Datensatz.' }));
  }
  blocks.push(...discrepancyBlocks(ds, relevantDiscrepancies(ds, { country: c.id, mineral: m.id, measure }), locale, cite, c));

  const rows: string[][] = [];
  for (const g of groups) {
    const ys = [...g.byYear.keys()].sort((a, b) => (b ?? 0) - (a ?? 0));
    for (const y of ys) {
      const e = g.byYear.get(y)!;
      cite.add(...e.figure.sources);
      const row = [e.edition.label];
      if (measure !== 'reserves') row.push(yearLabel(e.figure));
      row.push(val(e.figure, m, locale, 'full'));
      if (e.corrected) row[row.length - 1] += t(locale, ` (was ${val(e.corrected.figure, m, locale, 'full')})`, ` (vorher ${val(e.corrected.figure, m, locale, 'full')})`);
      rows.push(row);
    }
  }
  const columns = measure === 'reserves'
    ? [t(locale, 'Edition', 'Ausgabe'), loc(locale, MEASURE_LABEL[measure])]
    : [t(locale, 'Edition', 'Ausgabe'), t(locale, 'Year', 'Jahr'), loc(locale, MEASURE_LABEL[measure])];

  return answer(ctx, cite, {
    title,
    blocks,
    fields: [
      { label: loc(locale, MEASURE_LABEL[measure]), value: val(latest.figure, m, locale, 'both'), inline: true },
      { label: t(locale, 'Edition', 'Ausgabe'), value: latest.edition.label + (latest.edition.published ? ` (${formatDate(latest.edition.published, locale)})` : ''), inline: true },
      { label: t(locale, 'Unit', 'Einheit'), value: `${m.unit.symbol} — ${loc(locale, m.unit.what)}`, inline: true },
    ],
    table: { columns, rows, align: columns.map((_, i) => (i === columns.length - 1 ? 'right' : 'left')) },
    suggestions: [`${COMMAND[measure === 'reserves' ? 'production' : 'reserves']} ${loc(locale, c.name)}${m.id === defaultMineral(ds)?.id ? '' : ` ${loc(locale, m.name)}`}`, `${COMMAND[measure]}${m.id === defaultMineral(ds)?.id ? '' : ` ${loc(locale, m.name)}`}`],
  });
}

/** A country without a figure: say so, add what the dataset does know, never invent a number. */
/** Who publishes the editions holding this mineral's figures: "U.S. Geological Survey". */
function publishersOf(ds: Dataset, mineral: string, locale: Locale): string {
  const ids = new Set(ds.figures.filter((f) => f.mineral === mineral).map((f) => f.edition));
  const names = [...new Set(ds.editions.filter((e) => ids.has(e.id) && e.publisher).map((e) => e.publisher))];
  return formatList(names, locale);
}

function noFigureAnswer(ctx: CommandContext, measure: Measure, m: Mineral, c: Country, notes: string[]): Reply {
  const { dataset: ds, locale } = ctx;
  const cite = new Citations(ds);
  // German nouns keep their capital.
  const measureWord = locale === 'de' ? MEASURE_LABEL[measure].de : MEASURE_LABEL[measure].en.toLowerCase();
  const by = publishersOf(ds, m.id, locale);
  const blocks = [...notes, t(locale,
    `No edition in the dataset${by ? ` (${by})` : ''} gives a ${m.name.en.toLowerCase()} ${measureWord} figure for ${c.name.en}, so Lodestone has no number to quote.`,
    `Keine Ausgabe im Datensatz${by ? ` (${by})` : ''} nennt eine Zahl (${measureWord}, ${m.name.de}) für ${c.name.de}; Lodestone hat daher keine Zahl zu zitieren.`)];
  // Only notes about this mineral: a country's other facts (APEC membership, defence budgets) answer nothing here.
  const facts = ds.facts.filter((f) => f.countries.includes(c.id) && f.minerals.includes(m.id));
  for (const f of facts.slice(0, 4)) {
    cite.add(...f.sources);
    blocks.push(loc(locale, f.text));
  }
  blocks.push(...discrepancyBlocks(ds, relevantDiscrepancies(ds, { country: c.id, mineral: m.id }), locale, cite, c));
  const others = ds.minerals.filter((o) => o.id !== m.id && ds.figuresByKey.has(`${o.id}|${c.id}|${measure}`));
  const suggestions = [
    ...others.map((o) => `${COMMAND[measure]} ${loc(locale, c.name)} ${loc(locale, o.name)}`),
    `${COMMAND[measure]}${m.id === defaultMineral(ds)?.id ? '' : ` ${loc(locale, m.name)}`}`,
  ];
  if (others.length) {
    blocks.push(t(locale,
      `The dataset has ${c.name.en} figures for ${others.map((o) => o.name.en.toLowerCase()).join(', ')}.`,
      `Für ${c.name.de} gibt es Zahlen zu ${others.map((o) => o.name.de).join(', ')}.`));
  }
  return answer(ctx, cite, { title: `${loc(locale, MEASURE_LABEL[measure])} — ${loc(locale, m.name)}: ${loc(locale, c.name)}`, blocks, suggestions });
}

/** The world ranking of the current edition (corrections applied), world total, chart and sources. */
/** The world ranking of a mineral and measure. `notes` are shown first. */
export function rankingAnswer(ctx: CommandContext, measure: Measure, m: Mineral, notes: string[]): Reply {
  return withNotes(renderedFor(ctx.dataset, `ranking|${measure}|${m.id}|${ctx.locale}`, () => buildRankingAnswer(ctx, measure, m, [])), notes);
}

function buildRankingAnswer(ctx: CommandContext, measure: Measure, m: Mineral, notes: string[]): Reply {
  const { dataset: ds, locale } = ctx;
  const cite = new Citations(ds);
  const view = editionTable(ds, m.id, measure);
  const title = `${loc(locale, MEASURE_LABEL[measure])} — ${loc(locale, m.name)}`;
  if (!view) {
    cite.add(...m.sources);
    const blocks = [...notes, t(locale,
      `The dataset holds no ${MEASURE_LABEL[measure].en.toLowerCase()} figures for ${m.name.en.toLowerCase()}.`,
      `Der Datensatz enthält keine Zahlen (${MEASURE_LABEL[measure].de}) für ${m.name.de}.`)];
    if (m.note) blocks.push(loc(locale, m.note));
    return answer(ctx, cite, { title, blocks, suggestions: ['/help'] });
  }
  cite.add(...view.base.sources);
  for (const e of view.errata) cite.add(...e.sources);
  const countryName = (id: string): string => {
    const c = ds.countryById.get(id);
    return c ? loc(locale, c.name) : id;
  };
  const isCountry = (id: string): boolean => ds.countryById.get(id)?.kind !== 'aggregate' && id !== 'WORLD' && id !== 'OTHER';
  const ranked = [...view.rows.entries()].filter(([id]) => isCountry(id))
    .sort((a, b) => rankValue(b[1].figure) - rankValue(a[1].figure) || countryName(a[0]).localeCompare(countryName(b[0])));

  const older = (country: string): EditionGroup[] => recordHistory(ds, m.id, country, measure);
  const rows = ranked.map(([id, e], i) => {
    cite.add(...e.figure.sources);
    const groups = older(id);
    let note = '';
    if (e.corrected) note = t(locale, `corrected in ${e.edition.label}; was ${val(e.corrected.figure, m, locale)}`, `korrigiert in ${e.edition.label}; vorher ${val(e.corrected.figure, m, locale)}`);
    else {
      const prev = groups.slice(1).map((g) => g.byYear.get(view.year)).find((x) => x !== undefined);
      if (prev && !sameValue(prev.figure, e.figure)) note = `${prev.edition.label}: ${val(prev.figure, m, locale)}`;
    }
    return [String(i + 1), countryName(id), val(e.figure, m, locale, 'full'), note];
  });
  const other = view.rows.get('OTHER');
  if (other) rows.push(['', countryName('OTHER'), val(other.figure, m, locale, 'full'), '']);

  const edLabel = [view.base.label, ...view.errata.map((e) => e.label)].join(' + ');
  const yearText = view.year !== undefined ? `, ${view.year}` : '';
  const blocks = [...notes];
  const world = view.rows.get('WORLD');
  if (world) {
    cite.add(...world.figure.sources);
    blocks.push(`${t(locale, 'World total', 'Welt gesamt')} (${world.edition.label}${yearText}): ${val(world.figure, m, locale, 'both')}${changeNote(older('WORLD'), view.year, m, locale, cite)}.`);
  }
  if (view.errata.length) {
    blocks.push(t(locale,
      `Corrections from ${view.errata.map((e) => e.label).join(', ')} are applied to ${view.base.label}.`,
      `Korrekturen aus ${view.errata.map((e) => e.label).join(', ')} sind in ${view.base.label} eingerechnet.`));
  }
  blocks.push(...discrepancyBlocks(ds, relevantDiscrepancies(ds, { country: 'WORLD', mineral: m.id, measure }), locale, cite));

  const bars = ranked.filter(([, e]) => e.figure.value !== null && e.figure.value > 0).slice(0, 10)
    .map(([id, e]) => ({ label: countryName(id), value: e.figure.value! }));
  const unit = `${m.unit.symbol}`;
  // The editions go into the caption drawn inside the image; the title stays short.
  const chartTitle = `${title}${yearText}`;
  const chartExtras = {
    locale,
    axisTitle: `${loc(locale, MEASURE_LABEL[measure])} in ${loc(locale, m.unit.what)}`,
    caption: chartCaption(ds, [view.base, ...view.errata], locale),
  };
  const alt = t(locale,
    `Bar chart of ${MEASURE_LABEL[measure].en.toLowerCase()} by country, ${edLabel}${yearText}, in ${unit}: `,
    `Balkendiagramm ${MEASURE_LABEL[measure].de} nach Land, ${edLabel}${yearText}, in ${unit}: `)
    + bars.map((b) => `${b.label} ${formatNumber(b.value, locale)}`).join('; ') + '.';
  const top = ranked[0];
  const columns = ['#', t(locale, 'Country', 'Land'), `${loc(locale, MEASURE_LABEL[measure])} (${m.unit.symbol})`, t(locale, 'Note', 'Hinweis')];
  return answer(ctx, cite, {
    title: `${title}: ${t(locale, 'ranking', 'Rangliste')} (${edLabel}${yearText})`,
    blocks: blocks.length ? blocks : [`${edLabel}${yearText}`],
    fields: [
      { label: t(locale, 'Edition', 'Ausgabe'), value: edLabel, inline: true },
      { label: t(locale, 'Unit', 'Einheit'), value: `${m.unit.symbol} — ${loc(locale, m.unit.what)}`, inline: true },
    ],
    table: { columns, rows, align: ['right', 'left', 'right', 'left'] },
    ...(bars.length ? { chart: { kind: 'bar' as const, title: chartTitle, unit, bars, alt, ...chartExtras } } : {}),
    suggestions: top ? [`${COMMAND[measure]} ${countryName(top[0])}${m.id === defaultMineral(ds)?.id ? '' : ` ${loc(locale, m.name)}`}`] : [],
  });
}
