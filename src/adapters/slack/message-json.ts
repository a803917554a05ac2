// The JSON text of a Slack message, byte for byte what JSON.stringify writes, with the JSON of blocks
// that many renderings share written once and kept with the block. Serialising the ack was half of
// rendering an answer (bench: 9 of 18 µs per distinct corpus reply in a tight loop), and most of its
// characters are parts shared by every answer that carries them: a frozen table's code blocks, a
// frozen field list's sections, a frozen source list's links, the dataset footer. JSON.stringify
// writes an array as its elements' JSON joined by commas and an object as its keys in insertion
// order, so a message written element by element, with kept text for kept blocks, is the same text.
import type { SlackBlock, SlackMessage } from './blocks.js';

const kept = new WeakMap<object, string>();

/**
 * Keeps the JSON of blocks that will be shared, unchanged, by many renderings (render.ts calls it
 * where it keeps a rendering of a frozen part). Never for blocks built for one answer: their JSON is
 * written once anyway, and a kept entry would only cost its WeakMap slot.
 */
export function keepJson<T extends readonly SlackBlock[]>(blocks: T): T {
  for (const b of blocks) if (!kept.has(b)) kept.set(b, JSON.stringify(b));
  return blocks;
}

/** A block's JSON: kept, or written now. `null` where JSON.stringify writes an unserialisable element so. */
export function blockJson(b: unknown): string {
  return (typeof b === 'object' && b !== null ? kept.get(b) : undefined) ?? JSON.stringify(b) ?? 'null';
}

/** Whether a message has exactly the fields renderReply gives it, in its order (JSON.stringify's order). */
function plain(m: SlackMessage): boolean {
  const keys = Object.keys(m);
  return keys.length === 4 && keys[0] === 'text' && keys[1] === 'blocks' && keys[2] === 'unfurl_links' && keys[3] === 'unfurl_media'
    && typeof m.text === 'string' && Array.isArray(m.blocks) && m.unfurl_links === false && m.unfurl_media === false;
}

/**
 * JSON.stringify({ ...m, response_type }), for messages as renderReply makes them (any other shape
 * is handed to JSON.stringify as it is). `blocks` stands in for m.blocks (a rendering with a marker
 * block appended, see rendered.ts) without a copy of the message.
 */
export function messageJson(m: SlackMessage, responseType: string, blocks: readonly unknown[] = m.blocks): string {
  if (!plain(m)) return JSON.stringify({ ...m, blocks, response_type: responseType });
  let out = `{"text":${JSON.stringify(m.text)},"blocks":[`;
  for (let i = 0; i < blocks.length; i++) out += i ? `,${blockJson(blocks[i])}` : blockJson(blocks[i]);
  return `${out}],"unfurl_links":false,"unfurl_media":false,"response_type":${JSON.stringify(responseType)}}`;
}
