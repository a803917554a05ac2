// "Has the tariff cut expired?", "Is the trade truce still holding?": an act or agreement (no measure or
// suspension) asked as run out or still in force. The day it took effect is no "yes" to its running out,
// and a later day its texts state of something else ("fireworks for 4 July 2026") is not its end.
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import type { Dataset } from '../../dataset/dataset.js';
import { loc, t } from '../../commands/common.js';
import { formatDate } from '../../reply/format.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { normalize } from '../../dataset/lookup.js';
import { vocabIndex } from '../query/vocab.js';
import { stem } from '../query/stem.js';
import { datesInDatasetText } from '../query/time.js';
import { clausesOf, untilClause } from './event-clauses.js';
import { recordLabel, suspendedBy } from './suspension-records.js';

/**
 * The words of a record's aliases and titles, less stopwords and the names of countries, minerals and
 * elements ("Australien hat 2024 rund 13.000 t Seltene Erden gefördert" names no framework "zu … Seltenen Erden").
 */
function ownWords(ctx: CommandContext, e: Event): string[] {
  const v = vocabIndex(ctx.dataset);
  const { names, stems } = nameWords(ctx);
  return normalize([...e.aliases, e.title.en, e.title.de].join(' ')).split(' ').filter((w) => w.length > 3 && !v.stop.has(w) && !names.has(w) && !stems.has(stem(w, ctx.locale)));
}

// Per dataset and language: the words of the names of countries, minerals and elements, and their stems
// (German adjectives of those names, "Seltenen" of "Seltene Erden").
const nameWordsOf = new WeakMap<Dataset, Map<string, { names: Set<string>; stems: Set<string> }>>();
function nameWords(ctx: CommandContext): { names: Set<string>; stems: Set<string> } {
  const ds = ctx.dataset;
  const perLocale = nameWordsOf.get(ds) ?? new Map<string, { names: Set<string>; stems: Set<string> }>();
  nameWordsOf.set(ds, perLocale);
  let got = perLocale.get(ctx.locale);
  if (!got) {
    const names = new Set([...ds.countries, ...ds.minerals, ...ds.elements].flatMap((c) => [c.name.en, c.name.de, ...c.aliases]).flatMap((n) => normalize(n).split(' ')));
    perLocale.set(ctx.locale, (got = { names, stems: new Set([...names].map((n) => stem(n, ctx.locale))) }));
  }
  return got;
}

/**
 * The one record named, when it is no measure or suspension (their ends and states are read in
 * measure-state.ts).
 */
function recordAsked(ctx: CommandContext, p: ParsedQuery): Event | undefined {
  // Named outright, or by a word of its aliases or titles that names no country ("Zollsenkung",
  // "die Absichtserklärung mit Thailand"): a country alone ("Australia mined over 90,000 t") names no
  // act asked as over.
  const first = p.subjects.events[0];
  const byWord = first && ownWords(ctx, first).some((w) => p.words.includes(w)) ? [first] : [];
  const named = p.subjects.namedEvents.length ? p.subjects.namedEvents : byWord;
  if (named.length !== 1) return undefined;
  const r = named[0]!;
  return r.kind === 'export-control' || r.suspends.length || r.suspended_until || r.end_date || suspendedBy(ctx, r) ? undefined : r;
}

/**
 * The clause of a record's texts extending or suspending something to a later day ("Section 301
 * exclusions were extended to 10 November 2026"), with that day: the end of what the question may call
 * the record ("the trade truce"). A later day of another kind ("fireworks for 4 July 2026") is none.
 */
function endingClause(ctx: CommandContext, r: Event): { sentence: string; end: string } | undefined {
  const v = vocabIndex(ctx.dataset);
  for (const c of clausesOf(ctx, r)) {
    const later = datesInDatasetText(c.text, ctx.dataset).filter((d) => d.kind === 'day' && d.start > r.date).at(-1);
    if (later && normalize(c.text).split(' ').some((w) => v.extending.has(w) || v.eventKinds.suspension.has(w))) {
      // The clause, as a sentence of its own ("Section 301 exclusions were extended to 10 November 2026.").
      const text = c.text.trim().replace(/[.;,]*$/, '.');
      return { sentence: text.charAt(0).toUpperCase() + text.slice(1), end: later.start };
    }
  }
  return undefined;
}

function noEnd(ctx: CommandContext, r: Event): AnswerFirst {
  const { locale } = ctx;
  const asOf = formatDate(ctx.dataset.meta.as_of, locale);
  return { status: 'answer', sources: [...r.sources], more: `/summit ${r.id}`, support: [loc(locale, r.summary)],
    lead: t(locale, `The dataset (as of ${asOf}) records no end for it: ${recordLabel(ctx, r)}.`,
      `Ein Ende verzeichnet der Datensatz (Stand ${asOf}) dafür nicht: ${recordLabel(ctx, r)}.`) };
}

/** The record asked as run out: the day its texts run something to, or that no end is recorded (recordState). */
export function endNotRecorded(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  const r = recordAsked(ctx, p);
  if (!r) return undefined;
  const u = untilClause(ctx, p, r);
  return u && u.hits > 0 ? undefined : recordState(ctx, p, r);
}

/**
 * "Is the Busan trade truce still holding in December 2026?", "Is the tariff cut still in force?": the
 * state of the record asked on the day asked (today, or a later day the question names): the day its
 * texts run something to, with what followed unrecorded once it has passed; else that no end is recorded.
 */
export function recordState(ctx: CommandContext, p: ParsedQuery, r = recordAsked(ctx, p)): AnswerFirst | undefined {
  if (!r) return undefined;
  const ending = endingClause(ctx, r);
  if (!ending) return noEnd(ctx, r);
  const { locale } = ctx;
  const day = p.time && p.time.kind !== 'year' && p.time.kind !== 'latest' && p.time.start > r.date ? p.time.start : ctx.now.toISOString().slice(0, 10);
  const end = formatDate(ending.end, locale);
  const asOf = formatDate(ctx.dataset.meta.as_of, locale);
  const label = `${loc(locale, r.title)}, ${formatDate(r.date, locale)}`;
  const lead = day >= ending.end
    ? t(locale, `Its record runs until ${end} (${label}): ${ending.sentence} What followed, the dataset (as of ${asOf}) does not record.`,
      `Sein Eintrag reicht bis zum ${end} (${label}): ${ending.sentence} Was danach galt, verzeichnet der Datensatz (Stand ${asOf}) nicht.`)
    : t(locale, `Until ${end}, as recorded up to ${asOf} (${label}): ${ending.sentence}`, `Bis zum ${end}, Stand ${asOf} (${label}): ${ending.sentence}`);
  return { status: 'answer', sources: [...r.sources], more: `/summit ${r.id}`, support: [loc(locale, r.summary)], lead };
}
