// The gateway drops and Discord rate limits: a dropped connection resumes its session (op 6 with
// the session id and the last sequence number) and events sent meanwhile are still answered; a 429
// is waited out and retried, and counted.
import { afterEach, describe, expect, it } from 'vitest';
import { chatInput } from '../fakes/discord/index.js';
import { startHarness, str, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function waitForOp(harness: Harness, op: number, after: number): Promise<{ op: number; d: any; at: number }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  for (let i = 0; i < 500; i++) {
    const got = harness.fake.gateway.received.find((r) => r.op === op && r.at >= after);
    if (got) return got;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no op ${op}`);
}

function interaction(harness: Harness, country: string): Record<string, unknown> {
  return chatInput({ applicationId: harness.fake.applicationId, guild: harness.fake.guild, channel: harness.fake.text, user: harness.fake.human }, 'reserves', [str('country', country)]);
}

const callbackOf = (harness: Harness, p: Record<string, unknown>) =>
  harness.fake.rest.waitFor((r) => r.path === `/interactions/${String(p.id)}/${String(p.token)}/callback`);

describe('gateway resume', () => {
  for (const [how, code] of [['closed with 4000', 4000], ['dropped without a close frame', undefined]] as const) {
    it(`resumes when the connection is ${how}, replays what was missed, and answers it`, async () => {
      h = await startHarness();
      const session = h.fake.gateway.session(0)!;
      const answered = interaction(h, 'china');
      h.fake.gateway.dispatch('INTERACTION_CREATE', answered);
      await callbackOf(h, answered);
      const lastSeq = session.seq;

      const droppedAt = Date.now();
      h.fake.gateway.drop(0, code);
      // Dispatched while the bot is disconnected: Discord keeps it for the resumed session.
      const missed = interaction(h, 'brazil');
      h.fake.gateway.dispatch('INTERACTION_CREATE', missed);

      const resume = await waitForOp(h, 6, droppedAt);
      expect(resume.d.session_id).toBe(session.id);
      expect(resume.d.seq).toBe(lastSeq);
      expect(resume.d.token).toBe(h.fake.token);
      const cb = await callbackOf(h, missed);
      expect(cb.body.data.embeds[0].title).toBe('Reserves: Brazil');

      // And the session goes on: a new event after the resume is answered too.
      const after = interaction(h, 'vietnam');
      h.fake.gateway.dispatch('INTERACTION_CREATE', after);
      expect((await callbackOf(h, after)).body.data.embeds[0].title).toBe('Reserves: Vietnam');
      // Resumed, not re-identified.
      expect(h.fake.gateway.received.filter((r) => r.op === 2)).toHaveLength(1);
    });
  }

  it('identifies afresh when Discord refuses the resume (op 9), and keeps answering', async () => {
    h = await startHarness();
    h.fake.gateway.acceptResume = false;
    const droppedAt = Date.now();
    h.fake.gateway.drop(0, 4000);
    await waitForOp(h, 6, droppedAt);
    await waitForOp(h, 2, droppedAt);
    const p = interaction(h, 'china');
    // The new session is the latest one; wait until it is connected before dispatching.
    for (let i = 0; i < 300 && !h.fake.gateway.connected(0); i++) await new Promise((r) => setTimeout(r, 20));
    h.fake.gateway.dispatch('INTERACTION_CREATE', p);
    expect((await callbackOf(h, p)).body.type).toBe(4);
  });

  it('heartbeats (op 1) with the last sequence number and stays connected when ACKed', async () => {
    h = await startHarness({ heartbeatInterval: 150 });
    const start = Date.now();
    const hb = await waitForOp(h, 1, start);
    expect(hb.d === null || typeof hb.d === 'number').toBe(true);
    await waitForOp(h, 1, hb.at + 1);
    expect(h.fake.gateway.received.filter((r) => r.op === 2)).toHaveLength(1);
    expect(h.bot.isReady()).toBe(true);
  });
});

describe('shutdown', () => {
  it('finishes a reply in flight before disconnecting, and answers new commands with a restart notice meanwhile', async () => {
    h = await startHarness({ bot: { deferAfterMs: 100 } });
    const { payload, callback } = await h.command('slow', [str('ms', '500')]);
    expect(callback.body.type).toBe(5);
    const stopping = h.bot.stop();
    const late = await h.command('element', [str('element', 'Nd')]);
    expect(late.callback.body.data.flags & 64).toBe(64);
    expect(JSON.stringify(late.callback.body)).toMatch(/restarting/);
    await stopping;
    expect(h.fake.rest.find('PATCH', new RegExp(String(payload.token)))).toHaveLength(1);
    expect(h.bot.isReady()).toBe(false);
  });
});

describe('rate limits', () => {
  it('waits out a 429 with retry_after on the interaction callback, retries, and counts it', async () => {
    h = await startHarness();
    h.fake.rest.failNext({ method: 'POST', path: /\/callback$/, status: 429, retryAfter: 0.3 });
    const p = interaction(h, 'china');
    h.fake.gateway.dispatch('INTERACTION_CREATE', p);
    const [first, second] = await h.fake.rest.waitForCount((r) => r.path === `/interactions/${String(p.id)}/${String(p.token)}/callback`, 2);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(280);
    expect(second!.body).toEqual(first!.body);
    const counted = (await h.metrics.rateLimited.get()).values.find((v) => v.labels.platform === 'discord');
    expect(counted?.value).toBe(1);
  });

  it('waits out a 429 on a mention reply (channel messages route) and then posts once', async () => {
    h = await startHarness();
    h.fake.rest.failNext({ method: 'POST', path: /^\/channels\/\d+\/messages$/, status: 429, retryAfter: 0.2 });
    const m = h.message({ content: `<@${h.fake.bot.id}>`, mentions: [h.fake.bot] });
    const tries = await h.fake.rest.waitForCount((r) => r.method === 'POST' && r.body?.message_reference?.message_id === m.id, 2);
    expect(tries).toHaveLength(2);
    expect(h.fake.state.messages.get(h.fake.text.id)?.filter((x) => x.message_reference?.message_id === m.id)).toHaveLength(1);
  });
});
