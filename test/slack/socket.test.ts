// Socket Mode against the loopback fake: apps.connections.open hands out ws://127.0.0.1, the fake
// says hello, then sends a slash command and a mention as envelopes.
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { BOT_USER_ID } from '../fakes/slack/server.js';
import { APP_TOKEN, startHarness, withSlowModel, type Harness } from './harness.js';
import { expectNoPings, HOSTILE } from './pings.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ socket: true });
  await h.slack.start();
});
afterAll(async () => {
  await h.close();
});

describe('Socket Mode', () => {
  it('connects with the app-level token and reports ready after hello', async () => {
    expect(h.slack.mode).toBe('socket');
    const open = h.fake.callsTo('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]!.headers.authorization).toBe(`Bearer ${APP_TOKEN}`);
    expect(h.fake.socketCount).toBe(1);
    expect(h.slack.isReady()).toBe(true);
  });

  it('acknowledges a slash_commands envelope with the Block Kit answer', async () => {
    h.fake.sendSocket({
      envelope_id: 'env-cmd-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        token: 'x', team_id: 'T0TEST', channel_id: 'C0SOCK', user_id: 'U0HANS', command: '/hello', text: '',
        api_app_id: 'A0TEST', response_url: h.fake.respondUrl('sock-1'), trigger_id: '1.2',
      },
    });
    const ack = await h.fake.until(() => h.fake.socketReceived.find((m) => m.envelope_id === 'env-cmd-1'));
    expect(ack.payload).toMatchObject({
      text: 'Lodestone: Hallo!',
      response_type: 'in_channel',
      unfurl_links: false,
      unfurl_media: false,
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'Lodestone', emoji: true } },
        { type: 'section', text: { type: 'mrkdwn', text: 'Hallo!' } },
        { type: 'context', elements: [{ type: 'mrkdwn', text: '*Quellen:*' }, { type: 'mrkdwn', text: '<https://pubs.usgs.gov/periodicals/mcs2025/mcs2025.pdf|USGS MCS 2025>' }] },
        { type: 'context', elements: [{ type: 'mrkdwn', text: 'Dataset test' }] },
        { type: 'actions', elements: [{ text: { text: 'Mehr' } }, { text: { text: 'Quellen' } }, { text: { text: 'Diesen Kanal abonnieren' } }] },
      ],
    });
  });

  it('acknowledges a deferred command empty and answers through response_url', async () => {
    const restore = withSlowModel(h.core);
    onTestFinished(restore);
    h.fake.sendSocket({
      envelope_id: 'env-cmd-2',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: { team_id: 'T0TEST', channel_id: 'C0SOCK', user_id: 'U0ALICE', command: '/ask', text: HOSTILE, response_url: h.fake.respondUrl('sock-2') },
    });
    const ack = await h.fake.until(() => h.fake.socketReceived.find((m) => m.envelope_id === 'env-cmd-2'));
    expect(ack.payload).toEqual({});
    const r = await h.fake.until(() => h.fake.responds.find((x) => x.id === 'sock-2'));
    expect(r.body.response_type).toBe('in_channel');
    expectNoPings(r.body);
  });

  it('acknowledges an app_mention envelope and answers in the thread', async () => {
    h.fake.sendSocket({
      envelope_id: 'env-ev-1',
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: '',
      payload: {
        team_id: 'T0TEST', api_app_id: 'A0TEST', type: 'event_callback', event_id: 'EvSOCK1', event_time: 1,
        event: { type: 'app_mention', user: 'U0ALICE', text: `<@${BOT_USER_ID}> /hello`, ts: '1761000000.000200', thread_ts: '1761000000.000100', channel: 'C0SOCK' },
      },
    });
    const ack = await h.fake.until(() => h.fake.socketReceived.find((m) => m.envelope_id === 'env-ev-1'));
    expect(ack).toEqual({ envelope_id: 'env-ev-1', payload: {} });
    const post = await h.fake.until(() => h.fake.callsTo('chat.postMessage').find((c) => c.args.channel === 'C0SOCK'));
    expect(post.args).toMatchObject({ thread_ts: '1761000000.000100', text: 'Lodestone: Hello!' });
  });

  it('survives malformed envelopes and keeps answering', async () => {
    h.fake.sendSocket({ envelope_id: 'env-bad-1', type: 'slash_commands', accepts_response_payload: true, payload: { command: '/hello' } });
    h.fake.sendSocket({ envelope_id: 'env-bad-2', type: 'events_api', payload: { type: 'event_callback', event: { type: 'app_mention' } } });
    h.fake.sendSocket({ envelope_id: 'env-bad-3', type: 'no_such_type', payload: 42 });
    const bad = await h.fake.until(() => h.fake.socketReceived.find((m) => m.envelope_id === 'env-bad-1'));
    expect(bad.payload).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/incomplete/) });
    h.fake.sendSocket({
      envelope_id: 'env-after', type: 'slash_commands', accepts_response_payload: true,
      payload: { team_id: 'T0TEST', channel_id: 'C0SOCK', user_id: 'U0ALICE', command: '/hello', text: '', response_url: h.fake.respondUrl('sock-after') },
    });
    const ok = await h.fake.until(() => h.fake.socketReceived.find((m) => m.envelope_id === 'env-after'));
    expect((ok.payload as { text?: string }).text).toBe('Lodestone: Hello!');
  });

  it('is no longer ready once stopped', async () => {
    await h.slack.stop();
    expect(h.slack.isReady()).toBe(false);
  });
});
