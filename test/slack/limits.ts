// Slack's Block Kit limits as assertions over a message payload.
import { expect } from 'vitest';

interface Text {
  type: string;
  text: string;
}
interface Block {
  type: string;
  text?: Text;
  fields?: Text[];
  elements?: Text[];
}

export function expectWithinLimits(message: unknown): void {
  const m = message as { text?: unknown; blocks?: Block[]; unfurl_links?: unknown; unfurl_media?: unknown };
  expect(typeof m.text, 'fallback text is set').toBe('string');
  expect((m.text as string).length).toBeGreaterThan(0);
  expect((m.text as string).length).toBeLessThanOrEqual(40_000);
  // JSON payloads carry booleans; the Web API's form encoding carries "false".
  expect(String(m.unfurl_links)).toBe('false');
  expect(String(m.unfurl_media)).toBe('false');
  const blocks = m.blocks ?? [];
  expect(blocks.length).toBeGreaterThan(0);
  expect(blocks.length).toBeLessThanOrEqual(50);
  let total = 0;
  for (const b of blocks) {
    if (b.type === 'header') {
      expect(b.text!.type).toBe('plain_text');
      expect(b.text!.text.length).toBeLessThanOrEqual(150);
      expect(b.text!.text.length).toBeGreaterThan(0);
      total += b.text!.text.length;
    } else if (b.type === 'section') {
      if (b.text) {
        expect(b.text.text.length).toBeLessThanOrEqual(3000);
        expect(b.text.text.length).toBeGreaterThan(0);
        total += b.text.text.length;
      }
      if (b.fields) {
        expect(b.fields.length).toBeLessThanOrEqual(10);
        for (const f of b.fields) {
          expect(f.text.length).toBeLessThanOrEqual(2000);
          total += f.text.length;
        }
      }
      expect(Boolean(b.text) || Boolean(b.fields?.length)).toBe(true);
    } else if (b.type === 'context') {
      expect(b.elements!.length).toBeGreaterThan(0);
      expect(b.elements!.length).toBeLessThanOrEqual(10);
      for (const e of b.elements!) {
        expect(e.text.length).toBeLessThanOrEqual(3000);
        total += e.text.length;
      }
    } else if (b.type === 'actions') {
      const buttons = b.elements as unknown as { type: string; action_id: string; text: Text; value: string }[];
      expect(buttons.length).toBeGreaterThan(0);
      expect(buttons.length).toBeLessThanOrEqual(25);
      for (const e of buttons) {
        expect(e.type).toBe('button');
        expect(e.text.type).toBe('plain_text');
        expect(e.text.text.length).toBeLessThanOrEqual(75);
        expect(e.value.length).toBeLessThanOrEqual(2000);
        expect(e.action_id.length).toBeLessThanOrEqual(255);
      }
    } else {
      expect(b.type).toBe('divider');
    }
  }
  // Well under the size at which Slack answers msg_blocks_too_long.
  expect(total).toBeLessThanOrEqual(12_000);
}
