// Dataset versions shared by the update tests: v1 is the fixture; v2 records the Busan outcome and
// revises Australia's MCS 2026 reserves; v3 revises Malaysia's on top of v2.
import { fixtureDataset } from '../briefings/fixtures/dataset.js';

export const v1 = () => fixtureDataset();
export const v2 = () => fixtureDataset((r) => {
  r.meta.version = '2026.12.1';
  const busan = r.events.find((e) => e.id === 'trump-xi-busan')!;
  busan.outcome = { en: 'China suspended its October export controls for a year.', de: 'China setzte seine Exportkontrollen vom Oktober für ein Jahr aus.' };
  busan.outcome_date = '2025-11-07';
  r.figures.find((f) => f.id === 're-mcs2026-au-reserves')!.value = 5_900_000;
});
export const v3 = () => fixtureDataset((r) => {
  const base = v2();
  Object.assign(r, { ...r, events: base.events, figures: base.figures, meta: { ...base.meta, version: '2026.12.2' } });
  r.figures.find((f) => f.id === 're-mcs2026-my-reserves')!.value = 720_000;
});
