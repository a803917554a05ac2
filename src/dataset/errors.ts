// What `lodestone data check` and the loader report: where (file, path) and why, in words an editor
// can act on without reading code.

export interface DataError {
  /** Path relative to the data directory, e.g. "figures/rare-earths.yaml". */
  file: string;
  /** Where in the file, e.g. "[12].sources[0]"; empty for a whole-file problem. */
  path: string;
  reason: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** The id (or symbol) of the list entry the path starts in, so an editor can search for it. */
  entry?: string;
}

export type PathPart = string | number;

/** `[12].sources[0]`, `as_of`, `[3].claims[1].source`. */
export function formatPath(parts: readonly PathPart[]): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? p : `.${p}`;
  }
  return out;
}

/**
 * One line per error: `file: path: reason (line N)`, with the entry's id after its index when the
 * path starts in a list entry: `figures/rare-earths.yaml: [87] rare-earths-mcs2025-vn-reserves.sources[0]: …`.
 */
export function formatDataError(e: DataError): string {
  const path = e.entry === undefined ? e.path : e.path.replace(/^(\[\d+\])/, `$1 ${e.entry}`);
  const where = path === '' ? e.file : `${e.file}: ${path}`;
  return `${where}: ${e.reason}${e.line !== undefined ? ` (line ${e.line})` : ''}`;
}

/** The id (or element symbol) of the list entry at `at[0]` in a parsed file, if it has one. */
export function entryIdAt(value: unknown, at: readonly PathPart[]): string | undefined {
  if (!Array.isArray(value) || typeof at[0] !== 'number') return undefined;
  const item: unknown = value[at[0]];
  if (item === null || typeof item !== 'object') return undefined;
  const { id, symbol } = item as { id?: unknown; symbol?: unknown };
  const key = typeof id === 'string' ? id : typeof symbol === 'string' ? symbol : undefined;
  return key !== undefined && key.trim() !== '' ? key : undefined;
}
