// "Which five rare earths were added on 9 October 2025?", "Welche Seltenen Erden kamen im April 2025 auf
// die Liste?": the rare earths asked with a day or month on which one measure listing elements was
// taken are that measure's, not the twelve of all measures nor "no figure" for a verb the texts lack
// ("added").
import type { CommandContext } from '../../commands/types.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { defaultMineral } from '../../commands/figure-answer.js';
import { eventsInTime } from './answer-events.js';
import { recordElements } from './event-count.js';
import { whichWords } from './choose-attribute.js';

export function elementsInTime(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  const s = p.subjects;
  if (p.polar || (p.time?.kind !== 'day' && p.time?.kind !== 'month') || s.elements.length || s.countries.some((c) => c.id !== 'CN')) return undefined;
  const mineral = defaultMineral(ctx.dataset);
  if (!mineral || s.minerals.length !== 1 || s.minerals[0] !== mineral) return undefined;
  // Asked which: "what rare earths", or a question opening with a word of "which" ("Which five rare earths").
  if (!p.whichElement && !whichWords(ctx).has(p.words[0] ?? '')) return undefined;
  // Only a question of the measures' elements: no attribute but their controls, and no more than the
  // reader's verb beside them ("added", "put"); "… goes into fibre-optic amplifiers?" asks a use.
  if (p.attributes.some((h) => !('element' in h.attribute.answer && h.attribute.answer.element === 'controls')) || p.unknown.length > 2) return undefined;
  const listing = eventsInTime(ctx, p).filter((e) => e.elements.length && !e.suspends.length);
  // Another record named outright ("What did No. 70 do to the measures of October 9?") is what is asked.
  if (listing.length !== 1 || s.namedEvents.some((e) => e !== listing[0])) return undefined;
  return recordElements(ctx, listing[0]!);
}
