// No hindsight: a digest or briefing for day D, built from the real dataset in data/, uses only
// what was known on D. Checked for every day of October and November 2025, in English and German.
import { beforeAll, describe, expect, it } from 'vitest';
import { editionsAsOf, outcomeDate } from '../../src/briefings/asof.js';
import { buildDigest } from '../../src/briefings/digest.js';
import { fingerprintOf, type Fingerprint } from '../../src/briefings/fingerprint.js';
import { addDays } from '../../src/briefings/schedule.js';
import { buildSummitBriefing, editionsFor, type SummitKind } from '../../src/briefings/summit.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import { loadDataset } from '../../src/dataset/load.js';
import type { Locale, Reply } from '../../src/reply/model.js';

let ds: Dataset;
beforeAll(async () => {
  const loaded = await loadDataset();
  if (!loaded.ok) throw new Error('data/ does not load');
  ds = loaded.dataset;
});

const text = (r: Reply): string => [r.title ?? '', ...r.blocks, ...(r.fields ?? []).map((f) => `${f.label}: ${f.value}`),
  ...(r.table?.rows.flat() ?? []), r.chart?.alt ?? ''].join('\n');
const days = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
};

function assertKnownOn(reply: Reply, date: string, locale: Locale, where: string): void {
  const body = text(reply);
  for (const s of reply.sources) {
    const published = ds.sourceById.get(s.id)?.published;
    if (published) expect(published <= date, `${where} cites ${s.id} of ${published}`).toBe(true);
  }
  for (const ev of ds.events) {
    const at = outcomeDate(ds, ev);
    if (ev.outcome && at && at > date) expect(body.includes(ev.outcome[locale]), `${where} shows the outcome of ${ev.id} (${at})`).toBe(false);
    // The summary of an event after D is written after it.
    if (ev.date > date) expect(body.includes(ev.summary[locale].slice(0, 60)), `${where} shows the summary of the later ${ev.id}`).toBe(false);
  }
  const labels = new Set([...editionsAsOf(ds, date)].map((id) => ds.editionById.get(id)!.label));
  for (const e of ds.editions) {
    if (!labels.has(e.label)) expect(body.includes(e.label), `${where} names ${e.label}, not out on ${date}`).toBe(false);
  }
}

describe('no hindsight in digests and briefings (real dataset, Oct–Nov 2025)', () => {
  for (const locale of ['en', 'de'] as const) {
    it(`every digest and briefing of every day uses only what was known that day (${locale})`, () => {
      let previous: { date: string; fingerprint: Fingerprint } | null = null;
      let briefings = 0;
      for (const date of days('2025-10-01', '2025-11-30')) {
        const digest = buildDigest({ dataset: ds, date, locale, timezone: 'Asia/Seoul', previous }).reply;
        assertKnownOn(digest, date, locale, `digest of ${date}`);
        for (const plan of editionsFor(ds, date, previous?.fingerprint ?? null)) {
          if (plan.kind === 'digest') continue;
          const reply = buildSummitBriefing(ds, ds.eventById.get(plan.eventId!)!, plan.kind as SummitKind, date, locale);
          assertKnownOn(reply, date, locale, `${plan.key}`);
          briefings++;
        }
        previous = { date, fingerprint: fingerprintOf(ds, date) };
      }
      expect(briefings).toBeGreaterThan(5);
    });
  }

  it('the 30 Oct Trump–Xi card has no outcome and no later sources; the outcome arrives once dated', () => {
    const ev = ds.eventById.get('trump-xi-busan')!;
    const day = buildSummitBriefing(ds, ev, 'summit-day', '2025-10-30', 'en');
    expect(text(day)).not.toContain(ev.outcome!.en);
    expect(day.sources.map((s) => s.id)).not.toContain('xinhua-mofcom-announcement-70');
    expect(day.sources.map((s) => s.id)).toContain('reuters-trump-xi-busan');
    // The channel's digest of 9 Nov had the event without outcome; on 10 Nov it is owed the outcome post.
    const before = fingerprintOf(ds, '2025-11-09');
    expect(editionsFor(ds, '2025-11-09', fingerprintOf(ds, '2025-11-08')).map((p) => p.key)).not.toContain('summit-outcome:trump-xi-busan');
    expect(editionsFor(ds, '2025-11-10', before).map((p) => p.key)).toContain('summit-outcome:trump-xi-busan');
    const outcome = buildSummitBriefing(ds, ev, 'summit-outcome', '2025-11-10', 'de');
    expect(outcome.blocks[0]).toBe(ev.outcome!.de);
  });
});
