// "Has Trump been to China yet?", "Was Takaichi in the US?", "War Trump schon in China?": a yes/no question
// whether one person of the records was in one country, and nothing else. The records place each event in
// a country: one with that person there says yes. None says only that the dataset records no such stay —
// not "no", since its record runs only over a few months — with the person's own stops and any plan to go
// there that the records name; a "yes" read off a sentence that merely names the country ("reserves in
// China", "after the meeting in Busan") would say what no record does.
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { loc, participantsIn, t } from '../../commands/common.js';
import { normalize } from '../../dataset/lookup.js';
import { formatDate, formatDateRange } from '../../reply/format.js';
import { splitSentences } from '../query/sentences.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { vocabIndex } from '../query/vocab.js';
import { countryNameWords } from './publishers.js';
import { peopleNamed, questionNegated } from './polar-parts.js';
import { askedInPast } from './past-record.js';

const nameWords = (x: string): string[] => normalize(x).split(' ');

export function personInCountry(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  const s = p.subjects;
  if (!p.polar || questionNegated(ctx, p) || s.countries.length !== 1 || s.minerals.length || s.elements.length) return undefined;
  // Only words of going somewhere beside the person and the country ("been", "visited", "gereist").
  if (p.attributes.some((h) => !('event' in h.attribute.answer))) return undefined;
  const words = peopleNamed(ctx, p);
  // One person however the records list them ("Lee Jae Myung", "Lee Jae Myung (chair)").
  const bare = (x: string): string => x.replace(/\s*\([^)]*\)\s*$/, '');
  const persons = [...new Set(ctx.dataset.events.flatMap((e) => e.participants).filter((x) => nameWords(x).some((w) => words.includes(w))).map(bare))];
  if (persons.length !== 1) return undefined;
  const person = persons[0]!;
  const v = vocabIndex(ctx.dataset);
  if (p.unknown.some((w) => !v.visiting.has(w))) return undefined;
  // Asked of the past ("Was …", "Has … been", "Did … visit"): "Will Trump visit China?", "Is Trump going to visit
  // China?" ask a plan, which the record of the plan answers.
  if (!askedInPast(ctx, p) || p.words.some((w) => v.futureTense[ctx.locale].has(w) || v.wordLists.planMarkers[ctx.locale].has(w))) return undefined;
  const countryWords = countryNameWords(ctx.dataset);
  const own = new Set(nameWords(person));
  if (p.content.some((w) => !own.has(w) && !countryWords.has(w) && !v.visiting.has(w) && !v.stop.has(w))) return undefined;
  const country = s.countries[0]!;
  // Within the time asked, if any; a time past the record's own day is another question (past-record.ts).
  const time = p.time && p.time.kind !== 'latest' && !p.time.relative ? p.time : undefined;
  if (time && time.start > ctx.dataset.meta.as_of) return undefined;
  const theirs = ctx.dataset.events.filter((e) => e.participants.some((x) => bare(x) === person) && (!time || (e.date <= time.end && (e.end_date ?? e.date) >= time.start)))
    .sort((a, b) => a.date.localeCompare(b.date));
  const { locale } = ctx;
  const label = (e: Event): string => `${loc(locale, e.title)} (${formatDateRange(e.date, e.end_date, locale)}, ${loc(locale, e.place)})`;
  const there = theirs.filter((e) => e.place_country === country.id);
  // As the replies name them ("US-Regierung"): from the first record listing them.
  const first = theirs[0] ?? ctx.dataset.events.find((e) => e.participants.some((x) => bare(x) === person))!;
  const shown = bare(participantsIn(locale, first)[first.participants.findIndex((x) => bare(x) === person)] ?? person);
  if (there.length) {
    return { status: 'answer', sources: [...new Set(there.flatMap((e) => e.sources))], more: `/summit ${there[0]!.id}`,
      lead: `${t(locale, 'Yes', 'Ja')} — ${there.map(label).join('; ')}.`, support: [loc(locale, there[0]!.summary)] };
  }
  if (!theirs.length) return undefined;
  // A plan the records name to go there ("he would visit China in April 2026").
  const countryNames = [country.name.en, country.name.de, ...country.aliases].map(normalize);
  const plan = theirs.flatMap((e) => [e.summary, e.outcome].flatMap((x) => (x ? splitSentences(ctx.dataset, loc(locale, x)) : [])))
    .find((x) => { const n = ` ${normalize(x)} `; return countryNames.some((c) => n.includes(` ${c} `)) && [...v.visiting].some((w) => n.includes(` ${w} `)); });
  const asOf = formatDate(ctx.dataset.meta.as_of, locale);
  // Where the records place them, country by country in order ("Malaysia (26 Oct 2025); Japan (27–28 Oct 2025)").
  const stops: { id: string; start: string; end: string }[] = [];
  for (const e of theirs) {
    const last = stops.at(-1);
    if (!e.place_country) continue;
    if (last?.id === e.place_country) last.end = e.end_date ?? e.date;
    else stops.push({ id: e.place_country, start: e.date, end: e.end_date ?? e.date });
  }
  const where = stops.map((x) => `${loc(locale, ctx.dataset.countryById.get(x.id)?.name ?? { en: x.id, de: x.id })} (${formatDateRange(x.start, x.end === x.start ? undefined : x.end, locale)})`).join('; ');
  const name = loc(locale, country.name);
  return { status: 'answer', undecided: true, sources: [...new Set(theirs.flatMap((e) => e.sources))], more: `/summit ${theirs[0]!.id}`,
    lead: t(locale, `${name}: the dataset (as of ${asOf}) records no stay of ${shown} there.${where ? ` Its records of ${shown}: ${where}.` : ''}`,
      `${name}: Einen Aufenthalt von ${shown} dort verzeichnet der Datensatz (Stand ${asOf}) nicht.${where ? ` Die Einträge zu ${shown}: ${where}.` : ''}`),
    support: plan ? [plan] : [] };
}
