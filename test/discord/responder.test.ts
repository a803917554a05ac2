// Edits, deletions and follow-ups of an interaction go through a REST client without discord.js's
// client-side global limit (rest.ts interactionRest): Discord does not count interaction endpoints
// against the bot's 50 requests a second, and discord.js held them back until the next second once
// other requests had used those 50. Rate limits Discord does answer (429) are still waited out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { REST } from 'discord.js';
import { Responder } from '../../src/adapters/discord/responder.js';
import { createRest } from '../../src/adapters/discord/rest.js';
import { Metrics } from '../../src/ops/metrics.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord/index.js';

let fake: FakeDiscord;
let rest: REST;
let metrics: Metrics;
const ref = (): { id: string; token: string; applicationId: string } => ({ id: '100000000000000001', token: 'tok-responder', applicationId: fake.applicationId });
const message = { body: { content: 'hi', allowed_mentions: { parse: [] } } };

beforeEach(async () => {
  fake = await startFakeDiscord();
  metrics = new Metrics();
  rest = createRest(fake.token, fake.apiBase, metrics);
});
afterEach(async () => {
  await fake.close();
});

/** As discord.js leaves its REST client once this second's 50 requests are used: held for a minute. */
function exhaustGlobalLimit(r: REST): void {
  r.globalRemaining = 0;
  r.globalReset = Date.now() + 60_000;
}

describe('interaction webhooks', () => {
  it('edit, follow up and delete while the bot has used up its global requests', async () => {
    const responder = new Responder(rest);
    // The deferral is a callback, which discord.js never counted against the global limit either.
    await responder.defer(ref(), false);
    exhaustGlobalLimit(rest);
    await responder.editOriginal(ref(), message as never);
    await responder.followUp(ref(), message as never);
    await responder.deleteOriginal(ref());
    expect(fake.rest.find('PATCH', /\/webhooks\/\d+\/tok-responder\/messages\/@original$/)).toHaveLength(1);
    expect(fake.rest.find('POST', /\/webhooks\/\d+\/tok-responder$/)).toHaveLength(1);
    expect(fake.rest.find('DELETE', /\/webhooks\/\d+\/tok-responder\/messages\/@original$/)).toHaveLength(1);
    // Without the bot token, as before.
    expect(fake.rest.find('PATCH', /./).concat(fake.rest.find('DELETE', /./)).every((r) => r.auth === undefined)).toBe(true);
  });

  it('still wait out a 429 and count it', async () => {
    const responder = new Responder(rest);
    await responder.defer(ref(), false);
    fake.rest.failNext({ method: 'POST', path: /^\/webhooks\//, status: 429, retryAfter: 0.1 });
    await responder.followUp(ref(), message as never);
    expect(fake.rest.find('POST', /\/webhooks\/\d+\/tok-responder$/)).toHaveLength(2);
    expect((await metrics.rateLimited.get()).values.find((v) => v.labels.platform === 'discord')?.value).toBe(1);
  });
});
