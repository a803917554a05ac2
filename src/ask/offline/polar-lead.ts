// Leads that settle a yes/no question by their numbers: two elements' prices compared, a count of the
// rare earths claimed. Split from polar.ts by what they read.
import type { CommandContext } from '../../commands/types.js';
import type { Element } from '../../dataset/schema.js';
import type { ParsedQuery } from '../query/types.js';
import { indexDataset, normalize } from '../../dataset/lookup.js';
import { textWords } from './sentence-cache.js';
import { quantities } from '../query/quantities.js';
import { vocabIndex } from '../query/vocab.js';
import { phraseAt } from '../query/text.js';
import { matchPhrases, stemWords, type PhraseHit } from '../query/phrases.js';
import { equativeAsked, paddedQuestion } from '../query/question-text.js';
import { countClaim } from '../query/polar-cues.js';
import { defaultMineral } from '../../commands/figure-answer.js';
import { numberAfter } from './polar-price.js';
import { loc } from '../../commands/common.js';

/**
 * "Are there 15 rare earths?" against "In all, 17 elements count as rare earths": a count claimed is
 * settled by the first number of a lead that answers a count, not by the sentence's other numbers
 * ("the 15 lanthanides").
 */
export function countInLead(ctx: CommandContext, p: ParsedQuery, lead: string): 'yes' | 'no' | undefined {
  const v = vocabIndex(ctx.dataset);
  // "Are there 2,000 tonnes …?" claims a quantity, which the figure checks answer.
  if (p.words.some((w) => v.tonneWords.has(w) || v.percentUnits.has(w)) || p.priceThreshold !== undefined) return undefined;
  // Of a measure or a country ("Did the April controls cover 7 elements?") the lead lists more than a count.
  // Only a count of the rare earths themselves: "Are there 21 APEC economies?" is answered by the record's words.
  if (p.subjects.namedEvents.length || p.subjects.countries.length || !p.subjects.minerals.some((m) => m === defaultMineral(ctx.dataset))) return undefined;
  const claim = countClaim(paddedQuestion(p), v);
  // Of a lead opening with an event's title and date, the numbers after them ("Nos. 55–58 … (9 Oct 2025): With
  // these, 12 of the 17 …").
  const first = claim === undefined ? undefined : quantities(withoutEventTitle(ctx, p, lead))[0];
  if (first === undefined) return undefined;
  // A part claimed below the count stated ("Sind sieben von 17 kontrolliert?" against 12) is not settled: seven are, and more.
  if (claim!.part && claim!.n < Number(first)) return undefined;
  return Number(first) === claim!.n ? 'yes' : 'no';
}

/**
 * "Is dysprosium oxide dearer than neodymium oxide?": a lead listing a number after each of the two
 * elements compared ("Neodymoxid 56, Dysprosiumoxid 260") settles it; the first named is the one asked
 * about, and "cheaper"/"billiger" (the vocabulary's "less" words) asks the other way round.
 */
export function compareInLead(ctx: CommandContext, p: ParsedQuery, lead: string): 'yes' | 'no' | undefined {
  // "so teuer wie" compares as "teurer als" does, though no word of the compare operator stands in it.
  const equative = equativeAsked(p, vocabIndex(ctx.dataset));
  if ((p.operator !== 'compare' && !equative) || p.subjects.elements.length !== 2) return undefined;
  // In the order the question names them ("neodymium oxide" may be found before as a longer alias).
  const text = paddedQuestion(p);
  // A German compound opens with the name ("Neodymoxid"): the name at a word's start counts too.
  // (Not a symbol: " y" opens "year".)
  const at = (e: Element): number => Math.min(...[e.name.en, e.name.de, ...e.aliases].map((n) => text.indexOf(n.length >= 4 ? ` ${normalize(n)}` : ` ${normalize(n)} `)).filter((i) => i >= 0));
  const els = [...p.subjects.elements].sort((x, y) => at(x) - at(y));
  const values = els.map((e) => numberAfter(ctx, e, lead));
  const [a, b] = values;
  if (a === undefined || b === undefined) return undefined;
  // "Ist Ceroxid so billig wie Lanthanoxid?": equal asked, equal stated is yes, whichever word compares.
  // "so teuer wie": at least as dear; "so billig wie": at most as dear.
  if (equative) return (equative === 'equal' ? a === b : equative === 'atLeast' ? a >= b : a <= b) ? 'yes' : 'no';
  if (a === b) return 'no';
  return (a > b) !== Boolean(p.less) ? 'yes' : 'no';
}

/**
 * "Is China still the top source of US rare-earth imports?" against a lead ranking countries by their
 * figures ("China 70%, Malaysia 13%, …"): the question's one country in that ranking is the top or not.
 * Only a country followed by its number counts as ranked, so the lead's title ("US import sources") is
 * none; and only a question holding a word of the top operator asks this.
 */
export function topInLead(ctx: CommandContext, p: ParsedQuery, lead: string): 'yes' | 'no' | undefined {
  if (p.less || !p.asksTop) return undefined;
  // "Is Australia among the largest producers?": a group of no stated size is no first place (the list shows the rank).
  if (p.topN === undefined && amongAsked(ctx, p)) return undefined;
  const ranked = rankedCountries(ctx, textWords(ctx.dataset, lead));
  if (ranked.length < 2) return undefined;
  const asked = p.subjects.countries.filter((c) => ranked.includes(c.id));
  return asked.length === 1 ? (ranked[0] === asked[0]!.id ? 'yes' : 'no') : undefined;
}

/** The countries a text names with a number right after the name, in the text's order. */
function rankedCountries(ctx: CommandContext, words: readonly string[]): string[] {
  return [...new Set(countryMentions(ctx, words).filter((m) => /^\d/.test(words[m.end] ?? '')).map((m) => m.id))];
}

/**
 * Every country (no aggregate row) a text's words name, longest name first, with the indexes of its name.
 * `codes: false`: by names and aliases only, as a reader's words hold them ("is" and "es" are no codes there).
 */
export function countryMentions(ctx: CommandContext, words: readonly string[], { codes = true } = {}): { id: string; start: number; end: number }[] {
  const idx = indexDataset(ctx.dataset).country;
  const out: { id: string; start: number; end: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const n of [3, 2, 1]) {
      const hit = idx.phrases.get(words.slice(i, i + n).join(' '));
      if (!hit || hit.item.kind === 'aggregate' || (!codes && hit.code)) continue;
      out.push({ id: hit.item.id, start: i, end: i + n });
      break;
    }
  }
  return out;
}

/** The lead without the title and date of a question's event opening it ("Title (26 Oct 2025): …"). */
export function withoutEventTitle(ctx: CommandContext, p: ParsedQuery, lead: string): string {
  for (const e of p.subjects.events) {
    const title = loc(ctx.locale, e.title);
    if (!lead.startsWith(title)) continue;
    const colon = lead.indexOf('): ', title.length);
    return colon >= 0 ? lead.slice(colon + 3) : lead;
  }
  return lead;
}

/**
 * "Was neodymium oxide more expensive in 2025 than in 2024?": two years compared, which a sentence holding
 * the question's words does not settle (only the figures of both would, and no check here reads them).
 */
export function twoYearsCompared(ctx: CommandContext, p: ParsedQuery): boolean {
  if (new Set(p.years ?? []).size < 2) return false;
  return comparingHits(ctx, p.words).length > 0;
}

/**
 * The question's words of comparing ("more", "bigger than", "weniger"), as operator hits. `asWritten`: the
 * words themselves only, not their stems ("die großen Vorkommen" compares nothing; "größer" does).
 */
export function comparingHits(ctx: CommandContext, words: readonly string[], asWritten = false): PhraseHit<string>[] {
  return matchPhrases(vocabIndex(ctx.dataset).operators, words, asWritten ? { en: words, de: words } : stemWords(words), [ctx.locale])
    .filter((h) => h.value === 'compare' || h.value === 'less' || h.value === 'more');
}

/**
 * "Australia mines a lot of lithium. Is Chile's output bigger?": a comparison asked of one subject, with no
 * number to compare with, is not settled by a lead stating that subject's figure alone (the figure is no
 * "yes"). The words offering options ("or") are no comparison here, nor "als" alone ("eine Frau als Premierministerin").
 */
export function comparedWithNothing(ctx: CommandContext, p: ParsedQuery): boolean {
  const s = p.subjects;
  if (s.countries.length > 1 || s.elements.length > 1 || p.threshold !== undefined || p.priceThreshold !== undefined || p.shareThreshold !== undefined || /\d/.test(p.text)) return false;
  const v = vocabIndex(ctx.dataset);
  // Compared with a time or an edition ("smaller now", "after the correction") or with what follows "than": something to compare with.
  if (p.time || p.edition !== undefined || p.words.some((w) => v.thanWords.has(w) || v.changeWords.has(w))) return false;
  const alts = v.wordLists.alternatives[ctx.locale];
  return comparingHits(ctx, p.words, true).some((h) => !(h.words === 1 && (alts.has(p.words[h.start] ?? '') || v.thanWords.has(p.words[h.start] ?? ''))));
}

/** Whether the question asks about a place among a group ("among the largest", "unter den größten"; grammar.among). */
export function amongAsked(ctx: CommandContext, p: ParsedQuery): boolean {
  return vocabIndex(ctx.dataset).among.some((ph) => p.words.some((_, i) => phraseAt(p.words, i, ph)));
}
