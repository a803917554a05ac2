// Autocomplete through the gateway: type 4 interactions answered with callback type 8 and choices
// from the dataset in the user's language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, str, sub, type Harness } from './harness.js';
import { suggest } from '../../src/adapters/discord/autocomplete.js';
import { testDataset } from './fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

type Choice = { name: string; value: string };
const choicesOf = (r: { body: { type: number; data: { choices: Choice[] } } }): Choice[] => {
  expect(r.body.type).toBe(8);
  return r.body.data.choices;
};

describe('discord autocomplete', () => {
  it('suggests countries that start with what was typed, canonical ISO code as value', async () => {
    const choices = choicesOf(await h.autocomplete('reserves', [str('country', 'bra', true)]));
    expect(choices[0]).toEqual({ name: 'Brazil (BR)', value: 'BR' });
  });

  it('uses German names for a German user and matches without umlauts', async () => {
    const choices = choicesOf(await h.autocomplete('reserves', [str('country', 'oster', true)], { locale: 'de' }));
    expect(choices).toEqual([{ name: 'Österreich (AT)', value: 'AT' }]);
  });

  it('ranks prefixes before matches inside a name', async () => {
    const choices = choicesOf(await h.autocomplete('reserves', [str('country', 'au', true)]));
    expect(choices.map((c) => c.value).slice(0, 2).sort()).toEqual(['AT', 'AU']);
  });

  it('finds a name by a part in the middle', async () => {
    const choices = choicesOf(await h.autocomplete('reserves', [str('country', 'zil', true)]));
    expect(choices.map((c) => c.value)).toEqual(['BR']);
  });

  it('suggests elements by symbol or name, in atomic-number order when empty', async () => {
    expect(choicesOf(await h.autocomplete('element', [str('element', 'eu', true)]))[0]).toEqual({ name: 'Europium (Eu)', value: 'Eu' });
    expect(choicesOf(await h.autocomplete('element', [str('element', '', true)])).map((c) => c.value)).toEqual(['Ce', 'Nd', 'Eu']);
  });

  it('completes the focused option of a subcommand (time zones)', async () => {
    const choices = choicesOf(await h.autocomplete('digest', [sub('subscribe', [str('time', '08:00'), str('timezone', 'berl', true)])]));
    expect(choices[0]).toEqual({ name: 'Europe/Berlin', value: 'Europe/Berlin' });
  });

  it('answers an empty list when nothing matches', async () => {
    expect(choicesOf(await h.autocomplete('reserves', [str('country', 'qqqq', true)]))).toEqual([]);
  });

  it('suggests events by title in the user\'s language (value: the event id) and sources by publisher or title', () => {
    const ds = testDataset();
    const event = { name: 'event', type: 'event' as const, description: { en: 'e', de: 'e' } };
    expect(suggest(ds, event, 'busan', 'de')).toEqual([{ name: '2025-10-30 · Treffen Trump–Xi in Busan', value: 'apec-busan' }]);
    expect(suggest(ds, event, 'tokio', 'de')[0]!.value).toBe('tokyo-framework');
    const source = { name: 'id', type: 'source' as const, description: { en: 's', de: 's' } };
    expect(suggest(ds, source, 'commodity', 'en')[0]).toEqual({ name: 'USGS: Mineral Commodity Summaries 2025 – Rare Earths (MCS 2025)', value: 'usgs-mcs-2025-ree' });
  });

  it('never offers more than 25 choices or a name over 100 characters', () => {
    const ds = testDataset();
    const many = { name: 'x', type: 'choice' as const, description: { en: 'x', de: 'x' }, choices: Array.from({ length: 80 }, (_, i) => `choice-${i}-${'y'.repeat(150)}`) };
    const got = suggest(ds, many, 'choice', 'en');
    expect(got).toHaveLength(25);
    for (const c of got) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });

  it('re-indexes after the dataset is swapped (hot reload)', async () => {
    const next = testDataset('2026.11.2');
    next.countries.push({ id: 'BO', kind: 'country', name: { en: 'Bolivia', de: 'Bolivien' }, aliases: [] });
    h.holder.swap(next);
    const choices = choicesOf(await h.autocomplete('reserves', [str('country', 'boli', true)]));
    expect(choices).toEqual([{ name: 'Bolivia (BO)', value: 'BO' }]);
  });
});
