// One tool that is not a registry command: the dataset's background facts (why mining is hard,
// APEC's members, Japan's 2% target, ...) are reachable offline through the router, but no
// command returns them. Without it the model could not ground those answers and would always
// fall back. It is read-only, validated like every tool, and yields to a registry command of the
// same name should one be added.
import type { CommandContext, CommandDefinition } from '../../commands/types.js';
import type { Fact } from '../../dataset/schema.js';
import { answer, Citations, loc } from '../../commands/common.js';
import { errorReply, type Reply } from '../../reply/model.js';
import { normaliseQuestion } from '../cache.js';
import { answerOffline, routeToCommand } from '../router.js';

// Five letters of a word are enough to meet "economies" and "economy", "Quote" and "Quoten".
const stem = (w: string): string => w.slice(0, 5);
const GENERIC = new Set(['what', 'which', 'there', 'their', 'about', 'warum', 'welche', 'gibt', 'does', 'many', 'much', 'viele']);

/** The fact whose keywords and topic share the most words with the topic, when one clearly does. */
export function bestFact(topic: string, facts: readonly Fact[]): Fact | undefined {
  const words = new Set(normaliseQuestion(topic).split(' ').filter((w) => w.length >= 3 && !GENERIC.has(w)).map(stem));
  let best: { fact: Fact; score: number } | undefined;
  let tie = false;
  for (const f of facts) {
    const vocab = new Set(normaliseQuestion([f.topic, ...f.keywords.en, ...f.keywords.de].join(' ')).split(' ').filter((w) => w.length >= 3).map(stem));
    const score = [...words].filter((w) => vocab.has(w)).length;
    if (score > (best?.score ?? 0)) { best = { fact: f, score }; tie = false; } else if (best && score === best.score && score > 0) tie = true;
  }
  return best && !tie ? best.fact : undefined;
}

function factReply(ctx: CommandContext, f: Fact): Reply {
  return answer(ctx, new Citations(ctx.dataset).add(...f.sources), { blocks: [loc(ctx.locale, f.text)] });
}

export const factsTool: CommandDefinition = {
  name: 'facts',
  description: {
    en: 'Background facts: why mining is hard, APEC, Japan\'s 2% target, cherry trees, Germany\'s deposit, China\'s quotas, US imports, prices.',
    de: 'Hintergrundfakten: Abbau, APEC, Japans 2-%-Ziel, Kirschbäume, Vorkommen in Deutschland, Chinas Quoten, US-Importe, Preise.',
  },
  args: [{ name: 'topic', type: 'text', required: true, description: { en: 'A few keywords', de: 'Einige Stichwörter' } }],
  examples: [],
  tool: true,
  run(args, ctx) {
    const topic = args.topic ?? '';
    const route = routeToCommand(topic, ctx.dataset, ctx.locale);
    if ('fact' in route) return answerOffline(topic, ctx);
    const fact = bestFact(topic, ctx.dataset.facts);
    if (fact) return factReply(ctx, fact);
    return errorReply(ctx.locale, ctx.locale === 'de'
      ? 'Kein Hintergrundfakt passt. Nutze reserves, production, element, elements, summit, events oder sources.'
      : 'No background fact matches. Use reserves, production, element, elements, summit, events or sources.');
  },
};
