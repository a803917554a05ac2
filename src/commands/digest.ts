// /digest subscribe [HH:MM] [time zone] [language] | unsubscribe | list | preview | status
// Validates what users type, then delegates to the digest service (src/briefings).
import type { Reply } from '../reply/model.js';
import type { Args, CommandContext, CommandDefinition, SubscribeOptions } from './types.js';
import { parseCron } from '../briefings/cadence.js';
import { quoteInput, t, usageError } from './common.js';
import { findSubcommand } from './parse.js';
import { normalizeQuietHours, normalizeTime, normalizeTimezone } from './digest-input.js';

const LANGS: Record<string, 'en' | 'de'> = { en: 'en', english: 'en', englisch: 'en', de: 'de', deutsch: 'de', german: 'de' };


const UPDATES = new Set(['updates', 'update', 'aktualisierungen', 'aktualisierung', 'neuigkeiten']);
const CADENCE: Record<string, string> = {
  daily: 'daily', täglich: 'daily', taeglich: 'daily', everyday: 'daily',
  weekdays: 'weekdays', weekday: 'weekdays', workdays: 'weekdays', werktags: 'weekdays', 'mo-fr': 'weekdays',
};
const SKIP: Record<string, boolean> = { skip: true, 'skip-empty': true, überspringen: true, auslassen: true, always: false, immer: false, post: false };
const CRON_EXAMPLE = '/digest subscribe cron 0 8 * * 1-5';
const QUIET = new Set(['quiet', 'ruhezeit', 'ruhezeiten', 'nachtruhe']);
const OFF = new Set(['off', 'none', 'aus', 'keine']);
const QUIET_EXAMPLE = '/digest subscribe updates quiet 22:00-07:00';

/** "quiet 22:00-07:00" (or "… 22:00 - 07:00", "… 22:00 bis 07:00", "… off") from words[i]: the value and the words it used. */
function quietAt(words: readonly string[], i: number): { quiet: string | null; used: number } | undefined {
  if (OFF.has(words[i + 1]?.toLowerCase() ?? '')) return { quiet: null, used: 2 };
  // The range as one word, or spread over up to five ("23 uhr bis 6:30").
  for (const n of [1, 3, 2, 4, 5]) {
    if (i + 1 + n > words.length) continue;
    const q = normalizeQuietHours(words.slice(i + 1, i + 1 + n).join(' '));
    if (q) return { quiet: q, used: 1 + n };
  }
  return undefined;
}

function subscribe(args: Args, ctx: CommandContext): Promise<Reply> | Reply {
  const { locale } = ctx;
  const opts: SubscribeOptions = {};
  const updatesOn = args.updates?.trim().toLowerCase() === 'on';
  if (updatesOn) opts.updates = true;
  // Accept the options in any order; each is recognised by its shape. Parts are joined in argument
  // order, which keeps the typed order of the words (a cron expression stays together). Typed text
  // may land in any argument, so the choice arguments are read as words too ("skip", "post").
  const words = [args.time, args.timezone, args.language, args.schedule, updatesOn ? undefined : args.updates, args.empty]
    .filter((w): w is string => Boolean(w?.trim()))
    .flatMap((w) => w.trim().replace(/["“”„']/g, ' ').split(/\s+/)).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    let w = words[i]!;
    const lower = w.toLowerCase();
    const cronFields = lower === 'cron' ? words.slice(i + 1, i + 6) : /^[\d*]/.test(w) && i + 5 <= words.length && words.slice(i, i + 5).every((x) => /^[\d*,/\-a-z]+$/i.test(x)) && !normalizeTime(w) ? words.slice(i, i + 5) : null;
    if (cronFields) {
      const expr = cronFields.join(' ');
      if (cronFields.length < 5 || !parseCron(expr)) {
        return usageError(ctx, t(locale,
          `${quoteInput(expr || 'cron')} is not a cron expression for one run a day. Give five fields with one minute and one hour, e.g. 0 8 * * 1-5 (08:00 Monday to Friday).`,
          `${quoteInput(expr || 'cron')} ist kein Cron-Ausdruck für einen Lauf am Tag. Gib fünf Felder mit einer Minute und einer Stunde an, z. B. 0 8 * * 1-5 (08:00 montags bis freitags).`), [CRON_EXAMPLE]);
      }
      opts.cadence = `cron:${expr}`;
      i += lower === 'cron' ? 5 : 4;
      continue;
    }
    if (QUIET.has(lower)) {
      const q = quietAt(words, i);
      if (!q) {
        const typed = words.slice(i, i + 4).join(' ');
        return usageError(ctx, t(locale,
          `${quoteInput(typed)}: give quiet hours as two times, e.g. quiet 22:00-07:00 (in the channel's time zone), or quiet off.`,
          `${quoteInput(typed)}: Gib die Ruhezeit als zwei Uhrzeiten an, z. B. ruhezeit 22:00-07:00 (in der Zeitzone des Kanals), oder ruhezeit aus.`), [QUIET_EXAMPLE]);
      }
      opts.quiet = q.quiet;
      i += q.used - 1;
      continue;
    }
    // A range on its own ("22:00-07:00") is quiet hours too.
    const range = /\d[-–—]\d/.test(w) ? normalizeQuietHours(w) : undefined;
    if (range) {
      opts.quiet = range;
      continue;
    }
    const time = normalizeTime(w);
    const lang = LANGS[lower];
    const word = UPDATES.has(lower) || CADENCE[lower] !== undefined || SKIP[lower] !== undefined;
    let tz = !time && !lang && !word ? normalizeTimezone(w) : undefined;
    // City names of two or three words ("new york", "buenos aires", "ho chi minh").
    for (let n = 3; !time && !lang && !word && !tz && n >= 2; n--) {
      if (i + n > words.length) continue;
      const joined = words.slice(i, i + n).join(' ');
      const zone = normalizeTimezone(joined);
      if (zone) [tz, w, i] = [zone, joined, i + n - 1];
    }
    if (UPDATES.has(lower)) opts.updates = true;
    else if (CADENCE[lower]) opts.cadence ??= CADENCE[lower];
    else if (SKIP[lower] !== undefined) opts.skipEmpty = SKIP[lower];
    else if (time && !opts.time) opts.time = time;
    else if (lang && !opts.locale) opts.locale = lang;
    else if (tz && !opts.timezone) opts.timezone = tz;
    else if (/^\d/.test(w)) {
      return usageError(ctx, t(locale, `${quoteInput(w)} is not a time of day. Use HH:MM, e.g. 08:00.`, `${quoteInput(w)} ist keine Uhrzeit. Nutze HH:MM, z. B. 08:00.`), ['/digest subscribe 08:00 Europe/Berlin de']);
    } else {
      return usageError(ctx, t(locale,
        `${quoteInput(w)} is not a time zone I know. Use an IANA name such as Europe/Berlin, America/New_York or UTC, or a city with its own zone (berlin, new york).`,
        `${quoteInput(w)} ist keine bekannte Zeitzone. Nutze einen IANA-Namen wie Europe/Berlin, America/New_York oder UTC oder eine Stadt mit eigener Zeitzone (berlin, new york).`), ['/digest subscribe 08:00 Europe/Berlin de']);
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
        { name: 'schedule', type: 'text', description: { en: 'daily, weekdays or cron 0 8 * * 1-5. "updates" adds update posts, "quiet 22:00-07:00" holds them.', de: 'daily, werktags, cron 0 8 * * 1-5. „updates“: Aktualisierungen; „ruhezeit 22:00-07:00“ hält sie an.' } },
        { name: 'updates', type: 'choice', choices: ['updates'], description: { en: 'updates: also post each dataset change here soon after it is loaded.', de: 'updates: zusätzlich jede Änderung am Datensatz kurz nach dem Laden posten.' } },
        { name: 'empty', type: 'choice', choices: ['skip', 'post'], description: { en: 'When nothing is new: skip the digest, or post it with a one-line note.', de: 'Wenn nichts neu ist: Digest auslassen oder mit einem Hinweis posten.' } },
      ],
    },
    {
      name: 'unsubscribe', aliases: ['unsub', 'abbestellen', 'kündigen', 'abmelden'],
      description: { en: 'Stop the digest in this channel ("unsubscribe updates": only the update posts).', de: 'Den Digest in diesem Kanal beenden („unsubscribe updates“: nur die Aktualisierungen).' },
      args: [{ name: 'what', type: 'choice', choices: ['updates'], description: { en: 'updates: stop only the update posts.', de: 'updates: nur die Aktualisierungen beenden.' } }],
    },
    { name: 'list', aliases: ['liste', 'ls'], description: { en: 'Digest subscriptions in this workspace or server.', de: 'Digest-Abos in diesem Workspace oder Server.' }, args: [] },
    { name: 'preview', aliases: ['vorschau'], description: { en: 'Show the next digest now, without posting it.', de: 'Den nächsten Digest jetzt zeigen, ohne ihn zu posten.' }, args: [] },
    { name: 'status', aliases: ['info', 'zustand'], description: { en: 'This channel\'s subscription and its last deliveries.', de: 'Das Abo dieses Kanals und die letzten Zustellungen.' }, args: [] },
  ],
  examples: ['/digest subscribe 08:00 Europe/Berlin de', '/digest subscribe updates', '/digest subscribe weekdays 07:30 skip', '/digest subscribe cron 0 8 * * 1,3,5', QUIET_EXAMPLE, '/digest preview', '/digest status', '/digest unsubscribe updates', '/digest list'],
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
        if (sub === 'subscribe') return subscribe(args, ctx);
        if (args.what && !UPDATES.has(args.what.trim().toLowerCase())) {
          return usageError(ctx, t(locale, `${quoteInput(args.what)}: use /digest unsubscribe, or /digest unsubscribe updates for the update posts only.`,
            `${quoteInput(args.what)}: Nutze /digest unsubscribe oder /digest unsubscribe updates für nur die Aktualisierungen.`), ['/digest unsubscribe updates']);
        }
        return digests.unsubscribe(ctx, args.what ? { updates: true } : {});
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
