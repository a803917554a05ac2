// "How many people died in the July border clashes?", "Until when do the Section 301 exclusions run?": a
// question whose own words ("died", "run") no text holds, but a run of whose known words stands in one
// event's record ("border clashes"), is about that record: its clause answers, where the scope note
// would turn a question of the beat away.
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import type { Dataset } from '../../dataset/dataset.js';
import type { Locale } from '../../reply/model.js';
import { normalize } from '../../dataset/lookup.js';
import type { ParsedQuery } from '../query/types.js';
import { vocabIndex } from '../query/vocab.js';

// Per dataset and language: each event's texts, normalised and padded, for phrase look-ups.
const textsOf = new WeakMap<Dataset, Partial<Record<Locale, { event: Event; padded: string }[]>>>();

function eventTexts(ds: Dataset, locale: Locale): { event: Event; padded: string }[] {
  let per = textsOf.get(ds);
  if (!per) textsOf.set(ds, (per = {}));
  return (per[locale] ??= ds.events.map((event) => ({
    event,
    padded: ` ${normalize([event.summary, event.agreed, event.outcome].filter((x) => x !== undefined).map((x) => x[locale]).join(' '))} `,
  })));
}

/** Whether an event's texts state a year ("border clashes in July 2025" in a declaration of October). */
function textsName(e: Event, year: string): boolean {
  return [e.summary, e.agreed, e.outcome].some((x) => x !== undefined && (x.en.includes(year) || x.de.includes(year)));
}

/**
 * The one event whose record holds a run of the question's known words as the question has them
 * ("border clashes", "section 301 exclusions"), the longest such run first; a number may stand in the
 * run beside a word.
 */
export function phraseRecord(ctx: CommandContext, p: ParsedQuery): Event | undefined {
  const v = vocabIndex(ctx.dataset);
  const unknown = new Set(p.unknown);
  const known = (w: string | undefined): w is string => w !== undefined && !unknown.has(w) && !v.stop.has(w) && (/^\d+$/.test(w) || (w.length >= 4 && !/\d/.test(w)));
  const texts = eventTexts(ctx.dataset, ctx.locale);
  for (let n = Math.min(4, p.words.length); n >= 2; n--) {
    const found = new Set<Event>();
    for (let i = 0; i + n <= p.words.length; i++) {
      const run = p.words.slice(i, i + n);
      if (!run.every(known) || run.every((w) => /^\d+$/.test(w))) continue;
      const phrase = ` ${run.join(' ')} `;
      for (const t of texts) if (t.padded.includes(phrase)) found.add(t.event);
    }
    // A record of other countries or another time is no answer ("the border clashes between India and China in 2020").
    const t = p.time;
    const fits = [...found].filter((e) => p.subjects.countries.every((c) => e.countries.includes(c.id)) && (!t || t.kind === 'latest' || (e.date <= t.end && (e.end_date ?? e.date) >= t.start) || textsName(e, t.start.slice(0, 4))));
    if (found.size === 1) return fits[0];
    if (found.size > 1) return undefined;
  }
  return undefined;
}
