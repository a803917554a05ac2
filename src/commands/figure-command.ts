// Shared argument handling of /reserves and /production: forgiving about order ("lithium chile"),
// defaults to rare earths, and maps an element ("neodymium") to the rare-earth group USGS reports.
import type { Reply } from '../reply/model.js';
import type { Country, Mineral } from '../dataset/schema.js';
import type { EntityMap, LookupResult } from '../dataset/lookup.js';
import { RequestLookups } from './request-lookups.js';
import type { Args, CommandContext } from './types.js';
import { Citations, echo, loc, notFound, t } from './common.js';
import { resolveEntity } from './resolve.js';
import type { Measure } from './figures.js';
import { countryFigureAnswer, defaultMineral, rankingAnswer } from './figure-answer.js';

type Kind = 'country' | 'mineral' | 'element';

/**
 * Kind-only lookups (no suggestions) for one run of a command: its arguments are tried as country,
 * mineral and element, in either order, and each text was looked up anew up to four times per kind
 * (a typo scanning the fuzzy index each time; bench/core.ts, --cpu-prof). Lives for the one call.
 */
type Lookups = <K extends Kind>(kind: K, text: string) => LookupResult<EntityMap[K]>;

function lookupsOf(ctx: CommandContext): Lookups {
  // The request's own when the core made one: binding has looked most of these texts up already.
  const request = ctx.lookups ??= new RequestLookups(ctx.dataset);
  return <K extends Kind>(kind: K, text: string): LookupResult<EntityMap[K]> => request.kindOnly(ctx.dataset, kind, text);
}

// Critical minerals users ask about for which the dataset holds no USGS table (FACTS §4e–4f): say so
// plainly instead of "I don't know the country 'graphite'".
const NO_TABLE = new Map<string, { en: string; de: string }>([
  ['graphite', { en: 'Graphite', de: 'Graphit' }], ['graphit', { en: 'Graphite', de: 'Graphit' }],
  ['germanium', { en: 'Germanium', de: 'Germanium' }],
  ['antimony', { en: 'Antimony', de: 'Antimon' }], ['antimon', { en: 'Antimony', de: 'Antimon' }],
]);

function noTableAnswer(ctx: CommandContext, typed: string, measure: Measure): Reply | undefined {
  const name = NO_TABLE.get(typed.toLowerCase());
  if (!name) return undefined;
  const facts = ctx.dataset.facts.filter((f) => f.topic === name.en.toLowerCase());
  const cmd = measure === 'reserves' ? '/reserves' : '/production';
  const what = measure === 'reserves' ? t(ctx.locale, 'reserves', 'Reserven') : t(ctx.locale, 'production', 'Förderung');
  const reply = notFound(ctx, t(ctx.locale,
    `The dataset holds no USGS ${what} figures by country for ${name.en.toLowerCase()}, so Lodestone has no number to quote.`,
    `Der Datensatz enthält keine USGS-Länderzahlen (${what}) für ${name.de}; Lodestone hat daher keine Zahl zu zitieren.`),
  [`${cmd} lithium`, `/help ${cmd.slice(1)}`]);
  const cite = new Citations(ctx.dataset);
  for (const f of facts) cite.add(...f.sources);
  return { ...reply, blocks: [...reply.blocks, ...facts.map((f) => loc(ctx.locale, f.text))], sources: cite.list(ctx.locale) };
}

// Module functions rather than closures per call: under tsx, which runs the benchmarks, every named
// closure created also calls esbuild's __name helper (Object.defineProperty), a tenth of this command's
// CPU (bench/core.ts, --cpu-prof).
const resolves = (look: Lookups, kind: 'country' | 'mineral', text: string): boolean => look(kind, text).kind !== 'none';

/** The text without the years typed into it (collected in `years`), or undefined when nothing else is left. */
function withoutYears(s: string | undefined, years: string[]): string | undefined {
  // Most texts have no digit, and so no year to look for.
  const rest = s && /\d/.test(s) ? s.replace(/\b(19|20)\d{2}\b/g, (y) => (years.push(y), ' ')) : s;
  return rest?.replace(/\s+/g, ' ').trim() || undefined;
}

export function runFigureCommand(measure: Measure, args: Args, ctx: CommandContext): Reply {
  const ds = ctx.dataset;
  const cmd = measure === 'reserves' ? '/reserves' : '/production';
  const look = lookupsOf(ctx);
  // Users add a year ("/production 2023 china"); the answer already lists every data year and
  // edition, so the year is dropped from the names and acknowledged instead of failing the lookup.
  const years: string[] = [];
  let countryText = withoutYears(args.country, years);
  let mineralText = withoutYears(args.mineral, years);
  if (!countryText && mineralText && !resolves(look, 'mineral', mineralText)) [countryText, mineralText] = [mineralText, undefined];
  for (const typed of [mineralText, countryText]) {
    // The table of minerals without figures first: asking whether every mineral typed is a country
    // scanned the country names for a typo on most answers (bench/core-check.ts prof).
    const answer = typed && NO_TABLE.has(typed.toLowerCase()) && !resolves(look, 'country', typed) ? noTableAnswer(ctx, typed, measure) : undefined;
    if (answer) return answer;
  }

  // Arguments in the other order, or a mineral alone in the country slot.
  if (countryText && !mineralText && !resolves(look, 'country', countryText) && resolves(look, 'mineral', countryText)) {
    mineralText = countryText;
    countryText = undefined;
  } else if (countryText && mineralText && !resolves(look, 'country', countryText) && !resolves(look, 'mineral', mineralText)
    && resolves(look, 'country', mineralText) && resolves(look, 'mineral', countryText)) {
    [countryText, mineralText] = [mineralText, countryText];
  }

  const asked = years.join(', ');
  const notes: string[] = !years.length ? []
    : countryText ? [t(ctx.locale,
      `Every data year and edition the dataset holds is shown below (you asked about ${asked}).`,
      `Unten stehen alle Datenjahre und Ausgaben, die der Datensatz enthält (gefragt war nach ${asked}).`)]
    : [t(ctx.locale,
      `The ranking uses the latest edition's data year (you asked about ${asked}); ${cmd} <country> lists every year and edition.`,
      `Die Rangliste nutzt das Datenjahr der neuesten Ausgabe (gefragt war nach ${asked}); ${cmd} <Land> zeigt alle Jahre und Ausgaben.`)];
  let mineral: Mineral | undefined = defaultMineral(ds);
  if (mineralText) {
    // Only the kinds (and an exact element) are read here: the same with or without suggestions.
    // The element only for a text that names no mineral: a mineral ("lithium") looked up as an
    // element is a miss that scans the element names for a typo.
    const asMineral = look('mineral', mineralText);
    const el = asMineral.kind === 'none' ? look('element', mineralText) : undefined;
    if (el?.kind === 'exact' && mineral) {
      notes.push(t(ctx.locale,
        `USGS reports rare earths as one group (rare-earth-oxide equivalent), not per element; showing rare earths. For ${el.item.name.en} itself see /element ${el.item.symbol}.`,
        `Die USGS meldet Seltene Erden als eine Gruppe (Seltenerdoxid-Äquivalent), nicht je Element; gezeigt werden Seltene Erden. Zu ${el.item.name.de} selbst: /element ${el.item.symbol}.`));
    } else {
      const r = resolveEntity(ctx, 'mineral', mineralText, (m) => `${cmd}${countryText ? ` ${echo(countryText, 40)}` : ''} ${loc(ctx.locale, m.name)}`, asMineral);
      if (!r.ok) return r.reply;
      mineral = r.item;
      if (r.note) notes.push(r.note);
    }
  }
  if (!mineral) return notFound(ctx, t(ctx.locale, 'The dataset has no minerals.', 'Der Datensatz enthält keine Rohstoffe.'), ['/help']);

  if (!countryText) return rankingAnswer(ctx, measure, mineral, notes);
  const m = mineral;
  const isDefault = m.id === defaultMineral(ds)?.id;
  const r = resolveEntity(ctx, 'country', countryText, (c: Country) => `${cmd} ${loc(ctx.locale, c.name)}${isDefault ? '' : ` ${loc(ctx.locale, m.name)}`}`, look('country', countryText));
  if (!r.ok) return r.reply;
  if (r.note) notes.push(r.note);
  if (r.item.id === 'WORLD') return rankingAnswer(ctx, measure, m, notes);
  return countryFigureAnswer(ctx, measure, m, r.item, notes);
}
