// Tab completion for the console: command names (with or without the slash, German ones too) at
// the start of a line, and the dataset's names after it (countries, minerals, elements, events,
// sources), matched by prefix and case-insensitively, as readline's completer expects.
import type { CommandCore } from '../../commands/core.js';
import type { Dataset } from '../../dataset/dataset.js';

export type Completer = (line: string) => [string[], string];

function datasetWords(ds: Dataset): string[] {
  const words = new Set<string>();
  for (const c of ds.countries) if (c.kind !== 'aggregate') [c.name.en, c.name.de].forEach((n) => words.add(n));
  for (const m of ds.minerals) [m.name.en, m.name.de].forEach((n) => words.add(n));
  for (const e of ds.elements) [e.name.en, e.name.de, e.symbol].forEach((n) => words.add(n));
  for (const e of ds.events) words.add(e.id);
  for (const s of ds.sources) words.add(s.id);
  return [...words].sort((a, b) => a.localeCompare(b));
}

export function consoleCompleter(core: CommandCore): Completer {
  const names = core.registry.all().map((d) => d.name).sort();
  const aliases = core.registry.all().flatMap((d) => d.aliases ?? []).sort();
  let cached: { ds: Dataset; words: string[] } | undefined;
  return (line) => {
    const ds = core.datasets.current();
    if (cached?.ds !== ds) cached = { ds, words: datasetWords(ds) };
    const first = /^\s*(\/?)(\S*)$/.exec(line);
    if (first) {
      const [, slash, typed] = first;
      // Command names first; aliases (German words, singulars) only when no name fits.
      const lower = typed!.toLowerCase();
      const named = names.filter((c) => c.startsWith(lower));
      const hits = (named.length ? named : aliases.filter((c) => c.startsWith(lower))).map((c) => `${slash}${c} `);
      return [hits, line.trimStart()];
    }
    // Names may hold spaces ("United States"): complete the longest tail of the line that starts a name.
    const words = line.split(' ');
    for (let k = Math.min(words.length - 1, 3); k >= 1; k--) {
      const tail = words.slice(-k).join(' ');
      if (!tail) continue;
      const lower = tail.toLowerCase();
      const hits = cached.words.filter((w) => w.toLowerCase().startsWith(lower));
      if (hits.length) return [hits, tail];
    }
    return [[], line];
  };
}
