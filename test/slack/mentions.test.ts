// "@Lodestone …" mentions over signed Events API requests: answered in the thread, once, safely,
// with the Web API client retrying Slack's 429s and 5xx.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BOT_ID, BOT_USER_ID, type ApiCall } from '../fakes/slack/server.js';
import { startHarness, type Harness } from './harness.js';
import { expectNoPings, HOSTILE } from './pings.js';
import { expectWithinLimits } from './limits.js';

let h: Harness;
const questions: string[] = [];

beforeAll(async () => {
  h = await startHarness();
  const handleText = h.core.handleText.bind(h.core);
  h.core.handleText = (text, call) => {
    questions.push(text);
    return handleText(text, call);
  };
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  questions.length = 0;
});

let seq = 0;
const mention = (text: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: 'app_mention',
  user: 'U0ALICE',
  text,
  ts: `1760000${String(++seq).padStart(3, '0')}.000100`,
  channel: 'C0GENERAL',
  team: 'T0TEST',
  event_ts: '1760000000.000100',
  ...extra,
});

const postsIn = (channel: string, threadTs: string): ApiCall[] =>
  h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === channel && c.args.thread_ts === threadTs && c.status === 200);
/** Waits for the answer posted in the thread. */
const answered = (channel: string, threadTs: string): Promise<ApiCall[]> =>
  h.fake.until(() => {
    const posts = postsIn(channel, threadTs);
    return posts.length > 0 ? posts : undefined;
  });

describe('mentions', () => {
  it('answers a mention inside a thread in that thread, without the bot mention in the question', async () => {
    const ev = mention(`<@${BOT_USER_ID}> /hello`, { thread_ts: '1759999999.000001' });
    const res = await h.event(ev);
    expect(res.status).toBe(200);
    const [post] = await answered('C0GENERAL', '1759999999.000001');
    expect(questions).toEqual(['/hello']);
    expect(post!.args.text).toBe('Lodestone: Hello!');
    expect(post!.args.unfurl_links).toBe('false');
    expect(post!.args.unfurl_media).toBe('false');
    expect(post!.args.link_names).toBe('false');
    const blocks = post!.args.blocks as { type: string; elements?: { action_id?: string }[] }[];
    expect(blocks.slice(0, 4)).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Lodestone', emoji: true } },
      { type: 'section', text: { type: 'mrkdwn', text: 'Hello!' } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: '*Sources:*' }, { type: 'mrkdwn', text: '<https://pubs.usgs.gov/periodicals/mcs2025/mcs2025.pdf|USGS MCS 2025>' }] },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Dataset test' }] },
    ]);
    expect(blocks[4]!.elements!.map((e) => e.action_id)).toEqual(['lodestone_more', 'lodestone_sources', 'lodestone_subscribe']);
  });

  it('starts a thread on the mentioning message when it is not in one', async () => {
    const ev = mention(`<@${BOT_USER_ID}|lodestone> /hello`);
    await h.event(ev);
    const posts = await answered('C0GENERAL', ev.ts as string);
    expect(posts).toHaveLength(1);
  });

  it('answers in German for a German-speaking user', async () => {
    const ev = mention(`<@${BOT_USER_ID}> /hello`, { user: 'U0HANS' });
    await h.event(ev);
    const [post] = await answered('C0GENERAL', ev.ts as string);
    expect(post!.args.text).toBe('Lodestone: Hallo!');
  });

  it('ignores messages from bots and from itself', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    await h.event(mention(`<@${BOT_USER_ID}> /hello`, { bot_id: 'B0OTHER', user: 'U0OTHERBOT' }));
    await h.event(mention(`<@${BOT_USER_ID}> /hello`, { user: BOT_USER_ID, bot_id: BOT_ID }));
    await h.event(mention(`<@${BOT_USER_ID}> /hello`, { user: BOT_USER_ID }));
    await h.event(mention(`<@${BOT_USER_ID}> /hello`, { subtype: 'bot_message' }));
    // A human mention after them shows the app is processing events at all.
    const human = mention(`<@${BOT_USER_ID}> /hello`);
    await h.event(human);
    await answered('C0GENERAL', human.ts as string);
    expect(h.fake.callsTo('chat.postMessage').length - before).toBe(1);
  });

  it('answers an event once even when Slack redelivers it', async () => {
    const ev = mention(`<@${BOT_USER_ID}> /slow`);
    await h.event(ev, 'EvDUPLICATE1');
    await h.event(ev, 'EvDUPLICATE1', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    await h.event(ev, 'EvDUPLICATE1', { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' });
    await answered('C0GENERAL', ev.ts as string);
    const marker = mention(`<@${BOT_USER_ID}> /hello`);
    await h.event(marker);
    await answered('C0GENERAL', marker.ts as string);
    expect(postsIn('C0GENERAL', ev.ts as string)).toHaveLength(1);
  });

  it('retries a 5xx from chat.postMessage and posts once', async () => {
    h.fake.fail('chat.postMessage', { status: 503 });
    const ev = mention(`<@${BOT_USER_ID}> /hello`, { channel: 'C0RETRY5' });
    await h.event(ev);
    await answered('C0RETRY5', ev.ts as string);
    const attempts = h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0RETRY5');
    expect(attempts.map((c) => c.status)).toEqual([503, 200]);
  });

  it('honours a 429 with Retry-After, then retries, and counts the rate limit', async () => {
    const counted = async (): Promise<number> => (await h.metrics.rateLimited.get()).values.find((v) => v.labels.platform === 'slack')?.value ?? 0;
    const before = await counted();
    h.fake.fail('chat.postMessage', { status: 429, retryAfter: 1 });
    const ev = mention(`<@${BOT_USER_ID}> /hello`, { channel: 'C0RETRY4' });
    await h.event(ev);
    await answered('C0RETRY4', ev.ts as string);
    const attempts = h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0RETRY4');
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
    expect(await counted()).toBe(before + 1);
  });

  it('posts hostile text inert: no mention, broadcast or disguised link in any payload', async () => {
    const ev = mention(`<@${BOT_USER_ID}> /echo ${HOSTILE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')} <@U0BOB> <!here>`, { channel: 'C0HOSTILE' });
    await h.event(ev);
    const posts = await answered('C0HOSTILE', ev.ts as string);
    expect(questions[0]).toContain('<!channel>'); // the core saw what the user typed
    for (const p of posts) {
      expectNoPings(p.args);
      expectWithinLimits(p.args);
    }
  });

  it('shows errors only to the asker, in the thread', async () => {
    const ev = mention(`<@${BOT_USER_ID}> /boom`, { channel: 'C0OOPS', thread_ts: '1759999999.000777' });
    await h.event(ev);
    const eph = await h.fake.until(() => h.fake.callsTo('chat.postEphemeral').find((c) => c.args.channel === 'C0OOPS'));
    expect(eph.args).toMatchObject({ user: 'U0ALICE', thread_ts: '1759999999.000777' });
    expect(JSON.stringify(eph.args)).toMatch(/Sorry/);
    expect(JSON.stringify(eph.args)).not.toContain('kaboom');
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0OOPS')).toEqual([]);
  });

  it('answers a bare mention with help instead of silence', async () => {
    const ev = mention(`<@${BOT_USER_ID}>`, { channel: 'C0BARE' });
    await h.event(ev);
    // The test registry has no /help, so the asker privately learns that; the real one answers.
    await h.fake.until(() => h.fake.callsTo('chat.postEphemeral').find((c) => c.args.channel === 'C0BARE'));
    expect(questions).toEqual(['/help']);
  });
});
