// "Was kostet Dysprosiumoxid?", "What share of US imports came from Japan?": a fact stating a list after
// a colon ("…, in US dollars per kilogram: neodymium oxide 56, dysprosium oxide 260, …") answers the
// items asked with those items first, the heading kept, and any later sentence naming them (a newer
// year's price) after them; the whole list follows as support.
import type { CommandContext } from '../../commands/types.js';
import { normalize } from '../../dataset/lookup.js';
import type { ParsedQuery } from '../query/types.js';
import { splitSentences } from '../query/sentences.js';
import { withoutEditions } from '../query/text.js';

const MIN_ITEMS = 3;

type Named = { name: { en: string; de: string }; aliases?: readonly string[] };
const namesOf = (x: Named): string[] => [x.name.en, x.name.de, ...(x.aliases ?? [])].map((n) => normalize(n)).filter((n) => n.length > 2);

/** The listing sentence cut to its heading and the items asked, with the later sentences naming them; undefined when it is no such list. */
export function listItemLead(ctx: CommandContext, p: ParsedQuery, text: string, others: readonly string[]): string | undefined {
  const s = p.subjects;
  const colon = text.indexOf(': ');
  if (colon < 0) return undefined;
  const tail = text.slice(colon + 2);
  const end = tail.search(/\.\s+\p{Lu}|\.\s*$/u);
  const items = (end < 0 ? tail : tail.slice(0, end)).split(/,\s+/);
  // Items are names with their figures ("Japan 6%"); a clause ("according to …") is no item.
  if (items.length < MIN_ITEMS || !items.every((it) => /\d/.test(it))) return undefined;
  const heading = ` ${normalize(text.slice(0, colon))} `;
  // A country the heading names owns the list ("US import sources …: China 70%, …"); it is not an item.
  const owns = (c: Named): boolean => [c.name.en, c.name.de, ...(c.aliases ?? [])].some((n) => heading.includes(` ${normalize(n)} `));
  const countries = s.countries.filter((c) => c.kind !== 'aggregate' && !owns(c));
  const names = [...s.elements, ...countries].map(namesOf).flat();
  // Words of the question naming an item the dataset has no record for ("Mischmetall").
  const words = p.unknown.filter((w) => w.length >= 5);
  const asked = (it: string): boolean => { const n = ` ${normalize(it)}`; return names.some((x) => n.includes(` ${x}`)) || words.some((w) => n.includes(` ${w}`)); };
  const picked = items.filter(asked);
  if (!picked.length || picked.length === items.length || picked.length < s.elements.length + countries.length) return undefined;
  const later = [...(end < 0 ? [] : splitSentences(ctx.dataset, tail.slice(end + 1).trim())), ...others].filter(asked);
  const own = `${text.slice(0, colon)}: ${picked.join(', ')}.`;
  const year = p.time?.kind === 'year' ? p.time.start.slice(0, 4) : undefined;
  const states = (x: string): boolean => year !== undefined && withoutEditions(normalize(x)).split(' ').includes(year);
  const first = year && !states(own) ? later.filter(states) : [];
  // A year asked that only a later sentence states ("Nd oxide price 2025"): that sentence alone.
  if (first.length) return first.join(' ');
  return [own, ...later].join(' ');
}
