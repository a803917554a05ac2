// Repeated read-only commands are answered from the rendered-reply cache: same bytes, still
// counted in the command metrics, per locale, never for errors or private replies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postSigned, slashBody } from '../fakes/slack/sign.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
const ran: string[] = [];
let dispatched = 0;

beforeAll(async () => {
  h = await startHarness({ app: { chartRenderer: async () => Buffer.from('png') } });
  h.core.onCommand((e) => ran.push(e.name));
  // Bolt's global middleware sees every request Bolt dispatches.
  h.slack.app.use(async ({ next }) => {
    dispatched++;
    await next();
  });
});
afterAll(async () => {
  await h.close();
});

const counted = async (name: string): Promise<number> =>
  (await h.metrics.commands.get()).values.filter((v) => v.labels.name === name).reduce((n, v) => n + v.value, 0);

describe('rendered-reply cache', () => {
  it('answers a repeated line with the same ack without running the core again, and counts it', async () => {
    const before = { ran: ran.length, counted: await counted('hello') };
    const a = await h.command({ command: '/hello', user_id: 'U0ALICE', channel_id: 'C0A' });
    const b = await h.command({ command: '/hello', user_id: 'U0ALICE', channel_id: 'C0B' });
    expect(b.text).toBe(a.text);
    expect(ran.length - before.ran).toBe(1);
    expect((await counted('hello')) - before.counted).toBe(1); // the core's own count is the app's observer, absent here
  });

  it('answers a cached line before Bolt dispatch, and a signature is still required', async () => {
    await h.command({ command: '/echo', text: 'shortcut' });
    const before = dispatched;
    const again = await h.command({ command: '/echo', text: 'shortcut' });
    expect(again.status).toBe(200);
    expect(again.contentType).toMatch(/^application\/json/);
    expect(again.json().text).toContain('shortcut');
    expect(dispatched).toBe(before);
    const forged = await postSigned(h.url, slashBody({ command: '/echo', text: 'shortcut' }), { secret: 'not-the-secret' });
    expect(forged.status).toBe(401);
  });

  it('keeps languages apart', async () => {
    const en = await h.command({ command: '/hello', user_id: 'U0ALICE' });
    const de = await h.command({ command: '/hello', user_id: 'U0HANS' });
    const de2 = await h.command({ command: '/hello', user_id: 'U0HANS' });
    expect(en.json().text).toBe('Lodestone: Hello!');
    expect(de.json().text).toBe('Lodestone: Hallo!');
    expect(de2.text).toBe(de.text);
  });

  it('keeps different argument text apart', async () => {
    const a = await h.command({ command: '/echo', text: 'one' });
    const b = await h.command({ command: '/echo', text: 'two' });
    expect(a.json().text).toContain('one');
    expect(b.json().text).toContain('two');
  });

  it('still uploads the chart when the answer comes from the cache', async () => {
    await h.command({ command: '/chart', channel_id: 'C0CH1' });
    await h.command({ command: '/chart', channel_id: 'C0CH2' });
    for (const channel of ['C0CH1', 'C0CH2']) {
      await h.fake.until(() => h.fake.callsTo('files.completeUploadExternal').find((c) => c.args.channel_id === channel));
    }
  });

  it('sends the follow-up messages of a long cached answer too', async () => {
    await h.command({ command: '/long', text: '12' }, 'long-a');
    await h.command({ command: '/long', text: '12' }, 'long-b');
    await h.fake.until(() => h.fake.responds.filter((r) => r.id === 'long-b').length > 0);
    await new Promise((r) => setTimeout(r, 100));
    const a = h.fake.responds.filter((r) => r.id === 'long-a').map((r) => r.body);
    const b = h.fake.responds.filter((r) => r.id === 'long-b').map((r) => r.body);
    expect(a.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });

  it('never caches errors', async () => {
    const before = ran.length;
    await h.command({ command: '/boom' });
    await h.command({ command: '/boom' });
    expect(ran.length - before).toBe(2);
  });
});

describe('without the cache', () => {
  it('runs the core for every request', async () => {
    const u = await startHarness({ app: { cacheAnswers: false } });
    const seen: string[] = [];
    u.core.onCommand((e) => seen.push(e.name));
    try {
      const a = await u.command({ command: '/hello' });
      const b = await u.command({ command: '/hello' });
      expect(b.text).toBe(a.text);
      expect(seen).toEqual(['hello', 'hello']);
    } finally {
      await u.close();
    }
  });
});
