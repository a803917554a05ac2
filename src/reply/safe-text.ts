// Text safety shared by the core and every renderer. Platforms count limits in UTF-16 units, but a
// cut must never split a user-perceived character: half a surrogate pair is rejected by Discord
// (the answer is lost) and half an emoji sequence or a letter without its accent reads as garbage.
// Bidi overrides and isolates in echoed text can make "/reserves china" display as something else,
// and control characters can drive a terminal or confuse a client, so both are removed.

// C0 and C1 controls (newline and tab excepted), bidi embeddings, overrides, isolates and marks,
// and the line/paragraph separators some clients render as breaks.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any code unit safeText may change: CR, what UNSAFE removes, and every surrogate (paired or not). */
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\uD800-\uDFFF]/;

/** Whether `s` holds anything `safeText` would remove or replace (for tests and assertions). */
// eslint-disable-next-line no-control-regex
export const UNSAFE_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Removes control characters and bidi controls, turns CR/CRLF into LF and replaces lone surrogates
 * with U+FFFD. Newlines and tabs stay; callers that need one line flatten whitespace themselves.
 */
export function safeText(s: string): string {
  // Nearly all text holds none of these code units: one scan then, instead of the three passes.
  if (!NEEDS_WORK.test(s)) return s;
  let t = s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
  t = t.replace(UNSAFE, '');
  return t.replace(LONE_SURROGATE, '\uFFFD');
}

let segmenter: Intl.Segmenter | undefined;

/** The largest grapheme-cluster boundary (a UTF-16 offset) that is at most `limit`. */
function boundaryAtMost(s: string, limit: number): number {
  if (limit >= s.length) return s.length;
  if (limit <= 0) return 0;
  segmenter ??= new Intl.Segmenter('und', { granularity: 'grapheme' });
  // Only the clusters around the limit matter; start a little before it so long texts stay cheap.
  const from = Math.max(0, limit - 64);
  let best = from;
  for (const seg of segmenter.segment(s.slice(from, limit + 64))) {
    const end = from + seg.index + seg.segment.length;
    if (end > limit) break;
    best = end;
  }
  // `from` falls inside a cluster only when that cluster is over 64 units long (a pathological run
  // of combining marks); such a cluster may then be cut between code points, never inside a pair.
  const code = s.charCodeAt(best - 1);
  if (best > 0 && code >= 0xd800 && code <= 0xdbff) best -= 1;
  return best;
}

/** The longest prefix of `s` of at most `max` UTF-16 units that ends on a grapheme boundary. */
export function graphemePrefix(s: string, max: number): string {
  return s.slice(0, boundaryAtMost(s, max));
}

/**
 * Shortens `s` to at most `max` UTF-16 units including the ellipsis, cutting between grapheme
 * clusters; text that fits is returned as is.
 */
export function truncateGraphemes(s: string, max: number, ellipsis = '…'): string {
  if (s.length <= max) return s;
  const room = Math.max(0, max - ellipsis.length);
  return `${graphemePrefix(s, room).trimEnd()}${ellipsis}`;
}

/** Number of grapheme clusters (what a reader counts as characters). */
export function graphemeCount(s: string): number {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'grapheme' });
  let n = 0;
  for (const _ of segmenter.segment(s)) n++;
  return n;
}
