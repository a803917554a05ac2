// One tool that is not a registry command: the dataset's background facts (why mining is hard,
// APEC's members, Japan's 2% target, ...) are reachable offline through the router, but no
// command returns them. Without it the model could not ground those answers and would always
// fall back. It is read-only, validated like every tool, and yields to a registry command of the
// same name should one be added.
import type { CommandDefinition } from '../../commands/types.js';
import { errorReply } from '../../reply/model.js';
import { answerOffline, routeToCommand } from '../router.js';

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
    return errorReply(ctx.locale, ctx.locale === 'de'
      ? 'Kein Hintergrundfakt passt. Nutze reserves, production, element, elements, summit, events oder sources.'
      : 'No background fact matches. Use reserves, production, element, elements, summit, events or sources.');
  },
};
