// Shared by the command tests: the real bundled dataset, a core on it, and small reply helpers.
import { loadDataset, defaultDataDir } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import { DatasetHolder } from '../../src/dataset/holder.js';
import { createRegistry } from '../../src/commands/index.js';
import { CommandCore } from '../../src/commands/core.js';
import type { CallContext } from '../../src/commands/core.js';
import type { CommandServices } from '../../src/commands/types.js';
import type { Locale, Reply } from '../../src/reply/model.js';
import { renderText } from '../../src/reply/text.js';

let cached: Promise<Dataset> | undefined;

/** The real data/ directory, loaded and validated once per test file. */
export function realDataset(): Promise<Dataset> {
  cached ??= loadDataset(defaultDataDir()).then((r) => {
    if (!r.ok) throw new Error(`data/ is invalid: ${r.errors.slice(0, 3).map((e) => `${e.file} ${e.path}: ${e.reason}`).join('; ')}`);
    return r.dataset;
  });
  return cached;
}

export async function makeCore(services: CommandServices = {}, opts: { replyCacheEntries?: number } = {}): Promise<CommandCore> {
  return new CommandCore({ registry: createRegistry(), datasets: new DatasetHolder(await realDataset()), services, ...opts });
}

export const call = (locale: Locale = 'en', extra: Partial<CallContext> = {}): CallContext => ({ locale, localeExplicit: true, ...extra });

/** Everything a user reads: the plain-text rendering. */
export const text = (r: Reply): string => renderText(r);

export const sourceIds = (r: Reply): string[] => r.sources.map((s) => s.id);
