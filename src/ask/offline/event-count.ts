// "Wie viele Absichtserklärungen hat Trump am 26.10. in Kuala Lumpur unterzeichnet?": a count of the
// records themselves, on a day or at a place the question gives, of the kind or title its counted
// word names. The number first, then the records counted.
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { formatNumber } from '../../reply/format.js';
import { normalize } from '../../dataset/lookup.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { matchPhrases, stemWords } from '../query/phrases.js';
import { stem } from '../query/text.js';
import { vocabIndex } from '../query/vocab.js';
import { eventListAnswer, eventsInTime } from './answer-events.js';

/** The stems of an event's titles in both languages. */
const titleStems = (ctx: CommandContext, e: Event): Set<string> =>
  new Set(normalize(`${e.title.en} ${e.title.de}`).split(' ').map((w) => stem(w, ctx.locale)));

export function eventCount(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  if (p.operator !== 'count' || p.polar) return undefined;
  const inTime = p.time?.kind === 'day' || p.time?.kind === 'month' ? eventsInTime(ctx, p) : undefined;
  const atPlace = p.subjects.namedEvents.length ? p.subjects.namedEvents : undefined;
  if (!inTime && !atPlace) return undefined;
  const pool = ctx.dataset.events.filter((e) => (!inTime || inTime.includes(e)) && (!atPlace || atPlace.includes(e)));
  if (!pool.length) return undefined;
  const v = vocabIndex(ctx.dataset);
  const hit = matchPhrases(v.operators, p.words, stemWords(p.words), [ctx.locale]).find((h) => h.value === 'count');
  if (!hit) return undefined;
  const kinds = v.eventKinds;
  // The counted word: the first after "how many" that names a kind of record ("agreements",
  // "Absichtserklärungen"); what is counted inside a record ("how many rare earths") is not.
  // The word right after "how many", or after the first part of a compound ("Rohstoff-Absichtserklärungen");
  // a verb further on ("how many announcements were suspended …") counts nothing.
  const after = p.words.slice(hit.start + hit.words, hit.start + hit.words + 2);
  const compound = after.length === 2 && normalize(p.text.replace(/-/g, '')).split(' ').some((x) => x.includes(after.join('')));
  for (const [i, w] of after.entries()) {
    if (i > 0 && !compound) break;
    const s = stem(w, ctx.locale);
    const kind = (['agreement', 'meeting', 'suspension'] as const).find((k) => kinds[k].has(w) || kinds[k].has(s));
    if (!kind) continue;
    const ofKind = pool.filter((e) => kindOf(e) === kind);
    // A kind word that several of them carry in their titles ("MoUs") names those among the others.
    const titled = ofKind.filter((e) => titleStems(ctx, e).has(s) || (s.endsWith('s') && titleStems(ctx, e).has(s.slice(0, -1))));
    const counted = titled.length >= 2 ? titled : ofKind;
    if (!counted.length) return undefined;
    const list = eventListAnswer(ctx, { ...p, time: undefined }, [...counted].sort((a, b) => a.date.localeCompare(b.date)));
    return { ...list, lead: `${formatNumber(counted.length, ctx.locale)}: ${list.lead}`, list: false };
  }
  return undefined;
}

/** The kind of event a record is, in the words of the vocabulary's event kinds. */
function kindOf(e: Event): 'agreement' | 'meeting' | 'suspension' | undefined {
  return e.kind === 'agreement' ? 'agreement' : e.kind === 'meeting' || e.kind === 'summit' ? 'meeting' : e.suspends?.length ? 'suspension' : undefined;
}
