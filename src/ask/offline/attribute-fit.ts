// Whether an attribute a question's words point at can be filled by its subjects: an event field
// needs an event, an element field an element, and a fact's one word asks it only of the country the
// fact is about. Split from choose-attribute.ts, which picks among the attributes that can.
import type { CommandContext } from '../../commands/types.js';
import type { Attribute } from '../../dataset/vocabulary-schema.js';
import type { ParsedQuery } from '../query/types.js';
import { eventsInTime } from './answer-events.js';
import { figureKey } from '../../dataset/dataset.js';
import { defaultMineral } from '../../commands/figure-answer.js';

export function compatible(ctx: CommandContext, p: ParsedQuery, a: Attribute, matched: readonly string[]): boolean {
  const s = p.subjects;
  const ans = a.answer;
  // "Element" alone asks no atomic number ("Gehört Thulium zu den sieben Elementen …?"): a number in
  // the question ("Element 66") or a word of more than "element" ("atomic number", "Ordnungszahl") does.
  if ('element' in ans && ans.element === 'number' && !p.words.some((w) => ctx.dataset.elements.some((e) => String(e.z) === w)) && matched.every((m) => /^element/.test(m))) return false;
  // "help" beside a subject ("technology help by Chinese nationals abroad") is no request for the bot's help.
  if ('command' in ans && ans.command === 'help') return !s.countries.length && !s.minerals.length && !s.elements.length && !s.events.length;
  // "A source says China's reserves are 44 Mt, correct?": the source is where the claim was read; the
  // figure asked of the country or mineral answers (with its own sources).
  if ('command' in ans && ans.command === 'sources') return !(s.countries.length || s.minerals.length || s.elements.length) || !p.attributes.some((h) => 'figure' in h.attribute.answer);
  if ('event' in ans) return s.events.length > 0 || eventsInTime(ctx, p).length > 0 || s.elements.some((e) => ctx.dataset.events.some((ev) => ev.elements.includes(e.symbol)));
  if ('element' in ans) {
    if (s.elements.length) return true;
    if (ans.element === 'class') return ans.is !== undefined || s.minerals.some((m) => m.id === 'rare-earths');
    // Another country's measure counts when an event of that country is named (plan-elements.ts reads its record).
    if (ans.element === 'controls') return (!s.countries.some((c) => c.id !== 'CN') || s.events.some((e) => s.countries.every((c) => e.countries.includes(c.id)))) && s.minerals.every((m) => m.id === 'rare-earths');
    // A mineral besides rare earths ("What is lithium used for?") is asked too: its uses, or that none are held.
    // Not beside an event and a field of it asked, with no element or mineral named ("Meine Tochter braucht das
    // Datum, an dem Japan und die USA das Abkommen signiert haben": "braucht" needs no element).
    if (ans.element === 'uses') return s.minerals.length > 0 || !s.events.length || !p.attributes.some((h) => 'event' in h.attribute.answer);
    if (ans.element === 'number') return p.words.some((w) => ctx.dataset.elements.some((e) => String(e.z) === w));
    return false;
  }
  // "Nigeria 2024: erster und korrigierter Wert?": one word of a fact's attribute ("Wert") asks that fact only
  // of a country it is about; of another country named beside a mineral, an event, a year or a figure it
  // is the reader's word for what they name.
  // The world, named beside a figure asked ("späterer Wert der Weltproduktion 2024"), is such another.
  const world = s.world && !s.countries.length && p.attributes.some((h) => 'figure' in h.attribute.answer);
  if (!('facts' in ans) || 'share' in ans || (!s.countries.length && !world) || new Set(matched).size !== 1 || matched[0]!.includes(' ')) return true;
  const about = ans.facts.flatMap((id) => ctx.dataset.factById.get(id)?.countries ?? []);
  if (!about.length || s.countries.some((c) => about.includes(c.id))) return true;
  // Of the world, unless one of its facts is about the world ("world lithium resources").
  if (world && about.includes('WORLD')) return true;
  // A year counts of a country the default mineral's tables hold ("Nigeria 2024: …"), not of any ("the Tour de France this year").
  if (s.minerals.length > 0 || s.elements.length > 0 || s.events.length > 0 || p.attributes.some((h) => 'figure' in h.attribute.answer)) return false;
  const mineral = defaultMineral(ctx.dataset)?.id ?? '';
  return !(p.time?.kind === 'year' && s.countries.some((c) => (['production', 'reserves'] as const).some((m) => ctx.dataset.figuresByKey.has(figureKey(mineral, c.id, m)))));
}
