// Repeated cacheable commands are answered from the core's reply cache, rendered once: same bytes,
// counted once by the core, per locale, never for failures or private replies.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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

describe('cached answers', () => {
  it('answers a repeated line with the same ack without running the command again, and the core counts both', async () => {
    const run = vi.spyOn(h.core.registry.get('hello')!, 'run');
    const before = ran.length;
    const a = await h.command({ command: '/hello', user_id: 'U0ALICE', channel_id: 'C0A' });
    const b = await h.command({ command: '/hello', user_id: 'U0ALICE', channel_id: 'C0B' });
    expect(b.text).toBe(a.text);
    expect(run).toHaveBeenCalledTimes(1);
    expect(ran.slice(before)).toEqual(['hello', 'hello']);
    run.mockRestore();
  });

  it('answers an offline /ask in the ack, and a repeat from the cache without running it again', async () => {
    const run = vi.spyOn(h.core.registry.get('ask')!, 'run');
    const first = await h.command({ command: '/ask', text: 'why', user_id: 'U0ALICE' }, 'ask-1');
    expect(first.json().text).toContain('Answer to why');
    const again = await h.command({ command: '/ask', text: 'why', user_id: 'U0ALICE' }, 'ask-2');
    expect(again.text).toBe(first.text);
    expect(run).toHaveBeenCalledTimes(1);
    run.mockRestore();
  });

  it('answers a question to the namespaced command in the ack, and again from the cache', async () => {
    const q = 'How large are Brazil\'s reserves?';
    const first = await h.command({ command: '/lodestone', text: q, user_id: 'U0ALICE' }, 'q-1');
    expect(JSON.stringify(first.json())).toContain('Brazil');
    const again = await h.command({ command: '/lodestone', text: q, user_id: 'U0ALICE' }, 'q-2');
    expect(again.text).toBe(first.text);
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
    // Follow-ups go out one after the other: wait for as many as the first answer had (or time out).
    await h.fake.until(() => h.fake.responds.filter((r) => r.id === 'long-b').length >= h.fake.responds.filter((r) => r.id === 'long-a').length || undefined).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 100));
    const a = h.fake.responds.filter((r) => r.id === 'long-a').map((r) => r.body);
    const b = h.fake.responds.filter((r) => r.id === 'long-b').map((r) => r.body);
    expect(a.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });

  it('never caches failures', async () => {
    const run = vi.spyOn(h.core.registry.get('boom')!, 'run');
    await h.command({ command: '/boom' });
    await h.command({ command: '/boom' });
    expect(run).toHaveBeenCalledTimes(2);
    run.mockRestore();
  });
});

describe('without the cache', () => {
  it('runs the command for every request', async () => {
    const u = await startHarness({ replyCacheEntries: 0 });
    const run = vi.spyOn(u.core.registry.get('hello')!, 'run');
    try {
      const a = await u.command({ command: '/hello' });
      const b = await u.command({ command: '/hello' });
      expect(b.text).toBe(a.text);
      expect(run).toHaveBeenCalledTimes(2);
    } finally {
      await u.close();
    }
  });
});
