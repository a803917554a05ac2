// The reader-facing style rules: back-office words, untranslated text and names that hide English
// words are errors; undated sources, front-page links and C-only entries are warnings.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupFixtures, copyData, edit, errorsOf, indexOf, plain } from './fixture.js';
import { loadDataset } from '../../src/dataset/load.js';
import { styleWarnings } from '../../src/dataset/check-style.js';
import { runDataCheck } from '../../src/cli/data.js';
import { Writable } from 'node:stream';

type Json = Record<string, unknown>;

afterAll(cleanupFixtures);

const sink = (): Writable & { text: string } => {
  const w = new Writable({ write(chunk, _enc, cb) { w.text += String(chunk); cb(); } }) as Writable & { text: string };
  w.text = '';
  return w;
};

describe('reader-facing text', () => {
  it('the bundled dataset has no back-office words and no copied German', async () => {
    const r = await loadDataset();
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('rejects internal words in any shown text, in both languages, with the line', async () => {
    const dir = copyData();
    const d = indexOf(dir, 'discrepancies.yaml', 'seed-vietnam-reserves');
    edit(dir, 'discrepancies.yaml', (ds) => { (ds[d]!.title as Json).en = 'Vietnam: the seed article vs USGS'; (ds[d]!.text as Json).de = 'Laut Ausgangsartikel 21 Mio. t.'; });
    const s = indexOf(dir, 'sources.yaml', 'usgs-mcs2026');
    edit(dir, 'sources.yaml', (ss) => { (ss[s]!.note as Json).en = 'Read from a test-fixture copy (FACTS S5, §1c).'; });
    const errors = await errorsOf(dir);
    expect(plain(errors)).toEqual([
      { file: 'sources.yaml', path: `[${s}].note.en`, reason: 'reader-facing text contains the internal word "fixture"; name the publication or fact instead' },
      { file: 'discrepancies.yaml', path: `[${d}].title.en`, reason: 'reader-facing text contains the internal word "seed"; name the publication or fact instead' },
      { file: 'discrepancies.yaml', path: `[${d}].text.de`, reason: 'reader-facing text contains the internal word "Ausgangsartikel"; name the publication or fact instead' },
    ]);
    expect(errors.every((e) => typeof e.line === 'number')).toBe(true);
  });

  it('leaves ids, references and search words alone', async () => {
    const dir = copyData();
    edit(dir, 'facts.yaml', (fs) => { (fs[0]!.keywords as { en: string[] }).en.push('seed'); });
    const r = await loadDataset(dir);
    expect(r.ok).toBe(true);
  });

  it('rejects German copied from English and English words in names shown in both languages', async () => {
    const dir = copyData();
    const e = indexOf(dir, 'events.yaml', 'kl-trade-talks');
    edit(dir, 'events.yaml', (es) => { const t = es[e]!.summary as Json; t.de = t.en; });
    const s = indexOf(dir, 'sources.yaml', 'zdf-afp-2025-10-28');
    edit(dir, 'sources.yaml', (ss) => { ss[s]!.publisher = 'ZDF (with AFP)'; });
    const v = indexOf(dir, 'editions.yaml', 'mcs2026-v13');
    edit(dir, 'editions.yaml', (es) => { es[v]!.label = 'USGS MCS 2026 (v1.3 corrections)'; });
    expect(plain(await errorsOf(dir))).toEqual([
      { file: 'sources.yaml', path: `[${s}].publisher`, reason: '"ZDF (with AFP)" is shown in both languages, so it may hold names only; move words such as "with" into a note with en and de' },
      { file: 'editions.yaml', path: `[${v}].label`, reason: '"USGS MCS 2026 (v1.3 corrections)" is shown in both languages, so it may hold names only; move words such as "corrections" into a note with en and de' },
      { file: 'events.yaml', path: `[${e}].summary`, reason: 'the German text is the English text copied; translate it' },
    ]);
  });
});

describe('warnings', () => {
  it('warns on undated sources, front-page links and entries resting on C sources alone', async () => {
    const r = await loadDataset();
    if (!r.ok) throw new Error('bundled data invalid');
    const w = styleWarnings(r.dataset);
    const zdf = r.dataset.sources.findIndex((s) => s.id === 'zdf-afp-2025-10-28');
    expect(w).toContainEqual({ file: 'sources.yaml', at: [zdf, 'url'], reason: 'source "zdf-afp-2025-10-28" links to a front or section page (www.zdf.de/nachrichten), not to the publication itself' });
    const pp = r.dataset.sources.findIndex((s) => s.id === 'usgs-pp1802-o');
    expect(w.some((x) => x.at[0] === pp && x.at[1] === 'published')).toBe(true);
    // Article addresses with a slug are not front pages.
    expect(w.filter((x) => x.at[1] === 'url').map((x) => x.at[0])).toEqual([zdf]);
    const quotas = r.dataset.facts.findIndex((f) => f.id === 'china-quotas-2023');
    expect(w).toContainEqual(expect.objectContaining({ file: 'facts.yaml', at: [quotas, 'sources'] }));
  });

  it('data check prints warnings on stderr and still passes', async () => {
    const out = sink();
    const err = sink();
    expect(await runDataCheck((await import('./fixture.js')).DATA_DIR, out, err)).toBe(0);
    expect(out.text).toMatch(/^data check passed: .*; \d+ warnings on stderr\n$/);
    const lines = err.text.trimEnd().split('\n');
    expect(lines.every((l) => l.startsWith('warning: '))).toBe(true);
    expect(lines).toContainEqual(expect.stringMatching(/^warning: sources\.yaml: \[0\]\.url: source "zdf-afp-2025-10-28" links to a front or section page .* \(line \d+\)$/));
  });
});
