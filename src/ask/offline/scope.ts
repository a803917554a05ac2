// Is a question on the beat? Decides between the polite scope note and an honest "the dataset has
// no figure for that" when nothing in the question names an attribute the dataset answers. A
// question is on the beat when something in it belongs to the dataset: a named mineral, element or
// event, an attribute of the beat, a commodity the dataset keeps a fact about ("germanium"), a
// quantity in tonnes said of a country ("22 Mio. t für Brasilien"), or an event pinned by its day.
// A country alone is not enough: "the capital of France" is not a question for Lodestone.
import { peopleNamed } from './polar.js';
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import type { ParsedQuery } from '../query/types.js';
import { eventsInTime, eventsStating } from './answer-events.js';
import { topicFact } from './fact-fit.js';
import { normalize } from '../../dataset/lookup.js';
import { stem } from '../query/text.js';
import { termFactNamed } from '../query/terms.js';
import { vocabIndex } from '../query/vocab.js';

/**
 * The event a question pins by its day and words ("the announcements China published on
 * 9 October"): the only event on that day, one the question's words or countries also point at. A date
 * identifies an event as a name does, so words around it the dataset does not use do not turn the
 * question into "no figure". With no day, the one event named by its place and a participant or a word
 * of its record (placedEvent).
 */
export function pinnedEvent(ctx: CommandContext, p: ParsedQuery): Event | undefined {
  if (p.time?.kind !== 'day') return placedEvent(ctx, p);
  const onDay = eventsInTime(ctx, p);
  const e = onDay.length === 1 ? onDay[0]! : undefined;
  return e && (p.subjects.events.includes(e) || p.subjects.countries.some((c) => e.countries.includes(c.id)) || namesPart(ctx, p, e)) ? e : undefined;
}

/** A word of an event's kind ("truce", "summit", "Abkommen") in the question. */
function namesKind(ctx: CommandContext, p: ParsedQuery): boolean {
  const k = vocabIndex(ctx.dataset).eventKinds;
  return p.words.some((w) => k.agreement.has(w) || k.meeting.has(w));
}

/** The agreement or meeting found for the one country a question names beside a word of that kind ("the MoU with Malaysia"). */
export function kindEventOf(ctx: CommandContext, p: ParsedQuery): Event | undefined {
  const c = p.subjects.countries.length === 1 ? p.subjects.countries[0]! : undefined;
  if (!c || !namesKind(ctx, p)) return undefined;
  return p.subjects.events.find((e) => e.countries.includes(c.id) && (e.kind === 'agreement' || e.kind === 'meeting' || e.kind === 'summit'));
}

/** The question names an event's place beside a word of an event's kind ("the Busan truce"). */
function placeAndKind(ctx: CommandContext, p: ParsedQuery): boolean {
  if (!p.subjects.events.length || !namesKind(ctx, p)) return false;
  const stems = p.content.map((w) => stem(w, ctx.locale));
  return p.subjects.events.some((e) => placeNamed(partStems(ctx, e), stems));
}

const placeNamed = (n: EventStems, stems: readonly string[]): boolean => n.place.some((w) => stems.includes(w));

/** A word the event's record holds; a compound by its first part ("Fentanylzoll": "Fentanyl-Zoll"). */
function recordHolds(n: EventStems, w: string): boolean {
  if (n.record.has(w)) return true;
  if (w.length >= 8) for (const r of n.record) if (r.length >= 5 && w.startsWith(r)) return true;
  return false;
}

/**
 * The one event a question names by its place and one of the people who met there ("After Busan, what
 * did Trump say …") or a word of its record: two of its parts identify it as its name does. A place
 * alone does not ("the weather in Tokyo").
 */
function placedEvent(ctx: CommandContext, p: ParsedQuery): Event | undefined {
  if (!p.subjects.events.length) return undefined;
  const stems = p.content.map((w) => stem(w, ctx.locale));
  const kinded = namesKind(ctx, p);
  const found = p.subjects.events.filter((e) => {
    const n = partStems(ctx, e);
    if (!placeNamed(n, stems)) return false;
    if (n.people.some((w) => stems.includes(w))) return true;
    // A question testing a claim ("was the truce extended?") is not settled by the record's other words.
    if (p.polar) return false;
    // A word its record holds ("the overall tariff after Busan", "der Fentanylzoll nach Busan"), or a
    // word of an event's kind ("the Busan truce") when the question asks nothing its words do not
    // know ("how did markets react to …" is on the beat, but its record does not say: see onBeat).
    return stems.some((w) => w.length >= 4 && !n.place.includes(w) && recordHolds(n, w)) || (!p.unknown.length && kinded);
  });
  return found.length === 1 ? found[0] : undefined;
}

// Per event and language: the stems of the words of its place and of its participants (four letters
// or more), and of its record's texts in both languages, made once.
interface EventStems { place: string[]; people: string[]; record: Set<string> }
const partsOf = new WeakMap<Event, Partial<Record<string, EventStems>>>();
function partStems(ctx: CommandContext, e: Event): EventStems {
  let per = partsOf.get(e);
  if (!per) partsOf.set(e, (per = {}));
  const words = (xs: readonly string[]): string[] => normalize(xs.join(' ')).split(' ').filter((w) => w.length >= 4).map((w) => stem(w, ctx.locale));
  const texts = [e.title, e.summary, e.agreed, e.outcome].flatMap((x) => (x ? [x.en, x.de] : []));
  return (per[ctx.locale] ??= { place: words([e.place.en, e.place.de]), people: words(e.participants), record: new Set(words(texts)) });
}

/** The question names the event's place or a participant by one of their words ("Trumps Programm in Tokio"). */
function namesPart(ctx: CommandContext, p: ParsedQuery, e: Event): boolean {
  const n = partStems(ctx, e);
  return p.content.some((w) => { const x = stem(w, ctx.locale); return n.place.includes(x) || n.people.includes(x); });
}

/** Words that put a question on the beat (see the head of this file); not a bare "who" or "when". */
export function onBeat(ctx: CommandContext, p: ParsedQuery): boolean {
  const s = p.subjects;
  if (s.minerals.length || s.elements.length || s.namedEvents.length) return true;
  if (p.attributes.some((h) => !('event' in h.attribute.answer) && !('command' in h.attribute.answer) && !('offbeat' in h.attribute.answer) && !('provenance' in h.attribute.answer))) return true;
  if (p.threshold !== undefined && s.countries.length) return true;
  // "Wann reist Trump nach China?": a person of the dataset's events asked of with a country is the beat.
  if (s.countries.length && peopleNamed(ctx, p).length) return true;
  // A number one of the events the question's words point at states ("24%-Reziprokzoll nach Busan"):
  // the question is about that record, whatever the rest of its words.
  if (eventsStating(ctx, p).length) return true;
  // Countries that signed or met with one another in the dataset's events, asked of with a word of an
  // event's kind ("die Absichtserklärungen der USA mit Malaysia und Thailand"): the beat, however the
  // rest of the question is worded.
  if (s.countries.length >= 2 && namesKind(ctx, p) && s.countries.every((c) => ctx.dataset.events.some((e) => e.countries.includes(c.id) && s.countries.some((o) => o.id !== c.id && e.countries.includes(o.id))))) return true;
  // So is one country with an agreement or meeting the dataset records for it ("Ist die
  // Absichtserklärung mit Malaysia verbindlich?"): the question is about that record.
  if (kindEventOf(ctx, p)) return true;
  // A term the dataset explains ("APEC", "MOFCOM"): "Is Russia part of APEC?" is the beat.
  return topicFact(ctx, p) !== undefined || pinnedEvent(ctx, p) !== undefined || placeAndKind(ctx, p) || termFactNamed(ctx.dataset, p.words) !== undefined;
}
