// One post per version: up to 12 lines, the rest counted, sources of the lines shown.
import { describe, expect, it } from 'vitest';
import { buildUpdatePost, MAX_LINES } from '../../src/updates/post.js';
import { fixtureDataset } from '../briefings/fixtures/dataset.js';

const change = (i: number) => ({
  id: `fact-new:f${i}`, kind: 'fact-new', record: { type: 'fact', id: `f${i}` },
  headline: { en: `New: fact ${i}`, de: `Neu: Fakt ${i}` }, link: '/sources wire', sources: ['wire'],
});
const set = (n: number) => ({
  id: 'h', fromHash: 'g', version: '2026.12.2', fromVersion: '2026.12.1', changes: JSON.stringify(Array.from({ length: n }, (_, i) => change(i))),
  changeCount: n, createdAt: new Date('2026-12-01T10:00:00Z'),
});

describe('update post', () => {
  it('lists the first lines and counts the rest, in both languages', () => {
    const ds = fixtureDataset();
    const en = buildUpdatePost(ds, set(MAX_LINES + 3), 'en');
    expect(en.title).toBe('Lodestone update: 15 changes');
    const lines = en.blocks[0]!.split('\n');
    expect(lines).toHaveLength(MAX_LINES + 1);
    expect(lines[0]).toBe('• New: fact 0 (/sources wire)');
    expect(lines.at(-1)).toBe('… and 3 more changes in this version.');
    expect(en.sources.map((s) => s.id)).toEqual(['wire']);
    const de = buildUpdatePost(ds, set(MAX_LINES + 1), 'de');
    expect(de.blocks[0]!.split('\n').at(-1)).toBe('… und 1 weitere Änderung in dieser Version.');
    expect(de.footer).toBe('Datensatz 2026.12.1 → 2026.12.2');
  });
});
