// Charts by address (LODESTONE_PUBLIC_URL): the answer carries an image block pointing at the app's
// own HTTP server, which serves the PNG content-addressed and cacheable; nothing is uploaded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderChartPng } from '../../src/charts/index.js';
import { startHarness, type Harness } from './harness.js';
import { BOT_USER_ID } from '../fakes/slack/server.js';

const PUBLIC = 'https://lodestone.example.com';

describe('Slack charts served by address', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { LODESTONE_PUBLIC_URL: PUBLIC }, app: { chartRenderer: renderChartPng } });
  });
  afterAll(async () => {
    await h?.close();
  });

  const imageOf = (body: { blocks?: { type: string; image_url?: string; alt_text?: string }[] }): { image_url?: string; alt_text?: string } | undefined =>
    body.blocks?.find((b) => b.type === 'image');

  it('puts the chart in the answer as an image block under its text alternative, and uploads nothing', async () => {
    const res = await h.command({ command: '/chart', channel_id: 'C0CHARTS' });
    const body = res.json() as { blocks: { type: string; image_url?: string; alt_text?: string; text?: { text: string } }[] };
    const image = imageOf(body);
    expect(image?.image_url).toMatch(/^https:\/\/lodestone\.example\.com\/charts\/[0-9a-f]{32}\.png$/);
    expect(image?.alt_text).toBe('China 44, Brazil 21');
    const at = body.blocks.findIndex((b) => b.type === 'image');
    expect(body.blocks[at - 1]?.text?.text).toContain('China 44, Brazil 21');
    // A mention answered afterwards carries the same address; neither answer uploads a file.
    await h.event({ type: 'app_mention', user: 'U0ALICE', channel: 'C0CHARTS', ts: '1761200000.000200', text: `<@${BOT_USER_ID}> /chart` });
    const post = await h.fake.until(() => h.fake.callsTo('chat.postMessage').find((c) => c.args.thread_ts === '1761200000.000200'));
    expect(JSON.stringify(post.args.blocks)).toContain(image!.image_url!);
    expect(h.fake.callsTo('files.getUploadURLExternal')).toEqual([]);
    expect(h.fake.callsTo('files.completeUploadExternal')).toEqual([]);
  });

  it('serves the PNG from its own HTTP server with immutable cache headers', async () => {
    const res = await h.command({ command: '/chart' });
    const url = imageOf(res.json() as never)!.image_url!;
    const local = h.url.replace('/slack/events', new URL(url).pathname);
    const got = await fetch(local);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(got.headers.get('cache-control')).toContain('immutable');
    const png = Buffer.from(await got.arrayBuffer());
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const again = await fetch(local);
    expect(Buffer.from(await again.arrayBuffer()).equals(png)).toBe(true);
  });

  it('answers 404 for an address it never gave out and 405 for anything but GET and HEAD', async () => {
    const base = h.url.replace('/slack/events', '');
    expect((await fetch(`${base}/charts/${'0'.repeat(32)}.png`)).status).toBe(404);
    expect((await fetch(`${base}/charts/../../etc/passwd`)).status).toBe(404);
    expect((await fetch(`${base}/charts/${'0'.repeat(32)}.png`, { method: 'POST', body: 'x' })).status).toBe(405);
  });
});
