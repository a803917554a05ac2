// Assertions that a Slack payload cannot ping anyone or carry a disguised link.
import { expect } from 'vitest';

/** Control sequences Slack would turn into a mention, a broadcast or a link. */
export const FORBIDDEN: readonly RegExp[] = [
  /<!(channel|here|everyone)/i,
  /<!subteam\^/i,
  /<@[A-Z0-9]/i,
  /<#[A-Z0-9]/i,
  /<(https?|mailto|ftp|javascript):[^|>]*evil/i,
  /<[^>]*\|x>/,
  /@(channel|here|everyone)\b/i,
];

/** A hostile string: every way a user could try to ping or disguise a link. */
export const HOSTILE = '@everyone @here @channel <!channel> <!here|here> <!everyone> <@U123> <@W999|bob> <#C1> <#C2|general> <!subteam^S123> <https://evil.example|x> <mailto:evil@example.com|x> &lt;!channel&gt; &amp;lt;!here&amp;gt;';

export function expectNoPings(payload: unknown): void {
  const json = typeof payload === 'string' ? payload : JSON.stringify(payload);
  for (const re of FORBIDDEN) expect(json, `payload matches ${String(re)}`).not.toMatch(re);
}
