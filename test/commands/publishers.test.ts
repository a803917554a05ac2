// Figures from a publisher other than USGS: the edition names its publisher, and answers show that
// edition's label (and publisher, in the chart caption), never "USGS". Test data only: a copy of
// data/ with one made-up edition of another survey added.
import { afterAll, describe, expect, it } from 'vitest';
import { CommandCore } from '../../src/commands/core.js';
import { createRegistry } from '../../src/commands/index.js';
import { DatasetHolder } from '../../src/dataset/holder.js';
import { loadDataset } from '../../src/dataset/load.js';
import { renderText } from '../../src/reply/text.js';
import { cleanupFixtures, copyData, edit, errorsOf, plain } from '../dataset/fixture.js';

afterAll(cleanupFixtures);

function withOtherSurvey(): string {
  const dir = copyData();
  edit(dir, 'sources.yaml', (s) => {
    s.push({ id: 'other-survey-2023', publisher: 'Example Geological Survey', title: 'Mineral Resources Review 2023', url: 'https://survey.example.org/mrr-2023.pdf', published: '2023-06-30', language: 'en', confidence: 'A' });
  });
  edit(dir, 'editions.yaml', (e) => {
    e.push({ id: 'egs-mrr2023', publisher: 'Example Geological Survey', label: 'EGS MRR 2023', published: '2023-06-30', order: 2023.5, sources: ['other-survey-2023'] });
  });
  edit(dir, 'figures/rare-earths.yaml', (f) => {
    f.push({ id: 'rare-earths-egs-mrr2023-au-reserves', mineral: 'rare-earths', country: 'AU', measure: 'reserves', edition: 'egs-mrr2023', value: 4000000, sources: ['other-survey-2023'] });
    f.push({ id: 'rare-earths-egs-mrr2023-world-reserves', mineral: 'rare-earths', country: 'WORLD', measure: 'reserves', edition: 'egs-mrr2023', value: 100000000, qualifier: '>', sources: ['other-survey-2023'] });
  });
  return dir;
}

describe('figures from any publisher', () => {
  it('an edition must name its publisher', async () => {
    const dir = copyData();
    edit(dir, 'editions.yaml', (e) => { delete e[0]!.publisher; });
    expect(plain(await errorsOf(dir))).toEqual([{ file: 'editions.yaml', path: '[0].publisher', reason: 'required field "publisher" is missing' }]);
  });

  it('shows the other survey\'s edition by its own label and cites its source', async () => {
    const loaded = await loadDataset(withOtherSurvey());
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.reason).join('; '));
    const core = new CommandCore({ registry: createRegistry(), datasets: new DatasetHolder(loaded.dataset), services: {} });
    const r = await core.handleText('/reserves australia', { locale: 'en', localeExplicit: true });
    expect(r.table?.rows.map((row) => row[0])).toContain('EGS MRR 2023');
    expect(r.sources.map((s) => s.label)).toContainEqual(expect.stringContaining('Example Geological Survey, Mineral Resources Review 2023'));
    expect(renderText(r)).not.toMatch(/USGS EGS|USGS MRR/);
    // The newest edition is still USGS; the other survey's figure stays in the history, attributed to it.
    expect(r.table?.rows[0]?.[0]).toMatch(/^USGS MCS 2026/);
  });
});
