// A shared rendering's ack with per-answer buttons spliced into its JSON must be byte for byte the
// JSON of the whole payload, whatever the reply's text holds.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Reply } from '../../src/reply/model.js';
import { renderReply } from '../../src/adapters/slack/render.js';
import { answerButtons, withButtons } from '../../src/adapters/slack/buttons.js';
import { Rendered } from '../../src/adapters/slack/rendered.js';

const reply = (text: string, paragraphs = 1): Reply => ({
  kind: 'answer', locale: 'en', title: text.slice(0, 40), blocks: Array.from({ length: paragraphs }, (_, i) => `${i} ${text}`),
  sources: [{ id: 's', label: text || 'label', url: 'https://example.org/a' }], footer: text, suggestions: [`/reserves ${text}`],
});

const whole = (r: Reply, typed: string): string => {
  const messages = withButtons(renderReply(r), answerButtons(r, { command: 'reserves', text: typed }));
  return JSON.stringify({ ...messages[0]!, response_type: 'in_channel' });
};

describe('Rendered.withActions', () => {
  it('splices the buttons into the shared ack JSON exactly as serializing the whole payload would', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (text, typed) => {
      const r = reply(text);
      const shared = new Rendered(renderReply(r), 'in_channel');
      expect(shared.withActions(answerButtons(r, { command: 'reserves', text: typed })).ackJson()).toBe(whole(r, typed));
    }));
  });

  it('is right when the reply quotes the splice marker itself', () => {
    const r = reply('\u0000lodestone:actions\u0000 "\\u0000lodestone:actions\\u0000"');
    const shared = new Rendered(renderReply(r), 'in_channel');
    expect(shared.withActions(answerButtons(r, { command: 'reserves', text: 'x' })).ackJson()).toBe(whole(r, 'x'));
  });

  it('leaves the ack of a several-message answer as it is and puts the buttons under the last message', () => {
    const r = reply('word '.repeat(2_000), 6);
    const messages = renderReply(r);
    expect(messages.length).toBeGreaterThan(1);
    const shared = new Rendered(messages, 'in_channel');
    const out = shared.withActions(answerButtons(r, { command: 'reserves', text: 'x' }));
    expect(out.ackJson()).toBe(shared.ackJson());
    expect(out.messages.at(-1)!.blocks.at(-1)!.type).toBe('actions');
    expect(shared.messages.at(-1)!.blocks.at(-1)!.type).not.toBe('actions');
  });

  it('is the rendering itself when there are no buttons', () => {
    const shared = new Rendered(renderReply(reply('a')), 'ephemeral');
    expect(shared.withActions(undefined)).toBe(shared);
  });
});

describe('renderAll', () => {
  it('renders a shared (frozen) reply once, with the buttons of each answer', async () => {
    const { renderAll } = await import('../../src/adapters/slack/render-answer.js');
    const { commandStyle } = await import('../../src/adapters/slack/command-style.js');
    const { createRegistry } = await import('../../src/commands/index.js');
    const { deepFreeze } = await import('../../src/commands/reply-cache.js');
    const rt = { style: commandStyle(createRegistry()), chartImages: undefined } as unknown as Parameters<typeof renderAll>[0];
    const shared = deepFreeze(reply('China'));
    const a = renderAll(rt, shared, { command: 'reserves', text: 'china' });
    const b = renderAll(rt, shared, { command: 'reserves', text: 'CN' });
    expect(a.ackJson()).not.toBe(b.ackJson());
    expect(a.ackJson()).toBe(renderAll(rt, { ...shared }, { command: 'reserves', text: 'china' }).ackJson());
    expect(b.ackJson()).toBe(renderAll(rt, { ...shared }, { command: 'reserves', text: 'CN' }).ackJson());
    // The part without buttons is one object for both answers.
    expect(a.messages[0]!.blocks[0]).toBe(b.messages[0]!.blocks[0]);
  });
});

describe('messageJson', () => {
  it('writes what JSON.stringify writes, with and without kept blocks', async () => {
    const { keepJson, messageJson } = await import('../../src/adapters/slack/message-json.js');
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: 1, max: 4 }), fc.boolean(), (text, paragraphs, keep) => {
      const r = reply(text, paragraphs);
      for (const m of renderReply(r)) {
        if (keep) keepJson(m.blocks.slice(1));
        expect(messageJson(m, 'in_channel')).toBe(JSON.stringify({ ...m, response_type: 'in_channel' }));
        const odd = { ...m, thread_ts: '1.2' } as typeof m;
        expect(messageJson(odd, 'ephemeral')).toBe(JSON.stringify({ ...odd, response_type: 'ephemeral' }));
      }
    }));
  });
});

describe('answerActions', () => {
  it('gives the JSON of its block as JSON.stringify writes it', async () => {
    const { answerActions } = await import('../../src/adapters/slack/buttons.js');
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.constantFrom('en' as const, 'de' as const), fc.boolean(), fc.boolean(), (typed, locale, sources, question) => {
      const r = { ...reply('x'), locale, sources: sources ? reply('x').sources : [] };
      const a = answerActions(r, question ? { question: typed } : { command: 'reserves', text: typed });
      if (a) expect(a.json).toBe(JSON.stringify(a.block));
    }));
  });
});
