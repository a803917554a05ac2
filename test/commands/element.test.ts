import { beforeAll, describe, expect, it } from 'vitest';
import type { CommandCore } from '../../src/commands/core.js';
import { call, makeCore, sourceIds, text } from './helpers.js';

let core: CommandCore;
beforeAll(async () => {
  core = await makeCore();
});

describe('/element', () => {
  it('Nd: atomic number, USGS class, uses (magnets), no export control of its own, sources', async () => {
    const r = await core.handleText('/element Nd', call());
    expect(r.title).toBe('Neodymium (Nd)');
    expect(r.fields).toEqual(expect.arrayContaining([
      expect.objectContaining({ label: 'Atomic number', value: '60' }),
      expect.objectContaining({ label: 'Class (USGS)', value: 'light' }),
      expect.objectContaining({ label: 'Export controls', value: 'none in dataset' }),
    ]));
    expect(text(r)).toMatch(/NdFeB permanent magnets/);
    expect(r.sources.length).toBeGreaterThan(0);
  });

  it('names, German names, symbols in any case and typos resolve', async () => {
    for (const typed of ['neodymium', 'Neodym', 'ND', 'nd', 'Neodymium']) {
      expect((await core.run('element', { element: typed }, call())).title).toBe('Neodymium (Nd)');
    }
    const typo = await core.handleText('/element neodymum', call());
    expect(typo.title).toBe('Neodymium (Nd)');
    expect(typo.blocks[0]).toContain("you typed 'neodymum'");
  });

  it('Europium: uses, the other conventions, and its export-control history with the suspension', async () => {
    const r = await core.handleText('/element Europium', call());
    const out = text(r);
    expect(out).toMatch(/red phosphor/);
    expect(out).toMatch(/medium\/heavy/);
    expect(out).toContain('9 Oct 2025');
    expect(out).toContain('7 Nov 2025');
    expect(sourceIds(r)).toEqual(expect.arrayContaining(['pillsbury-export-controls-oct-2025']));
  });

  it('Scandium is neither light nor heavy; German wording', async () => {
    const r = await core.handleText('/element Sc', call('de'));
    expect(r.fields?.find((f) => f.label === 'Klasse (USGS)')?.value).toBe('weder leicht noch schwer');
    expect(r.blocks[0]).toContain('Ordnungszahl 21');
  });

  it('no argument or an unknown element: a clear reply with suggestions', async () => {
    const empty = await core.handleText('/element', call());
    expect(empty.kind).toBe('error');
    expect(empty.suggestions).toContain('/elements');
    const unknown = await core.handleText('/element unobtainium', call());
    expect(unknown.kind).toBe('error');
    expect(unknown.blocks[0]).toContain("'unobtainium'");
  });
});

describe('/elements', () => {
  it('lists all 17 by atomic number', async () => {
    const r = await core.handleText('/elements', call());
    expect(r.table?.rows).toHaveLength(17);
    expect(r.table?.rows.map((row) => row[1]).slice(0, 3)).toEqual(['Sc', 'Y', 'La']);
  });

  it('filters by use keyword in English and German', async () => {
    const en = await core.handleText('/elements magnets', call());
    const de = await core.handleText('/elements Magnete', call('de'));
    const symbols = (rows: string[][] | undefined) => rows?.map((row) => row[1]);
    expect(symbols(en.table?.rows)).toEqual(expect.arrayContaining(['Nd', 'Pr', 'Dy', 'Sm', 'Tb']));
    expect(symbols(en.table?.rows)).not.toContain('Ce');
    expect(symbols(de.table?.rows)).toEqual(symbols(en.table?.rows));
  });

  it('filters by class and by export control', async () => {
    const heavy = await core.handleText('/elements heavy', call());
    expect(heavy.table?.rows.map((r) => r[1])).toEqual(['Y', 'Tb', 'Dy', 'Ho', 'Er', 'Tm', 'Yb', 'Lu']);
    const leicht = await core.handleText('/elements leicht', call('de'));
    expect(leicht.table?.rows.map((r) => r[1])).toEqual(['La', 'Ce', 'Pr', 'Nd', 'Pm', 'Sm', 'Eu', 'Gd']);
    const controlled = await core.handleText('/elements controlled', call());
    expect(controlled.table?.rows).toHaveLength(12);
    expect(text(controlled)).toContain('Announcement No. 70');
  });

  it('an unknown use gets suggestions', async () => {
    const r = await core.handleText('/elements toasters', call());
    expect(r.kind).toBe('error');
    expect(r.suggestions?.length).toBeGreaterThan(0);
  });
});
