// A yes/no question about where something happened ("Did Trump meet Xi in Gyeongju?", "Wurde das
// Abkommen in Tokio unterzeichnet?"): the event the question is about, by the people it names or by
// its words, and "yes" when its place is the one asked, else "no" with the place it took place. A
// place counts only where the question puts it after a word of place ("in", "at", "bei"), so "Did
// Beijing suspend …" is about the government, not about a place.
import { holderVerdict } from './polar-office.js';
import { nameWordsOf } from './event-names.js';
import type { CommandContext } from '../../commands/types.js';
import type { Dataset } from '../../dataset/dataset.js';
import type { Event } from '../../dataset/schema.js';
import type { Locale } from '../../reply/model.js';
import { normalize } from '../../dataset/lookup.js';
import { countryMentions } from './polar-lead.js';
import { t } from '../../commands/common.js';
import { vocabIndex } from '../query/vocab.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { eventAnswer } from './answer-events.js';
import { peopleNamed, questionNegated } from './polar.js';
import { quantities } from '../query/quantities.js';
import { scoreEvents } from './scoring.js';
import { passageCount } from './retrieve.js';
import { stem, typedCapitalised } from '../query/text.js';
import { isMonthWord } from '../query/time.js';
import { holdsPhrase, paddedQuestion } from '../query/question-text.js';
import { splitSentences } from '../query/sentences.js';
import { textWords } from './sentence-cache.js';
import { negatedByPrefix } from './polar-words.js';

const placeCache = new WeakMap<Event, Set<string>>();

/** An event's place as names: each part between commas and slashes, in EN and DE, parentheses dropped. */
export function placeNames(e: Event): Set<string> {
  let set = placeCache.get(e);
  if (!set) {
    set = new Set();
    for (const text of [e.place.en, e.place.de]) {
      for (const part of text.replace(/\([^)]*\)/g, ' ').split(/[,/;]/)) {
        const n = normalize(part);
        if (n) set.add(n);
      }
    }
    placeCache.set(e, set);
  }
  return set;
}

/** A place name by its words' stems, so an inflected name ("im Weißen Haus") finds "Weißes Haus". */
function stemmedPlace(name: string, lang: Locale): string {
  return name.split(' ').map((w) => stem(w, lang)).join(' ');
}

const allPlaces = new WeakMap<Dataset, Record<Locale, Map<string, string>>>();
/** Every event's place names, keyed by the name and by its stems in the language asked. */
function datasetPlaces(ds: Dataset, lang: Locale): Map<string, string> {
  let byLang = allPlaces.get(ds);
  if (!byLang) {
    const names = ds.events.flatMap((e) => [...placeNames(e)]);
    const keyed = (l: Locale) => new Map(names.flatMap((n) => [[stemmedPlace(n, l), n] as const, [n, n] as const]));
    allPlaces.set(ds, (byLang = { en: keyed('en'), de: keyed('de') }));
  }
  return byLang[lang];
}

/** The place name a run of the question's words gives, as typed or by its stems. */
const knownPlace = (known: ReadonlyMap<string, string>, typed: string, lang: Locale): string | undefined =>
  known.get(typed) ?? known.get(stemmedPlace(typed, lang));

/**
 * The dataset's place names a question's normalised words name anywhere, the longest run first (up to five
 * words), with where each stands and how many words it takes; never a stopword or a word of the vocabulary.
 */
export function placesIn(ctx: CommandContext, words: readonly string[]): { g: string; at: number; n: number }[] {
  const known = datasetPlaces(ctx.dataset, ctx.locale);
  const v = vocabIndex(ctx.dataset);
  const out: { g: string; at: number; n: number }[] = [];
  for (let j = 0; j < words.length; j++) {
    for (let n = Math.min(5, words.length - j); n >= 1; n--) {
      const typed = words.slice(j, j + n).join(' ');
      const g = knownPlace(known, typed, ctx.locale);
      if (g === undefined || v.stop.has(typed) || v.known.has(typed)) continue;
      out.push({ g, at: j, n });
      j += n - 1;
      break;
    }
  }
  return out;
}

/** Whether a word is (part of) the name of a place some event of the dataset took place at. */
export function placeWord(ds: Dataset, w: string, lang: Locale): boolean {
  let set = placeWordSets.get(ds);
  if (!set) placeWordSets.set(ds, (set = new Set([...datasetPlaces(ds, 'en').values()].flatMap((n) => n.split(' ')).filter((x) => x.length > 3))));
  return set.has(w) || set.has(stem(w, lang));
}
const placeWordSets = new WeakMap<Dataset, Set<string>>();

/** Whether a place asked is one of the event's: the name itself, or a city its venue is named after ("Kuala Lumpur" for the Kuala Lumpur Convention Centre). */
export function placeMatches(asked: string, names: ReadonlySet<string>): boolean {
  return names.has(asked) || [...names].some((n) => ` ${n} `.includes(` ${asked} `));
}

/**
 * The places the question names after a word of place, with the words they take; a country so named
 * ("in South Korea", "in Japan") is a country asked (its id), checked against the event's place_country.
 */
function askedPlaces(ctx: CommandContext, p: ParsedQuery): { places: string[]; countries: string[]; words: Set<string> } {
  const v = vocabIndex(ctx.dataset);
  const known = datasetPlaces(ctx.dataset, ctx.locale);
  const words = normalize(p.text).split(' ');
  const places: string[] = [];
  const countries: string[] = [];
  const used = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (!v.locatives.has(words[i]!)) continue;
    let j = i + 1;
    while (j < words.length && v.stop.has(words[j]!) && !v.locatives.has(words[j]!)) j++;
    let found = false;
    // A country by its name (no code: "es", "it" are words) right after the word of place.
    const country = countryMentions(ctx, words.slice(j, j + 3), { codes: false }).find((m) => m.start === 0);
    if (country) {
      // "at the Thailand–Cambodia signing": a pair of countries before a word of an event's kind names the
      // event, no place ("in China unterzeichnet" is a place: one country, then the German verb).
      const second = countryMentions(ctx, words.slice(j + country.end, j + country.end + 3), { codes: false }).find((x) => x.start === 0);
      const k = second ? j + country.end + second.end : -1;
      if (second && words[k] !== undefined && (v.eventKinds.agreement.has(words[k]!) || v.eventKinds.meeting.has(words[k]!))) continue;
      countries.push(country.id);
      words.slice(j, j + country.end).forEach((w) => used.add(w));
      continue;
    }
    for (let n = Math.min(5, words.length - j); n >= 1; n--) {
      const typed = words.slice(j, j + n).join(' ');
      const g = knownPlace(known, typed, ctx.locale);
      if (g !== undefined) {
        // "im Gyeongju Arts Center": a name no text holds right after the place names a venue there the
        // records do not, so the place asked is the whole name, which no event's place matches.
        const next = words[j + n];
        // Two capitalised words ("Arts Center"): one ("Busan Angesicht zu Angesicht") may be any German noun.
        const after = words[j + n + 1];
        const venue = next !== undefined && after !== undefined && p.unknown.includes(next) && typedCapitalised(p.text, next) && typedCapitalised(p.text, after);
        places.push(venue ? `${g} ${next}` : g);
        words.slice(j, j + n).forEach((w) => used.add(w));
        found = true;
        break;
      }
    }
    const w = words[j];
    // A place no text holds is named right after the word of place ("in Seoul"), not after an article.
    if (!found && w && j === i + 1 && !v.articleLocatives.has(words[i]!) && unknownPlace(ctx, p, w)) {
      places.push(w);
      used.add(w);
    }
  }
  // "Was Busan the venue of the APEC summit?": with a word of place asked, a place the texts hold is the one claimed wherever it stands.
  // Only one such place: of two ("the Tokyo framework … the Imperial Palace") either may name the event.
  if (!places.length && !countries.length && p.attributes.some((h) => h.attribute.id === 'place')) {
    const anywhere = placesIn(ctx, words);
    const [one] = anywhere;
    // The word of place follows the name with only small words between ("Busan the venue", "Busan der Ort"),
    // and is another than the name's own ("the Imperial Palace" asks no place); "the Tokyo signing held on …",
    // "Did Washington pick the venue" name an event or an actor by the city.
    const placeWords = new Set(p.attributes.filter((h) => h.attribute.id === 'place').flatMap((h) => h.matched.flatMap((m) => normalize(m).split(' '))));
    let k = one ? one.at + one.n : words.length;
    while (k < words.length && v.stop.has(words[k]!) && !placeWords.has(words[k]!)) k++;
    const asking = one !== undefined && k < words.length && placeWords.has(words[k]!) && !words.slice(one.at, one.at + one.n).includes(words[k]!);
    if (one && anywhere.length === 1 && asking) {
      places.push(one.g);
      words.slice(one.at, one.at + one.n).forEach((x) => used.add(x));
    }
  }
  return { places, countries, words: used };
}

/**
 * A name after a word of place that none of the dataset's texts holds ("in Seoul"): a place, and not
 * the one any event took place at. Capitalised as the reader typed it (unless they type nothing
 * capitalised), so "in time" is no place;
 * never a month, a country or a word of the vocabulary.
 */
function unknownPlace(ctx: CommandContext, p: ParsedQuery, w: string): boolean {
  const { dataset: ds } = ctx;
  const v = vocabIndex(ds);
  if (w.length < 3 || /\d/.test(w) || isMonthWord(w) || v.known.has(w) || v.stop.has(w)) return false;
  // A reader typing all in lower case ("was it signed in canberra?") capitalises no name.
  if (!typedCapitalised(p.text, w) && /\p{Lu}/u.test(p.text)) return false;
  const named = p.subjects.countries.flatMap((c) => [c.name.en, c.name.de, ...c.aliases]).map((n) => normalize(n));
  if (named.some((n) => n.split(' ').includes(w))) return false;
  return passageCount(ds, w, 'en') === 0 && passageCount(ds, w, 'de') === 0;
}

/** The one event the question is about, leaving its place out: by the people it names, else by its words. */
export function eventAsked(ctx: CommandContext, p: ParsedQuery, placeWords: ReadonlySet<string>): Event | undefined {
  // "at the White House": a place that also speaks for a record's people is the place asked, not who.
  const people = peopleNamed(ctx, p).filter((w) => !placeWords.has(w));
  const words = p.words.filter((w) => !placeWords.has(w));
  const scored = scoreEvents(ctx.dataset, words, p.subjects.countries.map((c) => c.id));
  if (people.length) {
    const withAll = ctx.dataset.events.filter((e) => {
      const names = new Set(normalize(e.participants.join(' ')).split(' '));
      return people.every((w) => names.has(w));
    });
    if (withAll.length <= 1) return withAll[0];
    const ranked = scored.filter((s) => withAll.includes(s.event));
    const [a, b] = ranked;
    return a && (!b || a.score > b.score * 1.15) ? a.event : undefined;
  }
  const [a, b] = scored;
  return a && a.score >= 2.5 && (!b || a.score > b.score * 1.15) ? a.event : undefined;
}

/** "Yes —" / "No —" with the event's place, for a yes/no question naming a place; undefined when unsure. */
export function polarPlace(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  if (!p.polar) return undefined;
  const v = vocabIndex(ctx.dataset);
  // "Didn't they meet in Busan?" reads the other way round; not guessed.
  if (questionNegated(ctx, p)) return undefined;
  // Two countries compared ("Hat China Australien bei der Lithiumförderung übertroffen?"): "bei" is no place.
  if (p.operator === 'compare') return undefined;
  // A quantity asked ("did the meeting in Busan last more than two hours?") is what the question
  // tests; the place only names the event, and its being right settles nothing.
  // So is a rank ("were the talks in Kuala Lumpur the fourth round?").
  if (p.words.some((w) => v.numbers.has(w) || v.ordinals[ctx.locale].has(stem(w, ctx.locale))) || quantities(p.time ? p.text.replace(p.time.text, ' ') : p.text).length) return undefined;
  // So is a first ("Was the meeting in Busan the first for Trump and Xi?").
  if (holdsPhrase(paddedQuestion(p), v.firstWords)) return undefined;
  const asked = askedPlaces(ctx, p);
  if (!asked.places.length && !asked.countries.length) return undefined;
  // "War Trump vor seinem Treffen mit Xi noch in Malaysia?": a place before or after the event is another stop of the trip.
  const padded = ` ${p.words.join(' ')} `;
  const ofTrip = [...v.sequence.before[ctx.locale], ...v.sequence.after[ctx.locale], ...v.eventOrder.earlier[ctx.locale], ...v.eventOrder.later[ctx.locale]]
    .some((x) => padded.includes(` ${normalize(x)} `));
  if (asked.countries.length && ofTrip) return undefined;
  const ev = eventAsked(ctx, p, asked.words);
  if (!ev || deniesAsked(ctx, p, ev, asked.words)) return undefined;
  // A country asked as the place needs the record to say which country its place is in.
  if (asked.countries.length && ev.place_country === undefined) return undefined;
  const names = placeNames(ev);
  // The time asked must be the event's too ("Did Trump and Xi meet in Busan in 2024?").
  const when = p.time;
  const inTime = !when || when.relative === true || (ev.date <= when.end && (ev.end_date ?? ev.date) >= when.start);
  const same = inTime && asked.places.every((x) => placeMatches(x, names)) && asked.countries.every((c) => c === ev.place_country);
  // Yes about people ("Did Xi attend APEC in Gyeongju?"): who took part, with the place.
  const a = eventAnswer(ctx, ev, same && peopleNamed(ctx, p).length ? 'participants' : 'place', p);
  // The right place with the wrong holder of an office ("met Emperor Akihito in Tokyo?") is still a no.
  const holder = same ? holderVerdict(ctx, p, a) : undefined;
  if (holder) return holder;
  return { ...a, lead: `${same ? t(ctx.locale, 'Yes', 'Ja') : t(ctx.locale, 'No', 'Nein')} — ${a.lead}` };
}

/**
 * "Did the memorandum Trump and Anutin signed in Kuala Lumpur create binding obligations?": a word the
 * question asks beyond its people and place that a negated sentence of the event's record holds ("the
 * MoU is non-binding") is what it tests; the place being right settles nothing (polarFirst reads it).
 */
function deniesAsked(ctx: CommandContext, p: ParsedQuery, e: Event, placeAsked: ReadonlySet<string>): boolean {
  const v = vocabIndex(ctx.dataset);
  const people = new Set(normalize(e.participants.join(' ')).split(' '));
  const place = placeNames(e);
  // Nor the words naming the event (its title and aliases) or the place asked.
  const named = nameWordsOf(e);
  const words = p.content.filter((w) => w.length >= 4 && !people.has(w) && !place.has(w) && !placeAsked.has(w) && !named.has(w));
  if (!words.length) return false;
  const texts = [e.summary, e.agreed, e.outcome].flatMap((x) => (x ? [x[ctx.locale]] : []));
  return texts.flatMap((x) => splitSentences(ctx.dataset, x)).some((sentence) => {
    const ws = textWords(ctx.dataset, sentence);
    // Or one word negated by its prefix ("verbindlich?" against "unverbindlich").
    return (ws.some((w) => v.negations.has(w)) && words.some((w) => ws.includes(w))) || words.some((w) => negatedByPrefix(v, w, ws, ctx.locale));
  });
}
