// Buttons, DMs and the App Home tab through the real Bolt app: signed block_actions re-run the
// answer privately ("More", "Sources") or subscribe the channel (permission-checked by the core);
// a tampered click runs nothing; a DM is answered in the DM; opening the Home tab publishes a view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_USER_ID } from '../fakes/slack/server.js';
import { postSigned, signature } from '../fakes/slack/sign.js';
import { SECRET, startHarness, type Harness } from './harness.js';
import { expectWithinLimits } from './limits.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const value = (target: unknown): string => Buffer.from(JSON.stringify(target)).toString('base64url');
let seq = 0;
function click(actionId: string, target: unknown, user = 'U0ALICE'): { body: string; id: string } {
  const id = `click-${++seq}`;
  const payload = {
    type: 'block_actions', user: { id: user }, team: { id: 'T0TEST' }, channel: { id: 'C0GENERAL' }, api_app_id: 'A0TEST',
    response_url: h.fake.respondUrl(id), trigger_id: `${seq}.trigger`, container: { type: 'message' },
    actions: [{ type: 'button', action_id: actionId, block_id: 'lodestone_answer_actions', value: value(target), action_ts: '1' }],
  };
  return { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), id };
}
const responses = (id: string) => h.fake.until(() => {
  const r = h.fake.responds.filter((x) => x.id === id);
  return r.length ? r : undefined;
});

describe('buttons under answers', () => {
  it('a public answer carries More, Sources and Subscribe', async () => {
    const body = (await h.command({ command: '/hello' })).json() as { blocks: { type: string; elements?: { action_id: string; value: string }[] }[] };
    const actions = body.blocks.find((b) => b.type === 'actions')!;
    expect(actions.elements!.map((e) => e.action_id)).toEqual(['lodestone_more', 'lodestone_sources', 'lodestone_subscribe']);
    expect(actions.elements![0]!.value).toBe(value({ command: 'hello', text: '' }));
  });

  it('"More" answers the clicker privately with the full card', async () => {
    const c = click('lodestone_more', { command: 'echo', text: 'full card' });
    expect((await postSigned(h.url, c.body, { secret: SECRET })).status).toBe(200);
    const [r] = await responses(c.id);
    expect(r!.body.response_type).toBe('ephemeral');
    expect(r!.body.replace_original).toBe(false);
    expect(JSON.stringify(r!.body)).toContain('full card');
    expectWithinLimits(r!.body);
  });

  it('"Sources" lists the sources privately', async () => {
    const c = click('lodestone_sources', { command: 'hello', text: '' });
    await postSigned(h.url, c.body, { secret: SECRET });
    const [r] = await responses(c.id);
    expect(r!.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(r!.body)).toMatch(/USGS MCS 2025/);
    expect(JSON.stringify(r!.body)).not.toMatch(/Hello!/);
  });

  it('"Subscribe this channel" is refused to a member and done for an admin, privately', async () => {
    const refused = click('lodestone_subscribe', { command: 'hello', text: '' }, 'U0ALICE');
    await postSigned(h.url, refused.body, { secret: SECRET });
    const [r1] = await responses(refused.id);
    expect(r1!.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(r1!.body)).toMatch(/Only channel admins/);
    const done = click('lodestone_subscribe', { command: 'hello', text: '' }, 'U0ADMIN');
    await postSigned(h.url, done.body, { secret: SECRET });
    const [r2] = await responses(done.id);
    expect(JSON.stringify(r2!.body)).toMatch(/digest subscribe by U0ADMIN in C0GENERAL/);
  });

  it('a tampered or unsigned click gets 401 and runs nothing', async () => {
    const c = click('lodestone_subscribe', { command: 'hello', text: '' }, 'U0ADMIN');
    const ts = Math.floor(Date.now() / 1000);
    const res = await postSigned(h.url, c.body.replace('U0ADMIN', 'U0ALICE'), { secret: SECRET, timestamp: ts, signature: signature(SECRET, ts, c.body) });
    expect(res.status).toBe(401);
    const res2 = await postSigned(h.url, c.body, { secret: 'wrong-secret' });
    expect(res2.status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(h.fake.responds.some((x) => x.id === c.id)).toBe(false);
  });

  it('a click with a value Lodestone did not make is ignored', async () => {
    const c = click('lodestone_more', 'not a target');
    expect((await postSigned(h.url, c.body, { secret: SECRET })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    expect(h.fake.responds.some((x) => x.id === c.id)).toBe(false);
  });
});

describe('direct messages and App Home', () => {
  it('answers a DM in the DM, without a mention and without starting a thread', async () => {
    await h.event({ type: 'message', channel_type: 'im', channel: 'D0ALICE', user: 'U0ALICE', text: '/hello', ts: '1760001000.000100', team: 'T0TEST' });
    const post = await h.fake.until(() => h.fake.callsTo('chat.postMessage').find((c) => c.args.channel === 'D0ALICE'));
    expect(post.args.thread_ts).toBeUndefined();
    expect(JSON.stringify(post.args.blocks)).toContain('Hello!');
  });

  it('ignores its own DMs and message edits', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    await h.event({ type: 'message', channel_type: 'im', channel: 'D0ALICE', user: BOT_USER_ID, text: '/hello', ts: '1760001001.000100' });
    await h.event({ type: 'message', subtype: 'message_changed', channel_type: 'im', channel: 'D0ALICE', text: '', ts: '1760001002.000100' });
    await new Promise((r) => setTimeout(r, 150));
    expect(h.fake.callsTo('chat.postMessage').length).toBe(before);
  });

  it('publishes the Home tab in the user\'s language with examples (subscriptions: home.test.ts)', async () => {
    await h.event({ type: 'app_home_opened', user: 'U0HANS', channel: 'D0HANS', tab: 'home', event_ts: '1' });
    const call = await h.fake.until(() => h.fake.callsTo('views.publish').find((c) => c.args.user_id === 'U0HANS'));
    const view = (typeof call.args.view === 'string' ? JSON.parse(call.args.view) : call.args.view) as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    const text = JSON.stringify(view.blocks);
    expect(text).toMatch(/Deutsch/);
    expect(text).toContain('/lodestone reserves china');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
  });
});
