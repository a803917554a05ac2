// /production [country] [mineral] — USGS mine production, latest data year, revisions between editions.
import type { CommandDefinition } from './types.js';
import { runFigureCommand } from './figure-command.js';

export const production: CommandDefinition = {
  name: 'production',
  aliases: ['produktion', 'förderung', 'foerderung', 'output', 'mining'],
  description: {
    en: 'Mine production by country (USGS): latest data year, with revisions between editions.',
    de: 'Bergwerksförderung nach Land (USGS): neuestes Datenjahr, mit Revisionen zwischen den Ausgaben.',
  },
  args: [
    { name: 'country', type: 'country', description: { en: 'Country: name, ISO code or alias. Empty: world ranking.', de: 'Land: Name, ISO-Code oder Alias. Leer: Weltrangliste.' } },
    { name: 'mineral', type: 'mineral', description: { en: 'Mineral (default: rare earths), e.g. lithium, cobalt, gallium.', de: 'Rohstoff (Standard: Seltene Erden), z. B. Lithium, Kobalt, Gallium.' } },
  ],
  examples: ['/production', '/production china', '/production australia', '/production lithium', '/production congo cobalt'],
  tool: true,
  cache: 'dataset',
  run: (args, ctx) => runFigureCommand('production', args, ctx),
};
