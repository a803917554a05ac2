// Each rule of `lodestone data check`, exercised on a copy of the real data with one thing broken.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDataError, loadDataset } from '../../src/dataset/load.js';
import { checkDataset } from '../../src/dataset/check.js';
import { cleanupFixtures, copyData, DATA_DIR, edit, errorsOf, indexOf, plain, readRaw, writeRaw } from './fixture.js';

type Json = Record<string, unknown>;
const RE = 'figures/rare-earths.yaml';

afterAll(cleanupFixtures);

describe('the real data/', () => {
  it('passes every rule', async () => {
    const r = await loadDataset(DATA_DIR);
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(r.ok && checkDataset(r.dataset)).toEqual([]);
  });

  it('checkDataset runs the cross-file rules on parsed data without files', async () => {
    const r = await loadDataset(DATA_DIR);
    if (!r.ok) throw new Error('bundled data invalid');
    const figures = r.dataset.figures.map((f) => (f.id === 'rare-earths-mcs2025-cn-reserves' ? { ...f, country: 'ZZ' } : f));
    const at = figures.findIndex((f) => f.country === 'ZZ');
    expect(checkDataset({ ...r.dataset, figures })).toEqual([
      { file: 'figures/*.yaml', path: `[${at}].country`, reason: 'unknown country "ZZ"' },
    ]);
  });
});

describe('schema (zod) per file', () => {
  it('reports an impossible date with its path and line', async () => {
    const dir = copyData();
    const i = indexOf(dir, 'events.yaml', 'trump-xi-busan');
    edit(dir, 'events.yaml', (events) => { events[i]!.date = '2025-02-30'; });
    const errors = await errorsOf(dir);
    expect(plain(errors)).toEqual([{ file: 'events.yaml', path: `[${i}].date`, reason: 'must be a real date written YYYY-MM-DD' }]);
    const line = errors[0]!.line!;
    expect(readRaw(dir, 'events.yaml').split('\n')[line - 1]).toContain('2025-02-30');
  });

  it('reports missing German text', async () => {
    const dir = copyData();
    const i = indexOf(dir, 'events.yaml', 'us-japan-framework');
    edit(dir, 'events.yaml', (events) => { delete (events[i]!.title as Json).de; });
    expect(plain(await errorsOf(dir))).toEqual([{ file: 'events.yaml', path: `[${i}].title.de`, reason: 'German text is missing' }]);
  });

  it('reports empty German text', async () => {
    const dir = copyData();
    edit(dir, 'facts.yaml', (facts) => { (facts[0]!.text as Json).de = '   '; });
    expect(plain(await errorsOf(dir))).toEqual([{ file: 'facts.yaml', path: '[0].text.de', reason: 'German text is missing' }]);
  });

  it('reports a missing German uses list of an element', async () => {
    const dir = copyData();
    const i = indexOf(dir, 'elements.yaml', 'Nd', 'symbol');
    edit(dir, 'elements.yaml', (els) => { delete (els[i]!.uses as Json).de; });
    expect(plain(await errorsOf(dir))).toEqual([{ file: 'elements.yaml', path: `[${i}].uses.de`, reason: 'German list is missing' }]);
  });

  it('reports a null value without an NA or W mark', async () => {
    const dir = copyData();
    const i = indexOf(dir, RE, 'rare-earths-mcs2025-cn-reserves');
    edit(dir, RE, (figs) => { figs[i]!.value = null; });
    expect(plain(await errorsOf(dir))).toEqual([{ file: RE, path: `[${i}].value`, reason: 'value is null: set mark NA or W' }]);
  });

  it('reports a value given with mark NA', async () => {
    const dir = copyData();
    const i = indexOf(dir, RE, 'rare-earths-mcs2025-mm-reserves');
    edit(dir, RE, (figs) => { figs[i]!.value = 5; });
    expect(plain(await errorsOf(dir))).toEqual([{ file: RE, path: `[${i}].value`, reason: 'value must be null when mark is NA' }]);
  });

  it('reports production without a data year', async () => {
    const dir = copyData();
    const i = indexOf(dir, RE, 'rare-earths-mcs2025-cn-production-2024');
    edit(dir, RE, (figs) => { delete figs[i]!.year; });
    expect(plain(await errorsOf(dir))).toEqual([{ file: RE, path: `[${i}].year`, reason: 'production needs a data year' }]);
  });

  it('reports an unknown field (a typo) instead of ignoring it', async () => {
    const dir = copyData();
    edit(dir, 'sources.yaml', (sources) => { sources[0]!.notes = 'typo for note'; });
    expect(plain(await errorsOf(dir))).toEqual([{ file: 'sources.yaml', path: '[0]', reason: 'Unrecognized key: "notes"' }]);
  });

  it('reports a missing required field by name', async () => {
    const dir = copyData();
    edit(dir, 'sources.yaml', (sources) => { delete sources[1]!.url; });
    expect(plain(await errorsOf(dir))).toEqual([{ file: 'sources.yaml', path: '[1].url', reason: 'required field "url" is missing' }]);
  });

  it('reports a figure without sources', async () => {
    const dir = copyData();
    edit(dir, 'figures/nickel.yaml', (figs) => { figs[0]!.sources = []; });
    expect(plain(await errorsOf(dir))).toEqual([{ file: 'figures/nickel.yaml', path: '[0].sources', reason: 'every fact needs at least one source' }]);
  });

  it('reports malformed YAML with its line', async () => {
    const dir = copyData();
    writeRaw(dir, 'events.yaml', '- id: broken\n  date: "2025-10-28"\n  title: [unclosed\n');
    const errors = await errorsOf(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'events.yaml', path: '' });
    expect(errors[0]!.reason).toMatch(/^malformed YAML: /);
    expect(errors[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('reports one error for one syntax fault, even when the parser trips over it several times', async () => {
    const dir = copyData();
    const text = readRaw(dir, 'facts.yaml').split('\n');
    // An unclosed flow sequence in the middle of a long file.
    const at = text.findIndex((l) => l.trimStart().startsWith('sources: ['));
    text[at] = text[at]!.replace(']', '');
    writeRaw(dir, 'facts.yaml', text.join('\n'));
    const errors = await errorsOf(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'facts.yaml', path: '' });
    expect(errors[0]!.line).toBeGreaterThanOrEqual(at + 1);
  });

  it('names the entry by its id as well as its index', async () => {
    const dir = copyData();
    const i = indexOf(dir, 'figures/rare-earths.yaml', 'rare-earths-mcs2025-vn-reserves');
    edit(dir, 'figures/rare-earths.yaml', (figs) => { figs[i]!.value = 'lots'; });
    const [e] = await errorsOf(dir);
    expect(e).toMatchObject({ file: 'figures/rare-earths.yaml', path: `[${i}].value`, entry: 'rare-earths-mcs2025-vn-reserves' });
    expect(formatDataError(e!)).toMatch(new RegExp(`^figures/rare-earths\\.yaml: \\[${i}\\] rare-earths-mcs2025-vn-reserves\\.value: .* \\(line \\d+\\)$`));
  });

  it('reports a duplicate key in a mapping as malformed YAML', async () => {
    const dir = copyData();
    writeRaw(dir, 'dataset.yaml', `${readRaw(dir, 'dataset.yaml')}\nversion: "again"\n`);
    const errors = await errorsOf(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'dataset.yaml', path: '' });
    expect(errors[0]!.reason).toMatch(/^malformed YAML: .*unique/i);
  });

  it('reports an empty file', async () => {
    const dir = copyData();
    writeRaw(dir, 'facts.yaml', '');
    expect(plain(await errorsOf(dir))).toEqual([{ file: 'facts.yaml', path: '', reason: 'the file is empty' }]);
  });

  it('reports a missing file and a missing figures directory', async () => {
    const dir = copyData();
    rmSync(join(dir, 'countries.yaml'));
    rmSync(join(dir, 'figures'), { recursive: true });
    expect(plain(await errorsOf(dir))).toEqual([
      { file: 'figures/', path: '', reason: 'directory is missing: figures go in figures/<mineral>.yaml' },
      { file: 'countries.yaml', path: '', reason: 'file is missing' },
    ]);
  });

  it('runs the cross-file rules only once every file is valid, so one typo does not cascade', async () => {
    const dir = copyData();
    edit(dir, 'sources.yaml', (sources) => { sources[0]!.language = 'fr'; });
    const errors = await errorsOf(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'sources.yaml', path: '[0].language' });
  });
});
