// The command core as adapters use it: locale handling, raw argument text, the answer cache,
// observers, and failures turned into polite replies.
import { describe, expect, it } from 'vitest';
import { CommandCore } from '../../src/commands/core.js';
import type { CommandEvent } from '../../src/commands/core.js';
import { Registry } from '../../src/commands/registry.js';
import { DatasetHolder } from '../../src/dataset/holder.js';
import { call, makeCore, realDataset } from './helpers.js';

describe('CommandCore', () => {
  it('a question is answered in its own language unless the caller\'s locale is explicit', async () => {
    const core = await makeCore();
    const de = await core.handleText('Wie groß sind die Reserven von Brasilien?', { locale: 'en' });
    expect(de.locale).toBe('de');
    expect(de.blocks[0]).toMatch(/^Brasilien — Reserven \(Seltene Erden\)/);
    const en = await core.handleText('How large are Brazil\'s reserves?', { locale: 'de' });
    expect(en.locale).toBe('en');
    const forced = await core.handleText('Wie groß sind die Reserven von Brasilien?', { locale: 'en', localeExplicit: true });
    expect(forced.locale).toBe('en');
    // A German command word answers in German; an explicit locale wins.
    expect((await core.handleText('reserven china', { locale: 'en' })).locale).toBe('de');
    expect((await core.handleText('reserven china', call('en'))).locale).toBe('en');
  });

  it('binds raw argument text sent as `_` (Slack slash commands) like a typed line', async () => {
    const core = await makeCore();
    const r = await core.run('reserves', { _: 'united states lithium' }, call());
    expect(r.title).toBe('Reserves — Lithium: United States');
    const d = await core.run('digest', { _: 'status' }, call());
    expect(d.blocks[0]).toMatch(/not configured/);
  });

  it('cached answers are equal to fresh ones, shared and frozen: nobody can change one for the next reader', async () => {
    const cached = await makeCore();
    const fresh = await makeCore({}, { replyCacheEntries: 0 });
    const a = await cached.handleText('/reserves Vietnam', call());
    const b = await cached.handleText('/reserves Vietnam', call());
    expect(b).toBe(a);
    expect(() => a.blocks.push('mutated')).toThrow(TypeError);
    expect(() => { a.table!.rows[0]![0] = 'mutated'; }).toThrow(TypeError);
    expect(b).toEqual(await fresh.handleText('/reserves Vietnam', call()));
    const q1 = await cached.handleText('Wofür wird Europium verwendet?', { locale: 'en' });
    expect(await cached.handleText('Wofür wird  Europium verwendet?', { locale: 'en' })).toBe(q1);
    // Without the cache an answer is built again (figure answers, element and event cards and the
    // element lists by class share a frozen rendering per dataset; a list by use echoes its word).
    expect(await fresh.handleText('/elements magnets', call())).not.toBe(await fresh.handleText('/elements magnets', call()));
    expect(await fresh.handleText('/element Nd', call())).toBe(await fresh.handleText('/element neodymium', call()));
    const shared = await fresh.handleText('/reserves vietnam', call());
    expect(await fresh.handleText('/reserves VN', call())).toBe(shared);
    expect(Object.isFrozen(shared.blocks)).toBe(true);
  });

  it('caches what commands declare, keyed by locale and input; never failures, private replies or undeclared commands', async () => {
    let runs = 0;
    const registry = new Registry()
      .register({ name: 'fig', description: { en: 'x', de: 'x' }, args: [{ name: 'q', type: 'text', rest: true, description: { en: 'q', de: 'q' } }], examples: ['/fig'], cache: 'dataset',
        run: (a, ctx) => { runs++; return { kind: 'answer', locale: ctx.locale, blocks: [`fig ${a.q ?? ''}`], sources: [] }; } })
      .register({ name: 'live', description: { en: 'x', de: 'x' }, args: [], examples: ['/live'],
        run: (_a, ctx) => { runs++; return { kind: 'answer', locale: ctx.locale, blocks: ['live'], sources: [] }; } })
      .register({ name: 'secret', description: { en: 'x', de: 'x' }, args: [], examples: ['/secret'], cache: 'dataset',
        run: (_a, ctx) => { runs++; return { kind: 'answer', locale: ctx.locale, blocks: ['only you'], sources: [], ephemeral: true }; } })
      .register({ name: 'flaky', description: { en: 'x', de: 'x' }, args: [], examples: ['/flaky'], cache: 'dataset',
        run: () => { runs++; throw new Error('down'); } });
    const core = new CommandCore({ registry, datasets: new DatasetHolder(await realDataset()) });
    const twice = async (line: string, locale: 'en' | 'de' = 'en'): Promise<number> => {
      const before = runs;
      await core.handleText(line, call(locale));
      await core.handleText(line, call(locale));
      return runs - before;
    };
    expect(await twice('/fig china')).toBe(1);
    expect(await twice('/fig  china ')).toBe(0); // the same input, normalised
    expect(await twice('/fig China')).toBe(1); // case is kept: answers quote what was typed
    expect(await twice('/fig china', 'de')).toBe(1);
    expect(await twice('/live')).toBe(2);
    expect(await twice('/secret')).toBe(2);
    expect(await twice('/flaky')).toBe(2);
    // The synchronous peek adapters use answers the same entries and is counted like a run.
    const seen: string[] = [];
    core.onCommand((e) => seen.push(e.name));
    expect(core.cached('fig', { q: 'china' }, call())).toBeDefined();
    expect(core.cached('live', {}, call())).toBeUndefined();
    expect(seen).toEqual(['fig']);
  });

  it('time-dependent answers are keyed by the quarter hour, so none outlives the day it was computed for', async () => {
    let runs = 0;
    const registry = new Registry().register({ name: 'today', description: { en: 'x', de: 'x' }, args: [], examples: ['/today'], cache: 'clock',
      run: (_a, ctx) => { runs++; return { kind: 'answer', locale: ctx.locale, blocks: [ctx.now.toISOString().slice(0, 10)], sources: [] }; } });
    let now = new Date('2026-11-30T23:50:00Z');
    const core = new CommandCore({ registry, datasets: new DatasetHolder(await realDataset()), clock: () => now });
    expect((await core.handleText('/today', call())).blocks[0]).toBe('2026-11-30');
    now = new Date('2026-11-30T23:59:59Z');
    expect((await core.handleText('/today', call())).blocks[0]).toBe('2026-11-30');
    expect(runs).toBe(1);
    now = new Date('2026-12-01T00:00:00Z');
    expect((await core.handleText('/today', call())).blocks[0]).toBe('2026-12-01');
    expect(runs).toBe(2);
  });

  it('a new dataset snapshot is answered from, not the cache of the old one', async () => {
    const ds = await realDataset();
    const holder = new DatasetHolder(ds);
    const core = new CommandCore({ registry: (await makeCore()).registry, datasets: holder });
    const before = await core.handleText('/reserves china', call());
    holder.swap({ ...ds, meta: { ...ds.meta, version: 'next' } });
    const after = await core.handleText('/reserves china', call());
    expect(before.footer).not.toContain('next');
    expect(after.footer).toContain('Dataset next');
  });

  it('observers see outcomes; a throwing command becomes a polite error and a "failed" event', async () => {
    const registry = new Registry().register({
      name: 'boom', description: { en: 'x', de: 'x' }, args: [], examples: ['/boom'],
      run: () => { throw new Error('secret stack'); },
    });
    const core = new CommandCore({ registry, datasets: new DatasetHolder(await realDataset()) });
    const events: CommandEvent[] = [];
    core.onCommand((e) => events.push(e));
    core.onCommand(() => { throw new Error('observer bug'); });
    const r = await core.handleText('/boom', call());
    expect(r.kind).toBe('error');
    expect(r.blocks[0]).not.toContain('secret');
    expect(events.map((e) => [e.name, e.outcome])).toEqual([['boom', 'failed']]);

    const real = await makeCore();
    const seen: CommandEvent[] = [];
    real.onCommand((e) => seen.push(e));
    await real.handleText('/reserves china', call());
    await real.handleText('/reserves Atlantis', call());
    await real.handleText('/digest dance', call());
    expect(seen.map((e) => e.outcome)).toEqual(['ok', 'not_found', 'not_found']);
  });

  it('empty input gets a clear reply, not an exception', async () => {
    const core = await makeCore();
    const r = await core.handleText('   ', call());
    expect(r.kind).toBe('error');
    expect(r.suggestions).toContain('/help');
  });
});

describe('footer', () => {
  it('every reply carries the dataset version and as-of date, errors and service replies too', async () => {
    const core = await makeCore({ ask: async (_q, ctx) => ({ kind: 'answer', locale: ctx.locale, blocks: ['x'], sources: [] }) });
    const ds = await realDataset();
    for (const line of ['/reserves china', '/foo', '', '/brief', '/help', 'anything at all?', '/events 99.99.9999']) {
      const r = await core.handleText(line, call());
      expect(r.footer).toContain(ds.meta.version);
    }
  });
});
