// Inputs typed as users type them that once went wrong (see notes/qa.md); each pins the fixed behaviour.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CommandCore } from '../../src/commands/core.js';
import { call, makeCore, text } from './helpers.js';

let core: CommandCore;
beforeAll(async () => {
  core = await makeCore();
});

/** As `lodestone ask` without --locale: the reply language follows the text. */
const ask = (q: string) => core.handleText(q, call('en', { localeExplicit: false }));

describe('QA regressions', () => {
  it('"Hallo" and "Danke!" are answered in German', async () => {
    for (const q of ['Hallo', 'Danke!']) {
      const r = await ask(q);
      expect(r.locale).toBe('de');
      expect(text(r)).toMatch(/Ich bin Lodestone/);
    }
    expect((await ask('Hello')).locale).toBe('en');
  });

  it('"Was ist mit den Kirschbäumen?" (dative plural) finds the cherry-tree note, not a refusal', async () => {
    const r = await ask('Was ist mit den Kirschbäumen?');
    expect(r.locale).toBe('de');
    expect(text(r)).toMatch(/250 Kirschbäume/);
    expect(text(r)).not.toMatch(/außerhalb meines Themas/);
  });

  it('off-beat questions are still refused', async () => {
    expect(text(await ask('wie wird das wetter morgen'))).toMatch(/außerhalb meines Themas/);
    expect(text(await ask('Was ist die Hauptstadt von Frankreich?'))).toMatch(/außerhalb meines Themas/);
    expect(text(await ask('who won the world cup'))).toMatch(/outside what I cover/);
  });

  it('/reserves japan carries only rare-earth notes, not APEC or defence-budget facts', async () => {
    const out = text(await ask('/reserves japan'));
    expect(out).toMatch(/no rare earths reserves figure for Japan/);
    expect(out).not.toMatch(/APEC|2% of GDP|cornerstone/);
    const ga = text(await ask('/reserves gallium china'));
    expect(ga).toMatch(/banned exports of gallium/);
    expect(ga).not.toMatch(/APEC|cornerstone/);
  });

  it('/element Sc reads as a sentence: "a rare-earth element that is neither light nor heavy"', async () => {
    const r = await ask('/element Sc');
    expect(r.blocks[0]).toBe('Scandium (Sc, atomic number 21) is a rare-earth element that is neither light nor heavy under the USGS convention.');
  });
});
