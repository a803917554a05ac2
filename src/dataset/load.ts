// Reads data/, validates every file (YAML, then zod, then the cross-file rules of check.ts) and
// builds the indexed Dataset. Never throws for bad data: every problem comes back as a DataError
// with file, path, reason and line, so `lodestone data check` and hot reload can show it.
//
// Two YAML parsers on purpose: js-yaml reads the files (about 4x faster than the yaml package on a
// cold start, which matters for the < 1 s start-up target); the yaml package (imported lazily) builds
// a Document with source ranges only for a file that has an error, to give its line numbers.
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_SCHEMA, load as loadYaml, YAMLException } from 'js-yaml';
import type { Document, LineCounter } from 'yaml';
import { z } from 'zod';
import { buildDataset, type Dataset } from './dataset.js';
import {
  DATASET_FILES, Country, DatasetMeta, Discrepancy, Edition, Element, Event, Fact, Figure, Mineral, Source,
  type RawDataset,
} from './schema.js';
import { Vocabulary } from './vocabulary-schema.js';
import { findIssues, type Origins } from './check.js';
import { entryIdAt, formatPath, type DataError, type PathPart } from './errors.js';

export type { DataError } from './errors.js';
export { formatDataError } from './errors.js';
export { checkDataset } from './check.js';

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; errors: DataError[] };

const hashes = new WeakMap<Dataset, string>();

/**
 * SHA-256 over every file name and text a loaded dataset was built from: two loads with the same
 * hash read the same bytes. Hot reload refuses changed content under an unchanged version.
 */
export function contentHash(ds: Dataset): string | undefined {
  return hashes.get(ds);
}

/** The files dataset.yaml declares against those present: each difference is an error. */
function manifestErrors(declared: readonly string[] | undefined, present: readonly string[]): DataError[] {
  const meta = DATASET_FILES.meta;
  if (!declared) return [{ file: meta, path: 'files', reason: 'required: list every file of the dataset (dataset.yaml, figures/lithium.yaml, …), so a missing one is noticed' }];
  const have = new Set(present);
  const listed = new Set(declared);
  return [
    ...declared.filter((f) => !have.has(f)).map((f) => ({ file: f, path: '', reason: 'declared in dataset.yaml (files) but missing: restore the file, or remove it from the list and bump version' })),
    ...present.filter((f) => !listed.has(f)).map((f) => ({ file: f, path: '', reason: 'not declared in dataset.yaml (files): add it to the list and bump version' })),
  ];
}

/** The bundled data/ directory (same relative depth from src/ and dist/). */
export function defaultDataDir(): string {
  return fileURLToPath(new URL('../../data', import.meta.url));
}

const FIGURES_DIR = 'figures';

const SCHEMAS = {
  meta: DatasetMeta,
  sources: z.array(Source),
  countries: z.array(Country),
  minerals: z.array(Mineral),
  editions: z.array(Edition),
  elements: z.array(Element),
  events: z.array(Event),
  facts: z.array(Fact),
  discrepancies: z.array(Discrepancy),
  vocabulary: Vocabulary,
} as const;
type Single = keyof typeof SCHEMAS;
const FigureFile = z.array(Figure);

interface Parsed {
  file: string;
  doc: Document;
  lines: LineCounter;
}

/** The line of the deepest node that exists on `at` (a missing key points at its parent). */
function lineOf(p: Parsed, at: readonly PathPart[]): number | undefined {
  for (let n = at.length; n >= 0; n--) {
    const node = n === 0 ? p.doc.contents : p.doc.getIn(at.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return p.lines.linePos(range[0]).line;
  }
  return undefined;
}

function readable(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.path.length === 0 && (value === null || value === undefined)) return 'the file is empty';
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
    const last = issue.path[issue.path.length - 1];
    return typeof last === 'string' ? `required field "${last}" is missing` : issue.message;
  }
  return issue.message;
}

async function readText(dir: string, file: string): Promise<string | DataError> {
  try {
    return await readFile(join(dir, file), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { file, path: '', reason: code === 'ENOENT' ? 'file is missing' : `cannot read the file (${code ?? 'error'})` };
  }
}

/** The yaml package's view of a file: a Document with source ranges, for line numbers. */
async function locate(file: string, text: string): Promise<Parsed> {
  const { LineCounter: Counter, parseDocument } = await import('yaml');
  const lines = new Counter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  return { file, doc, lines };
}

/** Parses YAML fast; on a syntax error (including duplicate keys) reports it with its line. */
async function parseYaml(file: string, text: string): Promise<{ value: unknown } | DataError[]> {
  try {
    // CORE_SCHEMA: YAML 1.2 core types only, so an unquoted 2025-10-28 stays a string as in `yaml`.
    return { value: loadYaml(text, { schema: CORE_SCHEMA, filename: file }) };
  } catch (err) {
    const located = await locate(file, text);
    if (located.doc.errors.length > 0) {
      // The first error is the fault; the parser's later errors are that fault seen again from
      // further down (one unclosed "[" yields five), so only the first is reported.
      const e = located.doc.errors[0]!;
      return [{ file, path: '', reason: `malformed YAML: ${e.message.split('\n')[0] ?? e.message}`, line: located.lines.linePos(e.pos[0]).line }];
    }
    const mark = err instanceof YAMLException ? err.mark : undefined;
    const reason = err instanceof YAMLException ? err.reason : String(err);
    return [{ file, path: '', reason: `malformed YAML: ${reason}`, ...(mark ? { line: mark.line + 1 } : {}) }];
  }
}

async function validate<T>(schema: z.ZodType<T>, file: string, text: string, value: unknown): Promise<{ data: T } | DataError[]> {
  const r = schema.safeParse(value);
  if (r.success) return { data: r.data };
  const located = await locate(file, text);
  return r.error.issues.map((issue) => {
    const at = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const line = lineOf(located, at);
    const entry = entryIdAt(value, at);
    return { file, path: formatPath(at), reason: readable(issue, value), ...(line !== undefined ? { line } : {}), ...(entry !== undefined ? { entry } : {}) };
  });
}

async function figureFiles(dir: string): Promise<string[] | DataError> {
  try {
    const names = (await readdir(join(dir, FIGURES_DIR))).filter((n) => /\.ya?ml$/.test(n)).sort();
    if (names.length === 0) return { file: `${FIGURES_DIR}/`, path: '', reason: 'no figure files: add one YAML file per mineral' };
    return names.map((n) => `${FIGURES_DIR}/${n}`);
  } catch {
    return { file: `${FIGURES_DIR}/`, path: '', reason: 'directory is missing: figures go in figures/<mineral>.yaml' };
  }
}

export async function loadDataset(dir: string = defaultDataDir()): Promise<LoadResult> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a directory');
  } catch {
    return { ok: false, errors: [{ file: dir, path: '', reason: 'data directory not found' }] };
  }
  const errors: DataError[] = [];
  const figs = await figureFiles(dir);
  if (!Array.isArray(figs)) errors.push(figs);
  const singles = (Object.keys(SCHEMAS) as Single[]).map((key) => ({ key, file: DATASET_FILES[key] }));
  const figureList = Array.isArray(figs) ? figs : [];
  const texts = await Promise.all([...singles.map((s) => s.file), ...figureList].map((f) => readText(dir, f)));

  const textByFile = new Map<string, string>();
  const values = new Map<string, unknown>();
  const allFiles = [...singles.map((s) => s.file), ...figureList];
  for (const [i, file] of allFiles.entries()) {
    const text = texts[i]!;
    if (typeof text !== 'string') {
      errors.push(text);
      continue;
    }
    const r = await parseYaml(file, text);
    if (Array.isArray(r)) errors.push(...r);
    else {
      textByFile.set(file, text);
      values.set(file, r.value);
    }
  }

  const raw: Partial<Record<Single, unknown>> = {};
  for (const { key, file } of singles) {
    const text = textByFile.get(file);
    if (text === undefined) continue;
    const r = await validate(SCHEMAS[key] as z.ZodType<unknown>, file, text, values.get(file));
    if (Array.isArray(r)) errors.push(...r);
    else raw[key] = r.data;
  }
  const figures: Figure[] = [];
  const origins: { file: string; index: number }[] = [];
  for (const file of figureList) {
    const text = textByFile.get(file);
    if (text === undefined) continue;
    const r = await validate(FigureFile, file, text, values.get(file));
    if (Array.isArray(r)) errors.push(...r);
    else r.data.forEach((f, index) => {
      figures.push(f);
      origins.push({ file, index });
    });
  }
  // Missing single files are reported by readText already; the manifest adds what it alone knows.
  const present = allFiles.filter((_f, i) => typeof texts[i] === 'string');
  const required = new Set<string>(singles.map((x) => x.file));
  if (raw.meta) errors.push(...manifestErrors((raw.meta as DatasetMeta).files, present).filter((e) => !(required.has(e.file) && !present.includes(e.file)) && (Array.isArray(figs) || !e.file.startsWith(`${FIGURES_DIR}/`))));
  // Cross-file rules need every file intact; otherwise one broken file would cascade into
  // hundreds of "unknown …" errors that hide the real one.
  if (errors.length > 0) return { ok: false, errors };

  const dataset = { ...raw, figures } as RawDataset;
  const issues = findIssues(dataset, { figures: origins } satisfies Origins);
  if (issues.length > 0) {
    const located = new Map<string, Parsed>();
    for (const file of new Set(issues.map((i) => i.file))) {
      const text = textByFile.get(file);
      if (text !== undefined) located.set(file, await locate(file, text));
    }
    return {
      ok: false,
      errors: issues.map((i) => {
        const parsed = located.get(i.file);
        const line = parsed ? lineOf(parsed, i.at) : undefined;
        const entry = entryIdAt(values.get(i.file), i.at);
        return { file: i.file, path: formatPath(i.at), reason: i.reason, ...(line !== undefined ? { line } : {}), ...(entry !== undefined ? { entry } : {}) };
      }),
    };
  }
  const built = buildDataset(dataset);
  const h = createHash('sha256');
  for (const f of [...textByFile.keys()].sort()) h.update(f).update('\0').update(textByFile.get(f)!).update('\0');
  hashes.set(built, h.digest('hex'));
  return { ok: true, dataset: built };
}
