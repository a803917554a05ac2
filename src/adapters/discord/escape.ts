// Turning plain text (user, dataset or model text) into Discord markdown that shows exactly that
// text: no formatting, no masked links, and no mention syntax that Discord would render or ping.
// `allowed_mentions: { parse: [] }` already stops pings on every message we send; neutralising the
// text as well keeps a copied-and-pasted answer from pinging anyone later.

import { webUrl } from '../../reply/url.js';
import { graphemePrefix, safeText } from '../../reply/safe-text.js';
import { PairMemo } from '../../util/pair-memo.js';

const ZWSP = '\u200b';

/** Mention-like syntax: <@id>, <@!id>, <@&id>, <#id>, </cmd:id>, <:emoji:id>, <a:emoji:id>, <t:…>, <id:…>. */
const ANGLE_MENTION = /<(?=[@#/:]|a:|t:|id:)/gi;
/** @everyone and @here in any case and wherever they start (Discord needs no word boundary after them). */
const BROADCAST = /@(?=everyone|here)/gi;

// Module constants rather than literals in the functions below: a regex literal is a new RegExp
// object on every call, and these run on every text of every reply.
const NEWLINES = /\n+/g;
const INLINE_MARKS = /[\\*_~`|[\]<>]/g;
const BLOCK_MARKS = /^(\s*)([#>+-]|\d+\.)/gm;
const BACKTICKS = /`/g;

/** Removes control and bidi characters (safe-text.ts); newlines survive only where `keepNewlines`. */
export function clean(s: string, keepNewlines = true): string {
  const t = safeText(s);
  return keepNewlines || !t.includes('\n') ? t : t.replace(NEWLINES, ' ');
}

const escapeBlockMark = (_m: string, sp: string, mark: string): string => (mark.endsWith('.') ? `${sp}${mark.slice(0, -1)}\\.` : `${sp}\\${mark}`);

/** Breaks @everyone, @here and every <@…>/<#…>/<@&…> form with a zero-width space. */
export function neutraliseMentions(s: string): string {
  // Most text has neither character: a plain scan is cheaper than running the case-insensitive lookaheads.
  const at = s.includes('@') ? s.replace(BROADCAST, `@${ZWSP}`) : s;
  return at.includes('<') ? at.replace(ANGLE_MENTION, `<${ZWSP}`) : at;
}

/**
 * Plain text → markdown that renders as the same text. Inline markers are backslash-escaped;
 * line-leading block markers (quote, heading, subtext, list) are escaped at the start of a line.
 */
export function escapeMarkdown(s: string, keepNewlines = true): string {
  const inline = clean(s, keepNewlines).replace(INLINE_MARKS, '\\$&');
  return neutraliseMentions(inline.replace(BLOCK_MARKS, escapeBlockMark));
}

/** Text for inside a ``` code block: nothing is interpreted there except a closing fence. */
export function escapeCodeBlock(s: string): string {
  return neutraliseMentions(clean(s, false).replace(BACKTICKS, `\`${ZWSP}`));
}

/** Text for inline `code`. */
export function escapeInlineCode(s: string): string {
  return neutraliseMentions(clean(s, false).replace(BACKTICKS, 'ˋ'));
}

/** A URL Discord will accept inside a masked link, or undefined for anything but http(s). */
export function safeUrl(url: string | undefined): string | undefined {
  // Parentheses and spaces would end the markdown link early.
  return webUrl(url)?.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
}

/**
 * Source links repeat in nearly every answer (the dataset has a few dozen sources), and each costs a
 * URL parse and five escaping passes; a pure function of its two strings, so kept in a small map by
 * URL, then label (PairMemo: no key is built per call), bounded at 2,000 links.
 */
const maskedLinks = new PairMemo<string | undefined, string, string>(2_000, (url, label) => {
  const text = escapeMarkdown(label, false);
  const href = safeUrl(url);
  return href ? `[${text}](${href})` : text;
});

/** A markdown link with an escaped label; a label alone when the URL is unusable. */
export const maskedLink = (label: string, url: string | undefined): string => maskedLinks.get(url, label);

/** Number of UTF-16 code units Discord counts (it counts characters the same way JS strings do). */
export const len = (s: string | undefined): number => (s ? s.length : 0);

/**
 * Cuts `s` to at most `max` characters, preferring a line or word boundary in the last fifth,
 * never splitting a grapheme or leaving a dangling escape backslash, and marks the cut with "…".
 */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = cutPoint(s, max - 1);
  return `${s.slice(0, cut).trimEnd()}…`;
}

/** Where to cut `s` so the head is at most `max` characters, at a natural boundary when there is one. */
export function cutPoint(s: string, max: number): number {
  if (s.length <= max) return s.length;
  const floor = Math.floor(max * 0.8);
  for (const sep of ['\n\n', '\n', ' ']) {
    const at = s.lastIndexOf(sep, max - sep.length);
    if (at >= floor) return at + sep.length;
  }
  // Between graphemes: half an emoji is a lone surrogate, and Discord rejects the whole message.
  let at = graphemePrefix(s, max).length;
  // An odd run of backslashes before the cut would escape whatever follows the cut.
  let slashes = 0;
  while (at - 1 - slashes >= 0 && s[at - 1 - slashes] === '\\') slashes++;
  if (slashes % 2 === 1) at -= 1;
  return Math.max(at, 1);
}

/** Splits `s` into pieces of at most `max` characters at natural boundaries. */
export function splitText(s: string, max: number): string[] {
  const out: string[] = [];
  let rest = s;
  while (rest.length > max) {
    const at = cutPoint(rest, max);
    const head = rest.slice(0, at).trimEnd();
    if (head) out.push(head);
    rest = rest.slice(at).replace(/^\n+/, '');
  }
  if (rest.trim()) out.push(rest);
  return out;
}
