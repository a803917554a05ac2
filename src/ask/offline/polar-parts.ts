// The parts of a yes/no reading that look at one side at a time (split from polar.ts by what they read):
// the people a question names, the parts of a sentence naming them, negation, and the quantities and
// ordinals a question states.
import type { CommandContext } from '../../commands/types.js';
import type { Dataset } from '../../dataset/dataset.js';
import { normalize } from '../../dataset/lookup.js';
import type { Locale } from '../../reply/model.js';
import { quantities } from '../query/quantities.js';
import { genitiveBase, stem } from '../query/text.js';
import type { ParsedQuery } from '../query/types.js';
import { vocabIndex, type VocabIndex } from '../query/vocab.js';
import { countryMentions } from './polar-lead.js';
import { textParts } from './sentence-cache.js';

const cache = new WeakMap<object, Set<string>>();

/**
 * Surnames and given names of the people in the dataset's events (not organisations: a participant
 * with a lower-case word, "US delegation", is a body, and its "us" is no name).
 */
function people(ctx: CommandContext): Set<string> {
  let set = cache.get(ctx.dataset);
  if (!set) {
    set = new Set<string>();
    const stop = vocabIndex(ctx.dataset).stop;
    for (const e of ctx.dataset.events) {
      for (const who of e.participants) {
        if (/[()]/.test(who) || who === who.toUpperCase() || who.split(/\s+/).some((w) => !/^\p{Lu}/u.test(w))) continue;
        for (const w of normalize(who).split(' ')) if (w.length >= 2 && !stop.has(w)) set.add(w);
      }
    }
    cache.set(ctx.dataset, set);
  }
  return set;
}

/** The people of the dataset's events a question names ("trump", "xi"). */
/** Whether `w` (normalised) is a word of the name of a person of the dataset's events. */
export const isPersonWord = (ctx: CommandContext, w: string): boolean => people(ctx).has(w);

export function peopleNamed(ctx: CommandContext, p: ParsedQuery): string[] {
  const names = people(ctx);
  // "Trumps Reise": a German genitive's -s on the name.
  return [...new Set(p.words.flatMap((w) => {
    const base = genitiveBase(w, ctx.locale);
    return names.has(w) ? [w] : base !== undefined && names.has(base) ? [base] : [];
  }))];
}

/**
 * Where a question names people, the parts of the sentence (split at ";", "but", "while") that name
 * one of them: "Trump skipped the meeting; Bessent attended" is a "no" about Trump and a "yes" about
 * Bessent. Without people, the whole sentence (`words`, its normalised words).
 */
export function scopes(ds: Dataset, sentence: string, words: readonly string[], named: readonly string[], asked: (w: string) => boolean): (readonly string[])[] {
  if (!named.length) {
    // Without people, the clauses holding the words asked: "Radioactive and essentially absent in
    // nature" says yes to "radioactive?" and no to "found in nature?".
    const clauses = textParts(ds, sentence, 'clauses', /;\s+|,\s+|\s+(?:and|und|but|while|whereas|aber|während|doch)\s+/i);
    const holding = clauses.filter((ws) => ws.some(asked));
    return holding.length ? holding : [words];
  }
  const parts = textParts(ds, sentence, 'peopleParts', /;\s+|,?\s+(?:but|while|whereas|aber|während|doch)\s+/i);
  // "… signed a document, witnessed by Trump and Anwar Ibrahim": the witnesses are no part of the act.
  const witnessed = vocabIndex(ds).witnessSplit;
  const acts = witnessed ? parts.map((ws) => ws.join(' ')).flatMap((x) => (witnessed.test(x) ? [x.split(witnessed)[0]!.split(' ')] : [x.split(' ')])) : parts;
  return acts.filter((ws) => named.some((n) => ws.includes(n)));
}

const witnessStemsOf = new WeakMap<Dataset, Set<string>>();

/** Whether the question asks who witnessed ("Was it witnessed by Trump?", "im Beisein von Anwar?"): a word of grammar.witnesses beyond its function words. */
export function witnessAsked(ds: Dataset, words: readonly string[], lang: Locale): boolean {
  let stems = witnessStemsOf.get(ds);
  if (!stems) {
    const v = vocabIndex(ds);
    const g = ds.vocabulary?.grammar.witnesses ?? { en: [], de: [] };
    witnessStemsOf.set(ds, (stems = new Set([...g.en.map((x) => ['en', x] as const), ...g.de.map((x) => ['de', x] as const)]
      .flatMap(([l, x]) => normalize(x).split(' ').filter((w) => !v.stop.has(w)).map((w) => stem(w, l))))));
  }
  return words.some((w) => stems.has(stem(w, lang)));
}

/** The words of a sentence's act, before its witnesses ("Anutin and Hun Manet signed …, witnessed by …"); undefined when it names none. */
export function actWords(ds: Dataset, sentence: string): string[] | undefined {
  const split = vocabIndex(ds).witnessSplit;
  if (!split || !split.test(sentence)) return undefined;
  return normalize(sentence.split(split)[0]!).split(' ');
}

/** Whether the sentence names one of the people in its act, before the witnesses. */
export function namedInAct(ds: Dataset, sentence: string, named: readonly string[]): boolean {
  const act = actWords(ds, sentence);
  return act !== undefined && named.some((n) => act.includes(n));
}

/** Whether the sentence names one of the people among those who only witnessed its act (grammar.witnesses). */
export function witnessedBy(ds: Dataset, sentence: string, named: readonly string[]): boolean {
  const split = vocabIndex(ds).witnessSplit;
  if (!split || !split.test(sentence)) return false;
  const after = normalize(sentence.split(split).slice(1).join(' ')).split(' ');
  return named.some((n) => after.includes(n));
}

// Per vocabulary and language: the closing tags as word lists, split once.
const tagWords = new WeakMap<VocabIndex, Partial<Record<Locale, string[][]>>>();
function closingTags(v: VocabIndex, lang: Locale): string[][] {
  let per = tagWords.get(v);
  if (!per) tagWords.set(v, (per = {}));
  return (per[lang] ??= v.polarTags.closing[lang].map((t) => t.split(' ')));
}

/** The closing tag the question's words end with ("…, right?", "…, didn't he?"), as words. */
function closingTagOf(v: VocabIndex, lang: Locale, words: readonly string[]): string[] | undefined {
  return closingTags(v, lang).find((t) => t.length <= words.length && t.every((w, i) => words[words.length - t.length + i] === w));
}

/** The longest closing tag the words end with: "…, is that right?" ends with "right" too. */
export function longestClosingTag(v: VocabIndex, lang: Locale, words: readonly string[]): string[] | undefined {
  let best: string[] | undefined;
  for (const t of closingTags(v, lang)) if (t.length <= words.length && (!best || t.length > best.length) && t.every((w, i) => words[words.length - t.length + i] === w)) best = t;
  return best;
}

/** Whether the question itself is negated; a closing tag ("…, didn't he?") asks for confirmation, and its "n't" negates nothing asked. */
export function questionNegated(ctx: CommandContext, p: ParsedQuery): boolean {
  const v = vocabIndex(ctx.dataset);
  const tag = closingTagOf(v, ctx.locale, p.words);
  return negated(tag ? p.words.slice(0, p.words.length - tag.length) : p.words, v.negations);
}

/**
 * Whether a negated question's negation is part of a claim it asks to be judged true ("Is it true that
 * China does not have 44 Mt?"): it follows a truth frame (grammar.truth_frames). One in or before the
 * frame ("Isn't it true that …", "Stimmt es nicht, dass …") negates the asking, so the fact itself is
 * asked, as by any negated question.
 */
export function negatedClaimFramed(ctx: CommandContext, p: ParsedQuery): boolean {
  const v = vocabIndex(ctx.dataset);
  // A negation inside the frame: the frame reads whole without it, across its place.
  const k = p.words.findIndex((w) => v.negations.has(w));
  if (k >= 0) {
    const without = [...p.words.slice(0, k), ...p.words.slice(k + 1)];
    const end = frameEnd(v.truthFrames, without);
    if (end > k) return negated(without.slice(end), v.negations);
  }
  const end = frameEnd(v.truthFrames, p.words);
  return end >= 0 && negated(p.words.slice(end), v.negations);
}

/**
 * "Russia isn't among the top five, correct?", "Canada produces no rare earths, right?": an English
 * statement with a closing tag of truth asks whether the statement, negation and all, is right, so
 * "yes" must mean the negation holds. A question opened by its verb ("Isn't Russia …?") asks the fact itself, and
 * German answers a negative statement with "Doch", which is never ambiguous.
 */
export function taggedNegativeStatement(ctx: CommandContext, p: ParsedQuery): boolean {
  if (ctx.locale !== 'en' || p.words.length < 3) return false;
  const v = vocabIndex(ctx.dataset);
  const tag = closingTagOf(v, ctx.locale, p.words);
  // "…, did it?": an English tag of the verb asks the fact ("No, it didn't"); "…, right?" asks whether the statement is.
  const verb = (w: string): boolean => v.negations.has(w) || v.operators.byLang.en.get(w) === 'yesno' || v.operators.byLang.en.get(stem(w, 'en')) === 'yesno';
  if (!tag || tag.length === p.words.length || verb(tag[0]!)) return false;
  const first = p.words[0]!;
  // "No. 57 wasn't suspended, right?" opens with a number's label, not with a negation.
  const label = v.numberLabels.has(first) && /^\d/.test(p.words[1] ?? '');
  if ((verb(first) && !label) || v.questionWords.has(first)) return false;
  return negated(p.words.slice(1, p.words.length - tag.length), v.negations);
}

/**
 * Whether a figure's or a place's claim carries the question's negation: a truth frame, or an English
 * tagged statement. Only where the answer settles the claim by one figure or place; sentences checked
 * clause by clause (polar.ts) keep to truth frames, as a tag there would turn every other check round.
 */
export const negationClaimed = (ctx: CommandContext, p: ParsedQuery): boolean => taggedNegativeStatement(ctx, p) || negatedClaimFramed(ctx, p);

/** Whether the words open with a frame putting a claim to judge ("Is it true that …", "Stimmt es, dass …"). */
export const claimFramed = (v: VocabIndex, words: readonly string[]): boolean => frameEnd(v.truthFrames, words) >= 0;

/** Where the longest-reaching truth frame the words hold ends (a word index), or -1. */
function frameEnd(frames: readonly string[], words: readonly string[]): number {
  const padded = ` ${words.join(' ')} `;
  let end = -1;
  for (const f of frames) {
    const at = padded.indexOf(` ${f} `);
    if (at >= 0) end = Math.max(end, padded.slice(0, at + f.length + 1).trim().split(' ').length);
  }
  return end;
}

export const negated = (words: readonly string[], negations: ReadonlySet<string>): boolean =>
  // "No. 70" is a number, not a negation.
  words.some((w, i) => negations.has(w) && !(w === 'no' && /^\d/.test(words[i + 1] ?? '')));

/**
 * What the quantities the question names make of an agreeing sentence: 'no' when it states another
 * ("a gift of 250 trees" against "2,500 trees") or a part of the one asked ("12 of the 17" against
 * "all 17"), 'ok' when it states each, undefined when it states none (it settles nothing about them).
 */
export function quantityCheck(asked: readonly string[], sentence: string, approximate: ReadonlySet<string> = new Set()): 'ok' | 'no' | undefined {
  if (!asked.length) return 'ok';
  const stated = quantities(sentence);
  if (!stated.length) return undefined;
  for (const q of asked) {
    const at = stated.indexOf(q);
    // "rund 70 %" against 69 %: a claim made approximate holds within a twentieth of it.
    if (at < 0 && approximate.has(q) && stated.some((s) => Math.abs(Number(s) - Number(q)) <= Number(q) / 20)) continue;
    if (at < 0) return 'no';
    // A smaller number just before the one asked is a part of it ("12 of the 17").
    const prev = at > 0 ? stated[at - 1]! : undefined;
    // Only when the words between say so ("12 of the 17", "12 von 17"): "15 % tariff, 550 billion" are two figures.
    if (prev !== undefined && Number(prev) < Number(q) && new RegExp(`${prev.replace('.', '\\.')}\\s+(?:of|out of|von|aus)(?:\\s+(?:the|all|den|die|der|allen))?\\s+${q}`, 'i').test(sentence.replace(/(\d)[,.\u00a0 ](?=\d{3}(?!\d))/g, '$1'))) return 'no';
  }
  return 'ok';
}

/**
 * "Are US tariffs on Chinese goods now 57%?" against "the overall tariff from 57% to 47%": each quantity
 * asked as the value today ("now", "jetzt") is a value before a change the sentence states (after a
 * word of grammar.change_from, with a word of change_to and a number after it). The question's own
 * "from" ("did it go from 57 %?") asks the change.
 */
export function formerValues(asked: readonly string[], sentence: string, p: ParsedQuery, v: VocabIndex): boolean {
  const from = v.wordLists.changeFrom[p.locale];
  // Only the value now is asked so ("jetzt", "now"); "before the meeting" asks the value before the change.
  const now = p.time?.relative === true && p.time.kind === 'day';
  if (!now || !asked.length || !from.size || p.words.some((w) => from.has(w))) return false;
  const former = new Set<string>();
  for (const m of sentence.matchAll(/(\p{L}+)\s+(\d[\d.,]*\s*(?:%|\p{L}+)?)\s+(\p{L}+)\s+\d/gu)) {
    if (from.has(normalize(m[1]!)) && v.changeTo.includes(normalize(m[3]!))) for (const x of quantities(m[2]!)) former.add(x);
  }
  return asked.every((x) => former.has(x));
}

// A fraction's ordinal ("a third", "ein Drittel" is one word) follows these: no rank.
const FRACTION_BEFORE = /(?:^|\s)(?:a|an|one|two|ein|eine|einen|einem)\s+$/i;

/** Ordinal words as numbers ("fourth" → "4."), ranks as the texts write them with digits ("5th round"). */
export function ordinalsAsNumbers(text: string, v: VocabIndex, lang: Locale): string {
  const ords = v.ordinals[lang];
  return text.replace(/\p{L}+/gu, (w, at: number) => {
    const n = ords.get(stem(normalize(w), lang));
    return n === undefined || FRACTION_BEFORE.test(text.slice(Math.max(0, at - 8), at)) ? w : `${n}.`;
  });
}

/** Ids of the countries a sentence's normalised words name (by name or alias). */
export function countriesNamed(ctx: CommandContext, words: readonly string[], sentence: string): string[] {
  // A code counts only as written, in capitals ("US"): lower-cased, "in" would name India.
  const upper = new Set((sentence.match(/\b[A-Z]{2,3}\b/g) ?? []).map((c) => c.toLowerCase()));
  const byCode = countryMentions(ctx, words).filter((m) => m.end - m.start === 1 && upper.has(words[m.start]!));
  return [...new Set([...countryMentions(ctx, words, { codes: false }), ...byCode].map((m) => m.id))];
}

/**
 * A German compound of the question whose parts the sentence states apart ("Abbauquote" against
 * "Abbau 270.000 t … Quoten"): a word of the sentence opening it, and the rest's stem in the sentence.
 */
export function compoundOf(w: string, words: readonly string[], stems: ReadonlySet<string>, lang: ParsedQuery['locale']): boolean {
  if (lang !== 'de' || w.length < 8) return false;
  // Or its head alone ("Exportverbot" against "Verbot"): an export ban is a ban.
  // Or the first part of a compound the sentence holds ("Glasfasern" against "Glasfaserkabeln"): a cable of glass fibre is of glass fibre.
  const own = stem(w, lang);
  return words.some((x) => (x.length >= 4 && w.length - x.length >= 4 && w.startsWith(x) && stems.has(stem(w.slice(x.length), lang)))
    || (x.length >= 5 && w.length - x.length >= 3 && w.endsWith(x)) || (own.length >= 7 && x.length - own.length >= 4 && x.startsWith(own)));
}

/**
 * German negations of an attribute before a noun ("nicht erschlossene Vorkommen" to "Gibt es Vorkommen?",
 * "Gibt es in Skandinavien Seltene Erden?"): they deny the attribute, not the noun, so they are no "Nein"
 * unless the attribute is asked. Read off the sentence as written, where the noun alone has a capital; as
 * normalised pairs of negation and attribute.
 */
export function negatedAttributes(sentence: string, negations: ReadonlySet<string>, isAsked: (w: string) => boolean): Set<string> | undefined {
  let out: Set<string> | undefined;
  for (const m of sentence.matchAll(/(\p{L}+)\s+(\p{Ll}+)\s+(\p{Lu}\p{Ll}+)/gu)) {
    const [neg, attr] = [normalize(m[1]!), normalize(m[2]!)];
    if (negations.has(neg) && !isAsked(attr)) (out ??= new Set()).add(`${neg} ${attr}`);
  }
  return out;
}

/**
 * Whether the word before the asked year in the question ("seit", "since") stands before another year in the sentence's words.
 * Not a year after a word opening a change (grammar.change_from, within three words): "down 11% from $186 million in
 * 2023" gives the base the sentence's own figure is set against, not a claim of another year.
 */
export function sameWordOtherYear(p: ParsedQuery, sentence: readonly string[], year: string, from: ReadonlySet<string> = new Set()): boolean {
  const q = p.words;
  const at = q.indexOf(year);
  const before = at > 0 ? q[at - 1]! : undefined;
  if (!before || /^\d/.test(before)) return false;
  // "to fiscal 2025?" of "within fiscal 2025 …, the target had been fiscal 2027": the sentence states the year asked after the word too.
  if (sentence.some((w, i) => w === before && sentence[i + 1] === year)) return false;
  for (let i = 0; i + 1 < sentence.length; i++) {
    // A year the question states too ("in 2025 than in 2024") is no other year.
    if (sentence[i] === before && /^(?:19|20)\d\d$/.test(sentence[i + 1]!) && sentence[i + 1] !== year && !q.includes(sentence[i + 1]!)
      && !sentence.slice(Math.max(0, i - 3), i).some((w) => from.has(w))) return true;
  }
  return false;
}
