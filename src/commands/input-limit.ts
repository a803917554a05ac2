// One length cap for everything a user types, checked before any other step sees the text: the
// parser, the router, the language-model scope check (whose patterns are not linear on any
// input) and every command. Slack and Discord cap messages and options at a few thousand
// characters themselves, so a longer text is not a question a person typed.
import type { Locale, Reply } from '../reply/model.js';
import { errorReply } from '../reply/model.js';
import { detectLanguage } from '../ask/offline/language.js';

export const MAX_INPUT_CHARS = 4_000;

const fmt = (n: number, locale: Locale): string => new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB').format(n);

/** The longest string among the arguments (named ones and the raw `_`). */
export function longestArg(args: Readonly<Record<string, string | undefined>>): number {
  let max = 0;
  for (const v of Object.values(args)) if (typeof v === 'string' && v.length > max) max = v.length;
  return max;
}

/** The reply to an input over the cap; the language is guessed from its start only. */
export function tooLongReply(text: string, length: number, locale: Locale, explicit: boolean): Reply {
  const lang = explicit ? locale : detectLanguage(text.slice(0, 500)) ?? locale;
  return errorReply(lang, lang === 'de'
    ? `Das ist zu lang für eine Antwort: ${fmt(length, lang)} Zeichen, höchstens ${fmt(MAX_INPUT_CHARS, lang)}. Bitte kürzer fassen.`
    : `That is too long to answer: ${fmt(length, lang)} characters, at most ${fmt(MAX_INPUT_CHARS, lang)}. Please shorten it.`, ['/help']);
}
