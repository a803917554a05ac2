// Change detection between two dataset versions, for every record type, on the real dataset: the
// "previous" version is the real one with a record taken away or changed back.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset, type Dataset } from '../../src/dataset/dataset.js';
import { loadDataset } from '../../src/dataset/load.js';
import type { RawDataset } from '../../src/dataset/schema.js';
import { diffDatasets, type Change } from '../../src/updates/changes.js';
import { formatChange } from '../../src/updates/headlines.js';
import { rawOf } from '../../src/updates/snapshot.js';

let ds: Dataset;
beforeAll(async () => {
  const loaded = await loadDataset();
  if (!loaded.ok) throw new Error('data/ does not load');
  ds = loaded.dataset;
});

/** The real dataset with `edit` applied (a copy). */
const variant = (edit: (raw: RawDataset) => void): Dataset => {
  const raw = structuredClone(rawOf(ds));
  edit(raw);
  return buildDataset(raw);
};
const kinds = (cs: Change[]): string[] => cs.map((c) => c.kind);
const one = (cs: Change[], kind: string): Change => {
  const hit = cs.filter((c) => c.kind === kind);
  expect(hit, `${kind} in ${kinds(cs).join(', ')}`).toHaveLength(1);
  return hit[0]!;
};

describe('change detection', () => {
  it('finds nothing between a version and itself, nor for a wording edit', () => {
    expect(diffDatasets(ds, ds)).toEqual([]);
    const reworded = variant((r) => {
      r.events[0]!.summary = { en: 'Reworded.', de: 'Umformuliert.' };
      r.sources[0]!.title = 'Another title';
      r.meta.version = '2099.1.1';
    });
    expect(diffDatasets(reworded, ds)).toEqual([]);
  });

  it('events: new, outcome recorded, dates changed', () => {
    const prev = variant((r) => {
      r.events = r.events.filter((e) => e.id !== 'trump-xi-busan');
      const apec = r.events.find((e) => e.id === 'apec-2025-gyeongju')!;
      delete apec.outcome;
      delete apec.outcome_date;
      apec.date = '2025-10-30';
    });
    const cs = diffDatasets(prev, ds);
    expect(one(cs, 'event-new')).toMatchObject({
      id: 'event-new:trump-xi-busan', record: { type: 'event', id: 'trump-xi-busan' }, link: '/summit trump-xi-busan',
      headline: { en: 'New on the calendar: Trump–Xi meeting in Busan (30 Oct 2025)', de: 'Neu im Kalender: Treffen von Trump und Xi in Busan (30. Okt. 2025)' },
    });
    expect(one(cs, 'event-new').sources).toContain('reuters-trump-xi-busan');
    expect(one(cs, 'event-outcome').headline.en).toMatch(/^Outcome recorded: 32nd APEC Economic Leaders' Meeting, Gyeongju\. The Gyeongju Declaration/);
    expect(one(cs, 'event-outcome').headline.de).toMatch(/^Ergebnis verzeichnet: 32\. Treffen/);
    expect(one(cs, 'event-dates')).toMatchObject({
      id: 'event-dates:apec-2025-gyeongju:2025-10-31:2025-11-01',
      headline: { en: "32nd APEC Economic Leaders' Meeting, Gyeongju moves from 30 Oct 2025 – 1 Nov 2025 to 31 Oct 2025 – 1 Nov 2025" },
    });
    // Outcomes first: the most newsworthy change leads the post.
    expect(cs[0]!.kind).toBe('event-outcome');
  });

  it('figures: a new edition revises a country (USGS cuts Vietnam), with the edition announced once', () => {
    const prev = variant((r) => {
      r.editions = r.editions.filter((e) => e.id !== 'mcs2025');
      r.figures = r.figures.filter((f) => f.edition !== 'mcs2025');
      r.discrepancies = r.discrepancies.filter((d) => !d.claims.some((c) => c.edition === 'mcs2025'));
    });
    const cs = diffDatasets(prev, ds);
    const vn = cs.find((c) => c.record.id === 'rare-earths-mcs2025-vn-reserves')!;
    expect(vn).toMatchObject({
      kind: 'figure-revised', id: 'figure-revised:rare-earths-mcs2025-vn-reserves:3500000', link: '/reserves VN rare-earths',
      headline: {
        en: "USGS cuts Vietnam's rare-earth reserves from 22 to 3.5 million t (USGS MCS 2025)",
        de: 'Vietnam, Seltene Erden (Reserven): USGS senkt von 22 auf 3,5 Mio. t (USGS MCS 2025)',
      },
    });
    expect(vn.sources).toContain('usgs-mcs2025-rare-earths');
    expect(one(cs, 'edition-new').headline.en).toMatch(/^USGS MCS 2025 is in: \d+ figures \(.*Rare earths.*\), published 31 Jan 2025$/);
    // Figures with nothing to revise are counted in the edition, not listed one by one.
    expect(kinds(cs)).not.toContain('figures-added');
  });

  it('figures: an erratum corrects a figure (Brazil 21 → 11 million t) and a value corrected in place', () => {
    const prev = variant((r) => {
      r.editions = r.editions.filter((e) => !e.corrects);
      const errata = new Set(ds.editions.filter((e) => e.corrects).map((e) => e.id));
      r.figures = r.figures.filter((f) => !errata.has(f.edition));
      const cn = r.figures.find((f) => f.id === 'rare-earths-mcs2025-cn-reserves')!;
      cn.value = 40_000_000;
    });
    const cs = diffDatasets(prev, ds);
    expect(one(cs, 'erratum').headline.en).toMatch(/^Errata to USGS MCS 2026 .*: \d+ figures corrected$/);
    expect(one(cs, 'erratum').headline.de).toMatch(/^Korrekturen zu USGS MCS 2026 .*: \d+ Zahlen berichtigt$/);
    const br = cs.find((c) => c.kind === 'figure-revised' && c.record.id.includes('-br-'))!;
    expect(br.headline.en).toMatch(/^USGS cuts Brazil's rare-earth reserves from 21 to 11 million t \(USGS MCS 2026/);
    const cn = cs.find((c) => c.record.id === 'rare-earths-mcs2025-cn-reserves')!;
    expect(cn.headline.en).toBe("USGS raises China's rare-earth reserves from 40 to 44 million t (USGS MCS 2025)");
  });

  it('figures added to an edition already served are one change per mineral', () => {
    const prev = variant((r) => { r.figures = r.figures.filter((f) => !(f.mineral === 'lithium' && f.measure === 'production' && f.edition === 'mcs2025')); });
    const cs = diffDatasets(prev, ds);
    const added = one(cs, 'figures-added');
    expect(added.headline.en).toMatch(/^\d+ new lithium figures from USGS MCS 2025$/);
    expect(added.headline.de).toMatch(/^\d+ neue Zahlen zu Lithium aus USGS MCS 2025$/);
  });

  it('sources, facts, discrepancies, minerals, countries and element notes', () => {
    const fact = ds.facts[0]!;
    const disc = ds.discrepancies[0]!;
    const element = ds.elements.find((e) => e.note)!;
    const cited = new Set([...fact.sources, ...disc.sources, ...element.sources, ...ds.mineralById.get('gallium')!.sources]);
    const source = ds.sources.find((s) => !cited.has(s.id))!;
    const prev = variant((r) => {
      r.sources = r.sources.filter((s) => s.id !== source.id);
      r.facts = r.facts.filter((f) => f.id !== fact.id);
      r.discrepancies = r.discrepancies.filter((d) => d.id !== disc.id);
      r.minerals = r.minerals.filter((m) => m.id !== 'gallium');
      r.countries = r.countries.filter((c) => c.id !== 'GL');
      delete r.elements.find((e) => e.symbol === element.symbol)!.note;
    });
    const cs = diffDatasets(prev, ds);
    expect(one(cs, 'source-new')).toMatchObject({ id: `source-new:${source.id}`, link: `/sources ${source.id}` });
    expect(one(cs, 'fact-new').headline.en).toMatch(/^New: /);
    expect(one(cs, 'fact-new').sources).toEqual(fact.sources);
    expect(one(cs, 'discrepancy-new').headline).toEqual({ en: `Sources disagree: ${disc.title.en}`, de: `Quellen widersprechen sich: ${disc.title.de}` });
    expect(one(cs, 'mineral-new').headline).toEqual({ en: 'Now covered: Gallium', de: 'Neu im Datensatz: Gallium' });
    expect(one(cs, 'country-new').headline.en).toBe('Now covered: Greenland');
    expect(one(cs, 'element-note').link).toBe(`/element ${element.symbol}`);
  });

  it('a new source that a new event cites is listed under the event, not as a change of its own', () => {
    const ev = ds.eventById.get('trump-xi-busan')!;
    const prev = variant((r) => {
      r.events = r.events.filter((e) => e.id !== ev.id);
      r.sources = r.sources.filter((s) => s.id !== 'reuters-trump-xi-busan');
    });
    expect(kinds(diffDatasets(prev, ds))).toEqual(['event-new']);
  });

  it('uses the editor\'s headline in the version that adds it, and ids stay stable', () => {
    const headline = { en: 'Busan: the outcome is in', de: 'Busan: das Ergebnis liegt vor' };
    const prev = variant((r) => { delete r.events.find((e) => e.id === 'trump-xi-busan')!.outcome; delete r.events.find((e) => e.id === 'trump-xi-busan')!.outcome_date; });
    const next = variant((r) => { r.events.find((e) => e.id === 'trump-xi-busan')!.headline = headline; });
    const cs = diffDatasets(prev, next);
    expect(one(cs, 'event-outcome').headline).toEqual(headline);
    expect(diffDatasets(prev, next).map((c) => c.id)).toEqual(cs.map((c) => c.id));
    // Once served, the headline is no longer new: a later date change gets the generated line.
    const moved = variant((r) => {
      const e = r.events.find((x) => x.id === 'trump-xi-busan')!;
      e.headline = headline;
      e.date = '2025-10-31';
      e.outcome_date = '2025-11-10';
    });
    expect(one(diffDatasets(next, moved), 'event-dates').headline.en).toBe('Trump–Xi meeting in Busan moves from 30 Oct 2025 to 31 Oct 2025');
  });

  it('writes both numbers on one scale with Intl, and marks in words', () => {
    expect(formatChange({ value: 22_000_000 }, { value: 3_500_000 }, 't', 'en')).toEqual({ from: '22', to: '3.5 million t' });
    expect(formatChange({ value: 22_000_000 }, { value: 3_500_000 }, 't', 'de')).toEqual({ from: '22', to: '3,5 Mio. t' });
    expect(formatChange({ value: 600 }, { value: 300 }, 't', 'de')).toEqual({ from: '600 t', to: '300 t' });
    expect(formatChange({ value: 85_000_000, qualifier: '>' }, { value: 75_000_000, qualifier: '>' }, 't', 'en')).toEqual({ from: 'more than 85 million t', to: 'more than 75 million t' });
    expect(formatChange({ value: null, mark: 'NA' }, { value: 1_000 }, 't', 'en').from).toBe('not available');
  });
});
