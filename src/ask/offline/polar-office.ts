// Whose office the dataset gives a person: "Is Lee Jae Myung the prime minister of South Korea?" is a no
// where the texts call him "President Lee Jae Myung", whichever sentence the answer leads with.
// The offices and their words are the vocabulary's (grammar.offices).
import type { CommandContext } from '../../commands/types.js';
import type { Dataset } from '../../dataset/dataset.js';
import type { Country, Event } from '../../dataset/schema.js';
import { indexDataset, normalize } from '../../dataset/lookup.js';
import { INFLECTIONS } from './scoring.js';
import { splitSentences } from '../query/sentences.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { vocabIndex } from '../query/vocab.js';
import type { VocabIndex } from '../query/vocab-types.js';
import { genitiveBase } from '../query/text.js';
import { countryMentions } from './polar-lead.js';
import { formatDate, formatDateRange } from '../../reply/format.js';
import { questionNegated } from './polar-parts.js';

type Offices = VocabIndex['offices'];

/** Where each office's words start in a sentence's words, and how many words they take. */
function officeSpots(words: readonly string[], offices: Offices): { id: string; at: number; len: number }[] {
  const out: { id: string; at: number; len: number }[] = [];
  for (const o of offices) {
    for (const phrase of o.phrases) {
      const ws = phrase.split(' ');
      for (let i = 0; i + ws.length <= words.length; i++) if (ws.every((w, k) => words[i + k] === w)) out.push({ id: o.id, at: i, len: ws.length });
    }
  }
  return out;
}

/** Each office a sentence's words name, with the words near it: a few before, up to a word opening another's stretch, and the name after it. */
function officesNear(text: string, v: VocabIndex): { id: string; near: string[] }[] {
  // Clause by clause: "Trump skipped the meeting; Treasury Secretary Scott Bessent attended" gives Trump no office.
  return text.split(/[;:]\s+/).flatMap((part) => nearIn(normalize(part).split(' '), v));
}

function nearIn(words: readonly string[], v: VocabIndex): { id: string; near: string[] }[] {
  return officeSpots(words, v.offices).map((spot) => {
    const near: string[] = [];
    for (let i = spot.at - 1; i >= 0 && spot.at - i <= 6 && !v.personJoiners.has(words[i]!); i--) near.push(words[i]!);
    for (let i = spot.at + spot.len; i < words.length && i - spot.at - spot.len < 3 && !v.personJoiners.has(words[i]!); i++) near.push(words[i]!);
    return { id: spot.id, near };
  });
}

/** Whether a sentence gives each of the persons (name words) an office of their own, in their clause. */
function givesOffice(sentence: string, persons: readonly string[], v: VocabIndex): boolean {
  const near = officesNear(sentence, v);
  return persons.every((w) => near.some((o) => o.near.includes(w)));
}

/** The first sentence of an event's summary or outcome, in the reader's language, that `keep` accepts, with its event. */
function eventSentence(ctx: CommandContext, keep: (sentence: string, event: Event) => boolean): { event: Event; sentence: string } | undefined {
  for (const event of ctx.dataset.events) {
    const sentence = [event.summary, event.outcome].flatMap((t) => (t ? splitSentences(ctx.dataset, t[ctx.locale]) : [])).find((x) => keep(x, event));
    if (sentence) return { event, sentence };
  }
  return undefined;
}

const holdersOf = new WeakMap<Dataset, Map<string, Set<string>>>();

/**
 * The offices the events' texts give each name word: the names within a few words before an office's
 * words or right after them ("Trade Minister Tengku Zafrul", "Sanae Takaichi wurde zur
 * Premierministerin … gewählt"), up to a word opening another's stretch (grammar.person_joiners). A
 * name is a word the English texts write capitalised inside a sentence and that names no country.
 */
function officeHolders(ctx: CommandContext): Map<string, Set<string>> {
  const ds = ctx.dataset;
  let map = holdersOf.get(ds);
  if (map) return map;
  map = new Map();
  const v = vocabIndex(ds);
  const texts = (lang: 'en' | 'de'): string[] => ds.events.flatMap((e) => [e.title[lang], e.summary[lang], e.outcome?.[lang] ?? ''].filter(Boolean));
  const capitalised = new Set<string>();
  for (const text of texts('en')) {
    for (const s of splitSentences(ds, text)) {
      const raw = s.split(/\s+/).slice(1);
      for (const w of raw) if (/^\p{Lu}\p{Ll}/u.test(w)) capitalised.add(normalize(w));
    }
  }
  const isName = (w: string): boolean => capitalised.has(w) && !v.stop.has(w) && !v.known.has(w) && countryMentions(ctx, [w], { codes: false }).length === 0;
  for (const text of [...texts('en'), ...texts('de')]) {
    for (const s of splitSentences(ds, text)) {
      for (const { id, near } of officesNear(s, v)) for (const w of near) if (isName(w)) map.set(w, (map.get(w) ?? new Set()).add(id));
    }
  }
  holdersOf.set(ds, map);
  return map;
}

/**
 * "Ist Lee Jae Myung Premierminister?": where the question gives one office and every person it names
 * holds others in the texts, the answer is no, led by the answer's own sentence stating their office
 * when it has one.
 */
export function officeVerdict(ctx: CommandContext, p: ParsedQuery, a: AnswerFirst): AnswerFirst | undefined {
  const v = vocabIndex(ctx.dataset);
  if (!v.offices.length) return undefined;
  const qWords = normalize(p.text).split(' ');
  if (!qWords.some((w) => v.copulas.has(w))) return undefined;
  const spots = officeSpots(qWords, v.offices);
  const asked = [...new Set(spots.map((x) => x.id))];
  if (asked.length !== 1) return undefined;
  const holders = officeHolders(ctx);
  const holder = (w: string): string | undefined => (holders.has(w) ? w : [genitiveBase(w, ctx.locale)].find((b) => b !== undefined && holders.has(b)));
  // The office given the person: only articles and countries between ("Is Lee the prime minister",
  // "Ist Takaichi Japans Außenministerin"); "Did Trump meet the emperor?" gives Trump no office.
  const countryWord = new Set(countryMentions(ctx, qWords.map((w) => genitiveBase(w, ctx.locale) ?? w), { codes: false }).flatMap((m) => Array.from({ length: m.end - m.start }, (_, k) => m.start + k)));
  for (const m of countryMentions(ctx, qWords, { codes: false })) for (let k = m.start; k < m.end; k++) countryWord.add(k);
  const filler = (i: number): boolean => v.stop.has(qWords[i]!) || qWords[i] === 's' || countryWord.has(i) || holder(qWords[i]!) !== undefined;
  // Nothing but such words after the office either: "Wurde Trump vom Kaiser empfangen?" makes the emperor another person.
  const between = (a: number, b: number): boolean => { for (let i = a; i < b; i++) if (!filler(i)) return false; return true; };
  // Up to a clause saying when ("… when she signed with Trump"), which gives no one an office.
  const clauseAt = (from: number): number => { const i = qWords.findIndex((w, k) => k >= from && v.timeClauses.has(w)); return i < 0 ? qWords.length : i; };
  const beside = (i: number): boolean => spots.some((x) => {
    const [a, b] = i < x.at ? [i + 1, x.at] : [x.at + x.len, i];
    return b - a <= 4 && between(a, b) && between(x.at + x.len, clauseAt(x.at + x.len));
  });
  const persons = [...new Set(qWords.flatMap((w, i) => { const h = holder(w); return h !== undefined && beside(i) ? [h] : []; }))];
  if (!persons.length || persons.some((w) => holders.get(w)!.has(asked[0]!))) return undefined;
  const no = ctx.locale === 'de' ? 'Nein' : 'No';
  const states = (x: string): boolean => givesOffice(x, persons, v);
  const own = noLedBy(ctx, a, states);
  if (own) return own;
  // Else the event whose text states the office gives the reason, with its sources.
  const found = eventSentence(ctx, states);
  if (found) return { ...a, lead: `${no} — ${found.sentence}`, support: [a.lead, ...a.support], sources: [...new Set([...found.event.sources, ...a.sources])] };
  return { ...a, lead: `${no} — ${a.lead}` };
}

/**
 * "Who is Tengku Zafrul?", "Wer ist Hun Manet?": a question asking who someone is, naming only them,
 * answered by the sentence of the event texts stating their office, with that event.
 */
export function personAnswer(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  if (p.operator !== 'who' || p.polar) return undefined;
  const v = vocabIndex(ctx.dataset);
  const qWords = normalize(p.text).split(' ');
  if (!qWords.some((w) => v.copulas.has(w))) return undefined;
  const holders = officeHolders(ctx);
  const persons = p.content.filter((w) => holders.has(w));
  // Nothing asked but the person ("Who is Albanese?", not "Who is Albanese's trade minister?").
  if (!persons.length || p.content.some((w) => !holders.has(w)) || p.attributes.some((h) => !('event' in h.attribute.answer && h.attribute.answer.event === 'participants'))) return undefined;
  // The office must be the person's own ("Trump and Prime Minister Anthony Albanese" gives Trump none).
  const found = eventSentence(ctx, (x) => givesOffice(x, persons, v));
  if (!found) return undefined;
  const { event: e, sentence } = found;
  return { status: 'answer', lead: sentence, support: [`${e.title[ctx.locale]} (${formatDate(e.date, ctx.locale)})`], sources: [...e.sources], more: `/summit ${e.id}` };
}

/**
 * "Wer ist Japans Wirtschaftsminister?": an office asked of one country that no sentence gives beside
 * that country is "no entry", never a person of another office (Japan's prime minister).
 */
export function officeAsked(ctx: CommandContext, p: ParsedQuery, none: () => AnswerFirst): AnswerFirst | undefined {
  if (p.operator !== 'who' || p.polar || p.subjects.countries.length > 1) return undefined;
  const v = vocabIndex(ctx.dataset);
  const qWords = normalize(p.text).split(' ');
  if (!qWords.some((w) => v.copulas.has(w))) return undefined;
  const asked = [...new Set(officeSpots(qWords, v.offices).map((s) => s.id))];
  if (!asked.length && !p.subjects.countries.length) return organisationOffice(ctx, qWords, v.wordLists.bodyOffices[ctx.locale], v);
  if (asked.length !== 1) return undefined;
  // "der japanische Wirtschaftsminister": the parser gives an adjective beside an event's words to the
  // event; here it names whose office is asked (its inflection off: "japanisch").
  const c = p.subjects.countries[0] ?? adjectiveCountry(ctx, qWords);
  if (!c) return undefined;
  const found = eventSentence(ctx, (x) => {
    const ws = normalize(x).split(' ');
    if (!officeSpots(ws, v.offices).some((s) => s.id === asked[0])) return false;
    // A code counts where the text writes it in capitals ("US-Finanzminister"); else "us" may be the pronoun.
    const codes = new RegExp(`(?<![\\p{L}])${c.id}(?![\\p{Ll}])`, 'u').test(x);
    if (countryMentions(ctx, ws.map((w) => genitiveBase(w, ctx.locale) ?? w), { codes }).some((m) => m.id === c.id)) return true;
    return mentioned(ctx, x, ws).length === 0 && placedAt(ctx, x, asked[0]!).has(c.id);
  });
  // Where one does, it names the holder ("US-Finanzminister Scott Bessent nahm teil."), with its event.
  if (found) return sentenceAnswer(ctx, found);
  // A sentence giving the office beside no country at all may be the one asked: unsettled, unless another
  // sentence gives its holder that office beside another country.
  // Nor in the record of an event of other countries ("Queen Mother Sirikit" in the Thai–Cambodian record is no Australian monarch).
  const unplaced = eventSentence(ctx, (x, e) => {
    const ws = normalize(x).split(' ');
    if (!officeSpots(ws, v.offices).some((s) => s.id === asked[0]) || mentioned(ctx, x, ws).length || (e.countries.length && !e.countries.includes(c.id))) return false;
    const at = placedAt(ctx, x, asked[0]!);
    return !at.size || at.has(c.id);
  });
  return unplaced ? undefined : none();
}

/**
 * "Who was ASEAN chair in 2025?", "Wer hatte den ASEAN-Vorsitz?": an office asked of a body named right
 * before it is the sentence naming that body right before that office ("ASEAN chair Anwar Ibrahim"),
 * not the holder of the office in another body (Lee, APEC's chair). None found: the other paths answer.
 */
function organisationOffice(ctx: CommandContext, qWords: readonly string[], offices: ReadonlySet<string>, v: VocabIndex): AnswerFirst | undefined {
  const at = qWords.findIndex((w, k) => k > 0 && offices.has(w));
  if (at < 0) return undefined;
  const body = qWords[at - 1]!;
  if (v.stop.has(body)) return undefined;
  const found = eventSentence(ctx, (x) => {
    const ws = normalize(x).split(' ');
    return ws.some((w, k) => k > 0 && offices.has(w) && ws[k - 1] === body);
  });
  return found ? sentenceAnswer(ctx, found) : undefined;
}

/** A record's sentence, led by its event's title and days. */
function sentenceAnswer(ctx: CommandContext, found: { event: Event; sentence: string }): AnswerFirst {
  const e = found.event;
  return { status: 'answer', lead: `${e.title[ctx.locale]} (${formatDateRange(e.date, e.end_date, ctx.locale)}): ${found.sentence}`, support: [], sources: [...e.sources], more: `/summit ${e.id}` };
}

/** The countries a text's words mention; a code only where the text writes one in capitals. */
function mentioned(ctx: CommandContext, text: string, ws: readonly string[]): string[] {
  return countryMentions(ctx, ws.map((w) => genitiveBase(w, ctx.locale) ?? w), { codes: /(?<![\p{L}])[A-Z]{2,3}(?![\p{Ll}])/u.test(text) }).map((m) => m.id);
}

/**
 * "Treasury Secretary Scott Bessent attended" names no country, but the German record's "US-Finanzminister
 * Scott Bessent" does: the countries beside which a sentence of either language gives the holders of
 * the office in `sentence` that office.
 */
function placedAt(ctx: CommandContext, sentence: string, office: string): Set<string> {
  const v = vocabIndex(ctx.dataset);
  const holders = officeHolders(ctx);
  const names = nearIn(normalize(sentence).split(' '), v).filter((o) => o.id === office).flatMap((o) => o.near).filter((w) => holders.has(w));
  const out = new Set<string>();
  if (!names.length) return out;
  for (const e of ctx.dataset.events) {
    for (const lang of ['en', 'de'] as const) {
      for (const t of [e.summary, e.outcome]) {
        for (const x of t ? splitSentences(ctx.dataset, t[lang]) : []) {
          const ws = normalize(x).split(' ');
          if (nearIn(ws, v).some((o) => o.id === office && names.some((n) => o.near.includes(n)))) for (const id of mentioned(ctx, x, ws)) out.add(id);
        }
      }
    }
  }
  return out;
}

/** The one country a German inflected adjective of the words names ("japanische" → Japan), if one does. */
function adjectiveCountry(ctx: CommandContext, words: readonly string[]): Country | undefined {
  const idx = indexDataset(ctx.dataset);
  const found = new Set<Country>();
  for (const w of words) {
    for (const end of INFLECTIONS) {
      const base = w.endsWith(end) ? w.slice(0, -end.length) : '';
      const hit = base && idx.countryAdjectives.has(base) ? idx.country.phrases.get(base) : undefined;
      if (hit && !hit.code) found.add(hit.item as Country);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * "Trump met Emperor Akihito in Tokyo, right?": an office written before a capitalised name the texts give
 * no one, where a sentence of the answer gives that office to a holder of it ("Emperor Naruhito"), is a no,
 * led by that sentence. A name the texts do give someone is left to the office check above.
 */
export function holderVerdict(ctx: CommandContext, p: ParsedQuery, a: AnswerFirst): AnswerFirst | undefined {
  const v = vocabIndex(ctx.dataset);
  if (!v.offices.length || questionNegated(ctx, p)) return undefined;
  const tokens = p.text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const words = tokens.map((w) => normalize(w));
  const holders = officeHolders(ctx);
  const known = (w: string): boolean => holders.has(w) || holders.has(genitiveBase(w, ctx.locale) ?? w) || v.stop.has(w) || v.known.has(w)
    || countryMentions(ctx, [w], { codes: false }).length > 0;
  const asked = officeSpots(words, v.offices).flatMap((s) => {
    const raw = tokens[s.at + s.len];
    const name = words[s.at + s.len];
    return raw !== undefined && name !== undefined && /^\p{Lu}/u.test(raw) && !known(name) ? [{ id: s.id, name }] : [];
  });
  if (!asked.length) return undefined;
  const answer = normalize([a.lead, ...a.support].join(' ')).split(' ');
  if (asked.some((x) => answer.includes(x.name))) return undefined;
  // The sentence giving one of the offices asked to a holder of it, by name right after its words.
  const gives = (sentence: string): boolean => {
    const ws = normalize(sentence).split(' ');
    return officeSpots(ws, v.offices).some((s) => asked.some((x) => x.id === s.id) && holders.get(ws[s.at + s.len] ?? '')?.has(s.id) === true);
  };
  return noLedBy(ctx, a, gives);
}

/**
 * The answer with "No —" before the sentence that `holds`: its lead, unsplit (a title's "29. Okt." is no sentence
 * end), else the first sentence of its support, which then leads with the old lead first in the support.
 */
function noLedBy(ctx: CommandContext, a: AnswerFirst, holds: (sentence: string) => boolean): AnswerFirst | undefined {
  const no = ctx.locale === 'de' ? 'Nein' : 'No';
  if (holds(a.lead)) return { ...a, lead: `${no} — ${a.lead}` };
  const own = a.support.flatMap((x) => splitSentences(ctx.dataset, x)).find(holds);
  return own ? { ...a, lead: `${no} — ${own}`, support: [a.lead, ...a.support.map((x) => x.replace(own, '').trim()).filter(Boolean)] } : undefined;
}
