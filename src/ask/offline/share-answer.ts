// A country's share of a world total, computed from one USGS edition's table. Split from answer-facts.ts.
import type { CommandContext } from '../../commands/types.js';
import { Citations, t } from '../../commands/common.js';
import { formatQuantity } from '../../reply/format.js';
import { editionTable, type Measure } from '../../commands/figures.js';
import type { Country, Mineral } from '../../dataset/schema.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { figureCommand } from './answer-figures.js';

/**
 * A country's share of the world total, computed from one USGS edition's table (same edition and
 * year, errata applied). A bounded figure ("more than 75 million t") gives no exact share, so the
 * answer then states both figures as printed and says no share can be computed.
 */
export function shareAnswer(ctx: CommandContext, p: ParsedQuery, measure: Measure, m: Mineral, c: Country): AnswerFirst | undefined {
  const { dataset: ds, locale } = ctx;
  const asked = p.time?.kind === 'year' && measure !== 'reserves' ? Number(p.time.start.slice(0, 4)) : undefined;
  // The edition asked for ("going by MCS 2025") when it holds the year, else the newest.
  const view = (p.edition !== undefined ? editionTable(ds, m.id, measure, asked, p.edition) : undefined) ?? editionTable(ds, m.id, measure, asked);
  const own = view?.rows.get(c.id);
  const world = view?.rows.get('WORLD');
  if (!view || !own || !world || own.figure.value === null || !world.figure.value) return undefined;
  const cite = new Citations(ds).add(...view.base.sources, ...own.figure.sources, ...world.figure.sources);
  const year = view.year !== undefined ? ` ${view.year}` : '';
  const unit = m.unit.symbol;
  const qty = (e: typeof own): string => formatQuantity(e.figure.value!, unit, locale, e.figure.qualifier);
  const labels = [...new Set([own.edition.label, world.edition.label])].join(', ');
  const what = locale === 'de'
    ? `${measure === 'reserves' ? 'den weltweiten Reserven' : 'der weltweiten Förderung'} (${m.name.de})`
    : `world ${measure === 'reserves' ? 'reserves' : 'mine production'} of ${m.name.en.toLowerCase()}`;
  const exact = !own.figure.qualifier && !world.figure.qualifier;
  // A world total rounded down to a country's own figure (gallium 2025: 900,000 kg, China 900,000 kg,
  // while Russia and Japan produce too) would make a share of 100 %: only then is the share taken of
  // the countries' sum; elsewhere USGS's world total stands, as the reader can check it.
  let parts = 0;
  for (const [id, e] of view.rows) if (id !== 'WORLD' && e.figure.value !== null && !e.figure.qualifier) parts += e.figure.value;
  const summed = parts > own.figure.value && own.figure.value / world.figure.value >= 0.995;
  const whole = summed ? parts : world.figure.value;
  const pct = Math.round((own.figure.value / whole) * 100);
  // "More than half of the world's?": yes or no from the exact share, never from a rounded or open one.
  const share = own.figure.value / whole;
  // A share claimed ("99%, yes/no?") is checked to the percent it states.
  const claimed = p.shareClaim && p.shareThreshold !== undefined ? Math.round(p.shareThreshold * 100) === pct : undefined;
  // One point off a share computed from two rounded totals ("99%?" against 900,000 of 900,000 kg) is
  // within their rounding: neither yes nor no.
  const withinRounding = claimed === false && Math.abs(Math.round(p.shareThreshold! * 100) - pct) <= 1;
  const verdict = exact && !withinRounding && p.polar && p.shareThreshold !== undefined && (claimed !== undefined || share !== p.shareThreshold)
    ? ((claimed ?? (share > p.shareThreshold) !== Boolean(p.less)) ? t(locale, 'Yes — ', 'Ja — ') : t(locale, 'No — ', 'Nein — ')) : '';
  const lead = verdict + (exact
    ? t(locale,
      `${c.name.en} — share of ${what}${year}: ${pct}% (${qty(own)}${summed ? '' : ` of the world's ${qty(world)}`}, ${labels}).`,
      `${c.name.de} — Anteil an ${what}${year}: ${pct} % (${qty(own)}${summed ? '' : ` von weltweit ${qty(world)}`}, ${labels}).`)
    : t(locale,
      `${c.name.en} — ${qty(own)} of the world's ${qty(world)} (${what}${year}, ${labels}); the world figure is not exact, so the dataset gives no exact share.`,
      `${c.name.de} — ${qty(own)} von weltweit ${qty(world)} (Anteil an ${what}${year}, ${labels}); die Weltzahl ist nicht genau, daher nennt der Datensatz keinen genauen Anteil.`));
  return {
    status: 'answer',
    ...(withinRounding ? { undecided: true } : {}),
    lead,
    support: !exact ? [] : summed
      ? [t(locale, `Share computed from the country figures of the same USGS edition: its world total, rounded to ${qty(world)}, leaves no room for the other producers.`,
        `Anteil berechnet aus den Länderzahlen derselben USGS-Ausgabe: Ihre auf ${qty(world)} gerundete Weltzahl lässt keinen Raum für die übrigen Förderländer.`)]
      : [t(locale, 'Share computed from the USGS country and world figures of the same edition.', 'Anteil berechnet aus den Länder- und Weltzahlen derselben USGS-Ausgabe.')],
    sources: cite.list(locale).map((s) => s.id),
    more: figureCommand(ds, measure, m, c, locale),
  };
}
