// Escaping, as properties over arbitrary strings (fast-check): nothing a user or the dataset writes
// can become a mention, a broadcast or a link once rendered for Slack.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/reply/model.js';
import { clipEscaped, escapeMrkdwn, escapePlain, mrkdwnLink, unescapeSlack } from '../../src/adapters/slack/escape.js';
import { renderReply } from '../../src/adapters/slack/render.js';
import { safeText } from '../../src/reply/safe-text.js';
import { splitForSlack } from '../../src/adapters/slack/text-split.js';
import { expectWithinLimits } from './limits.js';

/** Strings rich in the characters that matter: <, >, &, |, @, !, #, ^ and mention-like fragments. */
const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.constantFrom('<', '>', '&', '|', '@', '!', '#', '^', 'channel', 'here', 'everyone', 'U123', 'C1', 'subteam', 'https://evil.example', 'lt;', 'gt;', 'amp;', ' ', '\n', '`', '*', '\u2060'), { maxLength: 60 }).map((a) => a.join('')),
);

/** A control sequence Slack would act on: <!…>, <@…>, <#…>, or a link <scheme:…>. */
const CONTROL = /<[!@#]|<[a-z][a-z0-9+.-]*:/i;
const BROADCAST = /@(channel|here|everyone)\b/i;
/** Removes the invisible joiner escapeMrkdwn puts after "@" in broadcast keywords. */
const dejoin = (s: string): string => s.replace(/@\u2060(?=(channel|here|everyone))/gi, '@');

describe('escapeMrkdwn', () => {
  it('never leaves an angle bracket or a broadcast keyword, and reads back as the input', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const e = escapeMrkdwn(s);
        expect(e).not.toMatch(/[<>]/);
        expect(e).not.toMatch(BROADCAST);
        // Every & starts one of our entities, so Slack shows exactly the text (minus the invisible joiner).
        expect(e.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
        // …less the control and bidi characters, which never reach Slack (src/reply/safe-text.ts).
        expect(dejoin(unescapeSlack(e))).toBe(dejoin(safeText(s)));
      }),
      { numRuns: 2_000 },
    );
  });

  it('clipping escaped text never cuts an entity in half', () => {
    fc.assert(
      fc.property(hostile, fc.integer({ min: 2, max: 120 }), (s, max) => {
        const c = clipEscaped(escapeMrkdwn(s), max);
        expect(c.length).toBeLessThanOrEqual(Math.max(max, 1));
        expect(c.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('escapePlain and links', () => {
  it('plain text never contains an angle bracket or a broadcast keyword', () => {
    fc.assert(fc.property(hostile, (s) => {
      const e = escapePlain(s);
      expect(e).not.toMatch(/[<>]/);
      expect(e).not.toMatch(BROADCAST);
    }), { numRuns: 1_000 });
  });

  it('a link is either <http(s)://…|label> with one delimiter and no nested brackets, or a plain label', () => {
    fc.assert(fc.property(hostile, hostile, (url, label) => {
      const link = mrkdwnLink(url, label);
      if (link.startsWith('<')) {
        expect(link).toMatch(/^<https?:\/\/[^<>|\s]+\|[^<>|]*>$/);
      } else {
        expect(link).not.toMatch(/[<>]/);
      }
      expect(link).not.toMatch(BROADCAST);
    }), { numRuns: 1_000 });
  });
});

describe('splitForSlack', () => {
  it('keeps every escaped piece within the limit and loses no non-space character', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 3_000 }), fc.integer({ min: 20, max: 400 }), (s, max) => {
      const pieces = splitForSlack(s, max);
      for (const p of pieces) expect(escapeMrkdwn(p).length).toBeLessThanOrEqual(max);
      expect(pieces.join('').replace(/\s/g, '')).toBe(s.replace(/\s/g, ''));
    }), { numRuns: 300 });
  });
});

describe('renderReply with arbitrary text everywhere', () => {
  const reply = fc.record({
    title: fc.option(hostile, { nil: undefined }),
    blocks: fc.array(hostile, { maxLength: 6 }),
    fields: fc.array(fc.record({ label: hostile, value: hostile, inline: fc.boolean() }), { maxLength: 14 }),
    table: fc.option(fc.record({ columns: fc.array(hostile, { minLength: 1, maxLength: 4 }), rows: fc.array(fc.array(hostile, { maxLength: 4 }), { maxLength: 8 }) }), { nil: undefined }),
    sources: fc.array(fc.record({ id: fc.string(), label: hostile, url: fc.option(fc.oneof(fc.webUrl(), hostile), { nil: undefined }) }), { maxLength: 12 }),
    footer: fc.option(hostile, { nil: undefined }),
    suggestions: fc.array(hostile, { maxLength: 5 }),
    kind: fc.constantFrom('answer', 'error', 'briefing'),
    locale: fc.constantFrom('en', 'de'),
  });

  it('renders no control sequence outside our own source links, and stays within limits', () => {
    fc.assert(
      fc.property(reply, (r) => {
        const messages = renderReply(r as Reply);
        for (const m of messages) {
          expectWithinLimits(m);
          const texts = [m.text, ...m.blocks.flatMap((b) => ('text' in b ? [b.text.text] : 'fields' in b ? b.fields.map((f) => f.text) : 'elements' in b ? b.elements.map((e) => (typeof e.text === 'string' ? e.text : e.text.text)) : []))];
          for (const t of texts) {
            // Our source links are the only "<" allowed; remove them and nothing control-like remains.
            const withoutLinks = t.replace(/<https?:\/\/[^<>|\s]+\|[^<>|]*>/g, '');
            expect(withoutLinks).not.toMatch(CONTROL);
            expect(withoutLinks).not.toMatch(/[<>]/);
            expect(t).not.toMatch(BROADCAST);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('typedText', () => {
  it('is unescapeSlack with whitespace runs as one space, trimmed, on any text', async () => {
    const { typedText } = await import('../../src/adapters/slack/escape.js');
    const spaced = fc.array(fc.constantFrom('a', 'Ä', 'ß', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '&amp;', '&lt;', '&', '?', 'é', '中', '😀'), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(fc.property(fc.oneof(hostile, spaced, fc.string({ unit: 'binary' })), (s) => {
      expect(typedText(s)).toBe(unescapeSlack(s).replace(/\s+/g, ' ').trim());
    }), { numRuns: 2_000 });
  });
});
