// "When did Canada sign a minerals deal with the US?", "Was hat Indien mit den USA unterzeichnet?": an
// agreement asked of countries no record of the dataset joins is none it holds — not another pair's
// deal, or the summit, that the question's words alone would find.
import type { CommandContext } from '../../commands/types.js';
import type { Country } from '../../dataset/schema.js';
import { t } from '../../commands/common.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { noneAnswer } from './answer-none.js';
import { holdsPhrase, paddedQuestion } from '../query/question-text.js';
import { vocabIndex } from '../query/vocab.js';
import { normalize } from '../../dataset/lookup.js';

/**
 * The question's countries named outright, by name or alias, or in the German genitive ("Russlands"): not
 * one found by a misspelling ("Grenzland" for Greenland) or by its code alone ("an LC connector").
 */
export function countriesNamedOutright(p: ParsedQuery): Country[] {
  const text = paddedQuestion(p);
  return p.subjects.countries.filter((c) => [c.name.en, c.name.de, ...c.aliases].some((n) => text.includes(` ${normalize(n)} `) || text.includes(` ${normalize(n)}s `)));
}

export function unjoinedDeal(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  const deal = p.attributes.find((h) => 'event' in h.attribute.answer && h.attribute.answer.event === 'agreed')?.attribute;
  // Run for every question dispatch finds no attribute for: nothing more unless a deal is asked.
  if (!deal) return undefined;
  const cs = countriesNamedOutright(p);
  // Not an amount asked ("How much cobalt came out of Madagascar?": "came out of" is also a deal's outcome).
  const amount = p.operator === 'count' || holdsPhrase(paddedQuestion(p), vocabIndex(ctx.dataset).quantityAsked) || p.attributes.some((h) => 'figure' in h.attribute.answer);
  // Nor when a record joins two of them ("I'm writing from India — what did the US sign with Japan?",
  // "Unlike India, did Australia get a deal?"): the other is the reader's place or a contrast.
  const joins = (e: { countries: readonly string[] }): boolean => cs.filter((c) => e.countries.includes(c.id)).length >= Math.min(2, cs.length);
  if (amount || !cs.length || ctx.dataset.events.some(joins)) return undefined;
  const list = cs.map((c) => c.name[ctx.locale]).join(', ');
  const one = cs.length === 1;
  return noneAnswer(ctx, p, deal, t(ctx.locale, `The dataset records no agreement involving ${one ? 'this country' : 'these countries'}: ${list}.`,
    `Der Datensatz verzeichnet kein Abkommen, an dem ${one ? 'dieses Land' : 'diese Länder'} beteiligt ${one ? 'ist' : 'sind'}: ${list}.`), '/events');
}
