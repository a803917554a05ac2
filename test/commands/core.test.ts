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
    expect(de.title).toBe('Reserven — Seltene Erden: Brasilien');
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

  it('cached answers are equal to fresh ones, and changing one never changes the next', async () => {
    const cached = await makeCore();
    const fresh = await makeCore({}, { cacheReplies: false });
    const a = await cached.handleText('/reserves Vietnam', call());
    a.blocks.push('mutated');
    a.table!.rows[0]![0] = 'mutated';
    const b = await cached.handleText('/reserves Vietnam', call());
    expect(b).toEqual(await fresh.handleText('/reserves Vietnam', call()));
    const q1 = await cached.handleText('Wofür wird Europium verwendet?', { locale: 'en' });
    expect(await cached.handleText('Wofür wird Europium verwendet?', { locale: 'en' })).toEqual(q1);
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
