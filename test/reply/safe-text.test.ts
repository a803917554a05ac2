// Echoed user text is safe on every renderer: whatever a user types, no reply carries a lone
// surrogate (Discord rejects the message), a bidi override or isolate (text that displays as
// something else) or a control character — and cuts fall between graphemes, not inside an emoji.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { echo, quoteInput } from '../../src/commands/common.js';
import type { Reply } from '../../src/reply/model.js';
import { graphemePrefix, safeText, truncateGraphemes, UNSAFE_TEXT } from '../../src/reply/safe-text.js';
import { renderText } from '../../src/reply/text.js';
import { renderReply as renderSlack } from '../../src/adapters/slack/render.js';
import { renderReply as renderDiscord } from '../../src/adapters/discord/render.js';

const NASTY = ['\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', '\u061c', '\u0000', '\u0007', '\u001b[2J', '\u0085', '\u009b', '\r', '\u2028',
  '\ud83d', '\ude00', '👍🏽', '👨‍👩‍👧‍👦', '🇩🇪', 'é', 'e\u0301', '@everyone', '<@123>', 'China', ' '];

/** User text: any UTF-16 units (lone surrogates included), graphemes, and the characters that matter. */
const userText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 120 }),
  fc.array(fc.constantFrom(...NASTY), { maxLength: 80 }).map((a) => a.join('')),
);

/** Every string anywhere in a rendered payload. */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object' && !Buffer.isBuffer(v)) return Object.values(v).flatMap(strings);
  return [];
}

const expectSafe = (v: unknown): void => {
  for (const s of strings(v)) expect(s).not.toMatch(UNSAFE_TEXT);
};

describe('safeText and grapheme truncation', () => {
  it('safeText leaves nothing unsafe and keeps safe text as is', () => {
    fc.assert(fc.property(userText, (s) => {
      expect(safeText(s)).not.toMatch(UNSAFE_TEXT);
      expect(safeText(safeText(s))).toBe(safeText(s));
    }), { numRuns: 2_000 });
    expect(safeText('Reserven von China 🇨🇳\nzweite Zeile')).toBe('Reserven von China 🇨🇳\nzweite Zeile');
    expect(safeText('abc\u202egpj.exe')).toBe('abcgpj.exe');
  });

  it('truncation respects the limit, keeps a prefix and never splits a grapheme', () => {
    const seg = new Intl.Segmenter('und', { granularity: 'grapheme' });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.integer({ min: 1, max: 90 }), (s, max) => {
      const t = truncateGraphemes(s, max);
      expect(t.length).toBeLessThanOrEqual(Math.max(max, 1));
      if (s.length <= max) {
        expect(t).toBe(s);
        return;
      }
      const head = t.slice(0, -1);
      expect(s.startsWith(head.trimEnd())).toBe(true);
      // The head ends exactly where one of the input's grapheme clusters ends.
      const ends = new Set([0, ...[...seg.segment(s)].map((g) => g.index + g.segment.length)]);
      expect(ends.has(graphemePrefix(s, max - 1).length)).toBe(true);
      // Cleaning is safeText's job (callers run it first); a cut never makes clean text unsafe, as a
      // cut inside a surrogate pair would. Generated graphemes may hold U+2028 themselves.
      if (!UNSAFE_TEXT.test(s)) expect(t).not.toMatch(UNSAFE_TEXT);
    }), { numRuns: 2_000 });
  });

  it('a family emoji or a flag at the cut is dropped whole', () => {
    expect(truncateGraphemes(`${'a'.repeat(8)}👨‍👩‍👧‍👦`, 10)).toBe(`${'a'.repeat(8)}…`);
    expect(truncateGraphemes('ab🇩🇪🇩🇪', 7)).toBe('ab🇩🇪…');
    expect(truncateGraphemes('ab🇩🇪🇩🇪', 6)).toBe('ab…');
    expect(truncateGraphemes('abe\u0301cdef', 4)).toBe('ab…');
  });
});

describe('echoed user text on every renderer', () => {
  const replyWith = (q: string): Reply => ({
    kind: 'error',
    locale: 'en',
    title: `No match for ${quoteInput(q)}`,
    blocks: [`There is no country ${quoteInput(q)}.`, echo(q, 20)],
    fields: [{ label: echo(q, 30), value: quoteInput(q) }],
    sources: [],
    suggestions: [`/reserves ${echo(q, 40)}`],
    footer: `You typed ${quoteInput(q, 60)}`,
  });

  it('echo and quoteInput never carry a lone surrogate, bidi control or control character', () => {
    fc.assert(fc.property(userText, fc.integer({ min: 2, max: 100 }), (s, max) => {
      const e = echo(s, max);
      expect(e).not.toMatch(UNSAFE_TEXT);
      expect(e).not.toMatch(/\n|\t/);
      expect(quoteInput(s, max)).not.toMatch(UNSAFE_TEXT);
    }), { numRuns: 2_000 });
  });

  it('the console, Slack and Discord renderings of a reply echoing user text are all safe', () => {
    fc.assert(fc.property(userText, (s) => {
      const reply = replyWith(s);
      expectSafe(renderText(reply));
      expectSafe(renderSlack(reply));
      expectSafe(renderDiscord(reply).map((m) => m.body));
    }), { numRuns: 500 });
  });

  it('renderers also clean raw text that did not pass through echo (model or dataset text)', () => {
    fc.assert(fc.property(userText, (s) => {
      const raw: Reply = { kind: 'answer', locale: 'de', title: s, blocks: [s, s.repeat(40)], fields: [{ label: s, value: s }], table: { columns: [s], rows: [[s]] }, sources: [{ id: 'x', label: s }], suggestions: [s], footer: s };
      expectSafe(renderText(raw));
      expectSafe(renderSlack(raw));
      expectSafe(renderDiscord(raw).map((m) => m.body));
    }), { numRuns: 300 });
  });
});
