// The elements a use names: those whose listed uses hold a word ("magnets" → Nd, Pr, Dy, …), and the
// answer listing them ("Which rare earths go into neutron absorbers?").
import type { Element } from '../../dataset/schema.js';
import type { CommandContext } from '../../commands/types.js';
import { loc, t } from '../../commands/common.js';
import { formatList } from '../../reply/format.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { defaultMineral } from '../../commands/figure-answer.js';
import { normalize } from '../../dataset/lookup.js';
import { rawWords } from '../query/text.js';
import { compoundModifiers, useHolds, useTextHolds, useWordsOf } from './use-words.js';

/** Elements whose listed uses hold a word ("magnets" → Nd, Pr, Dy, …; "färbt" finds "Färben von Glas"). */
export function elementsByUse(ctx: CommandContext, word: string): Element[] {
  const w = normalize(word);
  const all = ctx.dataset.elements.filter((e) => useWordsOf(e).some((u) => useHolds(u, w)));
  // Of those sharing a compound's last part ("Aluminiumlegierungen": "…legierungen"), the ones whose uses
  // hold its first part too, if any ("Aluminium-Scandium-Legierungen", not "Magnesiumlegierungen").
  const first = compoundModifiers(all, [w]);
  const both = first.length ? all.filter((e) => useWordsOf(e).some((u) => useHolds(u, first[0]!))) : [];
  return both.length ? both : all;
}

export function useListAnswer(ctx: CommandContext, word: string, list: readonly Element[], filter = word): AnswerFirst {
  const names = list.map((e) => `${loc(ctx.locale, e.name)} (${e.symbol})`);
  return {
    status: 'answer',
    lead: t(ctx.locale, `Rare earths used for ${word}: ${formatList(names, ctx.locale)}.`, `Seltene Erden für ${word}: ${formatList(names, ctx.locale)}.`),
    support: [],
    sources: [...new Set(list.flatMap((e) => e.sources))],
    more: `/elements ${filter}`,
  };
}

/**
 * "Which five rare earths were added on 9 October 2025?": a day or month asks what happened then, and no
 * use has one ("added" stands in dysprosium's use) — unless a use is asked as well ("Which rare earth
 * added on 9 October is used in fibre amplifiers?").
 */
export function askedThenNotUse(p: ParsedQuery): boolean {
  const dated = p.time !== undefined && (p.time.kind === 'day' || p.time.kind === 'month');
  return dated && !p.attributes.some((h) => 'element' in h.attribute.answer && h.attribute.answer.element === 'uses');
}

/**
 * "Which rare earths go into neutron absorbers in reactors?": rare earths asked about, no element
 * named, and words found in the elements' uses: the elements whose uses hold all of those words
 * (else those of the longest such word).
 */
export function usedFor(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  const s = p.subjects;
  if (s.elements.length || s.countries.length || !s.minerals.some((m) => m.id === defaultMineral(ctx.dataset)?.id)) return undefined;
  if (askedThenNotUse(p)) return undefined;
  // "Is the rare earth deal permanent?", "Will the truce be permanent?": an event asked about, or a yes/no
  // question, and no use, makes no use of its words ("permanent magnets").
  const asksUse = p.attributes.some((h) => 'element' in h.attribute.answer && h.attribute.answer.element === 'uses');
  if (!asksUse && (p.polar || p.attributes.some((h) => 'event' in h.attribute.answer))) return undefined;
  const found = p.unknown.filter((w) => w.length >= 4).map((w) => ({ w, list: elementsByUse(ctx, w) })).filter((x) => x.list.length);
  if (!found.length) return undefined;
  const all = found[0]!.list.filter((e) => found.every((x) => x.list.includes(e)));
  const longest = [...found].sort((a, b) => b.w.length - a.w.length)[0]!;
  const list = all.length ? all : longest.list;
  // Named by the use as the dataset writes it ("Entfärben von Glas", not the reader's "entfärbt"),
  // else by the longest word as typed.
  const use = list[0]!.uses[ctx.locale].find((u) => found.every((x) => useTextHolds(u, x.w)));
  const typed = rawWords(p.text).find((r) => normalize(r) === longest.w);
  return useListAnswer(ctx, use ?? typed ?? longest.w, list, typed ?? longest.w);
}
