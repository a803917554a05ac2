// /digest subscribe [HH:MM] [time zone] [language] | unsubscribe | list | preview | status
// Validates what users type, then delegates to the digest service (src/briefings).
import type { Reply } from '../reply/model.js';
import type { Args, CommandContext, CommandDefinition } from './types.js';
import { quoteInput, t, usageError } from './common.js';
import { findSubcommand } from './parse.js';
import { normalizeTime, normalizeTimezone } from './digest-input.js';

const LANGS: Record<string, 'en' | 'de'> = { en: 'en', english: 'en', englisch: 'en', de: 'de', deutsch: 'de', german: 'de' };


function subscribe(args: Args, ctx: CommandContext): Promise<Reply> | Reply {
  const { locale } = ctx;
  const opts: { time?: string; timezone?: string; locale?: string } = {};
  // Accept the three options in any order; each is recognised by its shape.
  const words = [args.time, args.timezone, args.language].filter((w): w is string => Boolean(w?.trim())).flatMap((w) => w.trim().split(/\s+/));
  for (const w of words) {
    const time = normalizeTime(w);
    const lang = LANGS[w.toLowerCase()];
    const tz = !time && !lang ? normalizeTimezone(w) : undefined;
    if (time && !opts.time) opts.time = time;
    else if (lang && !opts.locale) opts.locale = lang;
    else if (tz && !opts.timezone) opts.timezone = tz;
    else if (/^\d/.test(w)) {
      return usageError(ctx, t(locale, `${quoteInput(w)} is not a time of day. Use HH:MM, e.g. 08:00.`, `${quoteInput(w)} ist keine Uhrzeit. Nutze HH:MM, z. B. 08:00.`), ['/digest subscribe 08:00 Europe/Berlin de']);
    } else {
      return usageError(ctx, t(locale,
        `${quoteInput(w)} is not a time zone I know. Use an IANA name such as Europe/Berlin, America/New_York or UTC.`,
        `${quoteInput(w)} ist keine bekannte Zeitzone. Nutze einen IANA-Namen wie Europe/Berlin, America/New_York oder UTC.`), ['/digest subscribe 08:00 Europe/Berlin de']);
    }
  }
  return ctx.services.digests!.subscribe(ctx, opts);
}

export const digest: CommandDefinition = {
  name: 'digest',
  aliases: ['digests', 'newsletter'],
  managesChannel: true,
  description: { en: 'Daily digest for this channel: subscribe, unsubscribe, list, preview, status.', de: 'Täglicher Digest für diesen Kanal: abonnieren, abbestellen, Liste, Vorschau, Status.' },
  args: [],
  subcommands: [
    {
      name: 'subscribe',
      aliases: ['sub', 'abonnieren', 'abo', 'anmelden'],
      description: { en: 'Post a digest here every day (default 08:00 Europe/Berlin, English).', de: 'Hier täglich einen Digest posten (Standard 08:00 Europe/Berlin, Englisch).' },
      args: [
        { name: 'time', type: 'time', description: { en: 'Local time HH:MM, e.g. 08:00.', de: 'Ortszeit HH:MM, z. B. 08:00.' } },
        { name: 'timezone', type: 'timezone', description: { en: 'IANA time zone, e.g. Europe/Berlin.', de: 'IANA-Zeitzone, z. B. Europe/Berlin.' } },
        { name: 'language', type: 'locale', choices: ['en', 'de'], description: { en: 'Language of the digest: en or de.', de: 'Sprache des Digests: en oder de.' } },
      ],
    },
    { name: 'unsubscribe', aliases: ['unsub', 'abbestellen', 'kündigen', 'abmelden'], description: { en: 'Stop the digest in this channel.', de: 'Den Digest in diesem Kanal beenden.' }, args: [] },
    { name: 'list', aliases: ['liste', 'ls'], description: { en: 'Digest subscriptions in this workspace or server.', de: 'Digest-Abos in diesem Workspace oder Server.' }, args: [] },
    { name: 'preview', aliases: ['vorschau'], description: { en: 'Show the next digest now, without posting it.', de: 'Den nächsten Digest jetzt zeigen, ohne ihn zu posten.' }, args: [] },
    { name: 'status', aliases: ['info', 'zustand'], description: { en: 'This channel\'s subscription and its last deliveries.', de: 'Das Abo dieses Kanals und die letzten Zustellungen.' }, args: [] },
  ],
  examples: ['/digest subscribe 08:00 Europe/Berlin de', '/digest preview', '/digest status', '/digest unsubscribe', '/digest list'],
  run(args, ctx) {
    const { locale } = ctx;
    const digests = ctx.services.digests;
    if (!digests) {
      return usageError(ctx, t(locale,
        'Digests are not configured on this Lodestone instance (no store or platform connected).',
        'Digests sind in dieser Lodestone-Instanz nicht eingerichtet (kein Speicher oder keine Plattform verbunden).'), ['/help']);
    }
    const sub = findSubcommand(digest, args.subcommand ?? '')?.name;
    const canManage = ctx.actor?.canManageChannel ?? true;
    switch (sub) {
      case 'subscribe':
      case 'unsubscribe':
        if (!canManage) {
          return usageError(ctx, t(locale,
            'Only people who may manage this channel can change its digest.',
            'Nur wer diesen Kanal verwalten darf, kann seinen Digest ändern.'));
        }
        return sub === 'subscribe' ? subscribe(args, ctx) : digests.unsubscribe(ctx);
      case 'list': return digests.list(ctx);
      case 'preview': return digests.preview(ctx);
      case 'status': return digests.status(ctx);
      default:
        return usageError(ctx, t(locale,
          `${args.subcommand ? `${quoteInput(args.subcommand)} is not a digest action. ` : ''}Use subscribe, unsubscribe, list, preview or status.`,
          `${args.subcommand ? `${quoteInput(args.subcommand)} ist keine Digest-Aktion. ` : ''}Nutze subscribe, unsubscribe, list, preview oder status.`),
        ['/digest subscribe 08:00 Europe/Berlin de', '/digest status', '/help digest']);
    }
  },
};
