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
    expect(out).toMatch(/gives a rare earths reserves figure for Japan/);
    expect(out).not.toMatch(/APEC|2% of GDP|cornerstone/);
    const ga = text(await ask('/reserves gallium china'));
    expect(ga).toMatch(/banned exports of gallium/);
    expect(ga).not.toMatch(/APEC|cornerstone/);
  });

  it('/element Sc reads as a sentence: "a rare-earth element that is neither light nor heavy"', async () => {
    const r = await ask('/element Sc');
    expect(r.blocks[0]).toBe('Scandium (Sc, atomic number 21) is a rare-earth element that is neither light nor heavy under the USGS convention.');
  });

  it('a place several events share lists those days: "what happened in kuala lumpur", "Was passierte in Kuala Lumpur?"', async () => {
    for (const q of ['what happened in kuala lumpur', 'Was passierte in Kuala Lumpur?']) {
      const out = text(await ask(q));
      expect(out).toMatch(/kl-trade-talks/);
      expect(out).toMatch(/thailand-cambodia-declaration/);
      expect(out).not.toMatch(/outside what I cover|außerhalb meines Themas/);
    }
    // A known place does not pull an off-beat question onto the beat.
    expect(text(await ask('wie wird das wetter in tokyo'))).toMatch(/außerhalb meines Themas/);
  });

  it('"vietnam 22 million?" answers Vietnam reserves with the 22 → 3.5 Mt revision', async () => {
    const r = await ask('vietnam 22 million?');
    expect(r.blocks[0]).toMatch(/^Vietnam — reserves of rare earths: /);
    expect(text(r)).toMatch(/3\.5 million t/);
    expect(text(r)).toMatch(/22 million t in USGS MCS 2024/);
  });

  it('"Was ist mit Thailand und Kambodscha?" is the Thailand–Cambodia declaration, not Thailand\'s reserves', async () => {
    const r = await ask('Was ist mit Thailand und Kambodscha?');
    expect(r.locale).toBe('de');
    expect(r.blocks[0]).toMatch(/Thailand.*Kambodscha/);
  });

  it('"when did china suspend the october controls" is Announcement No. 70 (7 Nov 2025)', async () => {
    const r = await ask('when did china suspend the october controls');
    expect(r.blocks[0]).toMatch(/Announcement No\. 70/);
    expect(r.blocks[0]).toMatch(/^7 Nov 2025/);
  });

  it('/reserves graphite and /reserves germanium china say the dataset has no USGS table, not "unknown country"', async () => {
    const g = await ask('/reserves graphite');
    expect(text(g)).toMatch(/no USGS reserves figures by country for graphite/);
    expect(text(g)).not.toMatch(/don't know the country/);
    const ge = await ask('/reserves germanium china');
    expect(text(ge)).toMatch(/no USGS reserves figures by country for germanium/);
    expect(text(ge)).toMatch(/\$2,100\/kg/);
    expect(ge.sources.length).toBeGreaterThan(0);
    // Real minerals and countries are unaffected.
    expect((await ask('/reserves china')).title).toBe('Reserves — Rare earths: China');
  });

  it('German: "Wann hat China die Oktober-Kontrollen ausgesetzt?" is No. 70; "0,1-Prozent-Regel" is the 9 Oct measures; "produktion nigeria 2024" in German', async () => {
    const susp = await ask('Wann hat China die Oktober-Kontrollen ausgesetzt?');
    expect(susp.locale).toBe('de');
    expect(susp.blocks[0]).toMatch(/Nr\. 70/);
    const rule = await ask('Was ist die 0,1-Prozent-Regel?');
    expect(rule.blocks[0]).toMatch(/Nr\. 55–58, 61 und 62/);
    expect((await ask('Was waren die Oktober-Kontrollen?')).blocks[0]).toMatch(/Nr\. 55–58/);
    const prod = await ask('produktion nigeria 2024');
    expect(prod.locale).toBe('de');
    expect(text(prod)).toMatch(/1\.500 t/);
  });

  it('a year typed with /production or /reserves is acknowledged, not taken for a mineral', async () => {
    for (const line of ['/production 2023 china', '/production china 2023']) {
      const r = await ask(line);
      expect(r.kind).toBe('answer');
      expect(r.title).toBe('Mine production — Rare earths: China');
      expect(text(r)).toMatch(/you asked about 2023/);
      expect(text(r)).toMatch(/255,000 t/); // MCS 2025's 2023 figure is listed
    }
    const ranking = await ask('/production 2024');
    expect(ranking.kind).toBe('answer');
    expect(text(ranking)).toMatch(/ranking uses the latest edition's data year \(you asked about 2024\)/);
  });
});
