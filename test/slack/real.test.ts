// The real command registry and the bundled dataset through the Slack app, as a workspace would
// use it: /reserves china, /element europium, a German mention in a thread.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_USER_ID } from '../fakes/slack/server.js';
import { createRegistry, startHarness, type Harness } from './harness.js';
import { expectNoPings, HOSTILE } from './pings.js';
import { expectWithinLimits } from './limits.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ registry: createRegistry() });
});
afterAll(async () => {
  await h.close();
});

const textOf = (payload: unknown): string => JSON.stringify(payload);

describe('real commands over Slack', () => {
  it('/reserves china answers in the channel with figures and linked sources', async () => {
    const res = await h.command({ command: '/reserves', text: 'china' });
    expect(res.status).toBe(200);
    const body = res.json();
    expectWithinLimits(body);
    expect(body.response_type).toBe('in_channel');
    expect(textOf(body)).toMatch(/China/);
    expect(textOf(body)).toMatch(/\*Sources:\*/);
    expect(textOf(body)).toMatch(/<https:\/\/[^|>]+usgs[^|>]*\|/i);
  });

  it('/element europium answers with the element', async () => {
    const res = await h.command({ command: '/element', text: 'europium' });
    const body = res.json();
    expectWithinLimits(body);
    expect(textOf(body)).toMatch(/Europium/);
    expect(textOf(body)).toMatch(/\bEu\b/);
  });

  it('answers a German Slack user in German', async () => {
    const res = await h.command({ command: '/element', text: 'Nd', user_id: 'U0HANS' });
    const body = res.json();
    expect(textOf(body)).toMatch(/Quellen|Neodym/);
  });

  it('an unknown country gets an ephemeral reply with suggestions', async () => {
    const res = await h.command({ command: '/reserves', text: 'Atlantis' });
    const body = res.json();
    expect(body.response_type).toBe('ephemeral');
    expectWithinLimits(body);
  });

  it('an unknown /digest subcommand gets a clear ephemeral reply', async () => {
    const res = await h.command({ command: '/digest', text: 'frobnicate' }, 'digest-bad');
    expect(res.status).toBe(200);
    const r = await h.fake.until(() => h.fake.responds.find((x) => x.id === 'digest-bad'));
    expect(r.body.response_type).toBe('ephemeral');
    expectWithinLimits(r.body);
  });

  it('a German mention in a thread is answered in German in that thread', async () => {
    await h.event({
      type: 'app_mention', user: 'U0HANS', channel: 'C0DESK', ts: '1761100000.000200', thread_ts: '1761100000.000100', team: 'T0TEST',
      text: `<@${BOT_USER_ID}> wie groß sind die Reserven von Vietnam?`,
    });
    const post = await h.fake.until(() => h.fake.callsTo('chat.postMessage').find((c) => c.args.channel === 'C0DESK'));
    expect(post.args.thread_ts).toBe('1761100000.000100');
    expectWithinLimits(post.args);
    expect(textOf(post.args)).toMatch(/Vietnam/);
    expect(textOf(post.args)).toMatch(/Quellen/);
  });

  it('hostile text in a real command reaches no one', async () => {
    const res = await h.command({ command: '/reserves', text: HOSTILE });
    expectNoPings(res.json());
    const mention = await h.event({ type: 'app_mention', user: 'U0ALICE', channel: 'C0HOST', ts: '1761100001.000100', text: `<@${BOT_USER_ID}> ${HOSTILE.replace(/</g, '&lt;').replace(/>/g, '&gt;')}` });
    expect(mention.status).toBe(200);
    // An out-of-scope question is refused to the asker only; either way nothing pings.
    const post = await h.fake.until(() => [...h.fake.callsTo('chat.postMessage'), ...h.fake.callsTo('chat.postEphemeral')].find((c) => c.args.channel === 'C0HOST'));
    expectNoPings(post.args);
  });

  it('every registry command answers within limits', async () => {
    for (const def of h.core.registry.all()) {
      const res = await h.command({ command: `/${def.name}` }, `all-${def.name}`);
      expect(res.status, def.name).toBe(200);
      const payloads = res.text ? [res.json()] : [(await h.fake.until(() => h.fake.responds.find((x) => x.id === `all-${def.name}`))).body];
      for (const p of payloads) expectWithinLimits(p);
    }
  });
});
