// Plans of measures asked. "Hat Malaysia den Export … verboten?", "Did Malaysia keep its ban on raw rare
// earth exports?": words of an attribute the dataset holds nothing for (export volumes) beside a measure
// word ask about the measure; a fact stating it answers first, else the question's event whose record
// states it, else the honest none stays (plan.ts). And two figure measures asked of one country at once.
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { normalize } from '../../dataset/lookup.js';
import { defaultMineral } from '../../commands/figure-answer.js';
import { stem } from '../query/text.js';
import type { AttributeHit, ParsedQuery } from '../query/types.js';
import { vocabIndex } from '../query/vocab.js';
import { eventPlan } from './plan-events.js';
import type { Plan } from './plan-route.js';
import { figurePlan } from './plan-figures.js';
import type { Measure } from '../../commands/figures.js';

/** The plan for a measure asked beside an attribute marked `yields_to_measures`; undefined when none fits. */
export function measurePlan(ctx: CommandContext, p: ParsedQuery, hit: AttributeHit, subjectPlan: (ctx: CommandContext, p: ParsedQuery) => Plan): Plan | undefined {
  if (!hit.attribute.yields_to_measures || !asksMeasure(ctx, p)) return undefined;
  // A card the subject falls back to keeps the attribute, so a figure's existence says no "yes".
  const plan = subjectPlan(ctx, p);
  if (plan.answer?.status === 'answer' && 'fact' in plan.route) return plan;
  const measured = measureEvent(ctx, p);
  return measured ? eventPlan(ctx, { ...p, attributes: p.attributes.filter((h) => h !== hit), subjects: { ...p.subjects, events: [measured] } }, 'summary') : undefined;
}

/**
 * A measure named (grammar.measure_words: "ban", "verboten") and no quantity asked ("how much", "wie
 * viel"): the question's event whose record (summary, outcome) states one of its measure words.
 */
function measureEvent(ctx: CommandContext, p: ParsedQuery): Event | undefined {
  const v = vocabIndex(ctx.dataset);
  const asked = p.words.filter((w) => v.measureWords.has(w));
  // The question's events, else its countries' ("Did Malaysia keep its ban …?").
  const s = p.subjects;
  const pool = s.events.length ? s.events : ctx.dataset.events.filter((e) => s.countries.some((c) => e.countries.includes(c.id)));
  // An event on other commodities is another measure ("the April controls" for a gallium ban).
  const def = defaultMineral(ctx.dataset);
  const fits = (e: Event): boolean => s.minerals.every((m) => m.id === def?.id || e.minerals.includes(m.id)) && s.elements.every((x) => e.elements.includes(x.symbol));
  // By stem inside words, of any form of the verb: "verbietet" (as "verboten") in "Exportverbot".
  const families = new Set(asked.map((w) => v.verbFamily.get(w)).filter((f) => f !== undefined));
  const stems = [...new Set([...asked, ...[...v.verbFamily].filter(([, f]) => families.has(f)).map(([x]) => x)].map((x) => stem(x, ctx.locale)))];
  return pool.filter(fits).find((e) => {
    const record = normalize([e.summary.en, e.summary.de, e.outcome?.en ?? '', e.outcome?.de ?? ''].join(' '));
    return stems.some((x) => record.includes(x));
  });
}

function asksMeasure(ctx: CommandContext, p: ParsedQuery): boolean {
  const v = vocabIndex(ctx.dataset);
  const padded = ` ${p.words.join(' ')} `;
  return p.words.some((w) => v.measureWords.has(w)) && !v.quantityAsked.some((q) => padded.includes(` ${q} `));
}

/**
 * A figure attribute's plan; with a second measure asked alike of one country ("China reserves and
 * production 2024 – both please"), both figures lead, each with its support and sources once.
 */
export function measuresPlan(ctx: CommandContext, p: ParsedQuery, measure: Measure, hit: AttributeHit): Plan {
  const other = !p.polar && p.operator === 'single' && p.subjects.countries.length <= 1
    ? p.attributes.find((h) => h !== hit && 'figure' in h.attribute.answer && h.attribute.answer.figure !== measure && h.score >= hit.score) : undefined;
  const first = figurePlan(ctx, p, measure, hit);
  const second = other && 'figure' in other.attribute.answer ? figurePlan(ctx, p, other.attribute.answer.figure, other) : undefined;
  const [x, y] = [first.answer, second?.answer];
  if (x?.status !== 'answer' || y?.status !== 'answer' || x.lead === y.lead) return first;
  const support = [...new Set([...x.support, ...y.support])];
  return { route: first.route, answer: { ...x, lead: `${x.lead} ${y.lead}`, support, sources: [...new Set([...x.sources, ...y.sources])] } };
}
