// Regenerates the example charts shown in README.md and docs/: `/reserves` (the world ranking of
// rare-earth reserves) rendered in English and German from the bundled dataset, exactly as Slack and
// Discord receive them. Run `npm run docs:charts` after a change to the charts or the dataset.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CommandCore } from '../src/commands/core.js';
import { createRegistry } from '../src/commands/index.js';
import { DatasetHolder } from '../src/dataset/holder.js';
import { defaultDataDir, loadDataset } from '../src/dataset/load.js';
import { renderChartPng } from '../src/charts/index.js';
import { LOCALES } from '../src/reply/model.js';

const OUT = new URL('../docs/images/', import.meta.url);

const loaded = await loadDataset(defaultDataDir());
if (!loaded.ok) throw new Error('data/ is invalid: run `lodestone data check`');
const core = new CommandCore({ registry: createRegistry(), datasets: new DatasetHolder(loaded.dataset), services: {} });
for (const locale of LOCALES) {
  const reply = await core.handleText('/reserves', { locale, localeExplicit: true });
  if (!reply.chart) throw new Error(`/reserves (${locale}) has no chart`);
  const file = new URL(`reserves-chart-${locale}.png`, OUT);
  await writeFile(file, await renderChartPng(reply.chart));
  process.stdout.write(`${fileURLToPath(file)}\n`);
}
