// The embed renderer: Discord's limits always hold, nothing is lost when a reply is split, text is
// shown literally (no markdown, no links, no mentions), and no input can produce a ping.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedSize, LIMITS, renderPlain, renderReply, type RenderedMessage } from '../../src/adapters/discord/render.js';
import { escapeMarkdown, maskedLink, neutraliseMentions } from '../../src/adapters/discord/escape.js';
import type { Reply } from '../../src/reply/model.js';
import { longReply } from './fixtures.js';
import { strings } from './harness.js';

function assertLimits(messages: RenderedMessage[]): void {
  expect(messages.length).toBeGreaterThan(0);
  for (const m of messages) {
    expect(m.body.allowed_mentions).toEqual({ parse: [] });
    const embeds = m.body.embeds ?? [];
    expect(embeds.length).toBeGreaterThan(0);
    expect(embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
    expect(embeds.reduce((n, e) => n + embedSize(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
    for (const e of embeds) {
      expect(e.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.title);
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
      expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
      expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
      for (const f of e.fields ?? []) {
        expect(f.name.length).toBeGreaterThan(0);
        expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
        expect(f.value.length).toBeGreaterThan(0);
        expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      }
      expect(embedSize(e) > 0 || e.image).toBeTruthy();
    }
  }
}

const allText = (messages: RenderedMessage[]): string => strings(messages.map((m) => m.body)).join('\n');

describe('discord embed renderer', () => {
  it('splits a huge reply into several messages within every limit and loses no paragraph, row or source', () => {
    const messages = renderReply(longReply());
    assertLimits(messages);
    expect(messages.length).toBeGreaterThan(1);
    const text = allText(messages);
    for (let i = 0; i < 60; i++) expect(text).toContain(`Paragraph ${i} `);
    for (let i = 0; i < 300; i++) expect(text).toMatch(new RegExp(`Country ${i} \`\u200btick\`\u200b +${i * 1000}\\b`));
    for (let i = 0; i < 30; i++) expect(text).toContain(`[Source ${i} `);
    for (let i = 0; i < 40; i++) expect(text).toContain(`Field ${i}`);
    // The footer is on the very last embed, cut to Discord's 2,048 characters.
    const last = messages.at(-1)!.body.embeds!.at(-1)!;
    expect(last.footer?.text.startsWith('FFFF')).toBe(true);
  });

  it('renders the table as code blocks whose backticks cannot close the fence', () => {
    const reply: Reply = { kind: 'answer', locale: 'en', blocks: [], sources: [], table: { columns: ['a```b'], rows: [['```'], ['x']] } };
    const d = renderReply(reply)[0]!.body.embeds![0]!.description!;
    expect(d.startsWith('```\n')).toBe(true);
    expect(d.endsWith('\n```')).toBe(true);
    expect(d.slice(4, -4)).not.toContain('```');
  });

  it('shows markdown characters literally and links only real http(s) sources', () => {
    const reply: Reply = {
      kind: 'answer', locale: 'en', title: '*bold* _it_', blocks: ['# not a heading\n> not a quote\n[x](https://evil.invalid) ||spoiler|| ~~s~~'],
      sources: [{ id: 'a', label: 'Label ](https://evil.invalid)', url: 'https://example.org/a (b)' }, { id: 'b', label: 'JS', url: 'javascript:alert(1)' }],
    };
    const [m] = renderReply(reply);
    const [e] = m!.body.embeds!;
    expect(e!.title).toBe('\\*bold\\* \\_it\\_');
    expect(e!.description).toBe('\\# not a heading\n\\> not a quote\n\\[x\\](https://evil.invalid) \\|\\|spoiler\\|\\| \\~\\~s\\~\\~');
    const sources = m!.body.embeds!.flatMap((x) => x.fields ?? []).find((f) => f.name === 'Sources')!.value;
    expect(sources).toContain('[Label \\](https://evil.invalid)](https://example.org/a%20%28b%29)');
    expect(sources).toContain('• JS');
    expect(sources).not.toContain('javascript:');
  });

  it('attaches the chart PNG as chart.png, shown as the chart embed image, and keeps the text alternative', () => {
    const reply: Reply = {
      kind: 'answer', locale: 'en', blocks: ['x'], sources: [],
      chart: { kind: 'bar', title: 'Reserves', unit: 't', bars: [{ label: 'CN', value: 1 }], alt: 'China leads with 44 Mt.' },
    };
    const [m] = renderReply(reply, { chartPng: Buffer.from('png') });
    const chart = m!.body.embeds!.find((e) => e.image)!;
    expect(chart.image).toEqual({ url: 'attachment://chart.png' });
    expect(chart.description).toBe('China leads with 44 Mt.');
    expect(m!.body.attachments).toEqual([{ id: 0, filename: 'chart.png', description: 'China leads with 44 Mt.' }]);
    expect(m!.files?.[0]).toMatchObject({ name: 'chart.png', contentType: 'image/png' });

    const [textOnly] = renderReply(reply);
    expect(textOnly!.files).toBeUndefined();
    expect(strings(textOnly!.body)).toContain('China leads with 44 Mt.');
    expect(textOnly!.body.embeds!.some((e) => e.image)).toBe(false);
  });

  it('marks ephemeral replies with flag 64 on every message and puts the delivery marker on each', () => {
    const messages = renderReply({ ...longReply(), ephemeral: true }, { marker: 'ref 0123456789' });
    for (const m of messages) {
      expect(m.body.flags).toBe(64);
      expect(m.body.embeds!.at(-1)!.footer!.text.endsWith('ref 0123456789')).toBe(true);
    }
    assertLimits(messages);
  });

  it('renders plain hints with link previews suppressed and nothing parsed', () => {
    const m = renderPlain('see https://example.org @everyone');
    expect(m.body.flags).toBe(4);
    expect(m.body.content).not.toMatch(/@everyone/);
    expect(m.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('never lets arbitrary text form a ping, and always stays within limits', () => {
    const ping = fc.constantFrom('@everyone', '@here', '@EVERYONE', '<@123456789012345678>', '<@!123456789012345678>', '<@&123456789012345678>', '<#123456789012345678>', '@\u200beveryone', '\\@here', '<\\@&1>', '`@everyone`', '```@here```');
    const text = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), ping, fc.constantFrom('<', '@', '&', '!', '\\', '`', '*', '\n', '123')), { maxLength: 12 }).map((parts) => parts.join(''));
    const reply = fc.record({
      title: text, blocks: fc.array(text, { maxLength: 4 }), field: text, cell: text, label: text, url: fc.oneof(fc.webUrl(), text), footer: text, suggestion: text, alt: text,
    });
    fc.assert(
      fc.property(reply, (r) => {
        const rendered = [
          ...renderReply({
            kind: 'answer', locale: 'en', title: r.title, blocks: r.blocks, fields: [{ label: r.field, value: r.field }],
            table: { columns: [r.cell], rows: [[r.cell]] }, sources: [{ id: 's', label: r.label, url: r.url }], footer: r.footer, suggestions: [r.suggestion],
            chart: { kind: 'bar', title: r.title, unit: 't', bars: [], alt: r.alt },
          }, { chartPng: Buffer.from('x') }),
          renderPlain(r.title),
        ];
        assertLimits(rendered.filter((m) => m.body.embeds));
        for (const m of rendered) {
          expect(m.body.allowed_mentions.parse).toEqual([]);
          for (const s of strings(m.body)) {
            expect(s).not.toMatch(/@(everyone|here)/i);
            expect(s).not.toMatch(/<@[!&]?\d+>/);
            expect(s).not.toMatch(/<#\d+>/);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('escape helpers: a literal rendering of any string, mentions broken', () => {
    expect(escapeMarkdown('1. first\n- item')).toBe('1\\. first\n\\- item');
    expect(neutraliseMentions('@everyone <@&1> <@!2> <#3>')).toBe('@\u200beveryone <\u200b@&1> <\u200b@!2> <\u200b#3>');
  });

  it('links a source the same way every time, and never confuses two label/URL pairs', () => {
    const a = maskedLink('USGS *MCS*', 'https://example.org/a');
    expect(maskedLink('USGS *MCS*', 'https://example.org/a')).toBe(a);
    expect(a).toBe('[USGS \\*MCS\\*](https://example.org/a)');
    // Pairs whose concatenations are equal must still differ.
    expect(maskedLink('b', 'https://example.org/a')).not.toBe(maskedLink('/ab', 'https://example.org'));
    expect(maskedLink('@everyone', undefined)).toBe('@\u200beveryone');
    expect(maskedLink('x', 'javascript:alert(1)')).toBe('x');
  });
});
