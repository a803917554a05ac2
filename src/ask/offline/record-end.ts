// "Has the tariff cut expired?", "Ist das Rahmenabkommen mit Japan ausgelaufen?": an act or agreement
// asked as run out, whose record gives it no end. The day it took effect is no "yes" to its running out,
// and a later day its texts state of something else ("fireworks for 4 July 2026") is not its end.
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { loc, t } from '../../commands/common.js';
import { formatDate } from '../../reply/format.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { normalize } from '../../dataset/lookup.js';
import { vocabIndex } from '../query/vocab.js';
import { datesInDatasetText } from '../query/time.js';
import { clausesOf, untilClause } from './event-clauses.js';
import { recordLabel, suspendedBy } from './suspension-records.js';

/** The words of a record's aliases and titles, less the names of countries and stopwords. */
function ownWords(ctx: CommandContext, e: Event): string[] {
  const v = vocabIndex(ctx.dataset);
  const countries = new Set(ctx.dataset.countries.flatMap((c) => [c.name.en, c.name.de, ...c.aliases]).flatMap((n) => normalize(n).split(' ')));
  return normalize([...e.aliases, e.title.en, e.title.de].join(' ')).split(' ').filter((w) => w.length > 3 && !v.stop.has(w) && !countries.has(w));
}

/**
 * The one record named, when it is no measure or suspension (their ends are read in measure-state.ts)
 * and neither it nor a clause of its texts holding the question's words gives an end.
 */
function endlessRecord(ctx: CommandContext, p: ParsedQuery): Event | undefined {
  // Named outright, or by a word of its aliases or titles that names no country ("Zollsenkung",
  // "die Absichtserklärung mit Thailand"): a country alone ("Australia mined over 90,000 t") names no
  // act asked as over.
  const first = p.subjects.events[0];
  const byWord = first && ownWords(ctx, first).some((w) => p.words.includes(w)) ? [first] : [];
  const named = p.subjects.namedEvents.length ? p.subjects.namedEvents : byWord;
  if (named.length !== 1) return undefined;
  const r = named[0]!;
  if (r.kind === 'export-control' || r.suspends.length || r.suspended_until || r.end_date || suspendedBy(ctx, r)) return undefined;
  const u = untilClause(ctx, p, r);
  if (u && u.hits > 0) return undefined;
  // A later day its texts extend or suspend something to ("exclusions were extended to 10 November 2026")
  // may be the end of what the question calls it ("the trade truce"); a day of another kind is not.
  const v = vocabIndex(ctx.dataset);
  const ends = clausesOf(ctx, r).some((c) => datesInDatasetText(c.text, ctx.dataset).some((d) => d.start > r.date)
    && normalize(c.text).split(' ').some((w) => v.extending.has(w) || v.eventKinds.suspension.has(w)));
  return ends ? undefined : r;
}

/** That the dataset records no end of the record asked as run out, with the record. */
export function endNotRecorded(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  const r = endlessRecord(ctx, p);
  if (!r) return undefined;
  const { locale } = ctx;
  const asOf = formatDate(ctx.dataset.meta.as_of, locale);
  return { status: 'answer', sources: [...r.sources], more: `/summit ${r.id}`, support: [loc(locale, r.summary)],
    lead: t(locale, `The dataset (as of ${asOf}) records no end for it: ${recordLabel(ctx, r)}.`,
      `Ein Ende verzeichnet der Datensatz (Stand ${asOf}) dafür nicht: ${recordLabel(ctx, r)}.`) };
}
