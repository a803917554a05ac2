// Escaping for Slack text. Slack parses "<…>" sequences in mrkdwn (and in the fallback `text`) as
// mentions (<@U…>, <#C…>, <!channel>, <!here>, <!everyone>, <!subteam^…>) and links (<url|label>).
// All user and dataset text is plain text (src/reply/model.ts), so every &, < and > is escaped
// and nothing from a user or the dataset can ever form one of those sequences.

import { webUrl } from '../../reply/url.js';
import { graphemePrefix, safeText } from '../../reply/safe-text.js';

/** U+2060 WORD JOINER: invisible, but "@here" no longer reads as the broadcast keyword. */
const JOINER = '\u2060';
const BROADCAST = /@(channel|here|everyone)/gi;

/** "@here" → "@\u2060here" so neither Slack's link_names nor a reader's client turns it into a ping. */
export function neutraliseBroadcasts(s: string): string {
  return s.includes('@') ? s.replace(BROADCAST, `@${JOINER}$1`) : s;
}

const SPECIAL = /[&<>]/;

/** Text for mrkdwn objects and the fallback `text`; control and bidi characters are removed. */
export function escapeMrkdwn(s: string): string {
  const t = safeText(s);
  const escaped = SPECIAL.test(t) ? t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : t;
  return neutraliseBroadcasts(escaped);
}

/**
 * Text for plain_text objects (header). Slack never parses mentions there, but to keep every
 * payload free of anything resembling a control sequence, angle brackets become single guillemets.
 */
export function escapePlain(s: string): string {
  return neutraliseBroadcasts(safeText(s).replace(/</g, '\u2039').replace(/>/g, '\u203a'));
}

/** Inside a ``` block: escaped like mrkdwn, and backtick fences in the data cannot end the block. */
export function escapeCode(s: string): string {
  return escapeMrkdwn(s.replace(/`/g, '\u02cb'));
}

/**
 * A link "<url|label>" for a dataset URL, or just the escaped label when the URL is not plain
 * http(s). The URL is normalised by WHATWG URL and the characters Slack treats as delimiters are
 * percent-encoded, so a crafted URL cannot close the link early or smuggle a mention.
 */
export function mrkdwnLink(url: string | undefined, label: string): string {
  const text = escapeMrkdwn(label.replace(/\|/g, '\u01c0'));
  const safe = safeUrl(url);
  return safe ? `<${safe}|${text}>` : text;
}

export function safeUrl(url: string | undefined): string | undefined {
  return webUrl(url)?.href
    .replace(/@/g, '%40')
    .replace(/\|/g, '%7C')
    .replace(/</g, '%3C')
    .replace(/>/g, '%3E')
    .replace(/\s/g, '%20')
    .replace(/&/g, '&amp;');
}

/**
 * Decode the three entities Slack applies to text it sends us (messages, slash command text), so
 * the core sees what the user typed. The renderer escapes everything again on the way out.
 */
export function unescapeSlack(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Whether text is plain already: no entity to decode and only single spaces between words (most
 * commands and questions), so typedText has nothing to do. Checked by code unit; /\s/ counts more
 * than ASCII whitespace, so control characters, U+007F–U+00A0 and anything from U+1680 on take the
 * full route.
 */
function plainTyped(s: string): boolean {
  let prev = 32;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 38 || c < 32 || (c >= 127 && c <= 160) || c >= 0x1680 || (c === 32 && prev === 32)) return false;
    prev = c;
  }
  return prev !== 32 || s.length === 0;
}

/** What the user typed from a slash command's text: entities decoded, whitespace runs one space, trimmed. */
export function typedText(s: string): string {
  return plainTyped(s) ? s : unescapeSlack(s).replace(/\s+/g, ' ').trim();
}

/** Shorten already-escaped text to at most `max` UTF-16 units without cutting an entity or a grapheme. */
export function clipEscaped(s: string, max: number, ellipsis = '…'): string {
  if (s.length <= max) return s;
  let cut = graphemePrefix(s, Math.max(0, max - ellipsis.length));
  cut = cut.replace(/&[a-z]{0,4}$/, '');
  // A cut right after "@" could separate it from the joiner that follows.
  if (cut.endsWith('@')) cut = cut.slice(0, -1);
  return cut + ellipsis;
}

/** Shorten plain_text (no entities) to at most `max` UTF-16 units, keeping graphemes whole. */
export function clipPlain(s: string, max: number): string {
  if (s.length <= max) return s;
  return `${graphemePrefix(s, max - 1)}…`;
}
