// /brief — today's briefing on demand, from the digest service.
import type { CommandDefinition } from './types.js';
import { t, usageError } from './common.js';

export const brief: CommandDefinition = {
  name: 'brief',
  aliases: ['briefing', 'today', 'heute', 'lage'],
  description: { en: "Today's briefing on demand (the channel's digest, not recorded as a delivery).", de: 'Das heutige Briefing auf Abruf (der Digest des Kanals, ohne als Zustellung zu zählen).' },
  args: [],
  examples: ['/brief'],
  run(_args, ctx) {
    const digests = ctx.services.digests;
    if (!digests) {
      return usageError(ctx, t(ctx.locale,
        'Briefings are not configured on this Lodestone instance. Commands and questions still work: try /reserves or /summit.',
        'Briefings sind in dieser Lodestone-Instanz nicht eingerichtet. Befehle und Fragen funktionieren trotzdem: versuche /reserves oder /summit.'), ['/reserves', '/summit', '/events']);
    }
    return digests.brief(ctx);
  },
};
