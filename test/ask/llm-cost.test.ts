// Cost and speed of the model path: rate limits, the answer cache, token accounting and bounded
// thread context, with the real openai client against the loopback fake server.
import { afterEach, describe, expect, it } from 'vitest';
import { harness, fixtureDataset, type Harness } from './llm-fixture.js';
import { text, toolCall, toolResults, type FakeRequest, type FakeResponse } from '../fakes/openai/server.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.fake.close();
  h = undefined;
});

/** A "model" that looks up whatever country the question names and repeats the tool result's first line. */
const echoModel = (req: FakeRequest): FakeResponse => {
  const results = toolResults(req.body);
  if (results.length) return text(results[0]!.split('\n')[1]!);
  const q = req.body.messages.at(-1)?.content ?? '';
  const country = /vietnam/i.test(q) ? 'Vietnam' : /brazil|brasilien/i.test(q) ? 'Brazil' : 'China';
  return toolCall('reserves', { country });
};

describe('rate limits', () => {
  it('answers a user over the limit with a clear reply, without calling the model', async () => {
    h = await harness(echoModel, { ASK_USER_PER_MINUTE: '2', ASK_CHANNEL_PER_MINUTE: '100' });
    await h.service.answer('Vietnam reserves', h.ctx());
    await h.service.answer('Brazil reserves', h.ctx());
    const calls = h.fake.requests.length;
    const limited = await h.service.answer('China reserves', h.ctx());
    expect(limited.trace.path).toBe('rate_limited');
    expect(limited.reply).toMatchObject({ kind: 'error', ephemeral: true });
    expect(limited.reply.blocks[0]).toMatch(/^You have asked a lot of questions in the last minute\. Please wait \d+ s/);
    expect(h.fake.requests.length).toBe(calls);
    // Another user in the same channel is not affected.
    expect((await h.service.answer('China reserves', h.ctx({ user: 'U2' }))).trace.path).toBe('model');
  });

  it('limits a busy channel across users, in German when asked in German', async () => {
    h = await harness(echoModel, { ASK_USER_PER_MINUTE: '10', ASK_CHANNEL_PER_MINUTE: '2' });
    await h.service.answer('Vietnam reserves', h.ctx({ user: 'A' }));
    await h.service.answer('Brazil reserves', h.ctx({ user: 'B' }));
    const limited = await h.service.answer('China Reserven', h.ctx({ user: 'C', locale: 'de' }));
    expect(limited.trace.path).toBe('rate_limited');
    expect(limited.reply.blocks[0]).toMatch(/^Dieser Kanal hat/);
  });
});

describe('answer cache', () => {
  it('answers a repeated question (any case and punctuation) from the cache without a model call', async () => {
    h = await harness(echoModel);
    const first = await h.service.answer('How large are Vietnam\'s reserves?', h.ctx());
    const calls = h.fake.requests.length;
    const again = await h.service.answer('  how large are VIETNAM\'S reserves ', h.ctx({ user: 'U9' }));
    expect(again.trace.path).toBe('cache');
    expect(again.reply).toEqual(first.reply);
    expect(h.fake.requests.length).toBe(calls);
  });

  it('keys the cache by language and dataset version', async () => {
    h = await harness(echoModel);
    await h.service.answer('Vietnam reserves', h.ctx());
    expect((await h.service.answer('Vietnam reserves', h.ctx({ locale: 'de' }))).trace.path).toBe('model');
    h.core.datasets.swap(fixtureDataset('test-2'));
    expect((await h.service.answer('Vietnam reserves', h.ctx())).trace.path).toBe('model');
  });

  it('asks the model once for the same question arriving twice at the same time', async () => {
    h = await harness((req) => ({ ...echoModel(req), delayMs: 50 }));
    const [a, b] = await Promise.all([
      h.service.answer('Vietnam reserves', h.ctx({ user: 'A' })),
      h.service.answer('vietnam reserves?', h.ctx({ user: 'B' })),
    ]);
    expect(a.trace.path).toBe('model');
    expect(b.trace.path).toBe('cache');
    expect(b.reply).toEqual(a.reply);
    expect(h.fake.requests).toHaveLength(2);
  });

  it('does not cache fallbacks', async () => {
    h = await harness([text('no tool'), toolCall('reserves', { country: 'China' }), text('China: {{f:2}}.')]);
    expect((await h.service.answer('China reserves', h.ctx())).trace.path).toBe('fallback');
    expect((await h.service.answer('China reserves', h.ctx())).trace.path).toBe('model');
  });
});

describe('tokens', () => {
  it('counts prompt and completion tokens per answer and in the metrics', async () => {
    h = await harness(echoModel);
    const { trace } = await h.service.answer('Vietnam reserves', h.ctx());
    const expectedPrompt = h.fake.requests.reduce((n, r) => n + r.promptTokens, 0);
    expect(trace.promptTokens).toBe(expectedPrompt);
    expect(trace.completionTokens).toBeGreaterThan(0);
    expect(await h.metric('lodestone_model_tokens_total', { kind: 'prompt' })).toBe(expectedPrompt);
    expect(await h.metric('lodestone_model_tokens_total', { kind: 'completion' })).toBe(trace.completionTokens);
    expect(await h.metric('lodestone_model_calls_total', { outcome: 'ok' })).toBe(2);
  });

  it('estimates tokens by the stated rule when a server reports no usage', async () => {
    h = await harness([{ ...toolCall('reserves', { country: 'China' }), noUsage: true }, { ...text('China: {{f:2}}.'), noUsage: true }]);
    const { trace } = await h.service.answer('China reserves', h.ctx());
    expect(trace.promptTokens).toBeGreaterThan(0);
    expect(trace.completionTokens).toBe(Math.ceil('China: 44 Mt.'.length / 4) + Math.ceil(('reserves' + '{"country":"China"}').length / 4));
  });
});

describe('thread context', () => {
  it('gives a follow-up in a thread the earlier turns, bounded, and never caches it', async () => {
    h = await harness(echoModel);
    await h.service.answer('How large are China\'s reserves?', h.ctx({ thread: 't1' }));
    const before = h.fake.requests.length;
    const follow = await h.service.answer('and what about that other one, Vietnam?', h.ctx({ thread: 't1' }));
    expect(follow.trace.path).toBe('model');
    const sent = h.fake.requests[before]!.body.messages;
    expect(sent.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(sent[1]!.content).toContain('China');
    expect(sent[2]!.content).toContain('44,000,000 t');
    // Another thread, or no thread, has no such context.
    await h.service.answer('Brazil reserves', h.ctx({ thread: 't2' }));
    expect(h.fake.requests.at(-2)!.body.messages).toHaveLength(2);
  });

  it('lets an off-beat-sounding follow-up through in a thread, but not outside one', async () => {
    h = await harness(echoModel);
    await h.service.answer('China reserves', h.ctx({ thread: 't1' }));
    expect((await h.service.answer('and the other one?', h.ctx())).trace.path).toBe('refused');
    expect((await h.service.answer('and the other one?', h.ctx({ thread: 't1' }))).trace.path).not.toBe('refused');
  });

  it('keeps at most three earlier turns per thread', async () => {
    h = await harness(echoModel);
    for (const c of ['China', 'Vietnam', 'Brazil', 'China', 'Vietnam']) await h.service.answer(`${c} reserves`, h.ctx({ thread: 't3' }));
    const last = h.fake.requests.at(-2)!.body.messages;
    expect(last.filter((m) => m.role === 'assistant' && !m.tool_calls)).toHaveLength(3);
  });
});
