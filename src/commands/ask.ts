// /ask <question> — the LLM path when configured (services.ask), else the offline router.
import type { CommandDefinition } from './types.js';
import { t, usageError } from './common.js';
import { answerOffline } from '../ask/router.js';

export const ask: CommandDefinition = {
  name: 'ask',
  aliases: ['frage', 'fragen', 'question'],
  description: {
    en: 'Ask a question in English or German about rare earths, critical minerals or the Oct 2025 summits.',
    de: 'Eine Frage auf Deutsch oder Englisch zu Seltenen Erden, kritischen Mineralien oder den Gipfeln im Oktober 2025.',
  },
  summary: {
    en: 'Ask a question in English or German about rare earths, critical minerals or the Oct 2025 summits.',
    de: 'Eine Frage auf Deutsch oder Englisch zu Seltenen Erden, Rohstoffen oder den Gipfeln im Oktober 2025.',
  },
  args: [{ name: 'question', type: 'text', required: true, rest: true, description: { en: 'Your question, e.g. "How large are Brazil\'s reserves?"', de: 'Deine Frage, z. B. „Wie groß sind die Reserven von Brasilien?“' } }],
  examples: ['/ask How large are Brazil\'s reserves?', '/ask Wofür wird Europium verwendet?', '/ask What happened at APEC?'],
  // The offline router answers from the dataset and may speak of "today" (upcoming events). The
  // language model path caches its own answers (same cache), since only it knows a thread's context.
  cache: (ctx) => (ctx.services.ask ? undefined : 'clock'),
  run(args, ctx) {
    const q = args.question?.trim();
    if (!q) {
      return usageError(ctx, t(ctx.locale, 'Ask me something, e.g. /ask How large are Brazil\'s reserves?', 'Frag mich etwas, z. B. /ask Wie groß sind die Reserven von Brasilien?'), ['/ask How large are Brazil\'s reserves?']);
    }
    return ctx.services.ask ? ctx.services.ask(q, ctx) : answerOffline(q, ctx);
  },
};
