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

/** One line per error: `file: path: reason (line N)`. */
export function formatDataError(e: DataError): string {
  const where = e.path === '' ? e.file : `${e.file}: ${e.path}`;
  return `${where}: ${e.reason}${e.line !== undefined ? ` (line ${e.line})` : ''}`;
}
