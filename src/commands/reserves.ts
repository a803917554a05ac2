// /reserves [country] [mineral] — USGS reserves with edition, earlier editions and disagreeing sources.
import type { CommandDefinition } from './types.js';
import { runFigureCommand } from './figure-command.js';

export const reserves: CommandDefinition = {
  name: 'reserves',
  aliases: ['reserve', 'reserven', 'vorkommen'],
  description: {
    en: 'Reserves by country (USGS Mineral Commodity Summaries): one country, or the world ranking.',
    de: 'Reserven nach Land (USGS Mineral Commodity Summaries): ein Land oder die Weltrangliste.',
  },
  args: [
    { name: 'country', type: 'country', description: { en: 'Country: name, ISO code or alias (English or German). Empty: world ranking.', de: 'Land: Name, ISO-Code oder Alias (deutsch oder englisch). Leer: Weltrangliste.' } },
    { name: 'mineral', type: 'mineral', description: { en: 'Mineral (default: rare earths), e.g. lithium, cobalt, nickel.', de: 'Rohstoff (Standard: Seltene Erden), z. B. Lithium, Kobalt, Nickel.' } },
  ],
  examples: ['/reserves', '/reserves china', '/reserves Vietnam', '/reserves Brasilien', '/reserves united states lithium', '/reserves chile lithium'],
  tool: true,
  cache: 'dataset',
  run: (args, ctx) => runFigureCommand('reserves', args, ctx),
};
