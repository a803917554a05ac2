// Slash commands over real signed HTTP requests to a real Bolt app on loopback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postSigned, signature, slashBody } from '../fakes/slack/sign.js';
import { SECRET, startHarness, withSlowModel, type Harness } from './harness.js';
import { expectNoPings, HOSTILE } from './pings.js';
import { expectWithinLimits } from './limits.js';

let h: Harness;
const commandsRun: string[] = [];

beforeAll(async () => {
  h = await startHarness({ env: { SLACK_ADMINS: 'U0LISTED' }, app: { ackBudgetMs: 150 } });
  h.fake.users.set('U0LISTED', { locale: 'en-US' });
  h.core.onCommand((e) => commandsRun.push(e.name));
});
afterAll(async () => {
  await h.close();
});

describe('request verification', () => {
  // The buttons carry what they re-run, opaque to Slack.
  const HELLO = Buffer.from(JSON.stringify({ command: 'hello', text: '' })).toString('base64url');

  it('answers a valid signed slash command with the exact Block Kit reply in the ack', async () => {
    const res = await h.command({ command: '/hello' });
    expect(res.status).toBe(200);
    expect(res.contentType).toMatch(/^application\/json/);
    expect(res.json()).toEqual({
      text: 'Lodestone: Hello!',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'Lodestone', emoji: true } },
        { type: 'section', text: { type: 'mrkdwn', text: 'Hello!' } },
        {
          type: 'context',
          elements: [
            { type: 'mrkdwn', text: '*Sources:*' },
            { type: 'mrkdwn', text: '<https://pubs.usgs.gov/periodicals/mcs2025/mcs2025.pdf|USGS MCS 2025>' },
          ],
        },
        { type: 'context', elements: [{ type: 'mrkdwn', text: 'Dataset test' }] },
        {
          type: 'actions',
          block_id: 'lodestone_answer_actions',
          elements: [
            { type: 'button', action_id: 'lodestone_more', text: { type: 'plain_text', text: 'More', emoji: true }, value: HELLO },
            { type: 'button', action_id: 'lodestone_sources', text: { type: 'plain_text', text: 'Sources', emoji: true }, value: HELLO },
            { type: 'button', action_id: 'lodestone_subscribe', text: { type: 'plain_text', text: 'Subscribe this channel', emoji: true }, value: HELLO },
          ],
        },
      ],
      unfurl_links: false,
      unfurl_media: false,
      response_type: 'in_channel',
    });
  });

  it('refuses a bad signature with 401 and runs nothing', async () => {
    const before = { calls: h.fake.calls.length, commands: commandsRun.length };
    const body = slashBody({ command: '/hello', response_url: h.fake.respondUrl('bad') });
    const res = await postSigned(h.url, body, { secret: SECRET, signature: signature('not-the-secret', Math.floor(Date.now() / 1000), body) });
    expect(res.status).toBe(401);
    expect(res.text).toBe('');
    expect(h.fake.calls.length).toBe(before.calls);
    expect(commandsRun.length).toBe(before.commands);
  });

  it('refuses a body altered after signing', async () => {
    const ts = Math.floor(Date.now() / 1000);
    const signed = slashBody({ command: '/hello' });
    const res = await postSigned(h.url, slashBody({ command: '/echo', text: 'tampered' }), { secret: SECRET, timestamp: ts, signature: signature(SECRET, ts, signed) });
    expect(res.status).toBe(401);
  });

  it('refuses a correctly signed request older than five minutes (replay) with 401', async () => {
    const before = commandsRun.length;
    const res = await postSigned(h.url, slashBody({ command: '/hello' }), { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(res.status).toBe(401);
    expect(commandsRun.length).toBe(before);
  });

  it('refuses a correctly signed request stamped more than five minutes in the future', async () => {
    const res = await postSigned(h.url, slashBody({ command: '/hello' }), { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) + 6 * 60 });
    expect(res.status).toBe(401);
  });

  it('refuses a request without signature headers', async () => {
    const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: slashBody({ command: '/hello' }) });
    expect(res.status).toBe(401);
  });

  it('answers a signed but malformed JSON body with 400 and keeps serving', async () => {
    const res = await postSigned(h.url, '{"type": "event_callback", "event": ', { secret: SECRET, contentType: 'application/json' });
    expect(res.status).toBe(400);
    const next = await h.command({ command: '/hello' });
    expect(next.status).toBe(200);
  });

  it('answers a signed body that is neither a command nor an event with 400 at once', async () => {
    const before = commandsRun.length;
    for (const body of ['foo=bar&baz=1', 'command=not-a-slash&user_id=U1&channel_id=C1', 'command=%2Fhello']) {
      const res = await postSigned(h.url, body, { secret: SECRET });
      expect(res.status, body).toBe(400);
    }
    const json = await postSigned(h.url, JSON.stringify({ type: 'event_callback', event: 'nope' }), { secret: SECRET });
    expect(json.status).toBe(400);
    expect(commandsRun.length).toBe(before);
  });
});

describe('Slack set-up requests', () => {
  it('answers a signed url_verification with its challenge, and refuses an unsigned one', async () => {
    const body = JSON.stringify({ token: 'x', challenge: 'challenge-123', type: 'url_verification' });
    const ok = await postSigned(h.url, body, { secret: SECRET });
    expect(ok.status).toBe(200);
    expect(ok.json()).toEqual({ challenge: 'challenge-123' });
    const bad = await postSigned(h.url, body, { secret: 'wrong-secret' });
    expect(bad.status).toBe(401);
  });
});

describe('slash commands', () => {
  it('answers an unknown command with a clear ephemeral reply', async () => {
    const res = await h.command({ command: '/nope', text: 'whatever' });
    expect(res.status).toBe(200);
    const body = res.json();
    expect(body.response_type).toBe('ephemeral');
    expect(JSON.stringify(body)).toContain('Unknown command');
    expect(JSON.stringify(body)).toContain('/help');
  });

  it('answers in German for a user whose Slack locale is German, looking the user up once', async () => {
    const before = h.fake.callsTo('users.info').filter((c) => c.args.user === 'U0HANS').length;
    const a = await h.command({ command: '/hello', user_id: 'U0HANS' });
    const b = await h.command({ command: '/hello', user_id: 'U0HANS' });
    expect(a.json().text).toBe('Lodestone: Hallo!');
    expect(JSON.stringify(b.json())).toContain('*Quellen:*');
    const lookups = h.fake.callsTo('users.info').filter((c) => c.args.user === 'U0HANS');
    expect(lookups.length - before).toBeLessThanOrEqual(1);
    expect(lookups.at(-1)?.args.include_locale).toBe('true');
  });

  it('falls back to LODESTONE_LOCALE when users.info fails', async () => {
    const res = await h.command({ command: '/hello', user_id: 'U0GHOST' });
    expect(res.json().text).toBe('Lodestone: Hello!');
  });

  it('acknowledges ask with a language model at once (empty ack) and answers in the channel through response_url', async () => {
    const restore = withSlowModel(h.core);
    try {
      const res = await h.command({ command: '/ask', text: 'why is the sky blue' }, 'ask-1');
      expect(res.status).toBe(200);
      expect(res.text).toBe('');
      const r = await h.fake.until(() => h.fake.responds.find((x) => x.id === 'ask-1'));
      expect(r.body.response_type).toBe('in_channel');
      expect(r.body.text).toBe('Answer: Answer to why is the sky blue');
      expect(r.body.unfurl_links).toBe(false);
    } finally {
      restore();
    }
  });

  it('answers an offline /ask in the ack itself (no second request)', async () => {
    const res = await h.command({ command: '/ask', text: 'why is the grass green' }, 'ask-offline');
    expect(res.json().text).toBe('Answer: Answer to why is the grass green');
  });

  it('acknowledges a command that outlives the ack budget empty and answers through response_url', async () => {
    const res = await h.command({ command: '/slow' }, 'slow-1');
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const r = await h.fake.until(() => h.fake.responds.find((x) => x.id === 'slow-1'));
    expect(r.body.text).toBe('Finally.');
  });

  it('refuses /digest subscribe ephemerally to a member, allows workspace admins and SLACK_ADMINS', async () => {
    for (const [user, allowed] of [['U0ALICE', false], ['U0ADMIN', true], ['U0LISTED', true]] as const) {
      const res = await h.command({ command: '/digest', text: 'subscribe', user_id: user, channel_id: 'C0NEWS' }, `digest-${user}`);
      expect(res.text).toBe('');
      const r = await h.fake.until(() => h.fake.responds.find((x) => x.id === `digest-${user}`));
      expect(r.body.response_type).toBe('ephemeral');
      expect(JSON.stringify(r.body)).toContain(allowed ? `digest subscribe by ${user} in C0NEWS` : 'Only channel admins can subscribe.');
    }
  });

  it('turns a failing command into an ephemeral apology without leaking internals', async () => {
    const res = await h.command({ command: '/boom' });
    const body = JSON.stringify(res.json());
    expect(res.json().response_type).toBe('ephemeral');
    expect(body).toMatch(/Sorry/);
    expect(body).not.toContain('kaboom');
    expect(body).not.toContain('xoxb-');
    expect(h.logs.join('')).not.toContain('xoxb-test_token');
  });

  it('escapes hostile text so the acknowledged reply can ping nobody', async () => {
    const res = await h.command({ command: '/echo', text: HOSTILE });
    expect(res.status).toBe(200);
    const body = res.json();
    expectNoPings(body);
    // The text is still there, readable, just inert.
    expect(JSON.stringify(body)).toContain('&lt;!channel&gt;');
    expect(JSON.stringify(body)).toContain('&lt;@U123&gt;');
  });

  it('handles 10,000 characters of text within Slack limits', async () => {
    const text = 'x'.repeat(4_000) + ' ' + 'ü & <y> '.repeat(750);
    const res = await h.command({ command: '/echo', text }, 'long-text');
    expect(res.status).toBe(200);
    const first = res.json();
    const more = h.fake.responds.filter((r) => r.id === 'long-text').map((r) => r.body);
    for (const m of [first, ...more]) {
      expectWithinLimits(m);
      expectNoPings(m);
    }
  });

  it('splits a huge reply over the ack and at most four follow-ups, each within limits, with a note', async () => {
    const res = await h.command({ command: '/long', text: '60' }, 'long-reply');
    expect(res.status).toBe(200);
    const first = res.json();
    await h.fake.until(() => h.fake.responds.filter((r) => r.id === 'long-reply').length >= 4);
    await new Promise((r) => setTimeout(r, 100));
    const more = h.fake.responds.filter((r) => r.id === 'long-reply').map((r) => r.body);
    expect(more.length).toBe(4);
    for (const m of [first, ...more]) expectWithinLimits(m);
    const all = JSON.stringify([first, ...more]);
    expect(all).toContain('Shortened');
    expect(all).toContain('*Sources:*');
  });
});
