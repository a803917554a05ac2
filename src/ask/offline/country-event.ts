// A country asked when, who or where of: its events hold the dates and people, the country none.
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { normalize } from '../../dataset/lookup.js';
import type { ParsedQuery } from '../query/types.js';
import { genitiveBase, splitCompound, stem } from '../query/text.js';
import { vocabIndex } from '../query/vocab.js';

/**
 * "What day did Trump land in Japan?", "who's Japan's new PM": when, who or where asked of a country
 * with no figure, mineral or event named. Of the country's events (those whose people or title hold
 * a word of the question, if any do), the one most its own, then the first: a country holds no date
 * or person, its events do.
 */
export function countryEvent(ctx: CommandContext, p: ParsedQuery): { event: Event; field: 'date' | 'participants' | 'place' } | undefined {
  const field = p.operator === 'when' ? 'date' : p.operator === 'who' ? 'participants' : p.operator === 'where' ? 'place' : undefined;
  const s = p.subjects;
  if (!field || !s.countries.length || s.minerals.length || s.world || p.time) return undefined;
  const ids = s.countries.map((c) => c.id);
  // Events list their countries host or main party first: the asked country's place there ranks
  // how much the event is the country's (Japan is the third party of the US–Australia framework).
  const place = (e: Event): number => Math.max(...ids.map((id) => e.countries.indexOf(id)));
  const events = ctx.dataset.events.filter((e) => ids.every((id) => e.countries.includes(id))).sort((a, b) => place(a) - place(b) || a.date.localeCompare(b.date));
  // A German genitive names as the name does ("Trumps Reise nach China").
  const words = new Set(p.content.flatMap((w) => [w, genitiveBase(w, ctx.locale) ?? w].map((x) => stem(x, ctx.locale))));
  // A title's compounds by their parts too, as the question's are split ("Rahmenabkommen": "abkommen").
  const parts = vocabIndex(ctx.dataset).parts;
  const naming = events.filter((e) => normalize([...e.participants, e.title.en, e.title.de].join(' ')).split(' ')
    .some((w) => [w, ...(splitCompound(w, parts) ?? [])].some((x) => words.has(stem(x, ctx.locale)))));
  const event = (naming.length ? naming : events)[0];
  return event && { event, field };
}
