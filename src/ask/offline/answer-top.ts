// A ranking of countries for one figure: top-N, a place asked, a continent's countries, the countries
// past a number or between two, and yes/no on a country's place.
import type { Country, Mineral } from '../../dataset/schema.js';
import type { CommandContext } from '../../commands/types.js';
import { Citations, loc, t } from '../../commands/common.js';
import { formatCount } from '../../reply/format.js';
import { editionTable, rankValue, recordHistory, type Measure } from '../../commands/figures.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { inRegion } from '../query/regions.js';
import { negationClaimed, questionNegated } from './polar-parts.js';
import { current, figureCommand, figureYes, listNames, noFigure, singleFigure, val, what, yesNo } from './answer-figures.js';
import { amongAsked } from './polar-lead.js';

/** A ranking; `isTop`: is that country the one asked (yes/no); `placeOf`: where that country stands. */
export function topFigures(ctx: CommandContext, p: ParsedQuery, measure: Measure, m: Mineral, isTop?: Country, placeOf?: Country): AnswerFirst {
  const { dataset: ds, locale } = ctx;
  const asked = p.time?.kind === 'year' ? Number(p.time.start.slice(0, 4)) : undefined;
  const more = figureCommand(ds, measure, m, undefined, locale);
  // An edition asked for ("Laut MCS 2025: wer war 2024 …") ranks by that edition or not at all.
  const inEdition = p.edition === undefined ? undefined
    : (asked !== undefined && measure !== 'reserves' ? editionTable(ds, m.id, measure, asked, p.edition) : undefined) ?? editionTable(ds, m.id, measure, undefined, p.edition);
  if (p.edition !== undefined && !inEdition) {
    const partial = ds.editions.find((e) => e.partial && Math.floor(e.order) === p.edition);
    if (partial) {
      return noFigure(ctx, t(locale, `The dataset has no ranking for that: of ${partial.label} it holds only some countries' figures, those later editions revised, so it cannot rank that edition.`,
        `Dazu hat der Datensatz keine Rangfolge: Aus ${partial.label} enthält er nur einige Länderzahlen, die spätere Ausgaben revidierten; eine Rangfolge dieser Ausgabe kann er nicht geben.`), more);
    }
    return noFigure(ctx, t(locale, `The dataset has no figure for that: it holds no ${what(measure, m, locale)} table from the ${p.edition} edition.`,
      `Dazu hat der Datensatz keine Zahl: Er enthält keine Tabelle zu ${what(measure, m, locale)} aus der Ausgabe ${p.edition}.`), more);
  }
  const ofYear = asked !== undefined && measure !== 'reserves' ? editionTable(ds, m.id, measure, asked) : undefined;
  // "Who mined the most in 2014?": a year no table holds is said, never answered with the newest year's ranking.
  if (asked !== undefined && measure !== 'reserves' && !inEdition && !ofYear) {
    const held = [...new Set(ds.figures.filter((f) => f.mineral === m.id && f.measure === measure && f.year !== undefined).map((f) => f.year!))].sort((a, b) => a - b);
    if (held.length) {
      const span = held.length > 1 ? `${held[0]}–${held.at(-1)}` : String(held[0]);
      return noFigure(ctx, t(locale, `The dataset has no figure for that: it holds ${what(measure, m, locale)} for ${span}, not for ${asked}.`,
        `Dazu hat der Datensatz keine Zahl: ${what(measure, m, locale)} enthält er für ${span}, nicht für ${asked}.`), more);
    }
  }
  const view = inEdition ?? ofYear ?? editionTable(ds, m.id, measure);
  if (!view) {
    return noFigure(ctx, t(locale, `The dataset has no figure for that: it holds no USGS ${what(measure, m, locale)} table.`,
      `Dazu hat der Datensatz keine Zahl: Er enthält keine USGS-Tabelle zu ${what(measure, m, locale)}.`), '/help', m.sources, m.note ? [loc(locale, m.note)] : []);
  }
  const cite = new Citations(ds).add(...view.base.sources);
  for (const e of view.errata) cite.add(...e.sources);
  // "Which African country …": the continent's countries only. "The smallest": from the bottom, among
  // countries with a figure above zero (a USGS dash is no holder, an unpublished figure no size).
  // German labels carry their article where they need one ("der Karibik"): "in der Karibik", "außerhalb der Karibik".
  const region = p.region ? ds.vocabulary?.grammar.regions[p.region] : undefined;
  const ascending = Boolean(p.less) && p.threshold === undefined;
  const all = [...view.rows.entries()].filter(([id]) => ds.countryById.get(id)?.kind !== 'aggregate' && (!region || inRegion(ds, ds.countryById.get(id), p.region!) !== Boolean(p.outsideRegion)))
    .filter(([, e]) => !ascending || rankValue(e.figure) > 0)
    .sort((a, b) => (ascending ? -1 : 1) * (rankValue(b[1].figure) - rankValue(a[1].figure)));
  const within = !region ? '' : p.outsideRegion ? t(locale, ` outside ${region.label.en}`, ` außerhalb ${/^der /.test(region.label.de) ? '' : 'von '}${region.label.de}`) : t(locale, ` in ${region.label.en}`, ` in ${region.label.de}`);
  const out = new Set((p.after ?? []).map((c) => c.id));
  const name = (id: string): string => loc(locale, ds.countryById.get(id)!.name);
  const item = ([id, e]: (typeof all)[number]): string => {
    cite.add(...e.figure.sources);
    return `${all.findIndex((x) => x[0] === id) + 1}. ${name(id)} ${val(e.figure, m, locale)}`;
  };
  const ed = [view.base.label, ...view.errata.map((e) => e.label)].join(' + ');
  const year = view.year !== undefined ? `, ${view.year}` : '';
  const support: string[] = [];
  const world = view.rows.get('WORLD');
  const worldLine = (): void => {
    if (!world) return;
    cite.add(...world.figure.sources);
    support.push(`${t(locale, 'World total', 'Welt gesamt')}: ${val(world.figure, m, locale)}.`);
  };
  // "Is Vietnam second?" answered "no": where Vietnam itself stands, with its figure.
  const ownPlace = (cid: string): string => {
    const k = all.findIndex(([x]) => x === cid);
    if (k < 0) return '';
    const f = all[k]![1].figure;
    cite.add(...f.sources);
    // Listed with no figure ("not available"): no place among those with one.
    if (f.value === null) return t(locale, `${name(cid)} is listed without a figure (${val(f, m, locale)}).`, `${name(cid)} ist ohne Zahl aufgeführt (${val(f, m, locale)}).`);
    const ordinal = ctx.dataset.vocabulary?.grammar.ordinals.en[k];
    return t(locale, `${name(cid)} ranks ${ordinal ?? `No. ${k + 1}`} with ${val(f, m, locale)}.`, `${name(cid)} liegt auf Platz ${k + 1} mit ${val(f, m, locale)}.`);
  };
  // "Where does Burma rank?": its place and figure first, then the ranking down to it.
  const placed = placeOf ? all.findIndex(([x]) => x === placeOf.id) : -1;
  if (placeOf && placed >= 0 && all[placed]![1].figure.value !== null) {
    const e = all[placed]![1];
    cite.add(...e.figure.sources);
    const ordinal = ctx.dataset.vocabulary?.grammar.ordinals.en[placed];
    const lead = t(locale, `${name(placeOf.id)} ranks ${ordinal ?? `No. ${placed + 1}`} for ${what(measure, m, locale)}${within} (${ed}${year}) with ${val(e.figure, m, locale)}.`,
      `${name(placeOf.id)} liegt bei ${what(measure, m, locale)}${within} (${ed}${year}) auf Platz ${placed + 1} mit ${val(e.figure, m, locale)}.`);
    support.push(`${t(locale, 'Ranking', 'Rangliste')}: ${all.slice(0, Math.min(Math.max(placed + 2, 3), 10)).map(item).join('; ')}.`);
    worldLine();
    return { status: 'answer', lead, support, sources: cite.list(locale).map((x) => x.id), more };
  }
  // One place asked ("second largest", "the biggest after China"): that country first, then the ranking.
  const place = p.rank !== undefined || (out.size > 0 && p.topN === undefined) ? placeAsked(all.map(([id]) => id), out, p.rank, p.follows) : undefined;
  if (place !== undefined) {
    const [id, e] = all[place]!;
    cite.add(...e.figure.sources);
    const above = all.slice(0, place).map(([x, f]) => t(locale, `${name(x)} with ${val(f.figure, m, locale)}`, `${name(x)} mit ${val(f.figure, m, locale)}`));
    const ordinal = ctx.dataset.vocabulary?.grammar.ordinals.en[place];
    const yes = isTop ? rankYes(ctx, p, id === isTop.id) : '';
    const own = isTop && id !== isTop.id ? ownPlace(isTop.id) : '';
    // German without a verb: a country's name may be plural ("Vereinigte Staaten").
    // "Platz vier und fünf": the second place asked right after the first, ahead of who is above.
    const at = p.nextRank !== undefined && !isTop ? place + p.nextRank - p.rank! : undefined;
    const second = at !== undefined ? all[at] : undefined;
    if (second) cite.add(...second[1].figure.sources);
    // "second, third and fourth": the places between the first and the last asked are asked too.
    const between = at !== undefined && second ? all.slice(place + 1, at) : [];
    for (const [, f] of between) cite.add(...f.figure.sources);
    const held = (x: (typeof all)[number]): string => t(locale, `${name(x[0])} with ${val(x[1].figure, m, locale)}`, `${name(x[0])} mit ${val(x[1].figure, m, locale)}`);
    const lead = second && between.length
      ? t(locale, `Places ${place + 1} to ${at! + 1} for ${what(measure, m, locale)}${within} (${ed}${year}): ${listNames([all[place]!, ...between, second].map(held), locale)}.`,
        `Platz ${place + 1} bis ${at! + 1} bei ${what(measure, m, locale)}${within} (${ed}${year}): ${listNames([all[place]!, ...between, second].map(held), locale)}.`)
      : second
      ? t(locale, `Places ${place + 1} and ${at! + 1} for ${what(measure, m, locale)}${within} (${ed}${year}): ${name(id)} with ${val(e.figure, m, locale)} and ${name(second[0])} with ${val(second[1].figure, m, locale)}.`,
        `Platz ${place + 1} und ${at! + 1} bei ${what(measure, m, locale)}${within} (${ed}${year}): ${name(id)} mit ${val(e.figure, m, locale)} und ${name(second[0])} mit ${val(second[1].figure, m, locale)}.`)
      : locale === 'de'
        ? `${yes}Platz ${place + 1} bei ${what(measure, m, locale)}${within} (${ed}${year}): ${name(id)} mit ${val(e.figure, m, locale)}${above.length ? `, hinter ${listNames(above, locale)}` : ''}.`
        : `${yes}${name(id)} ranks ${ordinal ?? `No. ${place + 1}`} for ${what(measure, m, locale)}${within} (${ed}${year}) with ${val(e.figure, m, locale)}${above.length ? `, behind ${listNames(above, locale)}` : ''}.`;
    if (own) support.push(own);
    support.push(`${t(locale, 'Ranking', 'Rangliste')}: ${all.slice(0, Math.min(Math.max(place + 2, 3), 10)).map(item).join('; ')}.`);
    worldLine();
    return { status: 'answer', lead, support, sources: cite.list(locale).map((s) => s.id), more };
  }
  // "Which countries hold more than ten million tonnes?": every country past the number asked.
  if ((p.threshold !== undefined || p.range) && !isTop) {
    const past = all.filter(([id, e]) => !out.has(id) && e.figure.value !== null && figureYes(p, e.figure.value, m.unit.symbol));
    // The reader's number is not repeated as if it were a figure of the dataset.
    const head = p.range ? t(locale, 'Between the amounts asked', 'Zwischen den genannten Mengen')
      : p.less ? t(locale, 'Below the amount asked', 'Unter der genannten Menge') : t(locale, 'Above the amount asked', 'Über der genannten Menge');
    // "How many countries hold more than …?": the count first, then the countries.
    const count = p.operator === 'count' ? `${past.length}: ` : '';
    const lead = past.length
      ? `${count}${head} — ${what(measure, m, locale)}${within} (${ed}${year}): ${past.slice(0, 10).map(item).join('; ')}${past.length > 10 ? ' …' : ''}.`
      : `${head} — ${what(measure, m, locale)}${within} (${ed}${year}): ${t(locale, 'no country', 'kein Land')}.`;
    worldLine();
    return { status: 'answer', lead, support, sources: cite.list(locale).map((s) => s.id), more };
  }
  const n = Math.min(p.topN ?? 5, 10);
  const ranked = all.filter(([id]) => !out.has(id)).slice(0, n);
  const list = ranked.map(item);
  if (isTop && !ranked.some(([id]) => id === isTop.id)) {
    const own = ownPlace(isTop.id);
    if (own) support.push(own);
  }
  // "Is China the top producer?": yes or no first, then the ranking.
  const first = ranked[0]?.[0];
  // "Is China among the top 3?": any of the first N.
  // "Is China the only producer?": only if no other country has a figure above zero.
  const holders = all.filter(([, e]) => rankValue(e.figure) > 0);
  // "The only country with more than 40 million t?": the only one past that bound.
  const beyond = p.only && p.threshold !== undefined && !p.less ? all.filter(([, e]) => rankValue(e.figure) > p.threshold!) : holders;
  // "Is Australia among the largest producers?": a group of no stated size is no first place; the list shows the rank.
  const amongSome = p.topN === undefined && !p.only && amongAsked(ctx, p);
  const yes = isTop && first && !amongSome ? rankYes(ctx, p, p.only ? beyond.length === 1 && beyond[0]![0] === isTop.id
    : p.topN !== undefined ? ranked.some(([id]) => id === isTop.id) : first === isTop.id) : '';
  const without = out.size ? t(locale, ` after ${listNames([...out].map(name), locale)}`, ` nach ${listNames([...out].map(name), locale)}`) : '';
  const head = ascending ? t(locale, 'Smallest', 'Kleinste') : t(locale, 'Largest', 'Größte');
  // "How many countries does USGS list?": the countries with a figure above zero, counted, then listed.
  if (p.operator === 'count' && !isTop && holders.length) {
    const shown = holders.filter(([id]) => !out.has(id));
    const one = shown.length === 1;
    const lead = t(locale, `${formatCount(shown.length, { one: 'country', other: 'countries' }, locale)}${within}${without} ${one ? 'has' : 'have'} a figure above zero for ${what(measure, m, locale)} (${ed}${year}): `,
      `${formatCount(shown.length, { one: 'Land', other: 'Länder' }, locale)}${within}${without} ${one ? 'hat' : 'haben'} eine Zahl über null bei ${what(measure, m, locale)} (${ed}${year}): `)
      + `${shown.slice(0, 10).map(item).join('; ')}${shown.length > 10 ? ' …' : ''}.`;
    worldLine();
    return { status: 'answer', lead, support, sources: cite.list(locale).map((s) => s.id), more };
  }
  // A continent with no country in the table ("Central American reserves"): said, not an empty list.
  const lead = list.length === 0
    ? t(locale, `No country${within}${without} is listed for ${what(measure, m, locale)} (${ed}${year}).`, `Kein Land${within}${without} ist bei ${what(measure, m, locale)} (${ed}${year}) aufgeführt.`)
    : `${yes}${head} ${what(measure, m, locale)}${within}${without} (${ed}${year}): ${list.join('; ')}.`;
  worldLine();
  return { status: 'answer', lead, support, sources: cite.list(locale).map((s) => s.id), more };
}

/**
 * The index in the ranking of the place asked: the rank itself ("second largest" → 1), moved past
 * countries put out of it; with no rank, the first country not put out ("biggest outside China"), or,
 * put out by a word of order, the first after the last of them ("who follows Brazil": third, not China).
 */
function placeAsked(ids: readonly string[], out: ReadonlySet<string>, rank: number | undefined, follows = false): number | undefined {
  const last = follows && rank === undefined ? Math.max(...ids.map((id, i) => (out.has(id) ? i : -1))) : -1;
  for (let i = rank !== undefined ? rank - 1 : last + 1; i < ids.length; i++) if (!out.has(ids[i]!)) return i;
  return undefined;
}

/** The world total (no country asked, no ranking asked). */
export function worldFigure(ctx: CommandContext, p: ParsedQuery, measure: Measure, m: Mineral): AnswerFirst {
  const world = ctx.dataset.countryById.get('WORLD');
  if (!world || !current(recordHistory(ctx.dataset, m.id, world.id, measure), measure)) return topFigures(ctx, p, measure, m);
  const a = singleFigure(ctx, p, measure, m, world);
  return { ...a, more: figureCommand(ctx.dataset, measure, m, undefined, ctx.locale) };
}

/**
 * Yes or no to a place claimed: "Russia isn't among the top five, correct?" claims the negation, so
 * Russia in fourth place is "No"; "Gehört Russland nicht zu den fünf größten?" asks the fact, which
 * German answers "Doch".
 */
function rankYes(ctx: CommandContext, p: ParsedQuery, holds: boolean): string {
  const neg = questionNegated(ctx, p);
  if (neg && negationClaimed(ctx, p)) return yesNo(ctx.locale, !holds);
  return neg && holds && ctx.locale === 'de' ? 'Doch — ' : yesNo(ctx.locale, holds);
}
