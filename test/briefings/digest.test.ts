// The digest content: as of the edition date, events, key figures with edition and source, what
// changed since the channel's previous digest, and which summit briefings a day owes.
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/briefings/digest.js';
import { fingerprintOf } from '../../src/briefings/fingerprint.js';
import { editionsFor } from '../../src/briefings/summit.js';
import { fixtureDataset } from './fixtures/dataset.js';

const ds = fixtureDataset();
const all = (r: { blocks: string[] }): string => r.blocks.join('\n');

describe('daily digest', () => {
  it('shows only what was published by the edition date', () => {
    const early = buildDigest({ dataset: ds, date: '2025-10-29', locale: 'en', timezone: 'Europe/Berlin' }).reply;
    expect(early.table?.rows.map((r) => [r[1], r[2], r[3]])).toEqual([
      ['China', '44,000,000 t', 'USGS MCS 2025'], ['Brazil', '21,000,000 t', 'USGS MCS 2025'], ['India', '6,900,000 t', 'USGS MCS 2025'],
      ['Australia', '5,700,000 t', 'USGS MCS 2025'], ['United States', '1,900,000 t', 'USGS MCS 2025'],
    ]);
    expect(all(early)).toContain('World: more than 90,000,000 t (USGS MCS 2025).');
    const later = buildDigest({ dataset: ds, date: '2026-11-30', locale: 'en', timezone: 'Europe/Berlin' }).reply;
    // MCS 2026 marks India NA: the newest edition decides, so India leaves the ranking.
    expect(later.table?.rows.map((r) => r[1])).toEqual(['China', 'Brazil', 'Australia', 'United States', 'Malaysia']);
    expect(later.sources.map((s) => s.id)).toContain('usgs-mcs2026');
    expect(later.chart?.bars[0]).toEqual({ label: 'China', value: 44_000_000 });
    expect(later.chart?.alt).toMatch(/^Bar chart of Rare earths reserves/);
  });

  it('lists recent and upcoming events, and the latest ones when the week was quiet', () => {
    const d = buildDigest({ dataset: ds, date: '2025-10-29', locale: 'en', timezone: 'Asia/Seoul' }).reply;
    expect(all(d)).toContain('Recent events (last 7 days):\n• 28 Oct 2025: US–Japan critical minerals framework signed (Tokyo).');
    expect(all(d)).toContain('Coming up (next 14 days):\n• 30 Oct 2025: Trump–Xi meeting in Busan (Busan).');
    // The Busan report of 30 Oct is not cited in the digest of 29 Oct (no hindsight).
    expect(d.sources.map((s) => s.id)).not.toContain('wire');
    const quiet = buildDigest({ dataset: ds, date: '2026-11-30', locale: 'de', timezone: 'Europe/Berlin' }).reply;
    expect(all(quiet)).toContain('Keine Ereignisse in den letzten 7 Tagen.\nZuletzt verzeichnet:\n• 31. Okt. 2025 – 1. Nov. 2025: APEC-Gipfel');
    expect(all(quiet)).toContain('In den nächsten 14 Tagen steht nichts im Kalender.');
    expect(quiet.footer).toBe('Datensatz 2026.11.1, Stand 6. Feb. 2026 · Ausgabe vom 30. Nov. 2026 (Europe/Berlin)');
  });

  it('says what changed since the channel\'s previous digest', () => {
    const before = fingerprintOf(ds, '2026-11-29');
    const revised = fixtureDataset((raw) => {
      raw.meta.version = '2026.11.2';
      raw.figures.find((x) => x.id === 're-mcs2026-br-reserves')!.value = 11_000_000;
    });
    const d = buildDigest({ dataset: revised, date: '2026-11-30', locale: 'en', timezone: 'UTC', previous: { date: '2026-11-29', fingerprint: before } }).reply;
    expect(all(d)).toContain("What changed since this channel's last digest (29 Nov 2026):");
    expect(all(d)).toContain('• Dataset updated: 2026.11.1 → 2026.11.2.');
    expect(all(d)).toContain('• Revised: Rare earths, Brazil, reserves (USGS MCS 2026 (v1.0)): 11,000,000 t (was 21,000,000 t).');
    const same = buildDigest({ dataset: ds, date: '2026-11-30', locale: 'en', timezone: 'UTC', previous: { date: '2026-11-29', fingerprint: before } }).reply;
    expect(all(same)).toContain("No changes to the dataset since this channel's last digest (29 Nov 2026).");
    const first = buildDigest({ dataset: ds, date: '2026-11-30', locale: 'en', timezone: 'UTC' }).reply;
    expect(all(first)).toContain("This is this channel's first digest");
  });
});

describe('summit briefing plans', () => {
  it('owes a preview the day before, a briefing on the day, and an outcome only when new since the last digest', () => {
    expect(editionsFor(ds, '2025-10-29', null).map((p) => p.key)).toEqual(['digest:2025-10-29', 'summit-preview:trump-xi-busan:2025-10-29']);
    expect(editionsFor(ds, '2025-10-30', null).map((p) => p.key)).toEqual(['digest:2025-10-30', 'summit-day:trump-xi-busan:2025-10-30', 'summit-preview:apec-2025:2025-10-30']);
    // Agreements are not scheduled meetings: no preview for the US–Japan signing.
    expect(editionsFor(ds, '2025-10-27', null).map((p) => p.key)).toEqual(['digest:2025-10-27']);
    const withOutcome = fixtureDataset((raw) => { raw.events.find((e) => e.id === 'trump-xi-busan')!.outcome = { en: 'Deal.', de: 'Einigung.' }; });
    const prev = fingerprintOf(ds, '2025-10-30');
    expect(editionsFor(withOutcome, '2025-10-31', prev).map((p) => p.key)).toContain('summit-outcome:trump-xi-busan');
    expect(editionsFor(withOutcome, '2025-10-31', fingerprintOf(withOutcome, '2025-10-30')).map((p) => p.key)).not.toContain('summit-outcome:trump-xi-busan');
    expect(editionsFor(withOutcome, '2025-10-31', null).map((p) => p.key)).not.toContain('summit-outcome:trump-xi-busan');
  });
});
