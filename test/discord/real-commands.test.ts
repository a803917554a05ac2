// The "done when", on loopback: the real command registry and the bundled dataset behind the
// Discord bot — /reserves with autocomplete, /element, and mentions in English and German.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistry } from '../../src/commands/index.js';
import { loadDataset } from '../../src/dataset/load.js';
import { startHarness, str, strings, sub, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  const loaded = await loadDataset();
  if (!loaded.ok) throw new Error(`bundled dataset invalid: ${JSON.stringify(loaded.errors.slice(0, 3))}`);
  h = await startHarness({ registry: createRegistry(), dataset: loaded.dataset, bot: { deferAfterMs: 2_000 } });
});
afterAll(async () => {
  await h?.close();
});

const fieldNames = (body: { embeds: { fields?: { name: string }[] }[] }): string[] => body.embeds.flatMap((e) => (e.fields ?? []).map((f) => f.name));

describe('discord with the real commands and dataset', () => {
  it('autocompletes /reserves country, and the chosen value answers with a sourced figure', async () => {
    const ac = await h.autocomplete('reserves', [str('country', 'bra', true)]);
    expect(ac.body.data.choices[0]).toEqual({ name: 'Brazil (BR)', value: 'BR' });
    const { callback } = await h.command('reserves', [str('country', 'BR')]);
    expect(callback.body.type).toBe(4);
    const body = callback.body.data;
    expect(body.embeds[0].title).toMatch(/Brazil/);
    expect(fieldNames(body)).toContain('Sources');
    expect(strings(body).join(' ')).toMatch(/\]\(https:\/\//);
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers /element in German for a German user, with German autocomplete labels', async () => {
    const ac = await h.autocomplete('element', [str('element', 'neo', true)], { locale: 'de' });
    expect(ac.body.data.choices[0]).toEqual({ name: 'Neodym (Nd)', value: 'Nd' });
    const { callback } = await h.command('element', [str('element', 'europium')], { locale: 'de' });
    const body = callback.body.data;
    expect(body.embeds[0].title).toBe('Europium (Eu)');
    expect(body.embeds[0].description).toMatch(/Ordnungszahl 63/);
    expect(fieldNames(body)).toContain('Quellen');
  });

  it('answers an English mention in its thread and a German mention in German', async () => {
    const en = h.message({ channel: h.fake.thread, content: `<@${h.fake.bot.id}> how large are Brazil's reserves?`, mentions: [h.fake.bot] });
    const r1 = await h.fake.rest.waitFor((r) => r.method === 'POST' && r.body?.message_reference?.message_id === en.id, 20_000);
    expect(r1.path).toBe(`/channels/${h.fake.thread.id}/messages`);
    expect(strings(r1.body.embeds).join(' ')).toMatch(/Brazil/);
    const de = h.message({ content: `<@${h.fake.bot.id}> wie groß sind die Reserven von Vietnam?`, mentions: [h.fake.bot] });
    const r2 = await h.fake.rest.waitFor((r) => r.method === 'POST' && r.body?.message_reference?.message_id === de.id, 20_000);
    expect(strings(r2.body.embeds).join(' ')).toMatch(/Vietnam — Reserven \(Seltene Erden\)/);
    expect(r2.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('answers the world ranking with the chart attached and its table as code', async () => {
    const { payload, callback } = await h.command('reserves');
    const answer = callback.body.type === 4 ? callback : await h.fake.rest.waitFor((r) => r.method === 'PATCH' && r.path.includes(String(payload.token)), 20_000);
    const body = answer.body.type === 4 ? answer.body.data : answer.body;
    const all = strings(body).join('\n');
    expect(all).toContain('```');
    expect(answer.files[0]).toMatchObject({ filename: 'chart.png', type: 'image/png' });
    expect(body.embeds.some((e: { image?: { url: string } }) => e.image?.url === 'attachment://chart.png')).toBe(true);
    // The text alternative stays beside the picture.
    expect(all).toMatch(/Bar chart of reserves by country/);
  });

  it('refuses /digest subscribe privately where digests are not configured', async () => {
    const { payload, callback } = await h.command('digest', [sub('subscribe', [str('time', '08:00')])], { permissions: ((1n << 4n) | (1n << 31n)).toString() });
    expect(callback.body).toEqual({ type: 5, data: { flags: 64 } });
    const edit = await h.fake.rest.waitFor((r) => r.method === 'PATCH' && r.path.includes(String(payload.token)));
    expect(strings(edit.body).join(' ')).toMatch(/not configured/);
  });

  it('lists every command in /help', async () => {
    const { callback } = await h.command('help');
    const text = strings(callback.body.data).join(' ');
    for (const c of ['reserves', 'element', 'digest', 'ask']) expect(text).toContain(c);
  });
});
