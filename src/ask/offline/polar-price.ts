// Yes or no to a price asked of a yes/no question: a bound ("dearer than $500/kg", "mehr als zwei
// Dollar") or a claim ("Did Nd oxide cost ten dollars?") against the price the lead lists after the
// thing asked ("Terbiumoxid 810", "mischmetal 5") or the one price a sentence states ("$2,100/kg").
import type { CommandContext } from '../../commands/types.js';
import type { Element } from '../../dataset/schema.js';
import type { ParsedQuery } from '../query/types.js';
import { escapeRegExp } from '../query/text.js';

/** The number a lead lists right after a name ("Terbiumoxid 810", "mischmetal 5"), if it does. */
function numberAfterName(name: string, lead: string): number | undefined {
  // The name, the rest of its word ("-oxid"), at most one more word ("oxide"), then the number.
  const m = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}[\\p{L}-]*(?:\\s+\\p{Ll}+)?\\s+(\\d+(?:[.,]\\d+)?)(?![\\d.,]\\d)`, 'iu').exec(lead);
  // A year after the name ("Germaniummetall kostete 2024 …") is when, not the price.
  return m && !/^(?:19|20)\d\d$/.test(m[1]!) ? Number(m[1]!.replace(',', '.')) : undefined;
}

/** The number a lead lists right after an element's name ("Terbiumoxid 810"), if it does. */
export function numberAfter(ctx: CommandContext, e: Element, lead: string): number | undefined {
  return numberAfterName(ctx.locale === 'de' ? e.name.de : e.name.en, lead);
}

/** A price against the price asked: a claim within the rounding a reader's number carries, else the bound. */
function verdict(p: ParsedQuery, v: number): 'yes' | 'no' | undefined {
  const asked = p.priceThreshold!;
  if (p.claim) return Math.abs(v - asked) <= 0.025 * asked ? 'yes' : 'no';
  if (v === asked) return undefined;
  return (v > asked) !== Boolean(p.less) ? 'yes' : 'no';
}

/** "Is terbium oxide dearer than $500/kg?", "Was mischmetal cheaper than six dollars?": the price the lead lists after the thing asked. */
export function priceInLead(ctx: CommandContext, p: ParsedQuery, lead: string): 'yes' | 'no' | undefined {
  if (p.priceThreshold === undefined) return undefined;
  if (p.subjects.elements.length > 1) return undefined;
  // An element asked, else a word of the question the lead lists a price after ("mischmetal").
  const el = p.subjects.elements[0];
  // With no element, a lead stating one price per kilogram is judged by it ("… 2.100 Dollar/kg").
  if (!el) {
    const perKg = priceInSentence(p, lead);
    if (perKg) return perKg;
  }
  const v = el ? numberAfter(ctx, el, lead) : p.content.filter((w) => w.length >= 4).map((w) => numberAfterName(w, lead)).find((x) => x !== undefined);
  return v === undefined ? undefined : verdict(p, v);
}

// "$2,100/kg", "2.100 Dollar/kg", "US$ 56 per kilogram": a price per kilogram.
const PER_KG = /(?:US\$|\$)\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?:\/\s*kg|per\s+(?:kg|kilogram))|(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s*(?:US-)?Dollar\s*(?:\/\s*kg|je\s+(?:kg|Kilogramm)|pro\s+(?:kg|Kilogramm|Kilo))/giu;

/** The one price per kilogram a sentence states, against the price asked; undefined when it states none or several. */
export function priceInSentence(p: ParsedQuery, sentence: string): 'yes' | 'no' | undefined {
  if (p.priceThreshold === undefined) return undefined;
  const found = [...sentence.matchAll(PER_KG)].map((m) => (m[1] ? Number(m[1].replace(/,/g, '')) : Number(m[2]!.replace(/\./g, '').replace(',', '.'))));
  return found.length === 1 ? verdict(p, found[0]!) : undefined;
}
