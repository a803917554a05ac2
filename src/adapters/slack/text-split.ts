// Splitting plain text so that each escaped piece fits a Slack text object.
import { escapeMrkdwn } from './escape.js';
import { graphemePrefix } from '../../reply/safe-text.js';

/** Largest n ≤ s.length with escape(s.slice(0, n)).length ≤ max (escaped length grows with n). */
function fittingPrefix(s: string, max: number, escape: (t: string) => string): number {
  let lo = 0;
  let hi = Math.min(s.length, max);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (escape(s.slice(0, mid)).length <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Splits plain text into pieces whose escaped form is at most `max` characters, preferring to cut
 * at a line break, then at a space, and never inside a grapheme.
 */
export function splitForSlack(text: string, max: number, escape: (t: string) => string = escapeMrkdwn): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > 0) {
    if (escape(rest).length <= max) {
      pieces.push(rest);
      break;
    }
    let n = fittingPrefix(rest, max, escape);
    const window = rest.slice(0, n);
    const breakAt = Math.max(window.lastIndexOf('\n'), window.lastIndexOf(' '));
    if (breakAt > n / 2) n = breakAt + 1;
    n = graphemePrefix(rest, n).length;
    if (n <= 0) n = String.fromCodePoint(rest.codePointAt(0)!).length; // max is never that small in practice; guarantees progress
    const piece = rest.slice(0, n).trimEnd();
    if (piece) pieces.push(piece);
    rest = rest.slice(n).trimStart();
  }
  return pieces;
}
