// Headings before a colon ("Sachstand Reserven: …", "Briefing on nickel-cobalt: …"): which of their words
// only label the message, and how many words they take. Split from parse.ts, which reads the question with them.
import type { Dataset } from '../../dataset/dataset.js';
import { indexDataset, normalize } from '../../dataset/lookup.js';
import type { Locale } from '../../reply/model.js';
import type { Attribute } from '../../dataset/vocabulary-schema.js';
import { passageCount } from '../offline/retrieve.js';
import type { PhraseHit } from './phrases.js';
import { opensWith, rawWords } from './text.js';
import type { VocabIndex } from './vocab.js';
import { decompound } from './decompound.js';

/** The most words a heading before a colon has ("Sachstand Reserven:", "Thesis footnote:"). */
export const MAX_HEADING = 3;

/**
 * "Sachstand Reserven: welches Land …?", "Desk note: the task force …": a short heading before a colon
 * labels the message. Its words that name no attribute and stand in no text of the dataset are no topic
 * it must hold; an attribute it names ("Reserven") is still asked, and so is a thing the texts hold
 * ("Magnete für Offshore-Windräder: welche zwei …?").
 */
export function headingLabels(q: string, context: string, words: readonly string[], cutAt: number, hits: readonly { start: number; words: number }[], known: (w: string) => boolean): Set<string> | undefined {
  if (q[context.length] !== ':') return undefined;
  const labels = new Set(words.slice(0, cutAt).filter((w) => !known(w)));
  for (const h of hits) for (let i = h.start; i < h.start + h.words; i++) labels.delete(words[i]!);
  for (const w of words.slice(cutAt)) labels.delete(w);
  return labels.size ? labels : undefined;
}

/** The number of words before a heading's colon ("Briefing on nickel-cobalt: …"); 0 without one. */
export function headingWords(q: string, v: VocabIndex): number {
  const colon = q.indexOf(': ');
  return colon < 0 ? 0 : decompound(rawWords(q.slice(0, colon)), v.parts, v.heads, v.synonyms, v.unsplit, v.tails).split(' ').length;
}

/** Whether a word or phrase names a country, mineral, element or event of the dataset. */
export function namesThing(ds: Dataset, w: string): boolean {
  const idx = indexDataset(ds);
  // "the world" is the scope of a figure, not a subject of its own ("natural graphite: global mine output?"),
  // and a country's code is one only as typed ("per USGS" names no Peru).
  const country = idx.country.phrases.get(w);
  return (country !== undefined && !country.code && country.item.id !== 'WORLD') || idx.mineral.phrases.has(w) || idx.element.phrases.has(w) || idx.event.phrases.has(w);
}

/**
 * Whether the words from `from` on name a country, mineral, element or event themselves (a word or two
 * words as one name), and no word of them points back at the heading (grammar.back_references): the
 * question after a heading ("Kalkulation Ersatzmagnete für den Windpark: Durchschnittspreis Neodymoxid,
 * vorletztes Jahr?") then stands on its own, and the heading, however long, only says what the reader
 * needs the answer for.
 */
export function namesSubjectFrom(words: readonly string[], from: number, ds: Dataset, backReferences: ReadonlySet<string>): boolean {
  if (words.slice(from).some((w) => backReferences.has(w))) return false;
  for (let i = from; i < words.length; i++) if (namesThing(ds, words[i]!) || (i + 1 < words.length && namesThing(ds, `${words[i]} ${words[i + 1]}`))) return true;
  return false;
}

/**
 * The words of the context before the question that only say what the reader needs the answer for:
 * neither unknown nor content, unless the question repeats them.
 * - "Für die Unterrichtsstunde zu Magneten: wie teuer …?": a purpose (grammar.purpose_openers), all its words.
 * - "Sachstand Reserven: …": a short heading (MAX_HEADING words), its words no attribute or text holds.
 * - A longer heading, when the question after its colon asks an attribute of a subject it names itself:
 *   all the heading's words but names, whatever the texts hold; one it leaves to the heading ("Seabed mud
 *   near Japan: how much does it hold?") keeps its words.
 */
export function contextLabels(q: string, context: string | undefined, cutAt: number, words: readonly string[], attrHits: readonly PhraseHit<Attribute>[],
  ds: Dataset, v: VocabIndex, locale: Locale): Set<string> | undefined {
  const colonAt = context === undefined ? headingWords(q, v) : q[context.length] === ':' ? cutAt : 0;
  const standsAlone = colonAt > 0 && (context === undefined || cutAt > MAX_HEADING) && attrHits.some((h) => h.start >= colonAt) && namesSubjectFrom(words, colonAt, ds, v.backReferences);
  const labels = cutAt > 0 && v.purposeOpeners.some((o) => opensWith(normalize(context!), o)) ? new Set(words.slice(0, cutAt))
    : cutAt > 0 && cutAt <= MAX_HEADING ? headingLabels(q, context!, words, cutAt, attrHits, (w) => passageCount(ds, w, locale) > 0)
      : standsAlone ? headingLabels(q, q.slice(0, q.indexOf(': ')), words, colonAt, attrHits, (w) => namesThing(ds, w)) : undefined;
  if (labels) for (const w of words.slice(cutAt || colonAt)) labels.delete(w);
  return labels;
}

/**
 * The attribute hits asked, of a question after context (`cutAt` its words) or after a long heading
 * that only labels it (`labelledAt`).
 * - A date asked after context saying which one ("the pause ran out … – on which date?") keeps that word.
 * - A figure or share asked after the context ("… dominance: what share …?") is what is asked of it.
 * - A long heading before a question naming its own subject ("Spannend für Lithium-Aktien: Hat 2025
 *   Argentinien mehr produziert …?"): a topic the dataset lacks there ("Aktien") is not what is asked.
 */
export function askedAttributeHits(attrHits: readonly PhraseHit<Attribute>[], cutAt: number, labelledAt: number, unitOnly: (h: PhraseHit<Attribute>) => boolean = () => false): PhraseHit<Attribute>[] {
  // "Import dependence of the US in 2025: what percent?": after a context naming what is asked, a unit
  // asked ("what percent", "wie viel Prozent") only says how to state it.
  if (cutAt > 0 && attrHits.some((h) => h.start < cutAt && !('event' in h.value.answer)) && attrHits.some((h) => h.start >= cutAt && unitOnly(h))
    && attrHits.every((h) => h.start < cutAt || unitOnly(h))) return attrHits.filter((h) => h.start < cutAt);
  const after = (from: number, h: PhraseHit<Attribute>): boolean => h.start >= from;
  const figure = (h: PhraseHit<Attribute>): boolean => 'figure' in h.value.answer || 'share' in h.value.answer;
  const figureAsked = cutAt > 0 && attrHits.some((h) => after(cutAt, h) && figure(h));
  const datesAsked = cutAt > 0 && attrHits.some((h) => after(cutAt, h) && 'event' in h.value.answer && h.value.answer.event === 'date');
  const lackedInHeading = (h: PhraseHit<Attribute>): boolean => h.start < labelledAt && 'none' in h.value.answer && attrHits.some((x) => after(labelledAt, x) && figure(x));
  const asked = cutAt > 0 && attrHits.some((h) => after(cutAt, h))
    ? attrHits.filter((h) => after(cutAt, h) || !('event' in h.value.answer || (figureAsked && 'facts' in h.value.answer)) || (datesAsked && h.value.implies === 'when'))
    : [...attrHits];
  return asked.filter((h) => !lackedInHeading(h));
}
