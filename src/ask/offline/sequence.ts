// A trip's stops in order: "Which country did Trump visit right before Japan?", "Where did Trump go
// after his stop in Tokyo?". The traveller is a participant the question names (else the one most of
// the dataset's events share); the stop asked about is the traveller's event at the place or in the
// country the question names; the answer is the traveller's nearest event before or after it held
// somewhere else.
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { normalize } from '../../dataset/lookup.js';
import { vocabIndex } from '../query/vocab.js';
import { holdsPhrase } from '../query/question-text.js';
import { eventAnswer } from './answer-events.js';
import { matchedWords } from '../query/matched-words.js';

const words = (text: string): string[] => normalize(text).split(' ').filter((w) => w.length >= 4);

function direction(ctx: CommandContext, p: ParsedQuery): 'before' | 'after' | undefined {
  const seq = vocabIndex(ctx.dataset).sequence;
  const norm = ` ${p.words.join(' ')} `;
  const before = holdsPhrase(norm, seq.before[ctx.locale]);
  const after = holdsPhrase(norm, seq.after[ctx.locale]);
  return before === after ? undefined : before ? 'before' : 'after';
}

export function sequenceAnswer(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  // A figure asked for ("the biggest reserves after China") is a ranking, not a trip.
  if (p.attributes.some((h) => 'figure' in h.attribute.answer || 'share' in h.attribute.answer)) return undefined;
  // A stop is a place: "when … after the July clashes" asks a date, "what was agreed after" an outcome.
  if (p.operator === 'when' || p.attributes.some((h) => 'event' in h.attribute.answer && !['place', 'summary'].includes(h.attribute.answer.event))) return undefined;
  // A day asked ("two days before the Busan meeting") is no stop of the trip.
  if (p.time?.kind === 'day') return undefined;
  const dir = direction(ctx, p);
  if (!dir) return undefined;
  const events = ctx.dataset.events;
  const people = [...new Set(events.flatMap((e) => e.participants))];
  const named = people.find((x) => words(x).some((w) => p.content.includes(w)));
  const traveller = named ?? people.map((x) => ({ x, n: events.filter((e) => e.participants.includes(x)).length })).sort((a, b) => b.n - a.n)[0]?.x;
  if (!traveller) return undefined;
  const trip = events.filter((e) => e.participants.includes(traveller)).sort((a, b) => a.date.localeCompare(b.date));
  // Countries every stop shares (the traveller's own) name no stop.
  const shared = trip.length ? trip[0]!.countries.filter((c) => trip.every((e) => e.countries.includes(c))) : [];
  const countries = p.subjects.countries.map((c) => c.id).filter((c) => !shared.includes(c));
  // A word the question asks an attribute with ("after the Xi summit": "summit") names no place, though a venue's name holds it.
  const asked = new Set(matchedWords(p.attributes));
  const placeWords = p.content.filter((w) => !asked.has(w));
  const at = (e: Event): boolean => countries.some((c) => e.countries.includes(c)) || words(`${e.place.en} ${e.place.de}`).some((w) => placeWords.includes(w));
  // The longest run of consecutive stops there: a deal signed elsewhere that names the country (the
  // US–Australia framework names Japan) is no stop in it.
  let stops: Event[] = [];
  let run: Event[] = [];
  for (const e of trip) {
    run = at(e) ? [...run, e] : [];
    if (run.length > stops.length) stops = run;
  }
  if (!stops.length || stops.length === trip.length) return undefined;
  const first = stops[0]!.date;
  const last = stops.map((e) => e.end_date ?? e.date).sort().at(-1)!;
  // An event the question's own words point at on that side ("the US-China trade consultations … just
  // before the Busan meeting") is the one whose place is asked, whoever took part; else the traveller's next stop.
  // The events named outright first, then the rest in the order the question's words rank them.
  const side = (e: Event): boolean => !stops.includes(e) && (dir === 'after' ? e.date > last : (e.end_date ?? e.date) < first);
  const pointed = p.operator === 'where' ? p.subjects.namedEvents.find(side) ?? p.subjects.events.find(side) : undefined;
  const next = pointed
    ?? (dir === 'after' ? trip.find((e) => e.date > last && !stops.includes(e)) : [...trip].reverse().find((e) => (e.end_date ?? e.date) < first && !stops.includes(e)));
  return next ? eventAnswer(ctx, next, 'place', p) : undefined;
}
