// "What fireworks did Japan offer?", "Welches Feuerwerk hat Japan angeboten?": a question whose other words
// the dataset does not know, holding a word that only one or two of its records use ("fireworks" in the
// Tokyo framework's), or a number one record of the country asked states ("Japan's 2% target"), about a
// country of that record or none. Such a word places the question on the beat:
// that record's sentence holding it answers, where the scope note would turn an on-topic reader away.
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { loc } from '../../commands/common.js';
import { normalize } from '../../dataset/lookup.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { splitSentences } from '../query/sentences.js';
import { stem } from '../query/text.js';
import { vocabIndex } from '../query/vocab.js';
import { formatDate } from '../../reply/format.js';
import { isNameWord, passageCount } from './retrieve.js';
import { askedNumbers } from '../query/question-text.js';
import { textQuantities } from './sentence-cache.js';

// Per event and language: the stems of its texts' words, sentence by sentence.
const sentenceStems = new WeakMap<Event, Map<string, { sentence: string; stems: Set<string> }[]>>();

function sentencesOf(ctx: CommandContext, e: Event): { sentence: string; stems: Set<string> }[] {
  let byLang = sentenceStems.get(e);
  if (!byLang) sentenceStems.set(e, (byLang = new Map()));
  let list = byLang.get(ctx.locale);
  if (!list) {
    const texts = [e.summary, e.agreed, e.outcome].filter((x): x is NonNullable<typeof x> => x !== undefined).map((x) => loc(ctx.locale, x));
    list = texts.flatMap((x) => splitSentences(ctx.dataset, x)).map((sentence) => ({ sentence, stems: new Set(normalize(sentence).split(' ').map((w) => stem(w, ctx.locale))) }));
    byLang.set(ctx.locale, list);
  }
  return list;
}

export function rareWordRecord(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  const v = vocabIndex(ctx.dataset);
  // Beside one word of the reader's own at most ("offer", "angeboten"): more, and the question is about something else.
  // A rare word only what was agreed or what came of it uses ("Kriegsgefangenen") is unknown to the parser but no reader's own.
  const own = p.unknown.filter((w) => { const n = passageCount(ctx.dataset, w, ctx.locale); return n === 0 || n > 2; });
  if (own.length > 1) return undefined;
  const countries = p.subjects.countries.map((c) => c.id);
  // A word of the texts' own, not a name ("Tokyo", "Takaichi") nor a place, in one or two passages of the whole dataset.
  const words = [...new Set(p.content.filter((w) => w.length >= 5 && !v.stop.has(w) && !own.includes(w) && !v.placeWords.has(w)
    && !isNameWord(ctx.dataset, w) && passageCount(ctx.dataset, w, ctx.locale) <= 2).map((w) => stem(w, ctx.locale)))];
  let best: { e: Event; sentence: string } | undefined;
  for (const w of words) {
    const holding = ctx.dataset.events.filter((e) => sentencesOf(ctx, e).some((x) => x.stems.has(w)));
    // Rare: one or two records use it; a country named must be one of theirs.
    if (!holding.length || holding.length > 2) continue;
    const fit = holding.filter((e) => countries.every((c) => e.countries.includes(c)));
    if (fit.length !== 1) continue;
    const e = fit[0]!;
    const sentence = sentencesOf(ctx, e).find((x) => x.stems.has(w))!.sentence;
    if (best && best.e !== e) return undefined;
    best = { e, sentence };
  }
  // Or a number the question states ("Japan's 2% target") that one record of the country asked states.
  const numbers = askedNumbers(p);
  if (!best && numbers.length && countries.length) {
    const stating = ctx.dataset.events.filter((e) => countries.every((c) => e.countries.includes(c)))
      .flatMap((e) => sentencesOf(ctx, e).filter((x) => numbers.every((n) => textQuantities(ctx.dataset, x.sentence).includes(n))).map((x) => ({ e, sentence: x.sentence })));
    if (new Set(stating.map((x) => x.e)).size === 1) best = stating[0];
  }
  if (!best) return undefined;
  const { e, sentence } = best;
  return { status: 'answer', sources: [...e.sources], more: `/summit ${e.id}`,
    lead: `${loc(ctx.locale, e.title)} (${formatDate(e.date, ctx.locale)}): ${sentence}`, support: [] };
}
