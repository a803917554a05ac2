// "Fentanyl-Zoll nach Trumps Treffen mit Xi: von wie viel auf wie viel Prozent?": a percentage asked with
// no country, mineral or element to take a share of, beside an event, is a number of that event's record
// (the tariff's 20 % and 10 %), not China's share of world output, which the share attribute would give.
import type { CommandContext } from '../../commands/types.js';
import { vocabIndex } from '../query/vocab.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { eventAnswer } from './answer-events.js';

export function eventPercent(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  const s = p.subjects;
  if (p.polar || s.countries.length || s.minerals.length || s.elements.length) return undefined;
  const v = vocabIndex(ctx.dataset);
  const shares = p.attributes.filter((h) => 'share' in h.attribute.answer);
  // Only the words of a percentage ("what percent", "wie viel Prozent"), not of a share of the world.
  if (!shares.length || !shares.every((h) => h.matched.every((m) => m.split(' ').some((w) => v.percentUnits.has(w))))) return undefined;
  const ev = s.namedEvents[0] ?? (s.events.length === 1 ? s.events[0] : undefined);
  if (!ev) return undefined;
  const a = eventAnswer(ctx, ev, 'agreed', p);
  return a.status === 'answer' && a.lead.includes('%') ? a : undefined;
}
