import { beforeAll, describe, expect, it } from 'vitest';
import type { CommandCore } from '../../src/commands/core.js';
import { call, makeCore, text } from './helpers.js';

let core: CommandCore;
beforeAll(async () => {
  core = await makeCore();
});

describe('/summit', () => {
  it('defaults to the Trump–Xi meeting in Busan, listing the other summits', async () => {
    const r = await core.handleText('/summit', call());
    expect(r.title).toBe('Trump–Xi meeting in Busan (30 Oct 2025)');
    expect(r.fields?.find((f) => f.label === 'Place')?.value).toContain('Busan');
    expect(r.fields?.find((f) => f.label === 'Participants')?.value).toBe('Donald Trump, Xi Jinping');
    expect(text(r)).toContain('/summit apec-2025-gyeongju');
    expect(r.sources.length).toBeGreaterThan(0);
  });

  it('finds an event by words, aliases, place or participants', async () => {
    expect((await core.handleText('/summit "trump xi"', call())).title).toMatch(/^Trump–Xi meeting/);
    expect((await core.handleText('/summit apec', call())).title).toMatch(/APEC Economic Leaders' Meeting/);
    expect((await core.handleText('/summit trump takaichi', call())).title).toMatch(/^US–Japan framework/);
    expect((await core.handleText('/summit Tokio', call('de'))).title).toMatch(/^Rahmenabkommen zwischen den USA und Japan/);
    const card = await core.handleText('/summit us-japan-framework', call());
    expect(card.fields?.find((f) => f.label === 'Agreed')?.value).toMatch(/stockpiling/);
  });

  it('an unknown event gets suggestions', async () => {
    const r = await core.handleText('/summit olympics', call());
    expect(r.kind).toBe('error');
    expect(r.suggestions?.length).toBeGreaterThan(0);
  });
});

describe('/events', () => {
  it('lists the whole timeline oldest first', async () => {
    const r = await core.handleText('/events', call());
    const dates = r.table!.rows.map((row) => row[3]);
    expect(dates[0]).toBe('china-export-controls-apr-2025');
    expect(r.table!.rows.length).toBeGreaterThan(10);
  });

  it('accepts YYYY-MM-DD, DD.MM.YYYY and month names, in English and German', async () => {
    const iso = await core.handleText('/events 2025-10-26 2025-10-28', call());
    const de = await core.handleText('/events 26.10.2025 28.10.2025', call('de'));
    const ids = (rows: string[][] | undefined) => rows?.map((row) => row[3]);
    // Ranges overlap: the 25–26 Oct talks are in.
    expect(ids(iso.table?.rows)).toEqual(['kl-trade-talks', 'thailand-cambodia-declaration', 'us-malaysia-mou', 'us-thailand-mou', 'trump-naruhito', 'us-japan-framework']);
    expect(ids(de.table?.rows)).toEqual(ids(iso.table?.rows));
    const month = await core.handleText('/events Nov 2025', call());
    expect(month.table?.rows.every((row) => /Nov 2025/.test(row[0]!))).toBe(true);
    const oktober = await core.handleText('/events Oktober 2025', call('de'));
    expect(oktober.table?.rows.length).toBe(13);
  });

  it('periods that list the same events share one frozen table and source list', async () => {
    // Without the reply cache, whose entries are copies.
    const uncached = await makeCore({}, { replyCacheEntries: 0 });
    const a = await uncached.handleText('/events Oct 2025', call());
    const b = await uncached.handleText('/events 2025-10-01 2025-10-31', call());
    expect(b.table).toBe(a.table);
    expect(b.sources).toBe(a.sources);
    expect(Object.isFrozen(a.table!.rows)).toBe(true);
    // Another locale has its own.
    expect((await uncached.handleText('/events Oct 2025', call('de'))).table).not.toBe(a.table);
  });

  it('bad dates and reversed ranges get a clear reply', async () => {
    const bad = await core.handleText('/events 31.02.2025', call());
    expect(bad.kind).toBe('error');
    expect(bad.blocks[0]).toContain('not a date');
    const reversed = await core.handleText('/events 2025-11-01 2025-10-01', call());
    expect(reversed.kind).toBe('error');
    const none = await core.handleText('/events 2020-01-01 2020-12-31', call());
    expect(none.kind).toBe('error');
  });
});

describe('/sources', () => {
  it('lists every source, and shows one with its URL and what cites it', async () => {
    const all = await core.handleText('/sources', call());
    expect(all.table?.rows.length).toBeGreaterThan(20);
    const one = await core.handleText('/sources usgs-mcs2025-rare-earths', call());
    expect(one.fields?.find((f) => f.label === 'URL')?.value).toBe('https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf');
    expect(one.fields?.find((f) => f.label === 'Cited by')?.value).toMatch(/\d+ figures/);
    expect(one.sources.map((s) => s.id)).toEqual(['usgs-mcs2025-rare-earths']);
  });
});
