// The idempotency key a delivery carries to the platform (Discord nonce, Slack metadata). Derived
// from (subscription, edition) alone, so a re-post after a crash carries the same key. Discord
// limits nonces to 25 characters, hence a hash rather than the readable edition key.
import { createHash } from 'node:crypto';

export function idempotencyKey(subscriptionId: string, editionKey: string): string {
  return `ld${createHash('sha256').update(`${subscriptionId}|${editionKey}`).digest('hex').slice(0, 23)}`;
}
