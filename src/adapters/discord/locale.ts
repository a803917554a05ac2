// Which language to answer in. Interactions carry the user's client language (`locale`) and, in a
// server, the server's (`guild_locale`); mentions carry neither, so the core reads the question's
// language and the server's language is only the fallback.
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

/** For a mention: the server's language, else the configured default. The core then answers a
 * question in the language it is written in (it is not marked explicit). */
export function messageLocale(guildLocale: string | null | undefined, fallback: Locale): Locale {
  return fromDiscordLocale(guildLocale) ?? fallback;
}
