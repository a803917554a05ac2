// Models often put more than a name into an argument ("rare earths Vietnam", "Chinas Seltenen
// Erden"). When a value does not resolve as typed but names exactly one dataset record of the
// argument's kind, that record is used; anything else is passed on unchanged, and the command
// answers "not found" with its suggestions as it would to a person.
import type { Dataset } from '../../dataset/dataset.js';
import { lookup } from '../../dataset/lookup.js';
import type { Args, CommandDefinition } from '../../commands/types.js';
import { entityMatcher, type SubjectKind } from './entities.js';

const KINDS: Partial<Record<string, SubjectKind & ('country' | 'mineral' | 'element')>> = { country: 'country', mineral: 'mineral', element: 'element' };

export function narrowArgs(def: CommandDefinition, args: Args, ds: Dataset): { args: Args; narrowed: string[] } {
  const specs = def.subcommands?.length ? def.subcommands.flatMap((s) => s.args) : def.args;
  const out: Args = { ...args };
  const narrowed: string[] = [];
  for (const spec of specs) {
    const kind = KINDS[spec.type];
    const value = out[spec.name];
    if (!kind || !value || lookup(ds, kind, value).kind !== 'none') continue;
    const ids = new Set(entityMatcher(ds).mentions(value).filter((m) => m.kind === kind).map((m) => m.id));
    if (ids.size !== 1) continue;
    const id = [...ids][0]!;
    // WORLD is the ranking, which the commands show for an empty country.
    if (id === 'WORLD') delete out[spec.name];
    else out[spec.name] = id;
    narrowed.push(spec.name);
  }
  return { args: out, narrowed };
}
