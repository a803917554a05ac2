// "Did Trump meet Lee in a Gimhae airport VIP lounge?", "Hat Xi Jinping das Abkommen in Tokio
// unterschrieben?": a yes/no question placing people the dataset's events name at a place none of the
// events there had all of them at. The answer is no, with where their own event was, or, when they
// share none, who took part in the event at that place.
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { t } from '../../commands/common.js';
import { normalize } from '../../dataset/lookup.js';
import { stem, typedCapitalised } from '../query/text.js';
import { vocabIndex } from '../query/vocab.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { eventAnswer } from './answer-events.js';
import { peopleNamed, questionNegated } from './polar-parts.js';
import { eventRecordText } from './date-check.js';
import { countryNameWords } from './publishers.js';
import { matchedWords } from '../query/matched-words.js';

// Per event: the words of its place (both languages) of four letters or more, normalised.
const placeWordsOf = new WeakMap<Event, Set<string>>();
function placeWords(e: Event): Set<string> {
  let set = placeWordsOf.get(e);
  if (!set) placeWordsOf.set(e, (set = new Set(normalize(`${e.place.en} ${e.place.de}`).split(' ').filter((w) => w.length >= 4))));
  return set;
}

const takesPart = (e: Event, who: string): boolean => e.participants.some((x) => normalize(x).split(' ').includes(who));

export function peoplePlaceCheck(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  if (!p.polar || questionNegated(ctx, p)) return undefined;
  const people = peopleNamed(ctx, p);
  if (!people.length) return undefined;
  const v = vocabIndex(ctx.dataset);
  // The place's own words the question holds, not a word it asks with ("summit") nor a country's name.
  const asked = new Set(matchedWords(p.attributes));
  const countryWords = countryNameWords(ctx.dataset);
  // A place is a name, typed with a capital ("state" and "international" are no place).
  const placeAsked = p.content.filter((w) => !asked.has(w) && !countryWords.has(w) && !v.stop.has(w) && !people.includes(w) && typedCapitalised(p.text, w));
  // A clause of when places nobody ("… when Trump visited the Imperial Palace?").
  if (p.words.some((w) => v.timeClauses.has(w))) return undefined;
  // A time asked that none of the events there fell in ("Did Trump visit Beijing in April 2026?") is
  // about something they do not record.
  const when = p.time;
  const there = ctx.dataset.events.filter((e) => placeAsked.some((w) => placeWords(e).has(w)) && (!when || (e.date <= when.end && (e.end_date ?? e.date) >= when.start)));
  if (!there.length || there.some((e) => people.every((w) => takesPart(e, w)))) return undefined;
  // Several places, each with its people ("Lee in Gyeongju and Xi in Busan"): not one claim this reads.
  if (new Set(placeAsked.filter((w) => there.some((e) => placeWords(e).has(w)))).size > 1) return undefined;
  const theirs = ctx.dataset.events.filter((e) => people.every((w) => takesPart(e, w)));
  // Several people with an event of their own: where it was. Else the event at the place the question's
  // other words point at, with who took part.
  const words = [...new Set(p.content.map((w) => stem(w, ctx.locale)))];
  const score = (e: Event): number => words.filter((w) => eventRecordText(e).includes(` ${w}`)).length;
  // People, not words: "Xi Jinping" is one.
  const persons = new Set(ctx.dataset.events.flatMap((e) => e.participants).filter((x) => people.some((w) => normalize(x).split(' ').includes(w))));
  const own = persons.size >= 2 ? [...theirs].sort((a, b) => score(b) - score(a))[0] : undefined;
  const placed = own ?? [...there].sort((a, b) => score(b) - score(a))[0]!;
  const a = eventAnswer(ctx, placed, own ? 'place' : 'participants', p);
  return { ...a, lead: `${t(ctx.locale, 'No', 'Nein')} — ${a.lead}` };
}
