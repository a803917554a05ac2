import { loadDataset } from '../src/dataset/load.js';
import { buildCorpus } from './corpus.js';
import { CommandCore } from '../src/commands/core.js';
import { createRegistry } from '../src/commands/index.js';
import { DatasetHolder } from '../src/dataset/holder.js';
const r = await loadDataset(); if (!r.ok) throw new Error('bad');
const c = buildCorpus(r.dataset).filter((x) => x.command === 'ask');
const core = new CommandCore({ registry: createRegistry(), datasets: new DatasetHolder(r.dataset), replyCacheEntries: 0 });
for (let k = 0; k < 15; k++) for (const x of c) await core.handleText(x.line, { locale: x.locale });
