// Which language to answer in. Interactions carry the user's client language (`locale`) and, in a
// server, the server's (`guild_locale`); mentions carry neither, so their text decides first.
import type { Locale } from '../../reply/model.js';

/** Discord locale tag ("de", "en-US", "en-GB", "fr") → a Lodestone locale, if we speak it. */
export function fromDiscordLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const t = tag.toLowerCase();
  if (t === 'de' || t.startsWith('de-')) return 'de';
  if (t === 'en' || t.startsWith('en-')) return 'en';
  return undefined;
}

/** The user's language when we speak it, else the server's, else the configured default. */
export function interactionLocale(userLocale: string | null | undefined, guildLocale: string | null | undefined, fallback: Locale): Locale {
  return fromDiscordLocale(userLocale) ?? fromDiscordLocale(guildLocale) ?? fallback;
}

const DE_WORDS = new Set([
  'wie', 'was', 'welche', 'welcher', 'welches', 'wer', 'wo', 'wann', 'warum', 'wieso', 'ist', 'sind', 'der', 'die',
  'das', 'den', 'dem', 'des', 'und', 'oder', 'von', 'vom', 'für', 'mit', 'gibt', 'hat', 'haben', 'nicht', 'ein',
  'eine', 'einen', 'im', 'auf', 'zu', 'zum', 'zur', 'über', 'bei', 'nach', 'aus', 'viel', 'viele', 'groß', 'größten',
  'seltene', 'seltenen', 'erden', 'reserven', 'förderung', 'wofür', 'wird', 'werden', 'gegen', 'zwischen', 'heute',
  'gipfel', 'treffen', 'ausfuhr', 'exportkontrollen', 'bitte', 'zeig', 'zeige', 'mir', 'ich', 'du', 'sie', 'es',
]);
const EN_WORDS = new Set([
  'how', 'what', 'which', 'who', 'where', 'when', 'why', 'is', 'are', 'the', 'and', 'or', 'of', 'for', 'with',
  'does', 'do', 'has', 'have', 'not', 'a', 'an', 'in', 'on', 'to', 'about', 'large', 'largest', 'big', 'rare',
  'earths', 'reserves', 'production', 'used', 'will', 'between', 'today', 'summit', 'meeting', 'export',
  'controls', 'please', 'show', 'me', 'i', 'you', 'they', 'it', 'much', 'many',
]);

/** A German or English question, judged by its function words; undefined when it cannot tell. */
export function detectLocale(text: string): Locale | undefined {
  let de = /[äöüß]/i.test(text) ? 2 : 0;
  let en = 0;
  for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (!w) continue;
    if (DE_WORDS.has(w)) de++;
    if (EN_WORDS.has(w)) en++;
  }
  if (de > en) return 'de';
  if (en > de) return 'en';
  return undefined;
}

/** For a mention: the text's language, else the server's, else the configured default. */
export function messageLocale(text: string, guildLocale: string | null | undefined, fallback: Locale): Locale {
  return detectLocale(text) ?? fromDiscordLocale(guildLocale) ?? fallback;
}
