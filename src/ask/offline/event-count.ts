// "Wie viele Absichtserklärungen hat Trump am 26.10. in Kuala Lumpur unterzeichnet?": a count of the
// records themselves, on a day or at a place the question gives, of the kind or title its counted
// word names. The number first, then the records counted.
import { englishPastForm } from '../query/text.js';
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { formatDate, formatList, formatNumber } from '../../reply/format.js';
import { normalize } from '../../dataset/lookup.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { matchPhrases, stemWords } from '../query/phrases.js';
import { stem } from '../query/text.js';
import { vocabIndex } from '../query/vocab.js';
import { splitSentences } from '../query/sentences.js';
import { eventListAnswer, eventsInTime } from './answer-events.js';
import { loc } from '../../commands/common.js';
import { toldApart } from './suspension-records.js';
import { defaultMineral } from '../../commands/figure-answer.js';

/** The stems of an event's titles in both languages. */
const titleStems = (ctx: CommandContext, e: Event): Set<string> =>
  new Set(normalize(`${e.title.en} ${e.title.de}`).split(' ').map((w) => stem(w, ctx.locale)));

/**
 * "How many elements did the April controls cover?": the elements of the one record the question names,
 * not the seventeen rare earths of the general count.
 */
function elementsOfRecord(ctx: CommandContext, p: ParsedQuery, hit: { start: number; words: number }): AnswerFirst | undefined {
  // What is counted: the elements ("how many elements"), or the rare earths named right after "how many"
  // ("how many of the rare earths"); "how many years does the deal run" counts no element.
  const v = vocabIndex(ctx.dataset);
  const after = ` ${p.words.slice(hit.start + hit.words).filter((w) => !v.stop.has(w)).slice(0, 3).join(' ')} `;
  const mineral = defaultMineral(ctx.dataset);
  const mineralNames = mineral ? [mineral.name.en, mineral.name.de, ...mineral.aliases].map(normalize) : [];
  if (!p.attributes.some((h) => h.attribute.id === 'element-count') && !mineralNames.some((n) => after.startsWith(` ${n} `))) return undefined;
  // Named outright or dated ("am 9. Oktober neu auf der Liste"); "after 9 October" dates no one record,
  // and what was controlled by then is the sum.
  const since = matchPhrases(v.operators, p.words, stemWords(p.words), [ctx.locale]).some((h) => h.value === 'after');
  // A name another measure shares ("export controls") tells no one record.
  const pool = p.subjects.namedEvents.length ? p.subjects.namedEvents.filter((e) => toldApart(ctx, p, e)) : since ? [] : eventsInTime(ctx, p);
  const withElements = pool.filter((e) => e.elements.length);
  if (withElements.length !== 1) return undefined;
  return recordElements(ctx, withElements[0]!);
}

/** A record's elements, the number first: "5 — holmium, erbium, …: China widens its export controls … (9 Oct 2025)." */
export function recordElements(ctx: CommandContext, e: Event): AnswerFirst {
  const { locale } = ctx;
  const names = e.elements.map((sym) => { const x = ctx.dataset.elementBySymbol.get(sym); return x ? loc(locale, x.name) : sym; })
    // English writes element names in lower case inside a sentence; German nouns keep their capital.
    .map((n) => (locale === 'en' ? n.toLowerCase() : n));
  return { status: 'answer', sources: [...e.sources], more: `/summit ${e.id}`, support: splitSentences(ctx.dataset, loc(locale, e.summary)).slice(0, 1),
    lead: `${formatNumber(e.elements.length, locale)} — ${formatList(names, locale)}: ${loc(locale, e.title)} (${formatDate(e.date, locale)}).` };
}

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
  const ofRecord = elementsOfRecord(ctx, p, hit);
  if (ofRecord) return ofRecord;
  const kinds = v.eventKinds;
  // The counted word: the first after "how many" that names a kind of record ("agreements",
  // "Absichtserklärungen"); what is counted inside a record ("how many rare earths") is not.
  // The word right after "how many", or after the first part of a compound ("Rohstoff-Absichtserklärungen");
  // a verb further on ("how many announcements were suspended …") counts nothing.
  const after = p.words.slice(hit.start + hit.words, hit.start + hit.words + 2);
  const compound = after.length === 2 && normalize(p.text.replace(/-/g, '')).split(' ').some((x) => x.includes(after.join('')));
  for (const [i, w] of after.entries()) {
    if (i > 0 && !compound) break;
    // A verb right after them ("how many people signed …", "how many signed"): who did it is counted, not records.
    if (ctx.locale === 'en' && englishPastForm(w)) break;
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
