// A DeliveryTarget that prints briefings to the console, so digests can be previewed and
// subscribed in the terminal exactly as they would post to Slack or Discord.
import type { Writable } from 'node:stream';
import type { DeliveryTarget } from '../../briefings/delivery.js';
import { renderText } from '../../reply/text.js';

export function consoleDelivery(output: NodeJS.WritableStream | Writable): DeliveryTarget & { readonly posted: ReadonlyMap<string, string> } {
  const posted = new Map<string, string>();
  let n = 0;
  return {
    platform: 'console',
    posted,
    post(_channel, reply, opts) {
      const existing = posted.get(opts.key);
      if (existing) return Promise.resolve({ messageId: existing });
      const messageId = `console-${++n}`;
      output.write(`\n${renderText(reply)}\n\n`);
      posted.set(opts.key, messageId);
      return Promise.resolve({ messageId });
    },
    findPosted(_channel, key) {
      return Promise.resolve(posted.get(key) ?? null);
    },
    checkCanPost() {
      return Promise.resolve({ ok: true as const });
    },
  };
}
