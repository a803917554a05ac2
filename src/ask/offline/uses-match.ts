// "Which rare earth goes into nickel-metal hydride batteries?", "Welches Element steckt neben Neodym in
// NdPr-Magneten?": an element asked for by what the question says of it. Each element scores the
// question's own words that its uses (both languages) hold; the best-scoring elements answer, not the
// first word's matches, nor the element the question names as the reference ("together with neodymium").
import { rawWords } from '../query/text.js';
import type { CommandContext } from '../../commands/types.js';
import type { Element } from '../../dataset/schema.js';
import { normalize } from '../../dataset/lookup.js';
import { loc, t } from '../../commands/common.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { vocabIndex } from '../query/vocab.js';
import { matchPhrases, stemWords } from '../query/phrases.js';
import { askedThenNotUse, useListAnswer } from './uses-list.js';
import { compoundModifiers, useHolds, useTextHolds, useWordsOf } from './use-words.js';
import { matchedWords } from '../query/matched-words.js';

/** The elements whose uses hold most of the question's words, with those words; none if no element holds one. */
export function elementsByQuestionUse(ctx: CommandContext, p: ParsedQuery): { list: Element[]; words: string[] } | undefined {
  const v = vocabIndex(ctx.dataset);
  const named = new Set(p.subjects.elements);
  // Words that ask (attributes, operators) or name the group are no use; names of other things are ("nickel").
  // A fact's words are candidates when an element is asked for ("Welche Seltenen Erden stecken in einem
  // Elektroauto?" matches the general uses fact on "Elektroautos", which the uses of Nd and Dy hold).
  const asked = new Set(matchedWords(p.attributes.filter((h) => !(p.whichElement && 'facts' in h.attribute.answer))));
  const group = new Set(p.subjects.minerals.filter((m) => m.id === 'rare-earths').flatMap((m) => normalize([m.name.en, m.name.de, ...m.aliases].join(' ')).split(' ')));
  const nameWords = new Set(normalize([...named].flatMap((e) => [e.name.en, e.name.de, ...e.aliases]).join(' ')).split(' '));
  // Nor do operator words ("größten", "most"): "größte Abnehmer" in cerium's uses is no answer to "den größten …querschnitt".
  const ops = new Set(matchPhrases(v.operators, p.words, stemWords(p.words), [ctx.locale]).flatMap((h) => p.words.slice(h.start, h.start + h.words)));
  // An acronym of three capitals too ("MRI", "PET"), which useHolds takes only as written; not "sie" or "car".
  const capitals = new Set(rawWords(p.text).filter((r) => r.length === 3 && r === r.toUpperCase()).map((r) => normalize(r)));
  const typed = [...new Set(p.words)].filter((w) => (w.length >= 4 || capitals.has(w)) && !/\d/.test(w) && !v.stop.has(w) && !asked.has(w) && !group.has(w) && !nameWords.has(w) && !v.questionWords.has(w) && !ops.has(w));
  const words = [...typed, ...compoundModifiers(ctx.dataset.elements, typed).filter((m) => !typed.includes(m) && !v.stop.has(m))];
  let best: Element[] = [];
  let bestWords: string[] = [];
  for (const e of ctx.dataset.elements) {
    if (named.has(e)) continue;
    const uses = useWordsOf(e);
    const hit = words.filter((w) => uses.some((u) => useHolds(u, w)));
    if (!hit.length || hit.length < bestWords.length) continue;
    if (hit.length > bestWords.length) { best = []; bestWords = hit; }
    best.push(e);
  }
  return best.length ? { list: best, words: bestWords } : undefined;
}

/**
 * The answer to "which element …" by its uses: at most three elements sharing the best score, named
 * with the use of the first that holds most of the words.
 */
export function whichElementByUse(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  // A country the dataset does not hold is an acronym here ("which RE makes the red in TV screens").
  if (!p.whichElement || p.polar || p.subjects.countries.some((c) => ctx.dataset.countryById.has(c.id))) return undefined;
  if (askedThenNotUse(p)) return undefined;
  const found = elementsByQuestionUse(ctx, p);
  if (!found || found.list.length > 3) return undefined;
  // A class, control, price or figure asked ("which rare earth is heavy", "the dearest") is another
  // question, unless two of its words stand in the uses ("heavy-crude refining … catalyst").
  // A fact matched only on the use found ("Welche Seltenen Erden stecken in einem Elektroauto?" against the
  // general uses fact) is no other question: the elements of that use answer it.
  const onUse = (h: (typeof p.attributes)[number]): boolean => h.matched.every((m) => normalize(m).split(' ').some((w) => found.words.includes(w)));
  const other = p.attributes.some((h) => { const a = h.attribute.answer; return 'figure' in a || 'share' in a || ('facts' in a && !onUse(h)) || ('element' in a && (a.element === 'class' || a.element === 'controls')); });
  if (other && found.words.length < 2) return undefined;
  const first = found.list[0]!;
  const bestUse = (e: Element): string => e.uses[ctx.locale].reduce((a, b) => (held(b, found.words) > held(a, found.words) ? b : a));
  const use = bestUse(first);
  const list = useListAnswer(ctx, use, found.list, found.words[0]!);
  // Several elements under one use only when each has a use holding every word found; else each with its
  // own ("aluminium alloys for aircraft": scandium's aluminium alloys, praseodymium's magnesium alloys for aircraft engines).
  if (found.list.length > 1 && found.list.every((e) => e.uses[ctx.locale].some((u) => held(u, found.words) === found.words.length))) return list;
  if (found.list.length > 1) {
    const each = found.list.map((e) => `${loc(ctx.locale, e.name)} (${e.symbol}) — ${bestUse(e)}`).join('; ');
    return { ...list, lead: t(ctx.locale, `Rare earths with a use matching the question: ${each}.`, `Seltene Erden mit einer passenden Verwendung: ${each}.`) };
  }
  // One element: its name first, then the use that holds the question's words.
  return { ...list, lead: `${loc(ctx.locale, first.name)} (${first.symbol}) ${t(ctx.locale, 'is used for', 'wird verwendet für')}: ${use}.`, more: `/element ${first.symbol}` };
}

/** How many of the words a use as written holds. */
const held = (use: string, words: readonly string[]): number => words.filter((w) => useTextHolds(use, w)).length;

/**
 * "Which rare earth is radioactive?", "Welches ist die häufigste Seltene Erde?": an element asked for by a
 * property its note states ("Radioactive and essentially absent in nature", "The most abundant rare-earth
 * element"). The one element whose note holds every content word of the question answers with that note.
 */
export function whichElementByNote(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  // A property of a word or two, no figure, class, control or event asked ("which is heavy", "how many").
  if (p.polar || p.operator === 'count' || p.subjects.elements.length || p.subjects.countries.length || !p.content.length || p.content.length > 2) return undefined;
  if (p.attributes.some((h) => !('facts' in h.attribute.answer))) return undefined;
  const first = p.words[0] ?? '';
  const which = p.whichElement || (vocabIndex(ctx.dataset).questionWordsOf[ctx.locale].has(first) && p.subjects.minerals.some((m) => m.id === 'rare-earths'));
  if (!which) return undefined;
  const holds = (e: Element): boolean => {
    if (!e.note) return false;
    const words = normalize(loc(ctx.locale, e.note)).split(' ');
    return p.content.every((w) => words.includes(w));
  };
  const found = ctx.dataset.elements.filter(holds);
  if (found.length !== 1) return undefined;
  const el = found[0]!;
  return { status: 'answer', lead: `${loc(ctx.locale, el.name)} (${el.symbol}): ${loc(ctx.locale, el.note!)}`, support: [], sources: [...el.sources], more: `/element ${el.symbol}` };
}
