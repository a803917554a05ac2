// An element's class asked: the USGS grouping (light La–Gd, heavy Tb–Lu and Y, Sc neither), or, asked of
// China, the grouping its export controls use ("medium and heavy rare earths").
import { vocabIndex } from '../query/vocab.js';
import type { Element } from '../../dataset/schema.js';
import type { CommandContext } from '../../commands/types.js';
import { loc, t } from '../../commands/common.js';
import { formatDate } from '../../reply/format.js';
import { classLabel, controlEvents } from '../../commands/element-info.js';
import type { ParsedQuery } from '../query/types.js';

/**
 * Whether the question names the country whose export controls list elements (the countries of the
 * measures listing them, not of the suspensions): its grouping is asked ("Does China count … as heavy?").
 */
export function asksControllersClass(ctx: CommandContext, p: ParsedQuery): boolean {
  const ds = ctx.dataset;
  const controllers = new Set(ds.elements.flatMap((e) => controlEvents(ds, e.symbol)).filter((e) => !e.suspends.length).flatMap((e) => e.countries));
  return p.subjects.countries.some((c) => controllers.has(c.id));
}

/** Whether China's export controls count an element among the medium and heavy rare earths, and the sentence saying so. */
export function chinaClass(ctx: CommandContext, el: Element): { heavy: boolean; text: string } {
  const measure = controlEvents(ctx.dataset, el.symbol)[0];
  const name = ctx.locale === 'en' ? el.name.en.toLowerCase() : el.name.de;
  return measure
    ? { heavy: true, text: t(ctx.locale, `China's export controls count ${name} among the medium and heavy rare earths (${loc(ctx.locale, measure.title)}, ${formatDate(measure.date, ctx.locale)}).`,
      `Chinas Exportkontrollen zählen ${name} zu den mittelschweren und schweren Seltenen Erden (${loc(ctx.locale, measure.title)}, ${formatDate(measure.date, ctx.locale)}).`) }
    : { heavy: false, text: t(ctx.locale, `China's export controls do not list ${name} among the medium and heavy rare earths.`,
      `Chinas Exportkontrollen führen ${name} nicht unter den mittelschweren und schweren Seltenen Erden.`) };
}

export function classSentence(ctx: CommandContext, el: Element): string {
  return el.class === 'neither'
    ? t(ctx.locale, `${el.name.en} is neither a light nor a heavy rare earth under the USGS convention.`,
      `${el.name.de} zählt nach USGS-Konvention weder zu den leichten noch zu den schweren Seltenen Erden.`)
    : t(ctx.locale, `${el.name.en} is a ${classLabel(el, 'en')} rare earth under the USGS convention.`,
      `${el.name.de} ist nach USGS-Konvention eine ${classLabel(el, 'de')}e Seltene Erde.`);
}

/**
 * "Is scandium neither light nor heavy?", "Which elements are neither light nor heavy?": both classes
 * asked, the first right after a negation and the second after a negation or a word joining a list
 * ("weder leicht noch schwer"), claim or ask the third class; "light and not heavy" does not.
 */
export function neitherAsked(ctx: CommandContext, p: ParsedQuery): boolean {
  const v = vocabIndex(ctx.dataset);
  const classHits = p.attributes.filter((h) => 'element' in h.attribute.answer && h.attribute.answer.element === 'class' && h.attribute.answer.is);
  if (classHits.length !== 2) return false;
  const at = classHits.map((h) => p.words.indexOf(h.matched[0]!.split(' ')[0]!)).sort((a, b) => a - b);
  return at[0]! > 0 && v.negations.has(p.words[at[0]! - 1]!) && (v.negations.has(p.words[at[1]! - 1]!) || v.listJoiners.has(p.words[at[1]! - 1]!));
}
